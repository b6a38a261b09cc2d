#include "charts/mva/MvaMonitorView.h"

#include "Theme.h"
#include "charts/mva/MvaBatchPanel.h"
#include "charts/mva/ShelveAlarmDialog.h"
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
using batch::mva::MvaAlarm;

namespace {

// The state in words with its icon: colour is never the only signal (ISA-101).
QString stateWords(const MvaAlarm& a) {
    QString s;
    switch (a.state) {
        case AlarmState::ActiveUnacknowledged:
            s = MvaMonitorView::tr("ACTIVE — not acknowledged");
            break;
        case AlarmState::ActiveAcknowledged:
            s = MvaMonitorView::tr("active — acknowledged");
            break;
        case AlarmState::ClearedUnacknowledged:
            s = MvaMonitorView::tr("cleared — not acknowledged");
            break;
        case AlarmState::Closed:
            s = MvaMonitorView::tr("cleared — acknowledged");
            break;
    }
    if (a.shelved)
        return a.active() ? MvaMonitorView::tr("SHELVED — active")
                          : MvaMonitorView::tr("SHELVED — cleared");
    return s;
}

QString hhmmss(const QString& utc) {
    return utc.mid(11, 8);
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
      log_(journal),
      store_(journal) {
    setObjectName(QStringLiteral("Screen"));
    banner_ = new StatusBanner(this);
    modelInfo_ = makeLabel(QString(), QStringLiteral("muted"), this);
    modelInfo_->setObjectName(QStringLiteral("mvaModelInfo"));
    sourceInfo_ = makeLabel(QString(), QStringLiteral("muted"), this);
    sourceInfo_->setObjectName(QStringLiteral("mvaSourceInfo"));
    sourceInfo_->setWordWrap(true);
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
    live_ = makeButton(tr("Monitor live batch"), {}, this);
    live_->setObjectName(QStringLiteral("mvaLive"));
    live_->setVisible(static_cast<bool>(options_.liveFeed));
    ack_ = makeButton(tr("Acknowledge"), {}, this);
    ack_->setObjectName(QStringLiteral("mvaAcknowledge"));
    shelve_ = makeButton(tr("Shelve…"), {}, this);
    shelve_->setObjectName(QStringLiteral("mvaShelve"));
    unshelve_ = makeButton(tr("Unshelve"), {}, this);
    unshelve_->setObjectName(QStringLiteral("mvaUnshelve"));
    panel_ = new MvaBatchPanel(this);
    alarms_ = new QTableWidget(0, 5, this);
    alarms_->setObjectName(QStringLiteral("mvaAlarms"));
    alarms_->setHorizontalHeaderLabels(
        {tr("State"), tr("Raised (UTC)"), tr("Alarm"), tr("Acknowledged by"), tr("Shelved")});
    alarms_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    alarms_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    // The shelving column: who, until when and why, elided; the full text is its tooltip.
    alarms_->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Fixed);
    alarms_->setColumnWidth(4, 300);
    alarms_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    alarms_->setTextElideMode(Qt::ElideRight);
    alarms_->verticalHeader()->setDefaultSectionSize(40);
    alarms_->verticalHeader()->hide();
    alarms_->setSelectionBehavior(QAbstractItemView::SelectRows);
    alarms_->setSelectionMode(QAbstractItemView::SingleSelection);
    alarms_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    alarms_->setWordWrap(false);

    fault_->setMinimumWidth(260);
    fault_->setMaximumWidth(460);
    fault_->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    for (QPushButton* b : {start_, live_, ack_, shelve_, unshelve_})
        b->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    auto* controls = new QHBoxLayout;
    controls->setSpacing(12);
    QLabel* title = makeLabel(tr("MVA monitor"), QStringLiteral("title"), this);
    title->setWordWrap(false);
    controls->addWidget(title);
    controls->addStretch(1);
    controls->addWidget(fault_);
    controls->addWidget(start_);
    controls->addWidget(live_);
    // The charts need more height than a 1280 x 800 screen leaves: they scroll there, and
    // the alarm list below them stays in view, its actions beside it.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("mvaScroll"));
    scroll->setWidget(panel_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    panel_->setMinimumHeight(600);
    auto* alarmRow = new QHBoxLayout;
    alarmRow->setSpacing(12);
    alarmRow->addWidget(alarms_, 1);
    auto* actions = new QVBoxLayout;
    actions->setSpacing(8);
    for (QPushButton* b : {ack_, shelve_, unshelve_}) {
        b->setMinimumWidth(170);
        actions->addWidget(b);
    }
    actions->addStretch(1);
    alarmRow->addLayout(actions);
    alarms_->setFixedHeight(3 * 52 + 2 * 8);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 12, 20, 12);
    layout->setSpacing(8);
    layout->addLayout(controls);
    layout->addWidget(modelInfo_);
    layout->addWidget(sourceInfo_);
    layout->addWidget(banner_);
    layout->addWidget(scroll, 1);
    layout->addLayout(alarmRow);

    connect(start_, &QPushButton::clicked, this, [this] {
        startSimulatedBatch(static_cast<sim::FaultKind>(fault_->currentData().toInt()),
                            static_cast<std::uint64_t>(QDateTime::currentMSecsSinceEpoch()));
    });
    connect(live_, &QPushButton::clicked, this, &MvaMonitorView::startLiveBatch);
    connect(ack_, &QPushButton::clicked, this, &MvaMonitorView::acknowledgeSelected);
    connect(shelve_, &QPushButton::clicked, this, &MvaMonitorView::shelveSelected);
    connect(unshelve_, &QPushButton::clicked, this, &MvaMonitorView::unshelveSelected);
    connect(alarms_, &QTableWidget::itemSelectionChanged, this, &MvaMonitorView::updateActions);
    // Redraws are coalesced to one per frame, however fast observations arrive.
    frame_.setInterval(100);
    connect(&frame_, &QTimer::timeout, this, &MvaMonitorView::redraw);
    shelfExpiry_.setSingleShot(true);
    connect(&shelfExpiry_, &QTimer::timeout, this, &MvaMonitorView::checkShelving);
    refreshModels();
}

MvaMonitorView::~MvaMonitorView() {
    stop();
}

bool MvaMonitorView::refreshModels() {
    bem_.reset();
    soft_.reset();
    updateActions();
    try {
        bem_ = repo_.loadForMonitoring(options_.bemModelId);
        if (!monitor_)
            panel_->setModel(batch::mva::bemFromJson(bem_->content));
    } catch (const batch::mva::ModelRepositoryError& e) {
        banner_->showMessage(StatusBanner::Kind::Warning, e.message());
        modelInfo_->setText(tr("No approved batch evolution model '%1'.").arg(options_.bemModelId));
        start_->setEnabled(false);
        live_->setEnabled(false);
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
    if (!monitor_)
        banner_->showMessage(StatusBanner::Kind::Info, tr("Ready: start a batch to monitor it."));
    start_->setEnabled(true);
    live_->setEnabled(true);
    return true;
}

bool MvaMonitorView::startSimulatedBatch(sim::FaultKind fault, std::uint64_t seed) {
    sim::FluidBedSimulator simulator(seed);
    sim::Fault f;
    f.kind = fault;
    f.startMinute = fault == sim::FaultKind::SensorFreeze ? 45.0 : 15.0;
    f.rate = fault == sim::FaultKind::NozzleClogging ? 0.03 : -0.5;
    const QString id = QStringLiteral("SIM-%1").arg(seed % 1000000, 6, 10, QLatin1Char('0'));
    logging::logger("batch.ui.mva")
        ->info("simulated batch {} (fault {})", id.toStdString(), sim::faultName(fault));
    return startMonitoring(
        std::make_unique<batch::mva::SimulatorSource>(simulator.runBatch(id.toStdString(), f),
                                                      options_.observationIntervalMs),
        id);
}

bool MvaMonitorView::startLiveBatch() {
    if (!options_.liveFeed)
        return false;
    LiveFeed feed = options_.liveFeed();
    if (!feed.source) {
        banner_->showMessage(
            StatusBanner::Kind::Warning,
            feed.error.isEmpty() ? tr("No live instrument feed is available.") : feed.error);
        return false;
    }
    return startMonitoring(std::move(feed.source), feed.batchId);
}

bool MvaMonitorView::startMonitoring(std::unique_ptr<batch::mva::ObservationSource> source,
                                     const QString& batchId) {
    if (!bem_ && !refreshModels())
        return false;
    stop();
    monitor_.reset();
    source_.reset();
    batch::mva::MonitorRequest request;
    request.batchId = batchId;
    request.bemModelId = options_.bemModelId;
    request.softSensorModelId = soft_ ? options_.softSensorModelId : QString();
    request.inputColumns = source->columns();
    try {
        monitor_ = batch::mva::OnlineMonitor::startOrResume({repo_, log_, store_}, request);
    } catch (const batch::mva::ModelRepositoryError& e) {
        banner_->showMessage(StatusBanner::Kind::Error, e.message());
        return false;
    } catch (const batch::mva::ObservationStoreError& e) {
        banner_->showMessage(StatusBanner::Kind::Error, e.message());
        return false;
    } catch (const batch::mva::MvaError& e) {
        banner_->showMessage(StatusBanner::Kind::Error, QString::fromStdString(e.what()));
        return false;
    }
    source_ = std::move(source);
    const auto columns = static_cast<qsizetype>(source_->columns().size());
    connect(source_.get(), &batch::mva::ObservationSource::observation, this,
            [this, columns](double maturity, const QVector<double>& values) {
                if (monitor_ && values.size() == columns)
                    monitor_->addObservation(maturity, values.constData());
            });
    connect(source_.get(), &batch::mva::ObservationSource::finished, this,
            &MvaMonitorView::sourceFinished);
    connect(source_.get(), &batch::mva::ObservationSource::problem, this,
            [this](const QString& m) { banner_->showMessage(StatusBanner::Kind::Warning, m); });
    connect(monitor_.get(), &batch::mva::OnlineMonitor::observationScored, this,
            [this] { dirty_ = true; });
    connect(monitor_.get(), &batch::mva::OnlineMonitor::alarmRaised, this,
            &MvaMonitorView::refreshAlarms);
    connect(monitor_.get(), &batch::mva::OnlineMonitor::alarmCleared, this,
            &MvaMonitorView::refreshAlarms);
    connect(monitor_.get(), &batch::mva::OnlineMonitor::storageProblem, this,
            [this](const QString& m) { banner_->showMessage(StatusBanner::Kind::Warning, m); });
    panel_->setModel(monitor_->model());
    const auto& ref = monitor_->modelRef();
    sourceInfo_->setText(tr("Batch %1 with %2 v%3 — observations from the %4")
                             .arg(batchId, ref.modelId)
                             .arg(ref.version)
                             .arg(source_->describe()));
    banner_->showMessage(
        StatusBanner::Kind::Info,
        monitor_->resumed()
            ? tr("Monitoring of batch %1 resumed with the model version it started with (v%2); "
                 "%3 observations were already stored.")
                  .arg(batchId)
                  .arg(ref.version)
                  .arg(monitor_->run()->count)
            : tr("Monitoring batch %1.").arg(batchId));
    dirty_ = true;
    redraw();
    refreshAlarms();
    source_->start();
    frame_.start();
    return true;
}

void MvaMonitorView::sourceFinished() {
    if (!monitor_)
        return;
    monitor_->finish();
    dirty_ = true;
    redraw();
    frame_.stop();
    const auto* run = monitor_->run();
    banner_->showMessage(StatusBanner::Kind::Ok,
                         tr("Batch %1 ended: %2 observations stored and sealed for its review.")
                             .arg(monitor_->batchId())
                             .arg(run ? run->count : 0));
    refreshAlarms();
}

void MvaMonitorView::finishNow() {
    if (auto* s = qobject_cast<batch::mva::SimulatorSource*>(source_.get()))
        s->drain();
    redraw();
}

void MvaMonitorView::stop() {
    if (source_)
        source_->stop();
    frame_.stop();
    shelfExpiry_.stop();
}

void MvaMonitorView::redraw() {
    if (!monitor_ || !dirty_)
        return;
    dirty_ = false;
    panel_->setSamples(monitor_->samples(), monitor_->softSensorResponse());
}

const MvaAlarm* MvaMonitorView::selectedAlarm() const {
    const int row = alarms_->currentRow();
    if (row < 0 || row >= static_cast<int>(alarmList_.size()) ||
        alarms_->selectionModel()->selectedRows().isEmpty())
        return nullptr;
    return &alarmList_[static_cast<size_t>(row)];
}

void MvaMonitorView::updateActions() {
    const auto& user = session_.user();
    const bool mayShelve = user && user->has(security::Permission::HandleDeviations);
    shelve_->setVisible(mayShelve);
    unshelve_->setVisible(mayShelve);
    const MvaAlarm* a = selectedAlarm();
    ack_->setEnabled(a && user.has_value() &&
                     (a->state == AlarmState::ActiveUnacknowledged ||
                      a->state == AlarmState::ClearedUnacknowledged));
    shelve_->setEnabled(a && a->state != AlarmState::Closed && !a->shelved);
    unshelve_->setEnabled(a && a->shelved);
}

void MvaMonitorView::refreshAlarms() {
    if (!monitor_)
        return;
    const int selected = alarms_->currentRow();
    alarmList_ = log_.alarms(monitor_->batchId());
    alarms_->setRowCount(static_cast<int>(alarmList_.size()));
    int annunciating = 0, shelved = 0;
    QString latest;
    std::int64_t nextExpiry = 0;
    for (const batch::mva::AlarmShelf& s : log_.shelves(monitor_->batchId()))
        if (s.activeAt(journal_.nowMs()) && (nextExpiry == 0 || s.untilMs < nextExpiry))
            nextExpiry = s.untilMs;
    for (int r = 0; r < static_cast<int>(alarmList_.size()); ++r) {
        const MvaAlarm& a = alarmList_[static_cast<size_t>(r)];
        if (a.active() && !a.shelved) {
            ++annunciating;
            latest = a.message;
        }
        shelved += a.shelved;
        const QString icon = a.shelved    ? QStringLiteral("shelved")
                             : a.active() ? QStringLiteral("error")
                                          : QStringLiteral("ok");
        auto* state = new QTableWidgetItem(themeIcon(icon), stateWords(a));
        if (a.state == AlarmState::ActiveUnacknowledged && !a.shelved) {
            QFont f = state->font();
            f.setBold(true);
            state->setFont(f);
            state->setForeground(QColor(0x8e, 0x10, 0x10));
        }
        alarms_->setItem(r, 0, state);
        alarms_->setItem(r, 1, new QTableWidgetItem(hhmmss(a.raisedUtc)));
        alarms_->setItem(r, 2, new QTableWidgetItem(a.message));
        alarms_->setItem(
            r, 3,
            new QTableWidgetItem(
                a.acknowledgedBy.isEmpty()
                    ? QString()
                    : tr("%1 at %2").arg(a.acknowledgedBy, hhmmss(a.acknowledgedUtc))));
        auto* shelf = new QTableWidgetItem(
            a.shelved ? tr("until %1 by %2: %3")
                            .arg(hhmmss(a.shelvedUntilUtc), a.shelvedBy, a.shelveReason)
                      : QString());
        shelf->setToolTip(shelf->text());
        alarms_->setItem(r, 4, shelf);
    }
    alarms_->setColumnHidden(4, shelved == 0);  // the shelving column only while one is shelved
    if (selected >= 0 && selected < alarms_->rowCount())
        alarms_->selectRow(selected);
    if (annunciating > 0)
        banner_->showMessage(
            StatusBanner::Kind::Error,
            tr("%n MVA alarm(s) active on batch %1: %2", nullptr, annunciating)
                    .arg(monitor_->batchId(), latest) +
                (shelved > 0 ? tr(" (%n more shelved)", nullptr, shelved) : QString()));
    else if (shelved > 0)
        banner_->showMessage(StatusBanner::Kind::Info,
                             tr("%n MVA alarm(s) of batch %1 shelved: recorded, not annunciated "
                                "until the shelving ends.",
                                nullptr, shelved)
                                 .arg(monitor_->batchId()));
    if (nextExpiry > 0)
        shelfExpiry_.start(static_cast<int>(
            std::clamp<std::int64_t>(nextExpiry - journal_.nowMs() + 100, 0, 24 * 3600 * 1000)));
    else
        shelfExpiry_.stop();
    updateActions();
}

void MvaMonitorView::checkShelving() {
    log_.recordExpiredShelves();
    refreshAlarms();
}

bool MvaMonitorView::acknowledgeSelected() {
    const MvaAlarm* a = selectedAlarm();
    if (!a || !session_.user()) {
        banner_->showMessage(StatusBanner::Kind::Warning, tr("Select an alarm to acknowledge."));
        return false;
    }
    const int row = alarms_->currentRow();
    try {
        log_.acknowledge(*session_.user(), a->stationId, a->seq);
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

ShelveAlarmDialog* MvaMonitorView::shelveSelected() {
    const MvaAlarm* a = selectedAlarm();
    if (!a || !session_.user()) {
        banner_->showMessage(StatusBanner::Kind::Warning, tr("Select an alarm to shelve."));
        return nullptr;
    }
    auto* dialog = new ShelveAlarmDialog(a->message, log_.policy().maxMinutes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString station = a->stationId;
    const std::int64_t seq = a->seq;
    connect(dialog, &QDialog::accepted, this, [this, dialog, station, seq] {
        if (!session_.user())
            return;
        try {
            log_.shelve(*session_.user(), station, seq, dialog->reason(), dialog->minutes());
            refreshAlarms();
        } catch (const batch::mva::AlarmLogError& e) {
            banner_->showMessage(StatusBanner::Kind::Warning, e.message());
        }
    });
    dialog->show();
    return dialog;
}

bool MvaMonitorView::unshelveSelected() {
    const MvaAlarm* a = selectedAlarm();
    if (!a || !session_.user()) {
        banner_->showMessage(StatusBanner::Kind::Warning, tr("Select a shelved alarm."));
        return false;
    }
    try {
        log_.unshelve(*session_.user(), a->stationId, a->seq);
    } catch (const batch::mva::AlarmLogError& e) {
        banner_->showMessage(StatusBanner::Kind::Warning, e.message());
        return false;
    }
    refreshAlarms();
    return true;
}

}  // namespace batch::ui::mva
