#include "screens/TrendsScreen.h"

#include "LocaleFormat.h"
#include "Theme.h"
#include "charts/trend/QtChartsTrendView.h"
#include "instruments/InstrumentHub.h"
#include "widgets/Controls.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace batch::ui {
namespace {

struct SpanChoice {
    qint64 ms;
    const char* name;
};
constexpr SpanChoice kSpans[] = {{60'000, "span1m"},
                                 {10 * 60'000, "span10m"},
                                 {3'600'000, "span1h"},
                                 {8 * 3'600'000LL, "span8h"}};

}  // namespace

TrendsScreen::TrendsScreen(InstrumentHub& hub, std::function<qint64()> nowMs, QWidget* parent)
    : QWidget(parent),
      hub_(hub),
      view_(new trend::QtChartsTrendView(this)),
      controller_(*view_, std::move(nowMs)) {
    setObjectName(QStringLiteral("Screen"));

    // First row: the time window and live/pause. Second row: zoom, pan, what is shown.
    auto* windowRow = new QHBoxLayout;
    windowRow->setSpacing(10);
    auto* windowLabel = makeLabel(tr("Time window:"), QStringLiteral("fieldLabel"), this);
    windowLabel->setWordWrap(false);
    windowRow->addWidget(windowLabel);
    spans_ = new QButtonGroup(this);
    const QStringList spanTitles{tr("1 min"), tr("10 min"), tr("1 h"), tr("8 h")};
    for (int i = 0; i < 4; ++i) {
        QPushButton* b = makeSegment(spanTitles[i], this);
        b->setObjectName(QString::fromLatin1(kSpans[i].name));
        spans_->addButton(b, i);
        windowRow->addWidget(b);
    }
    spans_->button(1)->setChecked(true);
    windowRow->addStretch(1);
    auto* navigateRow = new QHBoxLayout;
    navigateRow->setSpacing(10);
    auto tool = [this](QHBoxLayout* row, const QString& text, const QString& name,
                       const QString& icon) {
        QPushButton* b = makeButton(text, QString(), this);
        b->setObjectName(name);
        b->setIcon(themeIcon(icon));
        row->addWidget(b);
        return b;
    };
    pause_ = tool(windowRow, tr("Pause"), QStringLiteral("pauseButton"), QStringLiteral("pause"));
    QPushButton* zoomIn =
        tool(navigateRow, tr("Zoom in"), QStringLiteral("zoomInButton"), QStringLiteral("zoom-in"));
    QPushButton* zoomOut = tool(navigateRow, tr("Zoom out"), QStringLiteral("zoomOutButton"),
                                QStringLiteral("zoom-out"));
    QPushButton* back =
        tool(navigateRow, tr("Earlier"), QStringLiteral("panBackButton"), QStringLiteral("pan-left"));
    QPushButton* forward = tool(navigateRow, tr("Later"), QStringLiteral("panForwardButton"),
                                QStringLiteral("pan-right"));
    navigateRow->addSpacing(12);
    range_ = makeLabel(QString(), QStringLiteral("fieldLabel"), this);
    range_->setObjectName(QStringLiteral("trendRange"));
    navigateRow->addWidget(range_, 1);
    empty_ = makeLabel(tr("No instrument is connected to this station: there is nothing to "
                          "trend."),
                       QStringLiteral("subtitle"), this);
    empty_->setObjectName(QStringLiteral("trendEmpty"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 12, 24, 12);
    layout->setSpacing(10);
    layout->addLayout(windowRow);
    layout->addLayout(navigateRow);
    layout->addWidget(empty_);
    layout->addWidget(view_, 1);

    connect(spans_, &QButtonGroup::idClicked, this,
            [this](int id) { controller_.setSpan(kSpans[id].ms); });
    connect(zoomIn, &QPushButton::clicked, &controller_, &trend::TrendController::zoomIn);
    connect(zoomOut, &QPushButton::clicked, &controller_, &trend::TrendController::zoomOut);
    connect(back, &QPushButton::clicked, &controller_, &trend::TrendController::panBack);
    connect(forward, &QPushButton::clicked, &controller_, &trend::TrendController::panForward);
    connect(pause_, &QPushButton::clicked, this,
            [this] { controller_.setPaused(!controller_.paused()); });
    connect(&controller_, &trend::TrendController::rangeChanged, this, &TrendsScreen::showRange);
    connect(&hub_, &InstrumentHub::statesChanged, this, [this] {
        if (controller_.channelCount() != hub_.entries().size())
            rebuildChannels();
    });
    // Hidden, the screen still collects (a whole shift stays available); it only stops
    // drawing.
    connect(&collect_, &QTimer::timeout, this, [this] {
        if (!isVisible())
            controller_.collect();
    });
    collect_.start(1000);
    controller_.setSpan(kSpans[1].ms);
    rebuildChannels();
}

void TrendsScreen::rebuildChannels() {
    QList<trend::TrendController::Source> sources;
    for (const InstrumentHub::Entry& e : hub_.entries()) {
        const InstrumentInfo& info = e.link->info();
        trend::ChannelInfo c;
        c.id = info.id;
        c.title = info.description.isEmpty() ? info.id
                                             : tr("%1 · %2").arg(info.id, info.description);
        c.unit = info.unit;
        c.decimals = info.decimals;
        sources << trend::TrendController::Source{c, e.link->liveReadings()};
    }
    controller_.setSources(sources);
    empty_->setVisible(sources.isEmpty());
    view_->setVisible(!sources.isEmpty());
}

void TrendsScreen::setLimits(const QString& instrumentId, const trend::ChannelInfo& limits) {
    controller_.setLimits(instrumentId, limits);
}

void TrendsScreen::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    controller_.start();
    controller_.frame();
}

void TrendsScreen::hideEvent(QHideEvent* event) {
    controller_.stop();
    QWidget::hideEvent(event);
}

void TrendsScreen::showRange(qint64 fromMs, qint64 toMs, bool live) {
    const QString from = fmt::dateTime(QDateTime::fromMSecsSinceEpoch(fromMs));
    const QString to = fmt::timeOfDay(QDateTime::fromMSecsSinceEpoch(toMs));
    range_->setText(live ? tr("Live: %1 to now (%2)").arg(from, to)
                         : tr("Paused: %1 to %2").arg(from, to));
    pause_->setText(live ? tr("Pause") : tr("Live"));
    pause_->setIcon(themeIcon(live ? QStringLiteral("pause") : QStringLiteral("live")));
}

}  // namespace batch::ui
