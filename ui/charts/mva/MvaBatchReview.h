#pragma once

#include "mva/AlarmLog.h"
#include "mva/FinishedBatch.h"
#include "mva/ModelRepository.h"
#include "mva/ObservationStore.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QTableWidget;

namespace batch::record {
class Journal;
}
namespace batch::security {
class SignatureService;
}
namespace batch::ui {
class StatusBanner;
}

namespace batch::ui::mva {

class MvaBatchPanel;

// The MVA part of the review of a finished batch (issue 5 item 4), for a QA review screen to
// embed as it is (e.g. as a tab): the model versions the batch was monitored with, whether
// its stored observations still verify against the digests in the record, every MVA chart
// scored again from the stored observations (MvaBatchPanel), the batch's MVA alarms with
// their ISA-18.2 states, and every shelving with who, why, until when and how it ended.
// Reads through core/mva services only; nothing here writes.
class MvaBatchReview : public QWidget {
    Q_OBJECT
public:
    MvaBatchReview(record::Journal& journal, security::SignatureService& signatures,
                   QWidget* parent = nullptr);

    // Shows the batch; false (and a note in words) when it was not monitored or its
    // models cannot be loaded.
    bool showBatch(const QString& batchId);
    void clear();
    // Several runs (a batch monitored with more than one model): which one is shown.
    void showRun(int index);

    const std::vector<batch::mva::FinishedBatchMva>& runs() const { return runs_; }
    MvaBatchPanel* panel() const { return panel_; }
    StatusBanner* integrityBanner() const { return integrity_; }
    QTableWidget* alarmTable() const { return alarms_; }
    QTableWidget* shelvingTable() const { return shelving_; }

private:
    void fillTables(const batch::mva::FinishedBatchMva& f);

    batch::mva::ModelRepository repo_;
    batch::mva::AlarmLog log_;
    batch::mva::ObservationStore store_;
    std::vector<batch::mva::FinishedBatchMva> runs_;
    QLabel* title_;
    QLabel* facts_;
    QComboBox* runBox_;
    StatusBanner* integrity_;
    MvaBatchPanel* panel_;
    QTableWidget* alarms_;
    QTableWidget* shelving_;
    QLabel* alarmsTitle_;
    QLabel* shelvingTitle_;
};

}  // namespace batch::ui::mva
