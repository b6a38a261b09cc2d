#include "screens/ReviewWorkspace.h"

#include "charts/mva/MvaBatchReview.h"

#include "Theme.h"
#include "models/AuditTrailModel.h"
#include "review/ReviewService.h"
#include "security/Session.h"
#include "station/Station.h"
#include "widgets/Controls.h"
#include "widgets/EventDetailView.h"
#include "widgets/ReviewHtml.h"
#include "widgets/StatusBanner.h"

#include <QComboBox>
#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace batch::ui {
namespace {

QTableWidget* makeTable(const QString& objectName, const QStringList& headers, QWidget* parent) {
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->setIconSize(QSize(22, 22));
    t->verticalHeader()->setVisible(false);
    t->verticalHeader()->setDefaultSectionSize(44);  // desktop view: denser than the HMI
    t->horizontalHeader()->setHighlightSections(false);
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem* item(const QString& text, const QString& icon = {}) {
    auto* i = new QTableWidgetItem(text);
    if (!icon.isEmpty())
        i->setIcon(themeIcon(icon));
    i->setToolTip(text);
    return i;
}

// The list needs the short form; the detail pane shows the full heading.
QString shortTitle(const review::ReviewException& x) {
    if (x.type == QLatin1String("correction"))
        return ReviewWorkspace::tr("Correction");
    if (x.type == QLatin1String("manual_entry_where_instrument_expected"))
        return ReviewWorkspace::tr("Manual entry");
    return x.typeTitle;
}

QTextBrowser* makeDetail(const QString& objectName, QWidget* parent) {
    auto* b = new QTextBrowser(parent);
    b->setObjectName(objectName);
    b->setOpenLinks(false);
    b->setMinimumWidth(340);
    return b;
}

QSplitter* split(QWidget* left, QWidget* right, QWidget* parent) {
    auto* s = new QSplitter(Qt::Horizontal, parent);
    s->setChildrenCollapsible(false);
    s->setHandleWidth(10);
    s->addWidget(left);
    s->addWidget(right);
    s->setStretchFactor(0, 3);
    s->setStretchFactor(1, 2);
    return s;
}

}  // namespace

ReviewWorkspace::ReviewWorkspace(Station& station, security::Session& session,
                                 ReadConnectionFactory openConnection, QWidget* parent)
    : QWidget(parent), station_(station), session_(session), export_(std::move(openConnection)) {
    setObjectName(QStringLiteral("Screen"));
    // A QA desktop view: denser tables than the operator's touch screens (theme .qss).
    setProperty("density", QStringLiteral("desktop"));

    batchTitle_ = makeLabel(tr("Choose a batch to review."), QStringLiteral("value"), this);
    batchTitle_->setObjectName(QStringLiteral("reviewBatchTitle"));
    batchFacts_ = makeLabel(QString(), QStringLiteral("muted"), this);
    batchFacts_->setObjectName(QStringLiteral("reviewBatchFacts"));
    batchFacts_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    readiness_ = new StatusBanner(this);
    readiness_->setObjectName(QStringLiteral("reviewReadiness"));
    disposition_ = makeButton(tr("Disposition…"), QStringLiteral("primary"), this);
    disposition_->setObjectName(QStringLiteral("dispositionButton"));
    disposition_->setIcon(themeIcon(QStringLiteral("key")));
    exportButton_ = makeButton(tr("Export…"), QString(), this);
    exportButton_->setObjectName(QStringLiteral("exportButton"));
    auto* fullRecord = makeButton(tr("Full record"), QString(), this);
    fullRecord->setObjectName(QStringLiteral("fullRecordButton"));

    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("reviewTabs"));
    tabs_->addTab(buildExceptionsTab(), tr("Exceptions"));
    tabs_->addTab(buildDeviationsTab(), tr("Deviations"));
    tabs_->addTab(buildCompliantTab(), tr("Verified compliant"));
    tabs_->addTab(buildAuditTab(), tr("Audit trail"));
    // The MVA alarms are exceptions like any other; their charts, scored again from the
    // stored observations, are one tab away (a batch that was not monitored says so).
    // In a scroll area: the charts and the alarm tables keep their size on a small screen.
    mva_ = new mva::MvaBatchReview(station_.journal(), station_.signatures());
    mva_->setObjectName(QStringLiteral("reviewMva"));
    auto* mvaScroll = new QScrollArea(this);
    mvaScroll->setFrameShape(QFrame::NoFrame);
    mvaScroll->setWidgetResizable(true);
    mvaScroll->setWidget(mva_);
    mvaTab_ = tabs_->addTab(mvaScroll, tr("Multivariate"));

