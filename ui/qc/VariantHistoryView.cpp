#include "qc/VariantHistoryView.h"

#include "Theme.h"
#include "dialogs/SignatureDialog.h"
#include "models/AuditTrailModel.h"
#include "qc/VariantStateChart.h"
#include "sampling/Sampling.h"
#include "widgets/Controls.h"
#include "widgets/StatusBanner.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace batch::ui {
namespace {

QTableWidget* makeTable(QWidget* parent, const QString& name, const QStringList& headers) {
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->setVisible(false);
    t->verticalHeader()->setDefaultSectionSize(48);
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    t->horizontalHeader()->setHighlightSections(false);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->setWordWrap(true);
    return t;
}

void setRow(QTableWidget* t, int row, const QStringList& cells) {
    for (int c = 0; c < cells.size(); ++c) t->setItem(row, c, new QTableWidgetItem(cells[c]));
}

}  // namespace

VariantHistoryView::VariantHistoryView(sampling::SamplingServices& sampling,
                                       security::Session& session,
                                       const security::UserService& users, QWidget* parent)
    : QWidget(parent), sampling_(sampling), session_(session), users_(users) {
    setObjectName(QStringLiteral("variantHistoryView"));

    variants_ = makeTable(this, QStringLiteral("variantsTable"), {tr("Variant"), tr("State")});
    variants_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    variants_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    variants_->setMinimumWidth(300);

    title_ = makeLabel(QString(), QStringLiteral("value"), this);
    title_->setObjectName(QStringLiteral("variantTitle"));
    state_ = makeLabel(QString(), QStringLiteral("subtitle"), this);
    state_->setObjectName(QStringLiteral("variantState"));
    pending_ = new StatusBanner(this);
    pending_->setObjectName(QStringLiteral("variantPending"));
    approve_ = makeButton(tr("Approve promotion..."), QStringLiteral("primary"), this);
    approve_->setObjectName(QStringLiteral("approvePromotionButton"));
    approve_->setVisible(false);
    chart_ = new VariantStateChart(this);
    // Newest first, two lines per entry: what changed and who, then why.
    history_ = new QTextBrowser(this);
    history_->setObjectName(QStringLiteral("variantHistory"));

    auto* detail = new QWidget(this);
    auto* right = new QVBoxLayout(detail);
    right->setContentsMargins(12, 0, 0, 0);
    right->setSpacing(8);
    auto* head = new QHBoxLayout;
    auto* names = new QVBoxLayout;
    names->addWidget(title_);
    names->addWidget(state_);
    head->addLayout(names, 1);
    head->addWidget(approve_, 0, Qt::AlignTop);
    right->addLayout(head);
    right->addWidget(pending_);
    right->addWidget(chart_, 1);
    right->addWidget(
        makeLabel(tr("Every state change with its reason"), QStringLiteral("fieldLabel"), this));
    right->addWidget(history_, 1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(variants_);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(variants_, &QTableWidget::itemSelectionChanged, this, [this] {
        const QString id = selectedVariant();
        if (!id.isEmpty())
            showVariant(id);
    });
    connect(approve_, &QPushButton::clicked, this, &VariantHistoryView::approvePromotion);
}

void VariantHistoryView::setUser(const security::User& user) {
    user_ = user;
}

QString VariantHistoryView::selectedVariant() const {
    const auto rows = variants_->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : variants_->item(rows.first().row(), 0)->text();
}

int VariantHistoryView::historyRows() const {
    return historyRows_;
}

void VariantHistoryView::clear() {
    variants_->setRowCount(0);
    history_->clear();
    historyRows_ = 0;
    chart_->clear();
    title_->clear();
    state_->clear();
    pending_->clear();
    approve_->setVisible(false);
}

void VariantHistoryView::refresh() {
    const QString keep = selectedVariant();
    const sampling::MasterDataSet set = sampling_.masterData().load();
    QSignalBlocker block(variants_);
    variants_->setRowCount(0);
    for (const sampling::Variant& v : set.variants) {
        const auto row = sampling_.variants().row(v.id);
        const int r = variants_->rowCount();
        variants_->insertRow(r);
        QString state = row ? row->state : QString();
        if (row && !row->pendingTo.isEmpty())
            state += tr(" (promotion due)");
        setRow(variants_, r, {v.id, state});
        variants_->item(r, 0)->setToolTip(v.wildcard()
                                              ? tr("%1, any other supplier").arg(v.product)
                                              : tr("%1 from %2").arg(v.product, v.organisation));
        if (row && !row->pendingTo.isEmpty())
            variants_->item(r, 1)->setIcon(themeIcon(QStringLiteral("info")));
    }
    block.unblock();
    selectVariant(keep.isEmpty() && variants_->rowCount() > 0 ? variants_->item(0, 0)->text()
                                                              : keep);
}

void VariantHistoryView::selectVariant(const QString& variantId) {
    for (int r = 0; r < variants_->rowCount(); ++r)
        if (variants_->item(r, 0)->text() == variantId) {
            variants_->selectRow(r);
            showVariant(variantId);
            return;
        }
}

void VariantHistoryView::showVariant(const QString& variantId) {
    const sampling::MasterDataSet set = sampling_.masterData().load();
    if (!set.variants.contains(variantId))
        return;
    const sampling::Variant v = set.variants.value(variantId);
    const auto chart = set.variantRule(v.rule);
    const auto row = sampling_.variants().row(variantId);
    title_->setText(v.wildcard() ? tr("%1 - %2 from unknown suppliers").arg(v.id, v.product)
                                 : tr("%1 - %2 from %3").arg(v.id, v.product, v.organisation));
    state_->setText(row ? tr("%1 since %2 UTC, rule %3, plan %4")
                              .arg(row->state, AuditTrailModel::displayTime(row->sinceUtc, false),
                                   v.rule, v.plan)
                        : QString());
    const bool due = row && !row->pendingTo.isEmpty();
    if (due)
        pending_->showMessage(
            StatusBanner::Kind::Info,
            tr("Promotion to %1 is due (%2) and waits for a QA approval signature.")
                .arg(row->pendingTo, row->pendingReason));
    else
        pending_->clear();
    approve_->setVisible(due && user_ && user_->has(security::Permission::ReviewRecords));

    const auto history = sampling_.variants().historyOf(variantId);
    QString html;
    historyRows_ = 0;
    for (auto it = history.rbegin(); it != history.rend(); ++it) {
        const sampling::VariantHistoryEntry& h = *it;
        QString change;
        if (h.type == sampling::types::kVariantStateChanged)
            change = tr("%1 \u2192 %2").arg(h.fromState, h.toState);
        else if (h.type == sampling::types::kVariantPromotionProposed)
            change = tr("Promotion %1 \u2192 %2 proposed").arg(h.fromState, h.toState);
        else
            change = tr("Master data");
        const QString by = h.approvedBy.isEmpty() ? tr("by %1").arg(h.userId)
                                                  : tr("approved by %1").arg(h.approvedBy);
        const QString why = h.trigger.isEmpty() ? h.reason : tr("%1 (%2)").arg(h.reason, h.trigger);
        html += QStringLiteral(
                    "<p style='margin:0 0 8px 0;'><span style='color:#4a5057;'>%1 "
                    "UTC</span>&nbsp;&nbsp;"
                    "<b>%2</b>&nbsp;&nbsp;<span style='color:#4a5057;'>%3</span><br>%4</p>")
                    .arg(AuditTrailModel::displayTime(h.tsUtc, false).left(16).toHtmlEscaped(),
                         change.toHtmlEscaped(), by.toHtmlEscaped(), why.toHtmlEscaped());
        ++historyRows_;
    }
    history_->setHtml(html);
    if (chart)
        chart_->setHistory(*chart, history, sampling_.lots().list(variantId), sampling_.nowMs());
}

SignatureDialog* VariantHistoryView::approvePromotion() {
    const QString id = selectedVariant();
    const sampling::MasterDataSet set = sampling_.masterData().load();
    const auto row = sampling_.variants().row(id);
    if (!user_ || !row || row->pendingTo.isEmpty() || !set.variants.contains(id))
        return nullptr;
    const sampling::Variant v = set.variants.value(id);
    const auto chart = set.variantRule(v.rule);
    if (!chart)
        return nullptr;
    SignatureRequest request;
    request.title = tr("Approve a promotion");
    request.subject = tr("Variant %1: %2 \u2192 %3").arg(id, row->state, row->pendingTo);
    request.content = tr("Promotion of variant %1 (%2) from %3 to %4.\nWhy it is due: %5\n"
                         "Qualification rule %6, sampling plan %7.")
                          .arg(id,
                               v.wildcard() ? tr("%1, any other supplier").arg(v.product)
                                            : tr("%1 from %2").arg(v.product, v.organisation),
                               row->state, row->pendingTo, row->pendingReason, v.rule, v.plan);
    request.meaning = security::SignatureMeaning::Approved;
    request.signer = SignerRule::SignedInUser;
    auto* dialog = new SignatureDialog(
        request, session_, users_,
        [this, v, rule = *chart](const QString& signer, const QString& password,
                                 const QString& comment) {
            SignOutcome out;
            try {
                sampling_.variants().approve(v, rule, signer, password, comment);
            } catch (const security::SecurityError& e) {
                out.refusal = e.message();
            } catch (const sampling::SamplingError& e) {
                out.refusal = e.message();
            }
            return out;
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &VariantHistoryView::refresh);
    dialog->open();
    return dialog;
}

}  // namespace batch::ui
