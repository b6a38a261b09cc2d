#include "screens/StepRunnerScreen.h"

#include "LocaleFormat.h"
#include "Theme.h"
#include "exec/ExecTypes.h"
#include "instruments/InstrumentHub.h"
#include "model/StepSequence.h"
#include "screens/StepHistoryView.h"
#include "security/Session.h"
#include "station/Station.h"
#include "steps/StepInput.h"
#include "widgets/Controls.h"
#include "widgets/StatusBanner.h"
#include "dialogs/TouchDialog.h"

#include <QButtonGroup>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace batch::ui {
namespace {

enum Page { kStepPage, kHistoryPage, kFinishedPage };

QString kindIcon(model::StepKind kind) {
    switch (kind) {
    case model::StepKind::Instruction: return QStringLiteral("instruction");
    case model::StepKind::Numeric: return QStringLiteral("numeric");
    case model::StepKind::Weigh: return QStringLiteral("scale");
    case model::StepKind::MaterialScan: return QStringLiteral("material");
    case model::StepKind::EquipmentCheck: return QStringLiteral("equipment");
    case model::StepKind::Choice: return QStringLiteral("choice");
    case model::StepKind::Checklist: return QStringLiteral("checked");
    case model::StepKind::Text: return QStringLiteral("text");
    case model::StepKind::Timer: return QStringLiteral("timer");
    case model::StepKind::Calculation: return QStringLiteral("calc");
    case model::StepKind::Sample: return QStringLiteral("sample");
    case model::StepKind::Signature: return QStringLiteral("sign");
    }
    return QStringLiteral("instruction");
}

QPushButton* actionButton(QWidget* parent, const QString& text, const QString& name,
                          const QString& icon) {
    QPushButton* b = makeButton(text, QStringLiteral("action"), parent);
    b->setObjectName(name);
    b->setIcon(themeIcon(icon));
    return b;
}

}  // namespace

