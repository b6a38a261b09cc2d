#include "screens/SupervisorDashboard.h"

#include "Theme.h"
#include "widgets/Controls.h"
#include "widgets/StatusBanner.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <limits>

namespace batch::ui {
namespace {

// Short columns fit their content; the `stretch` columns share the rest (texts elide)
// so that nothing scrolls sideways at 1280 px.
QTableWidget* makeTable(const QString& name, const QStringList& headers, QList<int> stretch,
                        QWidget* parent) {
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->setFocusPolicy(Qt::NoFocus);
    t->setAlternatingRowColors(true);
    t->setIconSize(QSize(20, 20));
    t->verticalHeader()->setVisible(false);
    t->verticalHeader()->setDefaultSectionSize(36);
    t->horizontalHeader()->setHighlightSections(false);
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int c : stretch) t->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Stretch);
    t->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    t->setTextElideMode(Qt::ElideRight);
    t->setWordWrap(false);
    return t;
}

QTableWidgetItem* cell(const QString& text) {
    return new QTableWidgetItem(text);
}

// Abnormal states: a muted tint, an icon and words (colour never alone, ISA-101).
QTableWidgetItem* flagged(const QString& text, const QString& icon, const QColor& tint) {
    auto* item = new QTableWidgetItem(themeIcon(icon), text);
    item->setBackground(tint);
    return item;
}

const QColor kAmber(0xf6, 0xe3, 0xa8);
const QColor kRed(0xf4, 0xc4, 0xc0);

// Time of day for today's entries (the header says which day), the date otherwise.
QString timeOf(const QString& utc, const QString& nowUtc = {}) {
    const QDateTime t = QDateTime::fromString(utc, Qt::ISODateWithMs);
    if (!t.isValid())
        return utc;
    const QDateTime now = QDateTime::fromString(nowUtc, Qt::ISODateWithMs);
    const bool today = now.isValid() && now.toUTC().date() == t.toUTC().date();
    return t.toUTC().toString(today ? QStringLiteral("HH:mm:ss")
                                    : QStringLiteral("yyyy-MM-dd HH:mm"));
}

QLabel* sectionTitle(const QString& text, QWidget* parent) {
    QLabel* l = makeLabel(text, QStringLiteral("fieldLabel"), parent);
    l->setWordWrap(false);
    return l;
}

}  // namespace

SupervisorDashboard::SupervisorDashboard(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("Screen"));
    live_ = makeLabel(tr("Connecting to the central database…"), QStringLiteral("muted"), this);
    live_->setObjectName(QStringLiteral("dashboardLive"));
    banner_ = new StatusBanner(this);
    banner_->hide();

    stations_ = makeTable(
        QStringLiteral("stationsTable"),
        {tr("Station"), tr("Last contact"), tr("Events"), tr("Clock offset"), tr("Reported ahead")},
        {1, 4}, this);
    batches_ = makeTable(QStringLiteral("batchesTable"),
                         {tr("Station"), tr("Batch"), tr("MBR"), tr("Status"), tr("Current step"),
                          tr("Deviations"), tr("Changed")},
                         {2, 4}, this);
    exceptions_ = makeTable(QStringLiteral("exceptionsTable"),
                            {tr("Time"), tr("Station"), tr("Batch"), tr("Exception"), tr("Detail")},
                            {4}, this);
    mva_ = makeTable(QStringLiteral("mvaTable"),
                     {tr("Time"), tr("Station"), tr("Batch"), tr("Detail")}, {3}, this);
    notices_ =
        makeTable(QStringLiteral("noticesTable"),
                  {tr("Time"), tr("Station"), tr("Event"), tr("User"), tr("Record")}, {2, 4}, this);
    alarmTabs_ = new QTabWidget(this);
    alarmTabs_->addTab(mva_, tr("MVA alarms"));
    alarmTabs_->addTab(notices_, tr("Priority events"));

    instrument_ = new QComboBox(this);
    instrument_->setObjectName(QStringLiteral("trendInstrument"));
    instrument_->setMinimumHeight(40);
    instrument_->setMinimumWidth(200);
    instrument_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(instrument_, &QComboBox::currentIndexChanged, this, [this] { fillTrend(); });
    chart_ = new QChart();
    chart_->setAnimationOptions(QChart::NoAnimation);  // live series: no animations
    chart_->legend()->setAlignment(
        Qt::AlignTop);  // series are told apart by name, not colour alone
    chart_->setMargins(QMargins(4, 4, 4, 4));
    timeAxis_ = new QDateTimeAxis(chart_);
    timeAxis_->setFormat(QStringLiteral("HH:mm:ss"));
    timeAxis_->setTitleText(tr("Time (UTC)"));
    valueAxis_ = new QValueAxis(chart_);
    chart_->addAxis(timeAxis_, Qt::AlignBottom);
    chart_->addAxis(valueAxis_, Qt::AlignLeft);
    chartView_ = new QChartView(chart_, this);
    chartView_->setObjectName(QStringLiteral("trendChart"));
    chartView_->setRenderHint(QPainter::Antialiasing);
    chartView_->setMinimumHeight(300);
    chartView_->setMinimumWidth(380);

    auto* header = new QHBoxLayout;
    auto* title =
        makeLabel(tr("Supervisor dashboard — all stations"), QStringLiteral("title"), this);
    title->setWordWrap(false);
    live_->setWordWrap(false);
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(live_);

    auto* trendHeader = new QHBoxLayout;
    trendHeader->addWidget(sectionTitle(tr("Instrument trend"), this));
    trendHeader->addStretch(1);
    trendHeader->addWidget(instrument_);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(8);
    grid->addWidget(sectionTitle(tr("Stations"), this), 0, 0);
    grid->addWidget(stations_, 1, 0);
    grid->addWidget(sectionTitle(tr("Batches in progress"), this), 2, 0);
    grid->addWidget(batches_, 3, 0);
    grid->addWidget(sectionTitle(tr("Recent exceptions"), this), 4, 0);
    grid->addWidget(exceptions_, 5, 0);
    grid->addLayout(trendHeader, 0, 1);
    grid->addWidget(chartView_, 1, 1, 3, 1);
    grid->addWidget(sectionTitle(tr("Alarms and priority events"), this), 4, 1);
    grid->addWidget(alarmTabs_, 5, 1);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 1);
    stations_->setMinimumHeight(44 + 3 * 36);
    grid->setRowStretch(1, 2);
    grid->setRowStretch(3, 3);
    grid->setRowStretch(5, 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addWidget(banner_);
    layout->addLayout(grid, 1);
}