    auto* actions = new QHBoxLayout;
    actions->setSpacing(12);
    actions->addWidget(batchTitle_, 1);
    actions->addWidget(fullRecord);
    actions->addWidget(exportButton_);
    actions->addWidget(disposition_);

    auto* batchPane = new QWidget(this);
    auto* right = new QVBoxLayout(batchPane);
    right->setContentsMargins(0, 0, 0, 0);
    right->setSpacing(10);
    right->addLayout(actions);
    right->addWidget(batchFacts_);
    right->addWidget(readiness_);
    right->addWidget(tabs_, 1);

    auto* main = new QSplitter(Qt::Horizontal, this);
    main->setChildrenCollapsible(false);
    main->setHandleWidth(12);
    main->addWidget(buildQueue());
    main->addWidget(batchPane);
    main->setStretchFactor(0, 1);
    main->setStretchFactor(1, 3);
    main->setSizes({320, 1000});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 14, 20, 14);
    layout->addWidget(main, 1);

    connect(disposition_, &QPushButton::clicked, this, [this] { startDisposition(); });
    connect(exportButton_, &QPushButton::clicked, this, &ReviewWorkspace::chooseExport);
    connect(fullRecord, &QPushButton::clicked, this, &ReviewWorkspace::showFullRecord);
    connect(&export_, &ExportJob::finished, this, &ReviewWorkspace::onExportFinished);
    // A locked session signs nothing: open signature and record dialogs close (an export
    // in progress goes on).
    connect(&session_, &security::Session::locked, this, [this] {
        for (QDialog* d : findChildren<QDialog*>())
            if (d != progress_)
                d->reject();
    });
    fillBatch();
}

ReviewWorkspace::~ReviewWorkspace() = default;

QWidget* ReviewWorkspace::buildQueue() {
    auto* pane = new QWidget(this);
    queue_ = makeTable(QStringLiteral("reviewQueue"),
                       {tr("Batch"), tr("Exceptions"), tr("Deviations"), tr("Decision")}, pane);
    queue_->setMinimumWidth(340);
    queueCount_ = makeLabel(QString(), QStringLiteral("muted"), pane);
    queueCount_->setObjectName(QStringLiteral("reviewQueueCount"));
    auto* refresh = makeButton(tr("Refresh"), QString(), pane);
    refresh->setObjectName(QStringLiteral("reviewRefreshButton"));
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(makeLabel(tr("Batches awaiting review"), QStringLiteral("fieldLabel"), pane));
    layout->addWidget(queue_, 1);
    layout->addWidget(queueCount_);
    layout->addWidget(refresh);
    connect(refresh, &QPushButton::clicked, this, &ReviewWorkspace::refresh);
    connect(queue_, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = queue_->currentRow();
        if (row >= 0 && queue_->item(row, 0) && queue_->item(row, 0)->text() != batchId_)
            openBatch(queue_->item(row, 0)->text());
    });
    return pane;
}

