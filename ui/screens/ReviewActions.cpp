// The decisions of the review workspace: reviewing an exception, closing a deviation,
// the disposition and the exports. Each signature goes through the SignatureDialog, whose
// signing function calls ReviewService; the dialog stays open with the refusal.
#include "Theme.h"
#include "dialogs/SignatureDialog.h"
#include "review/ReviewService.h"
#include "screens/ReviewWorkspace.h"
#include "security/Session.h"
#include "station/Station.h"
#include "widgets/Controls.h"
#include "widgets/ReviewHtml.h"
#include "widgets/StatusBanner.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <memory>

namespace batch::ui {
namespace {

// What a refused signing action says, for the dialog's banner.
template <typename Action>
QString attempt(Action&& action) {
    try {
        action();
        return {};
    } catch (const review::ReviewError& e) {
        return e.message();
    } catch (const security::SecurityError& e) {
        return e.message();
    }
}

}  // namespace

SignatureDialog* ReviewWorkspace::signatureDialog(SignatureRequest request, SignFunction sign) {
    // QA signs as themselves: the decision is theirs, never a colleague's at their desk.
    request.signer = SignerRule::SignedInUser;
    auto* dialog = new SignatureDialog(request, session_, station_.users(), std::move(sign), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { refresh(); });
    return dialog;
}

SignatureDialog* ReviewWorkspace::reviewSelectedException() {
    const int row = exceptions_->currentRow();
    if (!review_ || row < 0 || row >= static_cast<int>(review_->exceptions.size()))
        return nullptr;
    const review::ReviewException x = review_->exceptions[static_cast<size_t>(row)];
    SignatureRequest request;
    request.title = tr("Review exception %1").arg(x.id);
    request.subject =
        tr("%1 — %2").arg(x.typeTitle, x.hierarchy.isEmpty() ? x.stepId : x.hierarchy);
    request.content = tr("Batch %1\n%2").arg(batchId_, x.message);
    request.meaning = security::SignatureMeaning::Reviewed;
    // ReviewService refuses a review without its comment.
    request.commentLabel = tr("Review comment (assessment and impact)");
    request.commentRequired = true;
    SignatureDialog* dialog = signatureDialog(
        request, [this, batch = batchId_, id = x.id](const QString& signer, const QString& password,
                                                     const QString& comment) {
            SignOutcome out;
            out.refusal = attempt(
                [&] { station_.review().reviewException(batch, id, signer, password, comment); });
            return out;
        });
    dialog->open();
    return dialog;
}

SignatureDialog* ReviewWorkspace::closeSelectedDeviation() {
    const int row = deviations_->currentRow();
    if (!review_ || row < 0 || row >= static_cast<int>(review_->deviations.size()))
        return nullptr;
    const review::Deviation d = review_->deviations[static_cast<size_t>(row)];
    SignatureRequest request;
    request.title = tr("Close deviation %1").arg(d.id);
    request.subject = tr("Deviation %1 · %2").arg(d.id, d.category);
    request.content = tr("Batch %1, step %2\n%3").arg(batchId_, d.stepId, d.description);
    request.meaning = security::SignatureMeaning::Approved;
    request.commentLabel = tr("Closing comment");
    // The fields are made by the dialog, after the signing function that reads them.
    struct Closure {
        QPlainTextEdit* rootCause = nullptr;
        QPlainTextEdit* capa = nullptr;
    };
    auto fields = std::make_shared<Closure>();
    SignatureDialog* dialog = signatureDialog(
        request, [this, batch = batchId_, id = d.id, fields](
                     const QString& signer, const QString& password, const QString& comment) {
            SignOutcome out;
            out.refusal = attempt([&] {
                station_.review().closeDeviation(batch, id, fields->rootCause->toPlainText(),
                                                 fields->capa->toPlainText(), comment, signer,
                                                 password);
            });
            return out;
        });
    // ReviewService refuses a closure without root cause and CAPA; the comment is optional.
    fields->rootCause = dialog->addRequiredText(tr("Root cause"), QStringLiteral("rootCauseField"));
    fields->capa = dialog->addRequiredText(tr("Corrective and preventive action (CAPA)"),
                                           QStringLiteral("capaField"));
    dialog->open();
    return dialog;
}

SignatureDialog* ReviewWorkspace::startDisposition() {
    if (!review_)
        return nullptr;
    SignatureRequest request;
    request.title = tr("Disposition of batch %1").arg(review_->batchId);
    request.subject =
        tr("Batch %1 · %2 %3").arg(review_->batchId, review_->productCode, review_->productName);
    // The hash in groups of eight, so that it wraps and can be compared by eye.
    QStringList groups;
    for (qsizetype i = 0; i < review_->recordHash.size(); i += 8)
        groups << review_->recordHash.mid(i, 8);
    request.content = tr("The batch record as reviewed, every event up to now.\n"
                         "Record hash (SHA-256): %1")
                          .arg(groups.join(QLatin1Char(' ')));
    request.meaning = review::decisionMeaning(review::Decision::Release);
    request.commentLabel = tr("Reason for the decision");
    request.commentPlaceholder = tr("Required to reject or quarantine the batch");
    // Parented to the dialog below; the signing function reads the decision from it.
    auto* group = new QButtonGroup;
    SignatureDialog* dialog = signatureDialog(
        request, [this, batch = batchId_, group](const QString& signer, const QString& password,
                                                 const QString& comment) {
            const auto decision = static_cast<review::Decision>(group->checkedId());
            SignOutcome out;
            out.refusal = attempt(
                [&] { station_.review().disposition(batch, decision, comment, signer, password); });
            return out;
        });
    group->setParent(dialog);
    group->setExclusive(true);
    auto* box = new QWidget(dialog);
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(8);
    v->addWidget(makeLabel(tr("Decision"), QStringLiteral("fieldLabel"), box));
    auto* choices = new QHBoxLayout;
    choices->setSpacing(12);
    const std::vector<std::pair<review::Decision, QString>> decisions{
        {review::Decision::Release, tr("Release")},
        {review::Decision::Reject, tr("Reject")},
        {review::Decision::Quarantine, tr("Quarantine")}};
    for (const auto& [decision, label] : decisions) {
        QPushButton* choice = makeToggle(label, box);
        choice->setObjectName(QStringLiteral("decision_%1").arg(review::decisionName(decision)));
        group->addButton(choice, static_cast<int>(decision));
        choices->addWidget(choice, 1);
    }
    v->addLayout(choices);
    auto* blockers = new StatusBanner(box);
    blockers->setObjectName(QStringLiteral("dispositionBlockers"));
    const QStringList problems = station_.review().dispositionBlockers(*review_, signerId());
    if (!problems.isEmpty())
        blockers->showMessage(StatusBanner::Kind::Warning, problems.join(QLatin1Char('\n')));
    v->addWidget(blockers);
    dialog->addContent(box);
    // The meaning is the decision's; a rejection or quarantine needs its reason
    // (ReviewService refuses it without one), a release does not.
    connect(group, &QButtonGroup::idToggled, dialog, [dialog](int id, bool checked) {
        if (!checked)
            return;
        const auto decision = static_cast<review::Decision>(id);
        dialog->setMeaning(review::decisionMeaning(decision));
        dialog->setCommentRequired(decision != review::Decision::Release);
    });
    group->button(static_cast<int>(review::Decision::Release))->setChecked(true);
    dialog->open();
    return dialog;
}

void ReviewWorkspace::showFullRecord() {
    if (!review_)
        return;
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("fullRecordDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Full record of batch %1").arg(review_->batchId));
    auto* browser = new QTextBrowser(dialog);
    browser->setObjectName(QStringLiteral("fullRecordBrowser"));
    browser->setHtml(reviewhtml::fullRecord(*review_));
    auto* close = makeButton(tr("Close"), QString(), dialog);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(browser, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(close, &QPushButton::clicked, dialog, &QDialog::accept);
    dialog->resize(qMax(900, width() - 80), qMax(600, height() - 80));
    dialog->show();
}

void ReviewWorkspace::chooseExport() {
    if (!review_)
        return;
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Export batch %1").arg(review_->batchId));
    auto* format = new QComboBox(dialog);
    format->setObjectName(QStringLiteral("exportFormat"));
    const std::vector<std::pair<QString, QString>> formats{
        {QStringLiteral("pdf"), tr("PDF batch record")},
        {QStringLiteral("json"), tr("JSON event log (verifiable offline)")},
        {QStringLiteral("csv"), tr("CSV of the recorded values")},
        {QStringLiteral("batchml"), tr("BatchML BatchProductionRecord")},
        {QStringLiteral("mbr-batchml"), tr("BatchML MasterRecipe of the MBR")}};
    for (const auto& [id, label] : formats) format->addItem(label, id);
    auto* path = makeField(QStringLiteral("exportPath"), false, dialog);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const auto suggest = [path, format, dir, batch = review_->batchId] {
        const QString f = format->currentData().toString();
        path->setText(
            QDir(dir).filePath(QStringLiteral("%1-%2.%3").arg(batch, f, ExportJob::suffix(f))));
    };
    suggest();
    auto* browse = makeButton(tr("Browse…"), QString(), dialog);
    auto* go = makeButton(tr("Export"), QStringLiteral("primary"), dialog);
    go->setObjectName(QStringLiteral("exportStartButton"));
    auto* cancel = makeButton(tr("Cancel"), QString(), dialog);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(path, 1);
    pathRow->addWidget(browse);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(go);
    auto* layout = new QVBoxLayout(dialog);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    layout->addWidget(makeLabel(tr("Format"), QStringLiteral("fieldLabel"), dialog));
    layout->addWidget(format);
    layout->addWidget(makeLabel(tr("File"), QStringLiteral("fieldLabel"), dialog));
    layout->addLayout(pathRow);
    layout->addLayout(buttons);
    dialog->setMinimumWidth(720);
    connect(format, &QComboBox::currentIndexChanged, dialog, suggest);
    connect(browse, &QPushButton::clicked, dialog, [dialog, path] {
        const QString chosen = QFileDialog::getSaveFileName(dialog, tr("Export to"), path->text());
        if (!chosen.isEmpty())
            path->setText(chosen);
    });
    connect(cancel, &QPushButton::clicked, dialog, &QDialog::reject);
    connect(go, &QPushButton::clicked, dialog, [this, dialog, format, path] {
        startExport(format->currentData().toString(), path->text().trimmed());
        dialog->accept();
    });
    dialog->show();
}

void ReviewWorkspace::startExport(const QString& format, const QString& path) {
    if (!review_ || export_.isRunning() || path.isEmpty())
        return;
    progress_ = new QProgressDialog(
        tr("Exporting the record of batch %1 (%2)…").arg(review_->batchId, format), tr("Cancel"), 0,
        1000, this);
    progress_->setObjectName(QStringLiteral("exportProgress"));
    progress_->setWindowTitle(tr("Export"));
    progress_->setWindowModality(Qt::WindowModal);
    progress_->setMinimumDuration(0);
    progress_->setAutoClose(false);
    progress_->setAutoReset(false);
    progress_->setValue(0);
    connect(&export_, &ExportJob::progress, progress_,
            [p = progress_](int done, int) { p->setValue(done); });
    connect(progress_, &QProgressDialog::canceled, &export_, &ExportJob::cancel);
    exportButton_->setEnabled(false);
    export_.start(review_->batchId, format, path, signerId());
}

void ReviewWorkspace::onExportFinished(const ExportOutcome& outcome) {
    if (progress_) {
        progress_->disconnect(this);
        progress_->deleteLater();
        progress_ = nullptr;
    }
    exportButton_->setEnabled(review_.has_value());
    readiness_->showMessage(
        outcome.ok ? StatusBanner::Kind::Ok
                   : (outcome.cancelled ? StatusBanner::Kind::Info : StatusBanner::Kind::Error),
        outcome.message);
    emit exportFinished(outcome);
}

}  // namespace batch::ui
