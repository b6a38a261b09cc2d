#pragma once

#include "exec/BatchProjection.h"
#include "model/Mbr.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace batch::ui {

class StepHistoryModel;

// The batch record so far, read-only: every recorded step with its value in force, and
// for the selected one everything the record holds - value as first recorded, source,
// instrument and raw frame, limit state, who and when, every correction with its reason,
// every signature (printed name, date and time, meaning), deviations and comments.
// Corrections and verifications are asked for here and performed by the engine.
class StepHistoryView : public QWidget {
    Q_OBJECT
public:
    explicit StepHistoryView(QWidget* parent = nullptr);

    void setBatch(const model::MasterBatchRecord* mbr, const exec::BatchProjection* batch);
    void selectStep(const QString& stepId);
    QString selectedStep() const;
    // The detail of a step as text (also what a signer reads before verifying it).
    static QString detailHtml(const model::MasterBatchRecord& mbr,
                              const exec::BatchProjection& batch, const QString& stepId);

Q_SIGNALS:
    void correctRequested(const QString& stepId);
    void verifyRequested(const QString& stepId);

private:
    void showSelected();

    const model::MasterBatchRecord* mbr_ = nullptr;
    const exec::BatchProjection* batch_ = nullptr;
    StepHistoryModel* model_;
    QTableView* table_;
    QTextBrowser* detail_;
    QLabel* count_;
    QPushButton* correct_;
    QPushButton* verify_;
};

}  // namespace batch::ui