QWidget* ReviewWorkspace::buildExceptionsTab() {
    auto* tab = new QWidget(this);
    exceptions_ = makeTable(QStringLiteral("exceptionTable"),
                            {tr("Review"), tr("Type"), tr("Value"), tr("Step"), tr("Recorded by"),
                             tr("Time (UTC)"), tr("Entry")},
                            tab);
    exceptionDetail_ = makeDetail(QStringLiteral("exceptionDetail"), tab);
    reviewButton_ = makeButton(tr("Review…"), QStringLiteral("primary"), tab);
    reviewButton_->setObjectName(QStringLiteral("reviewExceptionButton"));
    reviewButton_->setIcon(themeIcon(QStringLiteral("key")));
    auto* left = new QWidget(tab);
    auto* l = new QVBoxLayout(left);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(exceptions_, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(reviewButton_);
    l->addLayout(buttons);
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(split(left, exceptionDetail_, tab));
    connect(exceptions_, &QTableWidget::itemSelectionChanged, this,
            &ReviewWorkspace::showSelectedException);
    connect(reviewButton_, &QPushButton::clicked, this, [this] { reviewSelectedException(); });
    return tab;
}

QWidget* ReviewWorkspace::buildDeviationsTab() {
    auto* tab = new QWidget(this);
    deviations_ = makeTable(QStringLiteral("deviationTable"),
                            {tr("Deviation"), tr("Step"), tr("Category"), tr("Raised by"),
                             tr("Continuation"), tr("Closure")},
                            tab);
    deviationDetail_ = makeDetail(QStringLiteral("deviationDetail"), tab);
    closeButton_ = makeButton(tr("Close deviation…"), QStringLiteral("primary"), tab);
    closeButton_->setObjectName(QStringLiteral("closeDeviationButton"));
    auto* left = new QWidget(tab);
    auto* l = new QVBoxLayout(left);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(deviations_, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(closeButton_);
    l->addLayout(buttons);
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(split(left, deviationDetail_, tab));
    connect(deviations_, &QTableWidget::itemSelectionChanged, this,
            &ReviewWorkspace::showSelectedDeviation);
    connect(closeButton_, &QPushButton::clicked, this, [this] { closeSelectedDeviation(); });
    return tab;
}

QWidget* ReviewWorkspace::buildCompliantTab() {
    auto* tab = new QWidget(this);
    summary_ = makeTable(QStringLiteral("compliantTable"),
                         {tr("Step kind"), tr("Steps"), tr("Completed"), tr("With exceptions"),
                          tr("Verified compliant"), tr("Values"), tr("Valid signatures")},
                         tab);
    integrity_ = makeLabel(QString(), QStringLiteral("subtitle"), tab);
    integrity_->setObjectName(QStringLiteral("reviewIntegrity"));
    auto* open = makeButton(tr("Open the full record"), QString(), tab);
    open->setObjectName(QStringLiteral("openFullRecordButton"));
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(10);
    layout->addWidget(makeLabel(tr("Everything that is not an exception: completed, intact and "
                                   "signed as required."),
                                QStringLiteral("muted"), tab));
    layout->addWidget(summary_, 1);
    layout->addWidget(integrity_);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(open);
    layout->addLayout(buttons);
    connect(open, &QPushButton::clicked, this, &ReviewWorkspace::showFullRecord);
    return tab;
}

QWidget* ReviewWorkspace::buildAuditTab() {
    auto* tab = new QWidget(this);
    auditType_ = new QComboBox(tab);
    auditType_->setObjectName(QStringLiteral("reviewAuditType"));
    auditType_->setMinimumWidth(260);
    auditText_ = makeField(QStringLiteral("reviewAuditText"), false, tab);
    auditText_->setPlaceholderText(tr("user, step, value or text"));
    auditModel_ = new AuditTrailModel(this);
    auto* table = new QTableView(tab);
    table->setObjectName(QStringLiteral("reviewAuditTable"));
    table->setModel(auditModel_);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(40);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(AuditTrailModel::Summary, QHeaderView::Stretch);
    auditDetail_ = new EventDetailView(tab);
    auditDetail_->setObjectName(QStringLiteral("reviewAuditDetail"));  // not the viewer's
    auditCount_ = makeLabel(QString(), QStringLiteral("muted"), tab);
    auditCount_->setObjectName(QStringLiteral("reviewAuditCount"));
    auto* filters = new QHBoxLayout;
    filters->setSpacing(12);
    filters->addWidget(makeLabel(tr("Event type"), QStringLiteral("fieldLabel"), tab));
    filters->addWidget(auditType_);
    filters->addWidget(makeLabel(tr("Contains"), QStringLiteral("fieldLabel"), tab));
    filters->addWidget(auditText_, 1);
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);
    layout->addLayout(filters);
    layout->addWidget(split(table, auditDetail_, tab), 1);
    layout->addWidget(auditCount_);
    connect(auditType_, &QComboBox::currentIndexChanged, this, &ReviewWorkspace::fillAudit);
    connect(auditText_, &QLineEdit::textChanged, this, &ReviewWorkspace::fillAudit);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this, table] {
        const QModelIndex i = table->currentIndex();
        if (i.isValid())
            auditDetail_->displayEvent(auditModel_->eventAt(i.row()));
        else
            auditDetail_->displayNothing();
    });
    return tab;
}

