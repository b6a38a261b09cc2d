#pragma once

#include "exec/BatchProjection.h"
#include "model/Mbr.h"

#include <QAbstractTableModel>

#include <vector>

namespace batch::ui {

// The steps of a batch that have something recorded, in the order they were completed
// (then started ones): number in the procedure, title, the value in force, who and
// when, and the signatures. Read-only: the record is changed through the engine only.
class StepHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Step, Value, By, When, Signatures, ColumnCount };

    explicit StepHistoryModel(QObject* parent = nullptr);

    void setBatch(const model::MasterBatchRecord* mbr, const exec::BatchProjection* batch);
    QString stepIdAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        QString stepId;
        int number = 0;
    };
    const model::MasterBatchRecord* mbr_ = nullptr;
    const exec::BatchProjection* batch_ = nullptr;
    std::vector<Row> rows_;
};

}  // namespace batch::ui