StepRunnerScreen::StepRunnerScreen(Station& station, security::Session& session,
                                   InstrumentHub& hub, MbrImageResolver images, QWidget* parent)
    : QWidget(parent),
      station_(station),
      engine_(station.batches()),
      session_(session),
      hub_(hub),
      images_(std::move(images)) {
    setObjectName(QStringLiteral("Screen"));

    // Where we are: ISA-88 path, progress, batch state.
    auto* top = new QFrame(this);
    top->setObjectName(QStringLiteral("RunnerTop"));
    path_ = makeLabel(QString(), QStringLiteral("path"), top);
    path_->setObjectName(QStringLiteral("procedurePath"));
    progressText_ = makeLabel(QString(), QStringLiteral("fieldLabel"), top);
    progressText_->setObjectName(QStringLiteral("progressText"));
    progressText_->setWordWrap(false);
    progress_ = new QProgressBar(top);
    progress_->setObjectName(QStringLiteral("batchProgress"));
    progress_->setTextVisible(false);
    progress_->setFixedHeight(14);
    stateIcon_ = new QLabel(top);
    state_ = makeLabel(QString(), QStringLiteral("fieldLabel"), top);
    state_->setObjectName(QStringLiteral("batchState"));
    auto* topGrid = new QVBoxLayout(top);
    topGrid->setContentsMargins(24, 6, 24, 6);
    topGrid->setSpacing(4);
    topGrid->addWidget(path_);
    auto* progressRow = new QHBoxLayout;
    progressRow->setSpacing(14);
    progressRow->addWidget(progressText_);
    progressRow->addWidget(progress_, 1);
    progressRow->addSpacing(12);
    progressRow->addWidget(stateIcon_);
    progressRow->addWidget(state_, 1);
    topGrid->addLayout(progressRow);

    pages_ = new QStackedWidget(this);

    // The step page.
    auto* stepPage = new QWidget(pages_);
    branches_ = new QWidget(stepPage);
    branches_->setObjectName(QStringLiteral("branchChooser"));
    branchRow_ = new QHBoxLayout(branches_);
    branchRow_->setContentsMargins(0, 0, 0, 0);
    branchRow_->setSpacing(10);
    kindIcon_ = new QLabel(stepPage);
    title_ = makeLabel(QString(), QStringLiteral("stepTitle"), stepPage);
    title_->setObjectName(QStringLiteral("stepTitle"));
    auto* titleRow = new QHBoxLayout;
    titleRow->setSpacing(14);
    titleRow->addWidget(kindIcon_, 0, Qt::AlignTop);
    titleRow->addWidget(title_, 1);

    auto* instructionBox = new QWidget;
    auto* instructionLayout = new QHBoxLayout(instructionBox);
    instructionLayout->setContentsMargins(0, 0, 0, 0);
    instructionLayout->setSpacing(18);
    instruction_ = makeLabel(QString(), QStringLiteral("instruction"), instructionBox);
    instruction_->setObjectName(QStringLiteral("stepInstruction"));
    instruction_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    image_ = new QLabel(instructionBox);
    image_->setObjectName(QStringLiteral("stepImage"));
    image_->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    instructionLayout->addWidget(instruction_, 3);
    instructionLayout->addWidget(image_, 2);
    instructionArea_ = new QScrollArea(stepPage);
    instructionArea_->setObjectName(QStringLiteral("instructionArea"));
    instructionArea_->setWidget(instructionBox);
    instructionArea_->setWidgetResizable(true);
    instructionArea_->setFrameShape(QFrame::NoFrame);
    instructionArea_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    enableKineticScrolling(instructionArea_);

    feedback_ = new StatusBanner(stepPage);
    feedback_->setObjectName(QStringLiteral("stepFeedback"));
    feedbackAction_ = makeButton(tr("Raise a deviation…"), QString(), stepPage);
    feedbackAction_->setObjectName(QStringLiteral("refusalDeviationButton"));
    feedbackAction_->setIcon(themeIcon(QStringLiteral("deviation")));
    feedbackAction_->setVisible(false);
    auto* feedbackRow = new QHBoxLayout;
    feedbackRow->setSpacing(12);
    feedbackRow->addWidget(feedback_, 1);
    feedbackRow->addWidget(feedbackAction_, 0, Qt::AlignVCenter);

    deviationPrompt_ = new StatusBanner(stepPage);
    deviationPrompt_->setObjectName(QStringLiteral("deviationPrompt"));
    continuation_ = makeButton(tr("Sign the continuation…"), QString(), stepPage);
    continuation_->setObjectName(QStringLiteral("continuationButton"));
    continuation_->setIcon(themeIcon(QStringLiteral("sign")));
    continuation_->setVisible(false);
    auto* promptRow = new QHBoxLayout;
    promptRow->setSpacing(12);
    promptRow->addWidget(deviationPrompt_, 1);
    promptRow->addWidget(continuation_, 0, Qt::AlignVCenter);

    auto* card = new QFrame(stepPage);
    card->setObjectName(QStringLiteral("StepCard"));
    cardLayout_ = new QVBoxLayout(card);
    cardLayout_->setContentsMargins(20, 12, 20, 12);
    cardLayout_->setSpacing(8);
    cardLayout_->addLayout(titleRow);
    cardLayout_->addWidget(instructionArea_, 1);
    inputHost_ = new QVBoxLayout;
    inputHost_->setSpacing(0);
    cardLayout_->addLayout(inputHost_, 3);

    auto* stepLayout = new QVBoxLayout(stepPage);
    stepLayout->setContentsMargins(24, 8, 24, 8);
    stepLayout->setSpacing(8);
    stepLayout->addWidget(branches_);
    stepLayout->addWidget(card, 1);
    stepLayout->addLayout(promptRow);
    stepLayout->addLayout(feedbackRow);

    history_ = new StepHistoryView(pages_);
    auto* historyPage = new QWidget(pages_);
    auto* historyLayout = new QVBoxLayout(historyPage);
    historyLayout->setContentsMargins(24, 12, 24, 8);
    historyLayout->addWidget(history_);

    auto* finishedPage = new QWidget(pages_);
    finished_ = makeLabel(QString(), QStringLiteral("title"), finishedPage);
    finished_->setObjectName(QStringLiteral("batchFinished"));
    auto* toList = makeButton(tr("Back to the batch list"), QStringLiteral("primary"), finishedPage);
    toList->setObjectName(QStringLiteral("finishedBackButton"));
    auto* finishedHistory = makeButton(tr("Show the record"), QString(), finishedPage);
    finishedHistory->setObjectName(QStringLiteral("finishedHistoryButton"));
    finishedHistory->setIcon(themeIcon(QStringLiteral("history")));
    auto* finishedLayout = new QVBoxLayout(finishedPage);
    finishedLayout->setContentsMargins(48, 48, 48, 48);
    finishedLayout->setSpacing(20);
    auto* finishedIcon = new QLabel(finishedPage);
    finishedIcon->setPixmap(themeIcon(QStringLiteral("ok")).pixmap(72, 72));
    finishedLayout->addWidget(finishedIcon);
    finishedLayout->addWidget(finished_);
    auto* finishedButtons = new QHBoxLayout;
    finishedButtons->setSpacing(16);
    finishedButtons->addWidget(finishedHistory);
    finishedButtons->addWidget(toList);
    finishedButtons->addStretch(1);
    finishedLayout->addLayout(finishedButtons);
    finishedLayout->addStretch(1);

    pages_->addWidget(stepPage);
    pages_->addWidget(historyPage);
    pages_->addWidget(finishedPage);

    // The action bar: always the same buttons in the same places.
    auto* bar = new QFrame(this);
    bar->setObjectName(QStringLiteral("ActionBar"));
    historyButton_ = actionButton(bar, tr("Record so far"), QStringLiteral("historyButton"),
                                  QStringLiteral("history"));
    commentButton_ = actionButton(bar, tr("Comment"), QStringLiteral("commentButton"),
                                  QStringLiteral("comment"));
    deviationButton_ = actionButton(bar, tr("Deviation"), QStringLiteral("deviationButton"),
                                    QStringLiteral("deviation"));
    holdButton_ = actionButton(bar, tr("Hold"), QStringLiteral("holdButton"),
                               QStringLiteral("hold"));
    auto* batches = actionButton(bar, tr("Batch list"), QStringLiteral("batchListButton"),
                                 QStringLiteral("batch"));
    auto* barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(24, 6, 24, 6);
    barLayout->setSpacing(12);
    barLayout->addWidget(batches);
    barLayout->addStretch(1);
    barLayout->addWidget(historyButton_);
    barLayout->addWidget(commentButton_);
    barLayout->addWidget(deviationButton_);
    barLayout->addWidget(holdButton_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(top);
    layout->addWidget(pages_, 1);
    layout->addWidget(bar);

    connect(batches, &QPushButton::clicked, this, &StepRunnerScreen::backToBatches);
    connect(toList, &QPushButton::clicked, this, &StepRunnerScreen::backToBatches);
    connect(historyButton_, &QPushButton::clicked, this,
            [this] { showHistory(pages_->currentIndex() != kHistoryPage); });
    connect(finishedHistory, &QPushButton::clicked, this, [this] { showHistory(true); });
    connect(commentButton_, &QPushButton::clicked, this, &StepRunnerScreen::addComment);
    connect(deviationButton_, &QPushButton::clicked, this, [this] { raiseDeviation(); });
    connect(holdButton_, &QPushButton::clicked, this, &StepRunnerScreen::holdOrResume);
    connect(feedbackAction_, &QPushButton::clicked, this, [this] {
        if (refusalKind_ == exec::ExecError::Kind::OverrideRequired)
            requestOverride();
        else
            raiseDeviation(lastAttempt_);
    });
    connect(continuation_, &QPushButton::clicked, this,
            [this] { approveContinuation(pendingDeviation_); });
    connect(history_, &StepHistoryView::correctRequested, this, &StepRunnerScreen::correctStep);
    connect(history_, &StepHistoryView::verifyRequested, this, &StepRunnerScreen::verifyStep);
}

StepRunnerScreen::~StepRunnerScreen() = default;

const security::User* StepRunnerScreen::actor() const {
    return session_.user() ? &*session_.user() : nullptr;
}

void StepRunnerScreen::open(const QString& batchId) {
    batchId_ = batchId;
    current_.clear();
    sequence_.reset();
    mbr_ = nullptr;
    feedback_->clear();
    feedbackAction_->setVisible(false);
    reload();
}

void StepRunnerScreen::clear() {
    if (dialog_)
        dialog_->reject();
    batchId_.clear();
    batch_ = nullptr;
    mbr_ = nullptr;
    sequence_.reset();
    current_.clear();
    dropInput();
    history_->setBatch(nullptr, nullptr);
    feedback_->clear();
}

void StepRunnerScreen::reload() {
    if (batchId_.isEmpty())
        return;
    batch_ = &engine_.projection(batchId_);
    const model::MasterBatchRecord* mbr = &engine_.mbrOf(batchId_);
    if (mbr != mbr_ || !sequence_) {
        mbr_ = mbr;
        sequence_ = std::make_unique<model::StepSequence>(*mbr_);
    }
    history_->setBatch(mbr_, batch_);
    if (batch_->status == exec::BatchStatus::Finished) {
        showFinished();
        return;
    }
    const std::vector<const model::Step*> next = sequence_->next(batch_->completed);
    if (next.empty()) {
        showFinished();
        return;
    }
    bool keep = false;
    for (const model::Step* s : next)
        keep = keep || s->id == current_;
    if (!keep)
        current_ = next.front()->id;
    updateBatchState();

    // Parallel branches: the operator picks which open step to execute now.
    // deleteLater: the button that was touched may be the one emitting right now.
    while (QLayoutItem* item = branchRow_->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    if (branchGroup_)
        branchGroup_->deleteLater();
    branchGroup_ = nullptr;
    branches_->setVisible(next.size() > 1);
    if (next.size() > 1) {
        branchGroup_ = new QButtonGroup(this);
        auto* label = makeLabel(tr("Parallel branches:"), QStringLiteral("fieldLabel"), branches_);
        label->setWordWrap(false);
        branchRow_->addWidget(label);
        label->show();
        const model::UnitProcedure& up =
            mbr_->unitProcedures[size_t(sequence_->find(current_)->unitProcedure)];
        for (const model::Step* s : next) {
            const auto loc = sequence_->find(s->id);
            const model::Operation& op = up.operations[size_t(loc->operation)];
            const QString branch =
                loc->branch >= 0 ? op.branches[size_t(loc->branch)].title : op.title;
            QPushButton* b = makeToggle(branch, branches_);
            b->setObjectName(QStringLiteral("branch_") + s->id);
            b->setChecked(s->id == current_);
            branchGroup_->addButton(b);
            branchRow_->addWidget(b, 1);
            b->show();
            connect(b, &QPushButton::clicked, this, [this, id = s->id] { chooseStep(id); });
        }
    }
    showStep();
}

void StepRunnerScreen::chooseStep(const QString& stepId) {
    current_ = stepId;
    feedback_->clear();
    feedbackAction_->setVisible(false);
    reload();
}

QString StepRunnerScreen::currentStepId() const { return current_; }

QStringList StepRunnerScreen::procedurePath() const {
    if (!mbr_ || !sequence_ || current_.isEmpty())
        return {};
    const auto loc = sequence_->find(current_);
    if (!loc)
        return {};
    const model::UnitProcedure& up = mbr_->unitProcedures[size_t(loc->unitProcedure)];
    const model::Operation& op = up.operations[size_t(loc->operation)];
    QStringList path{mbr_->productName, up.title, op.title};
    if (loc->branch >= 0)
        path << op.branches[size_t(loc->branch)].title;
    path << loc->step->title;
    return path;
}

QString StepRunnerScreen::stepLabel(const model::Step& step) const {
    const auto loc = sequence_ ? sequence_->find(step.id) : std::nullopt;
    return loc ? tr("Step %1: %2").arg(loc->order + 1).arg(step.title) : step.title;
}

void StepRunnerScreen::updateBatchState() {
    const int total = sequence_ ? int(sequence_->steps().size()) : 0;
    const int done = batch_ ? int(batch_->completed.size()) : 0;
    progress_->setRange(0, qMax(1, total));
    progress_->setValue(done);
    const auto loc = sequence_ && !current_.isEmpty() ? sequence_->find(current_) : std::nullopt;
    progressText_->setText(batch_ && batch_->status == exec::BatchStatus::Finished
                               ? tr("All %1 steps done").arg(total)
                               : tr("Step %1 of %2 · %3 done")
                                     .arg(loc ? loc->order + 1 : done + 1)
                                     .arg(total)
                                     .arg(done));
    QStringList path = procedurePath();
    path_->setText(path.isEmpty() && mbr_ ? mbr_->productName
                                          : path.join(QStringLiteral("  ›  ")));
    if (!batch_)
        return;
    QString icon = QStringLiteral("resume");
    QString text;
    switch (batch_->status) {
    case exec::BatchStatus::Running:
        text = tr("Batch %1 running").arg(batch_->batchId);
        break;
    case exec::BatchStatus::OnHold:
        icon = QStringLiteral("warning");
        text = tr("Batch %1 ON HOLD: %2").arg(batch_->batchId, batch_->holdReason);
        break;
    case exec::BatchStatus::Finished:
        icon = QStringLiteral("ok");
        text = tr("Batch %1 finished").arg(batch_->batchId);
        break;
    }
    stateIcon_->setPixmap(themeIcon(icon).pixmap(28, 28));
    state_->setText(text);
    state_->setProperty("textRole", batch_->status == exec::BatchStatus::OnHold
                                        ? QStringLiteral("warningText")
                                        : QStringLiteral("fieldLabel"));
    setStyleRole(state_, "textRole", state_->property("textRole").toString());
    holdButton_->setText(batch_->status == exec::BatchStatus::OnHold ? tr("Resume") : tr("Hold"));
    holdButton_->setIcon(themeIcon(batch_->status == exec::BatchStatus::OnHold
                                       ? QStringLiteral("resume")
                                       : QStringLiteral("hold")));
    const bool finished = batch_->status == exec::BatchStatus::Finished;
    holdButton_->setVisible(!finished);
    deviationButton_->setVisible(!finished);
}

void StepRunnerScreen::showStep() {
    const model::Step* step = mbr_->step(current_);
    if (!step)
        return;
    kindIcon_->setPixmap(themeIcon(kindIcon(step->kind)).pixmap(44, 44));
    title_->setText(stepLabel(*step));
    QString text = step->kind == model::StepKind::Instruction ? step->text : QString();
    instruction_->setText(text);
    instruction_->setVisible(!text.isEmpty());
    QPixmap picture;
    if (!step->image.isEmpty() && images_) {
        const QString file = images_(*mbr_, step->image);
        if (!file.isEmpty())
            picture.load(file);
    }
    if (!picture.isNull()) {
        image_->setPixmap(picture.scaled(420, 300, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        image_->setVisible(true);
    } else if (!step->image.isEmpty()) {
        image_->setText(tr("Picture %1 is not available at this station.").arg(step->image));
        image_->setVisible(true);
    } else {
        image_->clear();
        image_->setVisible(false);
    }
    instructionArea_->setVisible(!text.isEmpty() || image_->isVisible());

    dropInput();
    StepView view;
    view.mbr = mbr_;
    view.step = step;
    view.batch = batch_;
    view.hub = &hub_;
    view.nowMs = [this] { return station_.journal().nowMs(); };
    view.captureCheck = [this, step](const exec::StepInput& candidate) {
        return captureBlocker(*step, candidate);
    };
    if (step->source == model::ValueSource::Instrument && hub_.forClass(step->instrumentClass).isEmpty())
        for (const instruments::Instrument& in : station_.instruments().list())
            if (in.instrumentClass == step->instrumentClass &&
                in.state == instruments::InstrumentState::InService)
                view.readOffInstruments << in.id;
    input_ = createStepInput(view, this);
    inputHost_->addWidget(input_);
    input_->show();  // at once: a layout would only show it from the event loop
    // An instruction is read: it gets the room. Other kinds: the input gets it.
    const bool reading = step->kind == model::StepKind::Instruction;
    cardLayout_->setStretchFactor(instructionArea_, reading ? 3 : 1);
    cardLayout_->setStretchFactor(inputHost_, reading ? 1 : 3);
    connect(input_, &StepInputWidget::completeRequested, this, &StepRunnerScreen::complete);
    connect(input_, &StepInputWidget::startRequested, this, &StepRunnerScreen::startTimer);
    connect(input_, &StepInputWidget::signRequested, this, &StepRunnerScreen::signCurrent);
    updateDeviationPrompt();
    if (pages_->currentIndex() == kFinishedPage)
        pages_->setCurrentIndex(kStepPage);
    if (QWidget* focus = input_->initialFocus(); focus && isVisible())
        focus->setFocus();
}

void StepRunnerScreen::dropInput() {
    // deleteLater: the input may be the sender of the signal being handled.
    if (input_) {
        input_->hide();
        inputHost_->removeWidget(input_);
        input_->deleteLater();
    }
    input_ = nullptr;
}

void StepRunnerScreen::showFinished() {
    current_.clear();
    dropInput();
    finished_->setText(tr("Batch %1 is finished: every step is recorded.").arg(batchId_));
    updateBatchState();
    if (pages_->currentIndex() != kHistoryPage)
        pages_->setCurrentIndex(kFinishedPage);
}

void StepRunnerScreen::showHistory(bool show) {
    history_->setBatch(mbr_, batch_);
    if (show) {
        history_->selectStep(batch_ && !batch_->completionOrder.isEmpty()
                                 ? batch_->completionOrder.last()
                                 : QString());
        pages_->setCurrentIndex(kHistoryPage);
    } else {
        pages_->setCurrentIndex(current_.isEmpty() ? kFinishedPage : kStepPage);
    }
    historyButton_->setText(show ? tr("Back to the step") : tr("Record so far"));
}

QString StepRunnerScreen::captureBlocker(const model::Step& step,
                                         const exec::StepInput& candidate) const {
    // The engine's own "would complete() accept it?" on exactly the reading that would be
    // recorded: batch, sequence, role, value, the weighing rules (instrument master,
    // calibration, daily check, class, serial number, stability, age, net = gross - tare)
    // and the tolerance. Nothing is recorded.
    const security::User* user = actor();
    if (!user)
        return tr("Sign in to capture.");
    const exec::ReadingCheck check =
        engine_.checkInstrumentReading(*user, batchId_, step.id, candidate);
    if (check.accepted)
        return {};
    if (check.refusal)
        return check.refusal->message();
    return check.weighing.message();
}

}  // namespace batch::ui