void ReviewWorkspace::refresh() {
    fillQueue();
    if (!batchId_.isEmpty())
        openBatch(batchId_);
}

void ReviewWorkspace::clear() {
    batchId_.clear();
    review_.reset();
    auditEvents_.clear();
    queue_->setRowCount(0);
    fillBatch();
}

void ReviewWorkspace::fillQueue() {
    const std::vector<review::QueueEntry> queue = station_.review().queue();
    queue_->blockSignals(true);
    queue_->setRowCount(static_cast<int>(queue.size()));
    for (int r = 0; r < static_cast<int>(queue.size()); ++r) {
        const review::QueueEntry& q = queue[static_cast<size_t>(r)];
        queue_->setItem(r, 0, item(q.batchId));
        queue_->item(r, 0)->setToolTip(tr("%1 %2 — MBR %3 %4 — finished %5")
                                           .arg(q.productCode, q.productName, q.mbrId, q.mbrVersion,
                                                reviewhtml::time(q.finishedUtc)));
        queue_->setItem(
            r, 1,
            item(tr("%1 open").arg(q.openExceptions),
                 q.openExceptions > 0 ? QStringLiteral("warning") : QStringLiteral("ok")));
        queue_->item(r, 1)->setToolTip(
            tr("%1 of %2 exceptions not reviewed").arg(q.openExceptions).arg(q.exceptions));
        queue_->setItem(
            r, 2,
            item(tr("%1 open").arg(q.openDeviations),
                 q.openDeviations > 0 ? QStringLiteral("warning") : QStringLiteral("ok")));
        queue_->item(r, 2)->setToolTip(
            tr("%1 of %2 deviations not closed").arg(q.openDeviations).arg(q.deviations));
        queue_->setItem(r, 3, item(q.latestDecision.isEmpty() ? tr("none") : q.latestDecision));
        if (q.batchId == batchId_)
            queue_->selectRow(r);
    }
    queue_->blockSignals(false);
    queueCount_->setText(
        tr("%n batch(es) awaiting review.", nullptr, static_cast<int>(queue.size())));
}

void ReviewWorkspace::openBatch(const QString& batchId) {
    batchId_ = batchId;
    try {
        const review::BatchRecord record = station_.review().record(batchId);
        const std::optional<model::LoadedMbr> mbr = station_.review().mbrOf(record);
        review_ = station_.review().buildReview(record, mbr ? &mbr->mbr : nullptr);
        auditEvents_ = record.events;
    } catch (const review::ReviewError& e) {
        review_.reset();
        auditEvents_.clear();
        readiness_->showMessage(StatusBanner::Kind::Error, e.message());
    }
    fillBatch();
    // Scored again only when another batch is opened, not after every review signature.
    const bool monitored = review_ && mva_->showBatch(batchId);
    tabs_->setTabText(mvaTab_, monitored ? tr("Multivariate") : tr("Multivariate (not monitored)"));
}

