#pragma once

#include "mva/AlarmLog.h"
#include "mva/FluidBedSimulator.h"
#include "mva/ModelRepository.h"
#include "mva/OnlineMonitor.h"

#include <QTimer>
#include <QWidget>

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

struct MvaMonitorOptions {
    QString bemModelId = QStringLiteral("FBG-BEM");              // approved batch evolution model
    QString softSensorModelId = QStringLiteral("FBG-MOISTURE");  // approved PLS model (optional)
    int observationIntervalMs = 60;  // simulated stream: one observation per interval
};

// The supervisors' "MVA monitor" (WatchDashboards): the live batch scored against the
// approved batch evolution model, every MVA chart (MvaBatchPanel), and the MVA alarms of
// the batch with their ISA-18.2 state and an acknowledge action. The observation stream is
// the fluid-bed simulator (digital twin) until the unit's instruments feed this view;
// the fault to inject is chosen before the start.
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
    // Feeds every remaining observation now and redraws (tests, screenshots).
    void finishNow();
    void stop();

    MvaBatchPanel* panel() const { return panel_; }
    const batch::mva::OnlineMonitor* monitor() const { return monitor_.get(); }
    QTableWidget* alarmTable() const { return alarms_; }
    bool acknowledgeSelected();

private:
    void feedOne();
    void redraw();
    void refreshAlarms();

    record::Journal& journal_;
    security::Session& session_;
    MvaMonitorOptions options_;
    batch::mva::ModelRepository repo_;
    batch::mva::AlarmLog log_;
    std::optional<batch::mva::ApprovedModel> bem_, soft_;
    std::unique_ptr<batch::mva::OnlineMonitor> monitor_;
    batch::mva::sim::SimulatedBatch batch_;
    size_t next_ = 0;
    bool dirty_ = false;
    std::vector<batch::mva::MvaAlarm> alarmList_;
    QTimer feed_, frame_;
    StatusBanner* banner_;
    QLabel* modelInfo_;
    QComboBox* fault_;
    QPushButton* start_;
    QPushButton* ack_;
    MvaBatchPanel* panel_;
    QTableWidget* alarms_;
};

}  // namespace batch::ui::mva
