// The decisions of the review workspace: reviewing an exception, closing a deviation,
// the disposition and the exports. Each signature goes through a ReviewSignatureDialog whose
// attempt calls ReviewService; the dialog stays open with the reason when it is refused.
#include "Theme.h"
#include "dialogs/ReviewSignatureDialog.h"
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
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

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

QPlainTextEdit* textField(const QString& objectName, QWidget* parent) {
    auto* t = new QPlainTextEdit(parent);
    t->setObjectName(objectName);
    t->setMaximumHeight(90);
    t->setTabChangesFocus(true);
    return t;
}

}  // namespace

ReviewSignatureDialog* ReviewWorkspace::signatureDialog(const QString& title,
                                                        const QString& meaning,
                                                        const QString& subject) {
    const auto user = session_.user();
    auto* dialog =
        new ReviewSignatureDialog(title, user ? user->id : QString(),
                                  user ? user->fullName : QString(), meaning, subject, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        session_.noteSignature();
        refresh();
    });
    return dialog;
}

ReviewSignatureDialog* ReviewWorkspace::reviewSelectedException() {
    const int row = exceptions_->currentRow();
    if (!review_ || row < 0 || row >= static_cast<int>(review_->exceptions.size()))
        return nullptr;
    const review::ReviewException x = review_->exceptions[static_cast<size_t>(row)];
    ReviewSignatureDialog* dialog = signatureDialog(
        tr("Review exception %1").arg(x.id), QStringLiteral("Reviewed"),
        tr("%1 — %2\n%3")
            .arg(x.typeTitle, x.hierarchy.isEmpty() ? x.stepId : x.hierarchy, x.message));
    dialog->setCommentLabel(tr("Review comment (assessment and impact)"), true);
    const QString batch = batchId_;
    dialog->setAttempt([this, batch, id = x.id](const QString& password, const QString& comment) {
        return attempt(
            [&] { station_.review().reviewException(batch, id, signerId(), password, comment); });
    });
    dialog->show();
    return dialog;
}

ReviewSignatureDialog* ReviewWorkspace::closeSelectedDeviation() {
    const int row = deviations_->currentRow();
    if (!review_ || row < 0 || row >= static_cast<int>(review_->deviations.size()))
        return nullptr;
    const review::Deviation d = review_->deviations[static_cast<size_t>(row)];
    ReviewSignatureDialog* dialog =
        signatureDialog(tr("Close deviation %1").arg(d.id), QStringLiteral("Approved"),
                        tr("%1: %2").arg(d.category, d.description));
    auto* fields = new QWidget(dialog);
    auto* layout = new QVBoxLayout(fields);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* rootCause = textField(QStringLiteral("rootCauseField"), fields);
    auto* capa = textField(QStringLiteral("capaField"), fields);
    layout->addWidget(makeLabel(tr("Root cause"), QStringLiteral("fieldLabel"), fields));
    layout->addWidget(rootCause);
    layout->addWidget(makeLabel(tr("Corrective and preventive action (CAPA)"),
                                QStringLiteral("fieldLabel"), fields));
    layout->addWidget(capa);
    dialog->addContent(fields);
    dialog->setCommentLabel(tr("Closing comment (optional)"), false);
    dialog->setValidator([rootCause, capa] {
        if (rootCause->toPlainText().trimmed().isEmpty() || capa->toPlainText().trimmed().isEmpty())
            return tr("Enter the root cause and the CAPA.");
        return QString();
    });
    dialog->setAttempt([this, batch = batchId_, id = d.id, rootCause, capa](
                           const QString& password, const QString& comment) {
        return attempt([&] {
            station_.review().closeDeviation(batch, id, rootCause->toPlainText(),
                                             capa->toPlainText(), comment, signerId(), password);
        });
    });
    dialog->show();
    return dialog;
}

ReviewSignatureDialog* ReviewWorkspace::startDisposition() {
    if (!review_)
        return nullptr;
    ReviewSignatureDialog* dialog =
        signatureDialog(tr("Disposition of batch %1").arg(review_->batchId),
                        tr("Released / Rejected / Quarantined"),
                        tr("%1 %2 — record hash %3")
                            .arg(review_->productCode, review_->productName, review_->recordHash));
    auto* fields = new QWidget(dialog);
    auto* layout = new QHBoxLayout(fields);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(24);
    auto* group = new QButtonGroup(fields);
    const std::vector<std::pair<review::Decision, QString>> choices{
        {review::Decision::Release, tr("Release")},
        {review::Decision::Reject, tr("Reject")},
        {review::Decision::Quarantine, tr("Quarantine")}};
    for (const auto& [decision, label] : choices) {
        auto* radio = new QRadioButton(label, fields);
        radio->setObjectName(QStringLiteral("decision_%1").arg(review::decisionName(decision)));
        radio->setMinimumHeight(48);
        group->addButton(radio, static_cast<int>(decision));
        layout->addWidget(radio);
    }
    layout->addStretch(1);
    group->button(static_cast<int>(review::Decision::Release))->setChecked(true);
    auto* blockers = new StatusBanner(fields);
    const QStringList problems = station_.review().dispositionBlockers(*review_, signerId());
    if (!problems.isEmpty())
        blockers->showMessage(StatusBanner::Kind::Warning, problems.join(QLatin1Char('\n')));
    auto* box = new QWidget(dialog);
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(makeLabel(tr("Decision"), QStringLiteral("fieldLabel"), box));
    v->addWidget(fields);
    v->addWidget(blockers);
    dialog->addContent(box);
    dialog->setCommentLabel(tr("Reason (required to reject or quarantine)"), false);
    dialog->setValidator([group, dialog] {
        if (group->checkedId() != static_cast<int>(review::Decision::Release) &&
            dialog->comment().isEmpty())
            return tr("A reason is required to reject or quarantine a batch.");
        return QString();
    });
    dialog->setAttempt(
        [this, batch = batchId_, group](const QString& password, const QString& comment) {
            const auto decision = static_cast<review::Decision>(group->checkedId());
            return attempt([&] {
                station_.review().disposition(batch, decision, comment, signerId(), password);
            });
        });
    dialog->show();
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