void ReviewWorkspace::fillBatch() {
    const bool open = review_.has_value();
    for (QWidget* w : {static_cast<QWidget*>(tabs_), static_cast<QWidget*>(exportButton_)})
        w->setEnabled(open);
    if (!open) {
        batchTitle_->setText(tr("Choose a batch to review."));
        batchFacts_->clear();
        readiness_->clear();
        disposition_->setEnabled(false);
        exceptions_->setRowCount(0);
        deviations_->setRowCount(0);
        summary_->setRowCount(0);
        exceptionDetail_->clear();
        deviationDetail_->clear();
        integrity_->clear();
        auditModel_->setEvents({});
        auditDetail_->displayNothing();
        mva_->clear();
        return;
    }
    const review::BatchReview& r = *review_;
    batchTitle_->setText(tr("Batch %1").arg(r.batchId));
    batchFacts_->setText(
        tr("%1 %2 · MBR %3 %4 · size %5 %6 · started %7 by %8 · %9 · record hash %10")
            .arg(r.productCode, r.productName, r.mbrId, r.mbrVersion, r.batchSize, r.batchUnit,
                 reviewhtml::time(r.startedUtc), r.startedBy,
                 r.finished() ? tr("finished %1").arg(reviewhtml::time(r.finishedUtc)) : r.status,
                 r.recordHash));
    const QString user = signerId();
    const QStringList blockers = station_.review().dispositionBlockers(r, user);
    // Values read from simulators are no evidence of a real weighing: whoever decides
    // on the batch sees that next to the decision, not only in the step table.
    QStringList simulated;
    for (const auto& [step, value] : r.simulatedReadings()) simulated << step->id;
    const QString simulatedNote =
        simulated.isEmpty()
            ? QString()
            : QStringLiteral("\n") + tr("SIMULATED INSTRUMENTS: %1 value(s) were read from "
                                        "simulated instruments (%2).")
                                         .arg(simulated.size())
                                         .arg(simulated.join(QStringLiteral(", ")));
    if (const review::Disposition* f = r.finalDecision())
        readiness_->showMessage(
            StatusBanner::Kind::Info,
            tr("Dispositioned: %1 — %2")
                    .arg(f->decision, reviewhtml::signatureLine(*f->signature)) +
                simulatedNote);
    else if (blockers.isEmpty())
        readiness_->showMessage(
            simulated.isEmpty() ? StatusBanner::Kind::Ok : StatusBanner::Kind::Warning,
            tr("Ready for disposition: every exception reviewed, every deviation closed.") +
                simulatedNote);
    else
        readiness_->showMessage(StatusBanner::Kind::Warning,
                                blockers.join(QLatin1Char('\n')) + simulatedNote);
    const auto& signedIn = session_.user();
    disposition_->setEnabled(r.finished() && !r.finalDecision() && signedIn &&
                             signedIn->has(security::Permission::ReleaseBatches));

    exceptions_->setRowCount(static_cast<int>(r.exceptions.size()));
    for (int i = 0; i < static_cast<int>(r.exceptions.size()); ++i) {
        const review::ReviewException& x = r.exceptions[static_cast<size_t>(i)];
        const QString value =
            x.changedAfterEntry ? QStringLiteral("%1 → %2").arg(x.oldValue, x.newValue) : x.value;
        exceptions_->setItem(i, 0,
                             x.reviewed() ? item(tr("Reviewed"), QStringLiteral("ok"))
                                          : item(tr("OPEN"), QStringLiteral("warning")));
        exceptions_->setItem(i, 1, item(shortTitle(x)));
        exceptions_->item(i, 1)->setToolTip(x.typeTitle);
        exceptions_->setItem(
            i, 2,
            item(value +
                 (x.unit.isEmpty() || value.isEmpty() ? QString() : QLatin1Char(' ') + x.unit)));
        exceptions_->setItem(i, 3, item(x.stepTitle.isEmpty() ? x.stepId : x.stepTitle));
        exceptions_->setItem(i, 4, item(x.userName.isEmpty() ? x.userId : x.userName));
        exceptions_->setItem(i, 5, item(reviewhtml::time(x.tsUtc)));
        exceptions_->setItem(i, 6, item(x.id));
    }
    tabs_->setTabText(0, tr("Exceptions (%1 open)").arg(r.openExceptions()));
    if (!r.exceptions.empty() && exceptions_->currentRow() < 0)
        exceptions_->selectRow(0);
    showSelectedException();

    deviations_->setRowCount(static_cast<int>(r.deviations.size()));
    for (int i = 0; i < static_cast<int>(r.deviations.size()); ++i) {
        const review::Deviation& d = r.deviations[static_cast<size_t>(i)];
        deviations_->setItem(i, 0, item(d.id));
        deviations_->setItem(i, 1, item(d.stepId));
        deviations_->setItem(i, 2, item(d.category));
        deviations_->setItem(i, 3, item(d.raisedByName.isEmpty() ? d.raisedBy : d.raisedByName));
        deviations_->setItem(
            i, 4, item(d.continuation.empty() ? tr("none") : d.continuation.front().printedName));
        deviations_->setItem(i, 5,
                             d.closed() ? item(tr("Closed"), QStringLiteral("ok"))
                                        : item(tr("OPEN"), QStringLiteral("warning")));
    }
    tabs_->setTabText(1, tr("Deviations (%1 open)").arg(r.openDeviations()));
    if (!r.deviations.empty() && deviations_->currentRow() < 0)
        deviations_->selectRow(0);
    showSelectedDeviation();

    summary_->setRowCount(static_cast<int>(r.summary.size()));
    for (int i = 0; i < static_cast<int>(r.summary.size()); ++i) {
        const review::KindSummary& k = r.summary[static_cast<size_t>(i)];
        const QStringList cells{k.kind,
                                QString::number(k.steps),
                                QString::number(k.completed),
                                QString::number(k.withExceptions),
                                QString::number(k.verifiedCompliant),
                                QString::number(k.values),
                                QString::number(k.signatures)};
        for (int c = 0; c < static_cast<int>(cells.size()); ++c)
            summary_->setItem(i, c, item(cells[c]));
    }
    integrity_->setText(
        r.integrity.ok()
            ? tr("Record intact: %1 events, row hashes match; %2 signatures bind their content.")
                  .arg(r.integrity.events)
                  .arg(r.integrity.signatures)
            : tr("RECORD DAMAGED — rows %1; signatures %2")
                  .arg(r.integrity.brokenRows.join(QStringLiteral(", ")),
                       r.integrity.invalidSignatures.join(QStringLiteral(", "))));

    const QString type = auditType_->currentData().toString();
    QStringList types;
    for (const record::EventRecord& e : auditEvents_)
        if (!types.contains(e.type))
            types << e.type;
    types.sort();
    auditType_->blockSignals(true);
    auditType_->clear();
    auditType_->addItem(tr("All event types"), QString());
    for (const QString& t : types) auditType_->addItem(t, t);
    auditType_->setCurrentIndex(qMax(0, auditType_->findData(type)));
    auditType_->blockSignals(false);
    fillAudit();
}

