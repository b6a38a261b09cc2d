#include "charts/mva/MvaMonitorView.h"

#include "Theme.h"
#include "charts/mva/MvaBatchPanel.h"
#include "log/Logging.h"
#include "mva/FluidBedModels.h"
#include "mva/MvaError.h"
#include "security/Session.h"
#include "widgets/Controls.h"
#include "widgets/StatusBanner.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace batch::ui::mva {

namespace sim = batch::mva::sim;
using batch::mva::AlarmState;

namespace {

// The state in words with its icon: colour is never the only signal (ISA-101).
QString stateWords(AlarmState s) {
    switch (s) {
        case AlarmState::ActiveUnacknowledged:
            return MvaMonitorView::tr("ACTIVE — not acknowledged");
        case AlarmState::ActiveAcknowledged:
            return MvaMonitorView::tr("active — acknowledged");
        case AlarmState::ClearedUnacknowledged:
            return MvaMonitorView::tr("cleared — not acknowledged");
        case AlarmState::Closed:
            return MvaMonitorView::tr("cleared — acknowledged");
    }
    return {};
}

}  // namespace

MvaMonitorView::MvaMonitorView(record::Journal& journal, security::SignatureService& signatures,
                               security::Session& session, MvaMonitorOptions options,
                               QWidget* parent)
    : QWidget(parent),
      journal_(journal),
      session_(session),
      options_(std::move(options)),
      repo_(journal, signatures),
      log_(journal) {
    setObjectName(QStringLiteral("Screen"));
    banner_ = new StatusBanner(this);
    modelInfo_ = makeLabel(QString(), QStringLiteral("muted"), this);
    modelInfo_->setObjectName(QStringLiteral("mvaModelInfo"));
    fault_ = new QComboBox(this);
    fault_->setObjectName(QStringLiteral("mvaFault"));
    fault_->setMinimumHeight(48);
    fault_->addItem(tr("No fault"), int(sim::FaultKind::None));
    fault_->addItem(tr("Nozzle clogging from minute 15"), int(sim::FaultKind::NozzleClogging));
    fault_->addItem(tr("Inlet temperature drift from minute 15"),
                    int(sim::FaultKind::InletTemperatureDrift));
    fault_->addItem(tr("Product temperature sensor freeze at minute 45"),
                    int(sim::FaultKind::SensorFreeze));
    start_ = makeButton(tr("Simulate batch"), QStringLiteral("primary"), this);
    start_->setObjectName(QStringLiteral("mvaStart"));
    ack_ = makeButton(tr("Acknowledge alarm"), {}, this);
    ack_->setObjectName(QStringLiteral("mvaAcknowledge"));
    panel_ = new MvaBatchPanel(this);
    alarms_ = new QTableWidget(0, 4, this);
    alarms_->setObjectName(QStringLiteral("mvaAlarms"));
    alarms_->setHorizontalHeaderLabels(
        {tr("State"), tr("Raised (UTC)"), tr("Alarm"), tr("Acknowledged by")});
    alarms_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    alarms_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    alarms_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    alarms_->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    alarms_->verticalHeader()->setDefaultSectionSize(40);
    alarms_->verticalHeader()->hide();
    alarms_->setSelectionBehavior(QAbstractItemView::SelectRows);
    alarms_->setSelectionMode(QAbstractItemView::SingleSelection);
    alarms_->setEditTriggers(QAbstractItemView::NoEditTriggers);

    fault_->setMinimumWidth(260);
    fault_->setMaximumWidth(460);
    fault_->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    for (QPushButton* b : {start_, ack_})
        b->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    auto* controls = new QHBoxLayout;
    controls->setSpacing(12);
    QLabel* title = makeLabel(tr("MVA monitor"), QStringLiteral("title"), this);
    title->setWordWrap(false);
    controls->addWidget(title);
    controls->addStretch(1);
    controls->addWidget(fault_);
    controls->addWidget(start_);
    controls->addWidget(ack_);
    // The charts need more height than a 1280 x 800 screen leaves: they scroll there, and
    // the alarm list below them stays in view.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("mvaScroll"));
    scroll->setWidget(panel_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    panel_->setMinimumHeight(600);
    alarms_->setMaximumHeight(160);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 12, 20, 12);
    layout->setSpacing(8);
    layout->addLayout(controls);
    layout->addWidget(modelInfo_);
    layout->addWidget(banner_);
    layout->addWidget(scroll, 1);
    layout->addWidget(alarms_);

    connect(start_, &QPushButton::clicked, this, [this] {
        startSimulatedBatch(static_cast<sim::FaultKind>(fault_->currentData().toInt()),
                            static_cast<std::uint64_t>(QDateTime::currentMSecsSinceEpoch()));
    });
    connect(ack_, &QPushButton::clicked, this, &MvaMonitorView::acknowledgeSelected);
    connect(&feed_, &QTimer::timeout, this, &MvaMonitorView::feedOne);
    // Redraws are coalesced to one per frame, however fast observations arrive.
    frame_.setInterval(100);
    connect(&frame_, &QTimer::timeout, this, &MvaMonitorView::redraw);
    refreshModels();
}

