#include "weigh/WeighPanel.h"

#include "LocaleFormat.h"
#include "instruments/Decimal.h"
#include "transport/InstrumentLink.h"
#include "Theme.h"
#include "widgets/Controls.h"
#include "widgets/StatusBanner.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace batch::ui {
namespace {

constexpr int kIcon = 32;

void setIcon(QLabel* label, const QString& icon) {
    label->setPixmap(themeIcon(icon).pixmap(kIcon, kIcon));
}

}  // namespace

WeighPanel::WeighPanel(InstrumentHub& hub, const Target& target, Check check, QWidget* parent)
    : QWidget(parent), hub_(hub), target_(target), check_(std::move(check)) {
    setObjectName(QStringLiteral("WeighPanel"));
    entries_ = hub_.forClass(target_.equipmentClass);

    // Left: who weighs and what it reads. Right: the keys.
    auto* identityRow = new QHBoxLayout;
    identityRow->setSpacing(10);
    auto* scaleIcon = new QLabel(this);
    scaleIcon->setPixmap(themeIcon(QStringLiteral("scale")).pixmap(kIcon, kIcon));
    identity_ = makeLabel(QString(), QStringLiteral("fieldLabel"), this);
    identity_->setObjectName(QStringLiteral("weighInstrument"));
    calibrationIcon_ = new QLabel(this);
    calibration_ = makeLabel(QString(), QStringLiteral("muted"), this);
    calibration_->setObjectName(QStringLiteral("weighCalibration"));
    identityRow->addWidget(scaleIcon, 0, Qt::AlignVCenter);
    identityRow->addWidget(identity_, 1);
    auto* calibrationRow = new QHBoxLayout;
    calibrationRow->setSpacing(10);
    calibrationRow->addWidget(calibrationIcon_, 0, Qt::AlignVCenter);
    calibrationRow->addWidget(calibration_, 1);

    weight_ = new QLabel(QStringLiteral("—"), this);
    weight_->setObjectName(QStringLiteral("weighValue"));
    weight_->setProperty("textRole", QStringLiteral("weight"));
    weight_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    weight_->setMinimumWidth(300);
    unit_ = new QLabel(target_.unit, this);
    unit_->setObjectName(QStringLiteral("weighUnit"));
    unit_->setProperty("textRole", QStringLiteral("weightUnit"));
    stabilityIcon_ = new QLabel(this);
    stability_ = makeLabel(QString(), QStringLiteral("value"), this);
    stability_->setObjectName(QStringLiteral("weighStability"));
    stability_->setWordWrap(false);
    auto* weightRow = new QHBoxLayout;
    weightRow->setSpacing(14);
    weightRow->addWidget(weight_, 1);
    weightRow->addWidget(unit_, 0, Qt::AlignBottom);
    weightRow->addSpacing(20);
    weightRow->addWidget(stabilityIcon_);
    weightRow->addWidget(stability_);
    auto* weightBox = new QFrame(this);
    weightBox->setObjectName(QStringLiteral("WeightDisplay"));
    auto* weightBoxLayout = new QVBoxLayout(weightBox);
    weightBoxLayout->setContentsMargins(18, 8, 18, 8);
    weightBoxLayout->addLayout(weightRow);

    band_ = new LimitBand(this);
    band_->setObjectName(QStringLiteral("toleranceBar"));
    band_->setSpec(target_.band);
    band_->setVisible(target_.band.any());
    QHBoxLayout* toleranceRow = iconTextRow(this, &toleranceIcon_, &tolerance_,
                                            QStringLiteral("value"), QStringLiteral("weighTolerance"));

    problem_ = new StatusBanner(this);
    problem_->setObjectName(QStringLiteral("weighProblem"));

    auto* left = new QVBoxLayout;
    left->setSpacing(8);
    auto* top = new QVBoxLayout;
    top->setSpacing(8);
    if (entries_.size() > 1) {
        // Several balances of the class: the operator picks the one in front of them.
        chooser_ = new QButtonGroup(this);
        auto* row = new QHBoxLayout;
        row->setSpacing(10);
        for (int i = 0; i < entries_.size(); ++i) {
            QPushButton* b = makeToggle(entries_[i].link->info().id, this);
            b->setObjectName(QStringLiteral("chooseInstrument_") + entries_[i].link->info().id);
            chooser_->addButton(b, i);
            row->addWidget(b);
        }
        row->addStretch(1);
        top->addLayout(row);
        connect(chooser_, &QButtonGroup::idClicked, this, &WeighPanel::selectInstrument);
    }
    left->addLayout(identityRow);
    left->addLayout(calibrationRow);
    left->addWidget(weightBox);
    left->addWidget(band_);
    left->addLayout(toleranceRow);
    left->addWidget(problem_);
    left->addStretch(1);

    tare_ = makeButton(tr("Tare"), QString(), this);
    tare_->setObjectName(QStringLiteral("tareButton"));
    tare_->setIcon(themeIcon(QStringLiteral("tare")));
    zero_ = makeButton(tr("Zero"), QString(), this);
    zero_->setObjectName(QStringLiteral("zeroButton"));
    zero_->setIcon(themeIcon(QStringLiteral("zero")));
    capture_ = makeButton(tr("Capture weight"), QStringLiteral("primary"), this);
    capture_->setObjectName(QStringLiteral("captureButton"));
    capture_->setIcon(themeIcon(QStringLiteral("capture-light")));
    capture_->setMinimumHeight(72);
    blockerText_ = makeLabel(QString(), QStringLiteral("muted"), this);
    blockerText_->setObjectName(QStringLiteral("captureBlocker"));
    auto* keys = new QHBoxLayout;
    keys->setSpacing(12);
    keys->addWidget(tare_);
    keys->addWidget(zero_);
    keysColumn_ = new QVBoxLayout;
    keysColumn_->setSpacing(12);
    keysColumn_->addLayout(keys);
    keysColumn_->addStretch(1);
    keysColumn_->addWidget(blockerText_);
    keysColumn_->addWidget(capture_);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(24);
    columns->addLayout(left, 3);
    columns->addLayout(keysColumn_, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addLayout(columns, 1);

    connect(tare_, &QPushButton::clicked, this, [this] {
        if (link_) {
            commandProblem_.clear();
            link_->tare();
        }
    });
    connect(zero_, &QPushButton::clicked, this, [this] {
        if (link_) {
            commandProblem_.clear();
            link_->zero();
        }
    });
    connect(capture_, &QPushButton::clicked, this, &WeighPanel::capture);
    connect(&refresh_, &QTimer::timeout, this, &WeighPanel::refresh);
    refresh_.start(kRefreshMs);

    if (entries_.isEmpty()) {
        identity_->setText(tr("No balance of class %1 is connected to this station.")
                               .arg(target_.equipmentClass));
        showProblem(tr("No balance of class %1 is connected. The weight cannot be captured; "
                       "ask for the balance to be connected, or raise a deviation.")
                        .arg(target_.equipmentClass),
                    true);
        tare_->setEnabled(false);
        zero_->setEnabled(false);
        capture_->setEnabled(false);
        blocker_ = problem_->text();
        return;
    }
    selectInstrument(0);
}

void WeighPanel::addSideButton(QPushButton* button) {
    // Under tare/zero (and the demo pan), above the reason and the capture button.
    keysColumn_->insertWidget(keysColumn_->count() - 3, button);
}

void WeighPanel::selectInstrument(int index) {
    if (index < 0 || index >= entries_.size())
        return;
    if (link_)
        disconnect(link_, nullptr, this, nullptr);
    current_ = index;
    if (chooser_)
        chooser_->button(index)->setChecked(true);
    const InstrumentHub::Entry& e = entries_[index];
    link_ = e.link;
    const InstrumentInfo& info = e.link->info();
    identity_->setText(tr("%1 · %2 · serial %3")
                           .arg(info.id, info.description,
                                info.serialNumber.isEmpty() ? tr("not on file")
                                                            : info.serialNumber));
    if (!info.calibrationValid.has_value()) {
        setIcon(calibrationIcon_, QStringLiteral("warning"));
        calibration_->setText(tr("Calibration status unknown: no instrument master entry"));
    } else if (*info.calibrationValid) {
        setIcon(calibrationIcon_, QStringLiteral("ok"));
        // Calibrations are due on a date (valid through the end of it).
        calibration_->setText(tr("Calibrated, due %1")
                                  .arg(QLocale().toString(
                                      QDate::fromString(info.calibrationDueUtc.left(10), Qt::ISODate),
                                      QLocale::ShortFormat)));
    } else {
        setIcon(calibrationIcon_, QStringLiteral("error"));
        calibration_->setText(tr("Calibration overdue since %1")
                                  .arg(QLocale().toString(
                                      QDate::fromString(info.calibrationDueUtc.left(10), Qt::ISODate),
                                      QLocale::ShortFormat)));
    }
    connect(link_, &BalanceLink::stateChanged, this, &WeighPanel::onState);
    connect(link_, &BalanceLink::commandFailed, this,
            [this](const QString& command, const QString& reason) {
                if (command == QLatin1String("capture")) {
                    capturing_ = false;
                    captureProblem_ = tr("The balance gave no weight to capture: %1").arg(reason);
                } else {
                    commandProblem_ = command == QLatin1String("tare")
                                          ? tr("The balance did not tare: %1").arg(reason)
                                          : tr("The balance did not zero: %1").arg(reason);
                }
                refresh();
            });
    connect(link_, &BalanceLink::commandDone, this, [this] {
        commandProblem_.clear();
        refresh();
    });
    connect(link_, &BalanceLink::captureAnswered, this, &WeighPanel::onCaptureAnswer);

    delete demo_;
    demo_ = nullptr;
    if (e.pan) {
        // Demo mode: the simulated balance's pan, so a newcomer can weigh something.
        demo_ = new QFrame(this);
        demo_->setObjectName(QStringLiteral("DemoPan"));
        auto* grid = new QGridLayout(demo_);
        grid->setContentsMargins(10, 8, 10, 8);
        grid->setSpacing(10);
        auto* title = makeLabel(tr("Demo: the pan of the simulated balance"),
                                QStringLiteral("muted"), demo_);
        grid->addWidget(title, 0, 0, 1, 3);
        const double target = target_.band.target.value_or(1.0);
        SimulatedPan* pan = e.pan;
        auto add = [&](const QString& text, const QString& name, int row, int col,
                       std::function<void()> action) {
            QPushButton* b = makeButton(text, QString(), demo_);
            b->setObjectName(name);
            connect(b, &QPushButton::clicked, this, std::move(action));
            grid->addWidget(b, row, col);
        };
        add(tr("Target"), QStringLiteral("demoPlaceTarget"), 1, 0,
            [pan, target] { pan->place(target); });
        add(tr("+1 %"), QStringLiteral("demoAddSome"), 1, 1,
            [pan, target] { pan->place(target * 0.01); });
        add(tr("Empty"), QStringLiteral("demoEmpty"), 1, 2, [pan] { pan->clear(); });
        keysColumn_->insertWidget(1, demo_);
        demo_->show();
    }
    onState();
}

void WeighPanel::onState() {
    shown_.reset();
    refresh();
}

bool WeighPanel::canCapture() const { return capture_->isEnabled(); }

QString WeighPanel::instrumentId() const { return link_ ? link_->info().id : QString(); }

exec::StepInput WeighPanel::candidate() const {
    // The reading shown with the tare in force, the serial number and the reading time:
    // everything the weighing rules judge, as the capture will carry it.
    if (!shown_ || !link_)
        return {};
    devices::BalanceAnswer a = link_->latestAnswer();
    a.reply = shown_->reply;
    a.receivedUtcMs = shown_->receivedUtcMs;
    return devices::stepInputFrom(link_->info().id, a);
}

void WeighPanel::showProblem(const QString& text, bool alarm) {
    if (text.isEmpty())
        problem_->clear();
    else
        problem_->showMessage(alarm ? StatusBanner::Kind::Error : StatusBanner::Kind::Warning,
                              text);
}

void WeighPanel::refresh() {
    if (!link_)
        return;
    const devices::ConnectionState state = link_->state();
    const auto latest = link_->latest();
    const qint64 age = latest ? link_->nowMs() - latest->receivedUtcMs : -1;
    const bool busy = link_->busy() || capturing_;
    QString problem;
    if (state == devices::ConnectionState::Connected && busy) {
        // A tare, zero or capture waits for a stable weight: no reads meanwhile.
        problem = capturing_ ? tr("Capturing the weight of balance %1…").arg(link_->info().id)
                             : tr("Balance %1 is taring or zeroing…").arg(link_->info().id);
    } else if (state != devices::ConnectionState::Connected) {
        const QString id = link_->info().id;
        if (state == devices::ConnectionState::Refused)
            problem = tr("Balance %1 was refused: it is not the instrument on file (%2).")
                          .arg(id, link_->stateDetail());
        else if (state == devices::ConnectionState::Connecting)
            problem = tr("Balance %1 is connecting…").arg(id);
        else
            problem = tr("Balance %1 is disconnected (%2). Reconnecting…")
                          .arg(id, link_->stateDetail());
        shown_.reset();
    } else if (!latest) {
        problem = tr("Waiting for the first reading of balance %1…").arg(link_->info().id);
    } else if (age > kStaleMs) {
        problem = tr("No reading from balance %1 for %2 s: the balance does not answer "
                     "(timeout).")
                      .arg(link_->info().id)
                      .arg(age / 1000.0, 0, 'f', 1);
        shown_.reset();
    } else {
        shown_ = latest;
    }
    if (problem.isEmpty())
        problem = commandProblem_;
    // A refused capture is told, but does not block the next try.
    showProblem(problem.isEmpty() ? captureProblem_ : problem, !busy && (state != devices::ConnectionState::Connected ||
                                   (latest && age > kStaleMs)));
    const bool live = state == devices::ConnectionState::Connected && !busy;
    tare_->setEnabled(live);
    zero_->setEnabled(live);

    // The reading in large digits, with its stability in icon and word.
    if (!shown_ || !shown_->reply.isWeight()) {
        weight_->setText(shown_ && !shown_->reply.errorText.isEmpty()
                             ? shown_->reply.errorText
                             : QStringLiteral("—"));
        setIcon(stabilityIcon_, QStringLiteral("moving"));
        stability_->setText(shown_ ? tr("No weight") : tr("No reading"));
        band_->setValue(std::nullopt);
        toleranceIcon_->clear();
        tolerance_->clear();
    } else {
        const devices::Reply& r = shown_->reply;
        // As the balance sent it, without the padding of its fixed-width frame
        // (A&D "+000600.0"): the digits that mean something, large.
        const auto shownValue = instruments::Decimal::parse(r.valueText);
        weight_->setText(fmt::decimal(shownValue ? shownValue->text() : r.valueText));
        unit_->setText(r.unit.isEmpty() ? target_.unit : r.unit);
        setIcon(stabilityIcon_, r.stable ? QStringLiteral("stable") : QStringLiteral("moving"));
        stability_->setText(r.stable ? tr("Stable") : tr("Moving"));
        band_->setValue(r.value);
        const BandSpec& b = target_.band;
        if (!target_.tolerance) {
            const bool action = (b.low && r.value < *b.low) || (b.high && r.value > *b.high);
            const bool alert = (b.alertLow && r.value < *b.alertLow) ||
                               (b.alertHigh && r.value > *b.alertHigh);
            setIcon(toleranceIcon_, action  ? QStringLiteral("error")
                                    : alert ? QStringLiteral("warning")
                                            : QStringLiteral("ok"));
            tolerance_->setText(action  ? tr("Outside the action limits")
                                : alert ? tr("Outside the alert limits")
                                        : tr("Within limits"));
            if (!b.any()) {
                toleranceIcon_->clear();
                tolerance_->clear();
            }
        } else if (b.low && r.value < *b.low) {
            setIcon(toleranceIcon_, QStringLiteral("warning"));
            tolerance_->setText(tr("Below tolerance: add %1 %2 to reach the target")
                                    .arg(fmt::number(b.target.value_or(*b.low) - r.value,
                                                     target_.decimals),
                                         target_.unit));
        } else if (b.high && r.value > *b.high) {
            setIcon(toleranceIcon_, QStringLiteral("warning"));
            tolerance_->setText(tr("Above tolerance: remove %1 %2")
                                    .arg(fmt::number(r.value - b.target.value_or(*b.high),
                                                     target_.decimals),
                                         target_.unit));
        } else if (b.low || b.high) {
            setIcon(toleranceIcon_, QStringLiteral("ok"));
            tolerance_->setText(tr("Within tolerance"));
        }
    }

    // Capture only what the engine would accept, and say why not otherwise.
    QString blocker = problem;
    if (blocker.isEmpty() && !shown_)
        blocker = tr("No reading to capture.");
    if (blocker.isEmpty() && shown_->reply.isWeight() && !link_->tareInForce())
        blocker = tr("The tare in force is not known (%1): empty the pan, press Zero, then "
                     "tare the container.")
                      .arg(link_->tareProblem().isEmpty() ? tr("no answer yet")
                                                          : link_->tareProblem());
    if (blocker.isEmpty())
        blocker = check_ ? check_(candidate()) : QString();
    blocker_ = blocker;
    capture_->setEnabled(blocker.isEmpty());
    blockerText_->setText(blocker.isEmpty() ? tr("The engine will accept this reading.")
                                            : tr("Cannot capture: %1").arg(blocker));
}

void WeighPanel::capture() {
    refresh();
    if (!capture_->isEnabled() || !link_)
        return;
    // The balance reads a stable net weight and the tare in force in one go; the answer
    // is what is recorded, after the engine's check on exactly it.
    capturing_ = true;
    captureProblem_.clear();
    link_->capture();
    refresh();
}

void WeighPanel::onCaptureAnswer(const devices::BalanceAnswer& answer) {
    if (!capturing_ || !link_)
        return;
    capturing_ = false;
    const exec::StepInput input = devices::stepInputFrom(link_->info().id, answer);
    const QString blocker = check_ ? check_(input) : QString();
    if (!blocker.isEmpty()) {
        captureProblem_ = tr("The captured weight was not accepted: %1").arg(blocker);
        refresh();
        return;
    }
    Q_EMIT captured(input);
}

}  // namespace batch::ui
