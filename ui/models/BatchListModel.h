#pragma once

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace batch::ui {

// One line of the batch list: what the operator needs to pick the right batch.
struct BatchRow {
    QString batchId;
    QString product;   // MBR title
    QString mbr;       // "MBR-TAB-500 1.0"
    QString size;      // "300 kg"
    QString status;    // "running" | "on_hold" | "finished"
    QString detail;    // progress, or the hold reason
    QString startedUtc;
    QString startedBy;
};

// One section of the batch list (in progress, on hold, finished, or the MBRs ready to
// start). Rows are handed in by the screen, which reads them from the engine.
class BatchListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Product, Detail, Started, ColumnCount };

    explicit BatchListModel(bool mbrs, QObject* parent = nullptr);

    void setRows(std::vector<BatchRow> rows);
    const BatchRow* rowAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    bool mbrs_;  // rows are effective MBRs (ready to start), not batches
    std::vector<BatchRow> rows_;
};

}  // namespace batch::ui