MvaMonitorView::~MvaMonitorView() = default;

bool MvaMonitorView::refreshModels() {
    bem_.reset();
    soft_.reset();
    try {
        bem_ = repo_.loadForMonitoring(options_.bemModelId);
        panel_->setModel(batch::mva::bemFromJson(bem_->content));
    } catch (const batch::mva::ModelRepositoryError& e) {
        banner_->showMessage(StatusBanner::Kind::Warning, e.message());
        modelInfo_->setText(tr("No approved batch evolution model '%1'.").arg(options_.bemModelId));
        start_->setEnabled(false);
        return false;
    }
    try {
        soft_ = repo_.loadForMonitoring(options_.softSensorModelId);
    } catch (const batch::mva::ModelRepositoryError&) {
        soft_.reset();  // the soft sensor is optional
    }
    const auto& i = bem_->info;
    modelInfo_->setText(
        tr("Model %1 v%2, approved by %3 at %4 UTC%5")
            .arg(i.modelId)
            .arg(i.version)
            .arg(i.approverId, i.approvedUtc.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')),
                 soft_
                     ? tr("; soft sensor %1 v%2").arg(soft_->info.modelId).arg(soft_->info.version)
                     : QString()));
    banner_->showMessage(StatusBanner::Kind::Info, tr("Ready: start a batch to monitor it."));
    start_->setEnabled(true);
    return true;
}

bool MvaMonitorView::startSimulatedBatch(sim::FaultKind fault, std::uint64_t seed) {
    if (!bem_ && !refreshModels())
        return false;
    stop();
    sim::FluidBedSimulator simulator(seed);
    sim::Fault f;
    f.kind = fault;
    f.startMinute = fault == sim::FaultKind::SensorFreeze ? 45.0 : 15.0;
    f.rate = fault == sim::FaultKind::NozzleClogging ? 0.03 : -0.5;
    const QString id = QStringLiteral("SIM-%1").arg(seed % 1000000, 6, 10, QLatin1Char('0'));
    batch_ = simulator.runBatch(id.toStdString(), f);
    next_ = 0;
    try {
        monitor_ = std::make_unique<batch::mva::OnlineMonitor>(
            *bem_, sim::signalColumns(), id, &log_, batch::mva::AlarmConfig{}, soft_);
    } catch (const batch::mva::MvaError& e) {
        banner_->showMessage(StatusBanner::Kind::Error, QString::fromStdString(e.what()));
        return false;
    }
    connect(monitor_.get(), &batch::mva::OnlineMonitor::observationScored, this,
            [this] { dirty_ = true; });
    connect(monitor_.get(), &batch::mva::OnlineMonitor::alarmRaised, this,
            &MvaMonitorView::refreshAlarms);
    connect(monitor_.get(), &batch::mva::OnlineMonitor::alarmCleared, this,
            &MvaMonitorView::refreshAlarms);
    banner_->showMessage(StatusBanner::Kind::Info, tr("Monitoring simulated batch %1.").arg(id));
    refreshAlarms();
    feed_.start(options_.observationIntervalMs);
    frame_.start();
    logging::logger("batch.ui.mva")
        ->info("simulated batch {} started (fault {})", id.toStdString(), sim::faultName(fault));
    return true;
}

