#pragma once

#include "exec/ValueCheck.h"
#include "instruments/InstrumentHub.h"
#include "widgets/LimitBand.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class QButtonGroup;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace batch::ui {

class StatusBanner;

// The weigh panel: the live weight of the balance a step asks for, in large digits,
// whether it is stable or moving (icon and word), a tolerance bar with target, limits
// and the current weight, tare and zero, the instrument's identity and calibration
// state, and the capture button. Capture is enabled only while `check` says the engine
// would accept the reading shown; otherwise the reason is shown in words under the
// button. Disconnects, refusals and timeouts of the balance are shown at once.
class WeighPanel : public QWidget {
    Q_OBJECT
public:
    // No reading for this long while connected: the link has timed out (issue 4: a
    // reading older than 1 s is not used).
    static constexpr int kStaleMs = 1000;
    static constexpr int kRefreshMs = 100;

    struct Target {
        QString equipmentClass;
        QString unit;
        int decimals = 2;
        BandSpec band;          // target and tolerance (weigh) or limits (numeric)
        bool tolerance = true;  // weigh: a tolerance to reach; numeric: limits to stay in
    };
    using Check = std::function<QString(const exec::StepInput& candidate)>;

    WeighPanel(InstrumentHub& hub, const Target& target, Check check, QWidget* parent = nullptr);

    // A button of the caller's in the panel's key column (e.g. "enter by hand instead").
    void addSideButton(QPushButton* button);
    // The reason capture is not possible now (empty when it is); for tests.
    QString captureBlocker() const { return blocker_; }
    bool canCapture() const;
    QString instrumentId() const;

Q_SIGNALS:
    void captured(const batch::exec::StepInput& input);

private:
    void selectInstrument(int index);
    void onState();
    void refresh();
    void capture();
    void onCaptureAnswer(const batch::devices::BalanceAnswer& answer);
    exec::StepInput candidate() const;
    void showProblem(const QString& text, bool alarm);

    InstrumentHub& hub_;
    Target target_;
    Check check_;
    QList<InstrumentHub::Entry> entries_;
    int current_ = -1;
    QPointer<BalanceLink> link_;
    std::optional<devices::Reading> shown_;
    QString blocker_;
    QString commandProblem_;
    QString captureProblem_;  // why the last capture was not recorded
    bool capturing_ = false;  // a capture was asked for and is not answered yet
    QTimer refresh_;

    QButtonGroup* chooser_ = nullptr;
    QLabel* identity_;
    QLabel* calibrationIcon_;
    QLabel* calibration_;
    QLabel* weight_;
    QLabel* unit_;
    QLabel* stabilityIcon_;
    QLabel* stability_;
    LimitBand* band_;
    QLabel* toleranceIcon_;
    QLabel* tolerance_;
    StatusBanner* problem_;
    QPushButton* tare_;
    QPushButton* zero_;
    QPushButton* capture_;
    QLabel* blockerText_;
    QWidget* demo_ = nullptr;
    QVBoxLayout* keysColumn_;
};

}  // namespace batch::ui
