// StepRunnerScreen: the actions. Each one collects its input in a dialog, hands it to
// the engine and shows what the engine answered - the record, or its refusal verbatim.
#include "screens/StepRunnerScreen.h"

#include "security/Roles.h"

#include "LocaleFormat.h"
#include "SignatureText.h"
#include "Theme.h"
#include "dialogs/CorrectionDialog.h"
#include "dialogs/RecordDialogs.h"
#include "dialogs/SignatureDialog.h"
#include "exec/ExecTypes.h"
#include "model/StepSequence.h"
#include "screens/StepHistoryView.h"
#include "security/Session.h"
#include "station/Station.h"
#include "widgets/StatusBanner.h"

#include <QPushButton>
#include <QTextDocument>

namespace batch::ui {
namespace {

// Runs an engine call; returns the refusal in the engine's words, or an empty string.
template <typename F>
QString attempt(F&& call, exec::ExecError::Kind* kind = nullptr) {
    try {
        call();
        return {};
    } catch (const exec::ExecError& e) {
        if (kind)
            *kind = e.kind();
        return e.message();
    } catch (const security::SecurityError& e) {
        return e.message();
    }
}

QString plain(const QString& html) {
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}

}  // namespace

TouchDialog* StepRunnerScreen::openDialog() const {
    return dialog_;
}

void StepRunnerScreen::showDialog(TouchDialog* dialog) {
    if (dialog_)
        dialog_->reject();
    dialog_ = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void StepRunnerScreen::afterAction(StatusBanner::Kind kind, const QString& text) {
    feedback_->showMessage(kind, text);
    feedbackAction_->setVisible(false);
    Q_EMIT batchChanged();
    reload();
}

void StepRunnerScreen::openSignature(const SignatureRequest& request, SignFunction sign,
                                     const QString& prefix, const QString& selectStep) {
    auto* dialog = new SignatureDialog(request, session_, station_.users(), std::move(sign), this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, prefix, selectStep] {
        // The manifestation: printed name, date and time, meaning.
        const std::optional<security::SignatureInfo>& s = dialog->signature();
        const QString line =
            s ? signatureLine(s->printedName, s->signedAtUtc, security::meaningName(s->meaning))
              : tr("Signed.");
        afterAction(StatusBanner::Kind::Ok, prefix.isEmpty() ? line : prefix.arg(line));
        if (!selectStep.isEmpty())
            history_->selectStep(selectStep);
    });
    connect(dialog, &QDialog::rejected, this, [this] { reload(); });
    showDialog(dialog);
}

void StepRunnerScreen::complete(const exec::StepInput& input) {
    const security::User* a = actor();
    if (!a || current_.isEmpty())
        return;
    exec::CompletionResult result;
    exec::ExecError::Kind kind = exec::ExecError::Kind::InvalidValue;
    lastAttempt_ = input.value;
    const QString refusal =
        attempt([&] { result = engine_.complete(*a, batchId_, current_, input); }, &kind);
    if (!refusal.isEmpty()) {
        showRefusal(refusal, kind);
        return;
    }
    showRecorded(result);
    Q_EMIT batchChanged();
    reload();
}

void StepRunnerScreen::startTimer() {
    const security::User* a = actor();
    if (!a || current_.isEmpty())
        return;
    exec::ExecError::Kind kind = exec::ExecError::Kind::OutOfSequence;
    const QString refusal = attempt([&] { engine_.startStep(*a, batchId_, current_); }, &kind);
    if (!refusal.isEmpty()) {
        showRefusal(refusal, kind);
        return;
    }
    afterAction(
        StatusBanner::Kind::Ok,
        tr("Timer started at %1.")
            .arg(fmt::timeOfDay(QDateTime::fromMSecsSinceEpoch(station_.journal().nowMs()))));
}

void StepRunnerScreen::showRecorded(const exec::CompletionResult& result) {
    const model::Step* step = mbr_->step(result.stepId);
    QString value = fmt::decimal(result.value);
    if (!result.unit.isEmpty())
        value += QLatin1Char(' ') + result.unit;
    const QString done = tr("Recorded — %1: %2").arg(step ? step->title : result.stepId, value);
    if (result.warnings.isEmpty())
        feedback_->showMessage(StatusBanner::Kind::Ok, done);
    else
        feedback_->showMessage(StatusBanner::Kind::Warning,
                               done + QLatin1Char('\n') + result.warnings.join(QLatin1Char('\n')));
    feedbackAction_->setVisible(false);
}

void StepRunnerScreen::showRefusal(const QString& reason, exec::ExecError::Kind kind) {
    feedback_->showMessage(StatusBanner::Kind::Error, tr("Not recorded: %1").arg(reason));
    // A value outside the action limits needs a deviation, a value typed where the MBR
    // wants the instrument's a supervisor's override: offer it right there.
    refusalKind_ = kind;
    const bool override = kind == exec::ExecError::Kind::OverrideRequired;
    feedbackAction_->setText(override ? tr("Ask a supervisor for an override…")
                                      : tr("Raise a deviation…"));
    feedbackAction_->setObjectName(override ? QStringLiteral("refusalOverrideButton")
                                            : QStringLiteral("refusalDeviationButton"));
    feedbackAction_->setIcon(
        themeIcon(override ? QStringLiteral("sign") : QStringLiteral("deviation")));
    feedbackAction_->setVisible(kind == exec::ExecError::Kind::DeviationRequired || override);
    // The refusal is in the record; the screen stays on the step with what was entered.
    history_->setBatch(mbr_, batch_);
}

void StepRunnerScreen::updateDeviationPrompt() {
    pendingDeviation_.clear();
    QStringList lines;
    bool open = false;
    for (const exec::DeviationEntry& d : batch_->deviations) {
        if (d.stepId != current_)
            continue;
        if (d.approved()) {
            const exec::SignatureEntry& s = d.continuation.back();
            lines << tr("Deviation %1: continuation %2")
                         .arg(d.id, signatureLine(s.printedName, s.tsUtc, s.meaning));
        } else {
            open = true;
            pendingDeviation_ = d.id;
            lines << tr("Deviation %1 (%2) raised by %3 on %4. A supervisor signs the "
                        "continuation before the step can go on outside its limits.")
                         .arg(d.id, DeviationDialog::categoryTitle(d.category), d.raisedBy,
                              fmt::dateTime(d.raisedUtc));
        }
    }
    if (lines.isEmpty())
        deviationPrompt_->clear();
    else
        deviationPrompt_->showMessage(open ? StatusBanner::Kind::Warning : StatusBanner::Kind::Info,
                                      lines.join(QLatin1Char('\n')));
    continuation_->setVisible(open);
}

QString StepRunnerScreen::signedContent(const model::Step& step) const {
    QStringList lines;
    lines << tr("Batch %1 · %2 (MBR %3 version %4)")
                 .arg(batch_->batchId, mbr_->productName, batch_->mbrId, batch_->mbrVersion);
    const auto loc = sequence_->find(step.id);
    lines << tr("Procedure: %1").arg(procedurePath().join(QStringLiteral(" › ")));
    lines << tr("%1 — signature \"%2\"").arg(stepLabel(step), meaningTitle(step.meaning));
    if (loc) {
        lines << QString()
              << tr("Recorded in %1:").arg(mbr_->unitProcedures[size_t(loc->unitProcedure)].title);
        for (const model::StepLocation& l : sequence_->steps()) {
            if (l.unitProcedure != loc->unitProcedure || l.order >= loc->order)
                continue;
            const exec::StepState* s = batch_->step(l.step->id);
            if (!s || s->state != exec::StepState::State::Completed)
                continue;
            QString value = fmt::decimal(s->currentValue());
            if (!s->unit.isEmpty())
                value += QLatin1Char(' ') + s->unit;
            lines << tr("  %1. %2: %3 — %4, %5")
                         .arg(l.order + 1)
                         .arg(l.step->title, value, s->performerId, fmt::dateTime(s->completedUtc));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

void StepRunnerScreen::signCurrent() {
    const model::Step* step = mbr_ ? mbr_->step(current_) : nullptr;
    if (!step)
        return;
    SignatureRequest request;
    request.subject = stepLabel(*step);
    request.content = signedContent(*step);
    request.meaning =
        security::meaningFromName(step->meaning).value_or(security::SignatureMeaning::Performed);
    request.signer = step->verifiedBy ? SignerRule::SecondPerson : SignerRule::SelfOrOther;
    if (step->verifiedBy)
        request.signerNote =
            tr("A second person signs with their own user ID and password: "
               "not the person who performed the work.");
    const QString stepId = step->id;
    const security::SignatureMeaning meaning = request.meaning;
    openSignature(request, [this, stepId, meaning](const QString& id, const QString& password,
                                                   const QString& comment) {
        SignOutcome out;
        out.refusal = attempt([&] {
            out.signature = engine_.sign(batchId_, stepId, id, password, meaning, comment);
        });
        return out;
    });
}

void StepRunnerScreen::raiseDeviation(const QString& attemptedValue) {
    const security::User* a = actor();
    if (!a || !mbr_)
        return;
    QString stepId = current_;
    if (stepId.isEmpty() && !batch_->completionOrder.isEmpty())
        stepId = batch_->completionOrder.last();
    const model::Step* step = mbr_->step(stepId);
    auto* dialog = new DeviationDialog(
        step ? stepLabel(*step) : stepId, stepId, attemptedValue,
        [this](const exec::DeviationRequest& request) {
            ActionOutcome out;
            const security::User* who = actor();
            if (!who)
                return out;
            out.refusal =
                attempt([&] { out.result = engine_.raiseDeviation(*who, batchId_, request); });
            return out;
        },
        this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        afterAction(StatusBanner::Kind::Warning,
                    tr("Deviation %1 raised.").arg(dialog->deviationId()));
    });
    showDialog(dialog);
}

void StepRunnerScreen::addComment() {
    if (!actor() || !mbr_)
        return;
    const model::Step* step = mbr_->step(current_);
    const QString about =
        step ? tr("Batch %1 · %2").arg(batchId_, stepLabel(*step)) : tr("Batch %1").arg(batchId_);
    const QString stepId = current_;
    auto* dialog = new CommentDialog(
        about,
        [this, stepId](const QString& text) {
            ActionOutcome out;
            if (const security::User* who = actor())
                out.refusal = attempt([&] { engine_.addComment(*who, batchId_, stepId, text); });
            return out;
        },
        this);
    connect(dialog, &QDialog::accepted, this,
            [this] { afterAction(StatusBanner::Kind::Ok, tr("Comment recorded.")); });
    showDialog(dialog);
}

void StepRunnerScreen::holdOrResume() {
    if (!actor() || !batch_)
        return;
    const bool resume = batch_->status == exec::BatchStatus::OnHold;
    ReasonDialog* dialog = nullptr;
    if (resume) {
        dialog = new ReasonDialog(
            tr("Resume the batch"),
            tr("Batch %1 is on hold: %2. Releasing a hold is a decision about the batch, "
               "usually a supervisor's.")
                .arg(batchId_, batch_->holdReason),
            tr("Resume batch"), QStringLiteral("resumeBatchButton"), true,
            [this](const ReasonDialog::Input& in) {
                ActionOutcome out;
                std::optional<security::User> who;
                if (!in.byUserId.isEmpty()) {
                    // The person who authorises re-authenticates; the engine decides
                    // whether they may.
                    const security::AuthResult auth = station_.users().authenticate(
                        in.byUserId, in.password, security::AuthPurpose::Command);
                    if (!auth.ok()) {
                        out.refusal = auth.message.isEmpty() ? tr("User ID or password is wrong.")
                                                             : auth.message;
                        return out;
                    }
                    who = auth.user;
                } else if (actor()) {
                    who = *actor();
                }
                if (who)
                    out.refusal = attempt([&] { engine_.resume(*who, batchId_, in.reason); });
                return out;
            },
            this);
    } else {
        dialog = new ReasonDialog(
            tr("Put the batch on hold"),
            tr("No step of batch %1 can be executed while it is on hold.").arg(batchId_),
            tr("Hold batch"), QStringLiteral("holdBatchButton"), false,
            [this](const ReasonDialog::Input& in) {
                ActionOutcome out;
                if (const security::User* who = actor())
                    out.refusal = attempt([&] { engine_.hold(*who, batchId_, in.reason); });
                return out;
            },
            this);
    }
    connect(dialog, &QDialog::accepted, this, [this, resume] {
        afterAction(resume ? StatusBanner::Kind::Ok : StatusBanner::Kind::Warning,
                    resume ? tr("Batch %1 resumed.").arg(batchId_)
                           : tr("Batch %1 is on hold.").arg(batchId_));
    });
    showDialog(dialog);
}

void StepRunnerScreen::correctStep(const QString& stepId) {
    const model::Step* step = mbr_ ? mbr_->step(stepId) : nullptr;
    const exec::StepState* state = batch_ ? batch_->step(stepId) : nullptr;
    if (!step || !actor())
        return;
    auto* dialog = new CorrectionDialog(
        *step, state ? state->currentValue() : QString(), state ? state->unit : step->unit,
        [this, stepId](const QString& value, const QString& reason) {
            ActionOutcome out;
            if (const security::User* who = actor())
                out.refusal =
                    attempt([&] { engine_.correct(*who, batchId_, stepId, value, reason); });
            return out;
        },
        this);
    connect(dialog, &QDialog::accepted, this, [this, stepId] {
        afterAction(
            StatusBanner::Kind::Warning,
            tr("Correction of %1 recorded; the old value stays in the record.").arg(stepId));
        history_->selectStep(stepId);
    });
    showDialog(dialog);
}

void StepRunnerScreen::verifyStep(const QString& stepId) {
    const model::Step* step = mbr_ ? mbr_->step(stepId) : nullptr;
    if (!step)
        return;
    SignatureRequest request;
    request.subject = stepLabel(*step);
    request.content = plain(StepHistoryView::detailHtml(*mbr_, *batch_, stepId));
    request.meaning = security::SignatureMeaning::Verified;
    request.signer = SignerRule::SecondPerson;
    request.signerNote =
        tr("A second person verifies the recorded value with their own user ID "
           "and password.");
    openSignature(
        request,
        [this, stepId](const QString& id, const QString& password, const QString& comment) {
            SignOutcome out;
            out.refusal = attempt([&] {
                out.signature = engine_.sign(batchId_, stepId, id, password,
                                             security::SignatureMeaning::Verified, comment);
            });
            return out;
        },
        {}, stepId);
}

void StepRunnerScreen::requestOverride() {
    const security::User* a = actor();
    const model::Step* step = mbr_ && !current_.isEmpty() ? mbr_->step(current_) : nullptr;
    if (!a || !step)
        return;
    SignatureRequest request;
    request.subject = tr("Override: manual entry on step %1").arg(stepLabel(*step));
    request.content = tr("Batch %1, step %2\nThe value is entered by hand instead of being "
                         "captured from an instrument of class %3.\nRequested by %4")
                          .arg(batchId_, step->id, step->instrumentClass, a->fullName);
    if (!lastAttempt_.isEmpty())
        request.content +=
            QLatin1Char('\n') + tr("Value to be entered: %1").arg(fmt::decimal(lastAttempt_));
    request.meaning = security::SignatureMeaning::Verified;
    request.signer = SignerRule::SecondPerson;
    request.signerNote = tr("A supervisor other than you signs the override.");
    // The engine refuses an override without its reason: the dialog asks for it as such.
    request.commentLabel = tr("Reason for the override");
    request.commentRequired = true;
    request.commentPlaceholder = tr("Why the instrument cannot be used");
    const QString stepId = step->id;
    openSignature(
        request,
        [this, stepId](const QString& id, const QString& password, const QString& comment) {
            SignOutcome out;
            const security::User* who = actor();
            if (!who) {
                out.refusal = tr("Nobody is signed in at this station.");
                return out;
            }
            QString overrideId;
            out.refusal = attempt([&] {
                overrideId = engine_.grantOverride(
                    *who, batchId_, {stepId, exec::OverrideKind::ManualEntry, comment.trimmed()},
                    id, password);
            });
            if (!out.refusal.isEmpty())
                return out;
            // The manifestation of the override's signature, as the record has it.
            for (const exec::OverrideEntry& o : engine_.projection(batchId_).overrides)
                if (o.id == overrideId && o.approved()) {
                    const exec::SignatureEntry& s = o.signatures.back();
                    security::SignatureInfo info;
                    info.signerId = s.signerId;
                    info.printedName = s.printedName;
                    info.meaning = security::meaningFromName(s.meaning).value_or(
                        security::SignatureMeaning::Verified);
                    info.signedAtUtc = s.tsUtc;
                    out.signature = info;
                }
            if (!out.signature)
                out.refusal = tr("The override was recorded without a signature.");
            return out;
        },
        tr("Override signed: %1. Enter the value again and confirm it."));
}

void StepRunnerScreen::approveContinuation(const QString& deviationId) {
    const exec::DeviationEntry* d = batch_ ? batch_->deviation(deviationId) : nullptr;
    if (!d)
        return;
    SignatureRequest request;
    request.subject = tr("Continuation after deviation %1").arg(d->id);
    request.content =
        tr("Batch %1, step %2\nCategory: %3\nWhat happened: %4\nImmediate action: %5\n"
           "Raised by %6 on %7")
            .arg(batchId_, d->stepId, DeviationDialog::categoryTitle(d->category), d->description,
                 d->immediateAction, d->raisedBy, fmt::dateTime(d->raisedUtc));
    if (!d->attemptedValue.isEmpty())
        request.content +=
            QLatin1Char('\n') +
            tr("Value that could not be recorded: %1").arg(fmt::decimal(d->attemptedValue));
    request.meaning = security::SignatureMeaning::Verified;
    request.signer = SignerRule::SecondPerson;
    request.signerNote =
        tr("A supervisor who did not raise the deviation signs the "
           "continuation.");
    openSignature(
        request,
        [this, deviationId](const QString& id, const QString& password, const QString& comment) {
            SignOutcome out;
            out.refusal = attempt([&] {
                out.signature =
                    engine_.approveContinuation(batchId_, deviationId, id, password, comment);
            });
            return out;
        },
        tr("Continuation signed: %1"));
}

}  // namespace batch::ui