void MvaMonitorView::feedOne() {
    if (!monitor_ || next_ >= batch_.rows.size()) {
        feed_.stop();
        redraw();
        frame_.stop();
        return;
    }
    const sim::Observation& o = batch_.rows[next_++];
    monitor_->addObservation(o.minute, o.values);
}

void MvaMonitorView::finishNow() {
    while (monitor_ && next_ < batch_.rows.size()) feedOne();
    feedOne();
}

void MvaMonitorView::stop() {
    feed_.stop();
    frame_.stop();
}

void MvaMonitorView::redraw() {
    if (!monitor_ || !dirty_)
        return;
    dirty_ = false;
    panel_->setSamples(monitor_->samples(), monitor_->softSensorResponse());
}

void MvaMonitorView::refreshAlarms() {
    if (!monitor_)
        return;
    alarmList_ = log_.alarms(monitor_->batchId());
    alarms_->setRowCount(static_cast<int>(alarmList_.size()));
    int active = 0;
    QString latestActive;
    for (int r = 0; r < static_cast<int>(alarmList_.size()); ++r) {
        const batch::mva::MvaAlarm& a = alarmList_[static_cast<size_t>(r)];
        const bool isActive = a.active();
        active += isActive;
        if (isActive)
            latestActive = a.message;
        auto* state = new QTableWidgetItem(
            themeIcon(isActive ? QStringLiteral("error") : QStringLiteral("ok")),
            stateWords(a.state));
        if (a.state == AlarmState::ActiveUnacknowledged) {
            QFont f = state->font();
            f.setBold(true);
            state->setFont(f);
            state->setForeground(QColor(0x8e, 0x10, 0x10));
        }
        alarms_->setItem(r, 0, state);
        alarms_->setItem(r, 1, new QTableWidgetItem(a.raisedUtc.mid(11, 8)));
        alarms_->setItem(r, 2, new QTableWidgetItem(a.message));
        alarms_->setItem(
            r, 3,
            new QTableWidgetItem(
                a.acknowledgedBy.isEmpty()
                    ? QString()
                    : tr("%1 at %2").arg(a.acknowledgedBy, a.acknowledgedUtc.mid(11, 8))));
    }
    if (active > 0)
        banner_->showMessage(StatusBanner::Kind::Error,
                             tr("%n MVA alarm(s) active on batch %1: %2", nullptr, active)
                                 .arg(monitor_->batchId(), latestActive));
}

bool MvaMonitorView::acknowledgeSelected() {
    const int row = alarms_->currentRow();
    if (row < 0 || row >= static_cast<int>(alarmList_.size()) || !session_.user()) {
        banner_->showMessage(StatusBanner::Kind::Warning, tr("Select an alarm to acknowledge."));
        return false;
    }
    const batch::mva::MvaAlarm& a = alarmList_[static_cast<size_t>(row)];
    try {
        log_.acknowledge(*session_.user(), a.stationId, a.seq);
    } catch (const batch::mva::AlarmLogError& e) {
        banner_->showMessage(StatusBanner::Kind::Warning, e.message());
        return false;
    }
    refreshAlarms();
    alarms_->selectRow(row);
    banner_->showMessage(StatusBanner::Kind::Ok,
                         tr("Alarm acknowledged by %1.").arg(session_.user()->id));
    return true;
}

}  // namespace batch::ui::mva