void SupervisorDashboard::setConnectionState(bool online, const QString& error) {
    if (online && error.isEmpty()) {
        banner_->hide();
        return;
    }
    banner_->showMessage(online ? StatusBanner::Kind::Warning : StatusBanner::Kind::Error,
                         online ? tr("The central database refused a query: %1").arg(error)
                                : tr("Central database unreachable — showing the last data "
                                     "received. %1")
                                      .arg(error));
    banner_->show();
    if (!online)
        live_->setText(tr("Offline"));
}

void SupervisorDashboard::showSnapshot(const sync::DashboardSnapshot& snapshot) {
    snapshot_ = snapshot;
    live_->setText(tr("Live — updated %1 UTC (times below: UTC)")
                       .arg(QDateTime::fromString(snapshot.serverTimeUtc, Qt::ISODateWithMs)
                                .toUTC()
                                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    banner_->hide();
    fillStations();
    fillBatches();
    fillExceptions(exceptions_, snapshot_.exceptions);
    fillExceptions(mva_, snapshot_.mvaAlarms);
    fillNotices();
    alarmTabs_->setTabText(0, tr("MVA alarms (%1)").arg(snapshot_.mvaAlarms.size()));
    alarmTabs_->setTabText(1, tr("Priority events (%1)").arg(snapshot_.notices.size()));
    updateInstruments();
    fillTrend();
}

void SupervisorDashboard::fillStations() {
    stations_->setRowCount(static_cast<int>(snapshot_.stations.size()));
    for (int r = 0; r < stations_->rowCount(); ++r) {
        const auto& s = snapshot_.stations[static_cast<std::size_t>(r)];
        QTableWidgetItem* name = cell(s.id);
        name->setToolTip(s.description);
        stations_->setItem(r, 0, name);
        stations_->setItem(r, 1,
                           s.lastContactUtc.isEmpty()
                               ? flagged(tr("never"), QStringLiteral("warning"), kAmber)
                               : cell(timeOf(s.lastContactUtc, snapshot_.serverTimeUtc)));
        stations_->setItem(r, 2, cell(QString::number(s.watermark)));
        stations_->setItem(r, 3,
                           cell(s.clockOffsetMs ? tr("%1 ms").arg(*s.clockOffsetMs) : QString()));
        stations_->setItem(r, 4,
                           s.pendingNotices > 0
                               ? flagged(tr("%1 not yet in order").arg(s.pendingNotices),
                                         QStringLiteral("warning"), kAmber)
                               : cell(tr("none")));
    }
}

void SupervisorDashboard::fillBatches() {
    batches_->setRowCount(static_cast<int>(snapshot_.batches.size()));
    for (int r = 0; r < batches_->rowCount(); ++r) {
        const auto& b = snapshot_.batches[static_cast<std::size_t>(r)];
        batches_->setItem(r, 0, cell(b.stationId));
        batches_->setItem(r, 1, cell(b.batchId));
        batches_->setItem(r, 2, cell(QStringLiteral("%1 v%2").arg(b.mbrId, b.mbrVersion)));
        batches_->setItem(r, 3,
                          b.status == QLatin1String("on_hold")
                              ? flagged(tr("On hold"), QStringLiteral("warning"), kAmber)
                              : cell(tr("Running")));
        const QString step = b.currentStep.isEmpty()
                                 ? tr("not started")
                                 : (b.stepState == QLatin1String("running")
                                        ? tr("%1 (running)").arg(b.currentStep)
                                        : tr("%1 (completed)").arg(b.currentStep));
        batches_->setItem(r, 4, cell(step));
        batches_->setItem(r, 5,
                          b.openDeviations > 0
                              ? flagged(tr("%n open", nullptr, static_cast<int>(b.openDeviations)),
                                        QStringLiteral("error"), kRed)
                              : cell(tr("none")));
        batches_->setItem(r, 6, cell(timeOf(b.updatedUtc, snapshot_.serverTimeUtc)));
    }
}

void SupervisorDashboard::fillExceptions(
    QTableWidget* table, const std::vector<sync::DashboardSnapshot::Exception>& rows) {
    const bool withType = table->columnCount() == 5;
    table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < table->rowCount(); ++r) {
        const auto& e = rows[static_cast<std::size_t>(r)];
        int c = 0;
        table->setItem(r, c++, cell(timeOf(e.tsUtc, snapshot_.serverTimeUtc)));
        table->setItem(r, c++, cell(e.stationId));
        table->setItem(r, c++, cell(e.batchId));
        if (withType)
            table->setItem(r, c++, flagged(e.exceptionType, QStringLiteral("warning"), kAmber));
        table->setItem(r, c, cell(e.detail));
    }
}

void SupervisorDashboard::fillNotices() {
    notices_->setRowCount(static_cast<int>(snapshot_.notices.size()));
    for (int r = 0; r < notices_->rowCount(); ++r) {
        const auto& n = snapshot_.notices[static_cast<std::size_t>(r)];
        notices_->setItem(r, 0, cell(timeOf(n.tsUtc, snapshot_.serverTimeUtc)));
        notices_->setItem(r, 1, cell(n.stationId));
        notices_->setItem(r, 2, cell(n.type));
        notices_->setItem(r, 3, cell(n.userId));
        notices_->setItem(r, 4,
                          n.confirmed ? cell(tr("in the record (seq %1)").arg(n.seq))
                                      : flagged(tr("reported ahead (seq %1)").arg(n.seq),
                                                QStringLiteral("info"), kAmber));
    }
}

void SupervisorDashboard::updateInstruments() {
    QStringList ids;
    for (const auto& t : snapshot_.trends)
        if (!ids.contains(t.instrumentId))
            ids << t.instrumentId;
    QStringList current;
    for (int i = 0; i < instrument_->count(); ++i) current << instrument_->itemText(i);
    if (ids == current)
        return;
    const QString selected = instrument_->currentText();
    const QSignalBlocker block(instrument_);
    instrument_->clear();
    instrument_->addItems(ids);
    instrument_->setCurrentIndex(std::max<qsizetype>(0, ids.indexOf(selected)));
}

void SupervisorDashboard::fillTrend() {
    const QString id = instrument_->currentText();
    // Whole series replaced once per snapshot (DESIGN.md §2: no per-sample appends).
    chart_->removeAllSeries();
    double lo = std::numeric_limits<double>::max(), hi = std::numeric_limits<double>::lowest();
    std::int64_t first = std::numeric_limits<std::int64_t>::max(), last = 0;
    QString unit;
    for (const auto& t : snapshot_.trends) {
        if (t.instrumentId != id)
            continue;
        auto* series = new QLineSeries(chart_);
        series->setName(t.stationId);
        QList<QPointF> points;
        for (const auto& p : t.points) {
            points.append(QPointF(static_cast<qreal>(p.ms), p.value));
            lo = std::min(lo, p.value);
            hi = std::max(hi, p.value);
            first = std::min(first, p.ms);
            last = std::max(last, p.ms);
        }
        series->replace(points);
        series->setPointsVisible(points.size() < 40);
        chart_->addSeries(series);
        series->attachAxis(timeAxis_);
        series->attachAxis(valueAxis_);
        unit = t.unit;
    }
    if (first > last) {
        chart_->setTitle(tr("No instrument values recorded yet"));
        return;
    }
    chart_->setTitle(QString());
    const double pad = std::max(1e-6, (hi - lo) * 0.1);
    valueAxis_->setRange(lo >= 0 ? std::max(0.0, lo - pad) : lo - pad, hi + pad);
    valueAxis_->applyNiceNumbers();
    valueAxis_->setTitleText(unit);
    const std::int64_t span = std::max<std::int64_t>(last - first, 60'000);
    timeAxis_->setRange(QDateTime::fromMSecsSinceEpoch(last - span, Qt::UTC).addMSecs(-span / 20),
                        QDateTime::fromMSecsSinceEpoch(last, Qt::UTC).addMSecs(span / 20));
}

QStringList SupervisorDashboard::batchRow(const QString& stationId, const QString& batchId) const {
    for (int r = 0; r < batches_->rowCount(); ++r) {
        if (batches_->item(r, 0)->text() != stationId || batches_->item(r, 1)->text() != batchId)
            continue;
        QStringList out;
        for (int c = 0; c < batches_->columnCount(); ++c) out << batches_->item(r, c)->text();
        return out;
    }
    return {};
}

}  // namespace batch::ui
