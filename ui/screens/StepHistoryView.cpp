#include "screens/StepHistoryView.h"

#include "LocaleFormat.h"
#include "SignatureText.h"
#include "Theme.h"
#include "models/StepHistoryModel.h"
#include "widgets/Controls.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace batch::ui {
namespace {

QString esc(const QString& s) { return s.toHtmlEscaped(); }

QString row(const QString& label, const QString& value) {
    return QStringLiteral("<tr><td style='color:#4a5057; padding-right:14px;'>%1</td>"
                          "<td>%2</td></tr>")
        .arg(esc(label), value);
}

QString sourceName(const QString& source) {
    if (source == QLatin1String("instrument"))
        return StepHistoryView::tr("instrument");
    if (source == QLatin1String("computed"))
        return StepHistoryView::tr("computed by the station");
    if (source == QLatin1String("manual"))
        return StepHistoryView::tr("entered by hand");
    return source;
}

}  // namespace

StepHistoryView::StepHistoryView(QWidget* parent)
    : QWidget(parent), model_(new StepHistoryModel(this)) {
    setObjectName(QStringLiteral("StepHistoryView"));
    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("historyTable"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setAlternatingRowColors(true);
    table_->setWordWrap(false);
    table_->verticalHeader()->setVisible(false);
    table_->verticalHeader()->setDefaultSectionSize(52);
    table_->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table_->horizontalHeader()->setHighlightSections(false);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(StepHistoryModel::Step, QHeaderView::Stretch);
    table_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table_->setTextElideMode(Qt::ElideRight);
    enableKineticScrolling(table_);

    detail_ = new QTextBrowser(this);
    detail_->setObjectName(QStringLiteral("historyDetail"));
    detail_->setOpenLinks(false);
    enableKineticScrolling(detail_);

    count_ = makeLabel(QString(), QStringLiteral("muted"), this);
    correct_ = makeButton(tr("Correct this value…"), QString(), this);
    correct_->setObjectName(QStringLiteral("correctButton"));
    correct_->setIcon(themeIcon(QStringLiteral("correct")));
    verify_ = makeButton(tr("Verify (second person)…"), QString(), this);
    verify_->setObjectName(QStringLiteral("verifyStepButton"));
    verify_->setIcon(themeIcon(QStringLiteral("sign")));

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(16);
    buttons->addWidget(correct_);
    buttons->addWidget(verify_);
    buttons->addStretch(1);

    auto* panes = new QHBoxLayout;
    panes->setSpacing(16);
    panes->addWidget(table_, 3);
    panes->addWidget(detail_, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(makeLabel(tr("The record of this batch so far (read-only). Select a step "
                                   "to see everything recorded for it."),
                                QStringLiteral("subtitle"), this));
    layout->addLayout(panes, 1);
    layout->addWidget(count_);
    layout->addLayout(buttons);

    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &StepHistoryView::showSelected);
    connect(correct_, &QPushButton::clicked, this,
            [this] { Q_EMIT correctRequested(selectedStep()); });
    connect(verify_, &QPushButton::clicked, this,
            [this] { Q_EMIT verifyRequested(selectedStep()); });
    showSelected();
}

void StepHistoryView::setBatch(const model::MasterBatchRecord* mbr,
                               const exec::BatchProjection* batch) {
    const QString keep = selectedStep();
    mbr_ = mbr;
    batch_ = batch;
    model_->setBatch(mbr, batch);
    count_->setText(tr("%n step(s) recorded", nullptr, model_->rowCount()));
    selectStep(keep.isEmpty() ? model_->stepIdAt(model_->rowCount() - 1) : keep);
}

void StepHistoryView::selectStep(const QString& stepId) {
    for (int r = 0; r < model_->rowCount(); ++r)
        if (model_->stepIdAt(r) == stepId) {
            table_->selectRow(r);
            table_->scrollTo(model_->index(r, 0));
            break;
        }
    showSelected();
}

QString StepHistoryView::selectedStep() const {
    const QModelIndex current = table_->selectionModel()->currentIndex();
    return current.isValid() ? model_->stepIdAt(current.row()) : QString();
}

void StepHistoryView::showSelected() {
    const QString id = selectedStep();
    const bool any = !id.isEmpty() && mbr_ && batch_;
    correct_->setEnabled(any);
    verify_->setEnabled(any);
    detail_->setHtml(any ? detailHtml(*mbr_, *batch_, id)
                         : tr("<p>No step selected.</p>"));
}

QString StepHistoryView::detailHtml(const model::MasterBatchRecord& mbr,
                                    const exec::BatchProjection& batch, const QString& stepId) {
    const model::Step* step = mbr.step(stepId);
    const exec::StepState* s = batch.step(stepId);
    if (!step)
        return {};
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing='0' cellpadding='3'>")
                       .arg(esc(step->title));
    html += row(tr("Step id"), esc(step->id));
    if (s && s->state == exec::StepState::State::Completed) {
        QString value = esc(fmt::decimal(s->value));
        if (!s->unit.isEmpty())
            value += QLatin1Char(' ') + esc(s->unit);
        html += row(tr("Recorded value"), QStringLiteral("<b>%1</b>").arg(value));
        if (!s->corrections.empty())
            html += row(tr("Value in force"),
                        QStringLiteral("<b>%1</b>").arg(esc(fmt::decimal(s->currentValue()))));
        html += row(tr("Source"), esc(sourceName(s->source)));
        if (!s->instrumentId.isEmpty()) {
            html += row(tr("Instrument"), esc(s->instrumentId));
            html += row(tr("Raw frame"), QStringLiteral("<tt>%1</tt>").arg(esc(s->rawFrame)));
            html += row(tr("Stable"), s->stable ? tr("yes") : tr("no"));
        }
        if (s->limitState == QLatin1String("ok"))
            html += row(tr("Limits"), esc(tr("within limits")));
        else if (s->limitState == QLatin1String("alert"))
            html += row(tr("Limits"), esc(tr("outside the alert limits")));
        else if (s->limitState == QLatin1String("action"))
            html += row(tr("Limits"), esc(tr("outside the action limits")));
        if (!s->deviationId.isEmpty())
            html += row(tr("Deviation"), esc(s->deviationId));
        html += row(tr("Performed by"), esc(s->performerId));
        html += row(tr("Completed"), esc(fmt::dateTime(s->completedUtc)));
    } else if (s && s->state == exec::StepState::State::Started) {
        html += row(tr("Started"), esc(fmt::dateTime(s->startedUtc)));
    }
    html += QStringLiteral("</table>");
    if (s && !s->signatures.empty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(esc(tr("Signatures")));
        for (const exec::SignatureEntry& sig : s->signatures)
            html += QStringLiteral("<li>%1</li>")
                        .arg(esc(signatureLine(sig.printedName, sig.tsUtc, sig.meaning)));
        html += QStringLiteral("</ul>");
    }
    if (s && !s->corrections.empty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(esc(tr("Corrections")));
        for (const exec::Correction& c : s->corrections)
            html += QStringLiteral("<li>%1</li>")
                        .arg(esc(tr("%1 → %2 by %3 on %4. Reason: %5")
                                     .arg(fmt::decimal(c.oldValue), fmt::decimal(c.newValue),
                                          c.userId, fmt::dateTime(c.tsUtc), c.reason)));
        html += QStringLiteral("</ul>");
    }
    QString deviations;
    for (const exec::DeviationEntry& d : batch.deviations) {
        if (d.stepId != stepId)
            continue;
        deviations += QStringLiteral("<li>%1").arg(
            esc(tr("%1 (%2) raised by %3 on %4: %5. Immediate action: %6")
                    .arg(d.id, d.category, d.raisedBy, fmt::dateTime(d.raisedUtc), d.description,
                         d.immediateAction)));
        for (const exec::SignatureEntry& sig : d.continuation)
            deviations += QStringLiteral("<br>%1").arg(
                esc(tr("Continuation: %1").arg(signatureLine(sig.printedName, sig.tsUtc,
                                                             sig.meaning))));
        deviations += QStringLiteral("</li>");
    }
    if (!deviations.isEmpty())
        html += QStringLiteral("<h4>%1</h4><ul>%2</ul>").arg(esc(tr("Deviations")), deviations);
    QString comments;
    for (const exec::CommentEntry& c : batch.comments)
        if (c.stepId == stepId)
            comments += QStringLiteral("<li>%1</li>")
                            .arg(esc(tr("%1 on %2: %3")
                                         .arg(c.userId, fmt::dateTime(c.tsUtc), c.text)));
    if (!comments.isEmpty())
        html += QStringLiteral("<h4>%1</h4><ul>%2</ul>").arg(esc(tr("Comments")), comments);
    return html;
}

}  // namespace batch::ui
