#pragma once

#include "charts/trend/TrendController.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QPushButton;

namespace batch::ui {

class InstrumentHub;
namespace trend {
class TrendView;
}

// Live trends of every instrument of the station, one chart per instrument, for a whole
// shift: a rolling window (1 min to 8 h) in local time, pause, zoom and pan by large
// buttons, and the limits of the running step as bands. Memory stays bounded however
// long it is open (see trend::TrendBuffer).
class TrendsScreen : public QWidget {
    Q_OBJECT
public:
    TrendsScreen(InstrumentHub& hub, std::function<qint64()> nowMs = {},
                 QWidget* parent = nullptr);

    // Re-reads the instruments of the hub (they may come and go with the configuration).
    void rebuildChannels();
    // Shows the limits of what an instrument measures now (a weigh step's tolerance).
    void setLimits(const QString& instrumentId, const trend::ChannelInfo& limits);
    trend::TrendController& controller() { return controller_; }
    trend::TrendView& view() { return *view_; }

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void showRange(qint64 fromMs, qint64 toMs, bool live);

    InstrumentHub& hub_;
    trend::TrendView* view_;
    trend::TrendController controller_;
    QButtonGroup* spans_;
    QPushButton* pause_;
    QLabel* range_;
    QLabel* empty_;
    QTimer collect_;
};

}  // namespace batch::ui