void ReviewWorkspace::fillAudit() {
    const QString type = auditType_->currentData().toString();
    const QString text = auditText_->text().trimmed();
    std::vector<record::EventRecord> shown;
    for (const record::EventRecord& e : auditEvents_) {
        if (!type.isEmpty() && e.type != type)
            continue;
        if (!text.isEmpty() && !e.userId.contains(text, Qt::CaseInsensitive) &&
            !e.type.contains(text, Qt::CaseInsensitive) &&
            !QString::fromUtf8(e.payload).contains(text, Qt::CaseInsensitive))
            continue;
        shown.push_back(e);
    }
    auditModel_->setEvents(std::move(shown));
    auditDetail_->displayNothing();
    auditCount_->setText(tr("%1 of %2 events of this batch, in the order they were recorded.")
                             .arg(auditModel_->rowCount())
                             .arg(auditEvents_.size()));
}

void ReviewWorkspace::showSelectedException() {
    const int row = exceptions_->currentRow();
    const bool valid = review_ && row >= 0 && row < static_cast<int>(review_->exceptions.size());
    reviewButton_->setEnabled(valid && !review_->exceptions[static_cast<size_t>(row)].reviewed() &&
                              review_->finished());
    if (!valid) {
        exceptionDetail_->setHtml(review_ && review_->exceptions.empty()
                                      ? tr("<p>No exceptions were recorded for this batch.</p>")
                                      : QString());
        return;
    }
    exceptionDetail_->setHtml(
        reviewhtml::exception(*review_, review_->exceptions[static_cast<size_t>(row)]));
}

void ReviewWorkspace::showSelectedDeviation() {
    const int row = deviations_->currentRow();
    const bool valid = review_ && row >= 0 && row < static_cast<int>(review_->deviations.size());
    closeButton_->setEnabled(valid && !review_->deviations[static_cast<size_t>(row)].closed() &&
                             !review_->finalDecision());
    deviationDetail_->setHtml(
        valid ? reviewhtml::deviation(review_->deviations[static_cast<size_t>(row)])
              : tr("<p>No deviations were raised in this batch.</p>"));
}

QString ReviewWorkspace::signerId() const {
    return session_.user() ? session_.user()->id : QString();
}

}  // namespace batch::ui
