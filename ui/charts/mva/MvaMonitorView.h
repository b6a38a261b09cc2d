#pragma once

#include "mva/AlarmLog.h"
#include "mva/FluidBedSimulator.h"
#include "mva/ModelRepository.h"
#include "mva/ObservationSource.h"
#include "mva/ObservationStore.h"
#include "mva/OnlineMonitor.h"

#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace batch::record {
class Journal;
}
namespace batch::security {
class Session;
class SignatureService;
}  // namespace batch::security

namespace batch::ui {
class StatusBanner;
}

namespace batch::ui::mva {

class MvaBatchPanel;
class ShelveAlarmDialog;

// A live batch to monitor: where its observations come from and which batch they are.
struct LiveFeed {
    std::unique_ptr<batch::mva::ObservationSource> source;
    QString batchId;
    QString error;  // why no live feed is available (shown), when source is null
};

struct MvaMonitorOptions {
    QString bemModelId = QStringLiteral("FBG-BEM");              // approved batch evolution model
    QString softSensorModelId = QStringLiteral("FBG-MOISTURE");  // approved PLS model (optional)
    int observationIntervalMs = 60;  // simulated stream: one observation per interval
    // The unit's instruments (docs/mva.md §23), injected by the composition root; empty:
    // the screen offers the simulator only (the demo).
    std::function<LiveFeed()> liveFeed;
};

// The supervisors' "MVA monitor" (WatchDashboards): the live batch scored against the
// approved batch evolution model, every MVA chart (MvaBatchPanel), and the MVA alarms of
// the batch with their ISA-18.2 state and the acknowledge and shelve actions. The
// observations come from an ObservationSource: the fluid-bed simulator (digital twin), or
// the unit's instruments when the composition root supplies a live feed. Every observation
// is stored for the batch's review, and sealed when the source ends the batch.
class MvaMonitorView : public QWidget {
    Q_OBJECT
public:
    MvaMonitorView(record::Journal& journal, security::SignatureService& signatures,
                   security::Session& session, MvaMonitorOptions options = {},
                   QWidget* parent = nullptr);
    ~MvaMonitorView() override;

    // Loads the approved models; shows why monitoring is unavailable otherwise.
    bool refreshModels();
    // Starts a simulated live batch (seeded: the same seed gives the same batch).
    bool startSimulatedBatch(batch::mva::sim::FaultKind fault, std::uint64_t seed);
    // Starts (or resumes) monitoring of `batchId` from any observation source.
    bool startMonitoring(std::unique_ptr<batch::mva::ObservationSource> source,
                         const QString& batchId);
    // Starts the live feed of the options (the unit's instruments).
    bool startLiveBatch();
    // Feeds every remaining simulated observation now and redraws (tests, screenshots).
    void finishNow();
    void stop();

    MvaBatchPanel* panel() const { return panel_; }
    const batch::mva::OnlineMonitor* monitor() const { return monitor_.get(); }
    const batch::mva::ObservationSource* source() const { return source_.get(); }
    QTableWidget* alarmTable() const { return alarms_; }
    StatusBanner* banner() const { return banner_; }
    bool acknowledgeSelected();
    // Opens the shelve dialog for the selected alarm (returned, shown non-modally, for
    // tests); on accept the shelving is recorded. Null when nothing can be shelved.
    ShelveAlarmDialog* shelveSelected();
    bool unshelveSelected();
    // Records shelvings whose time limit has passed and refreshes the alarms.
    void checkShelving();

private:
    void redraw();
    void refreshAlarms();
    void updateActions();
    void sourceFinished();
    const batch::mva::MvaAlarm* selectedAlarm() const;

    record::Journal& journal_;
    security::Session& session_;
    MvaMonitorOptions options_;
    batch::mva::ModelRepository repo_;
    batch::mva::AlarmLog log_;
    batch::mva::ObservationStore store_;
    std::optional<batch::mva::ApprovedModel> bem_, soft_;
    std::unique_ptr<batch::mva::OnlineMonitor> monitor_;
    std::unique_ptr<batch::mva::ObservationSource> source_;
    bool dirty_ = false;
    std::vector<batch::mva::MvaAlarm> alarmList_;
    QTimer frame_, shelfExpiry_;
    StatusBanner* banner_;
    QLabel* modelInfo_;
    QLabel* sourceInfo_;
    QComboBox* fault_;
    QPushButton* start_;
    QPushButton* live_;
    QPushButton* ack_;
    QPushButton* shelve_;
    QPushButton* unshelve_;
    MvaBatchPanel* panel_;
    QTableWidget* alarms_;
};

}  // namespace batch::ui::mva
