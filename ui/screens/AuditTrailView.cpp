#include "screens/AuditTrailView.h"

#include "Theme.h"
#include "models/AuditTrailModel.h"
#include "record/Journal.h"
#include "widgets/Controls.h"
#include "widgets/EventDetailView.h"
#include "widgets/StatusBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace batch::ui {

AuditTrailView::AuditTrailView(record::Journal& journal, ReadConnectionFactory openReadConnection,
                               QWidget* parent)
    : QWidget(parent), journal_(journal), check_(std::move(openReadConnection)),
      model_(new AuditTrailModel(this)) {
    setObjectName(QStringLiteral("Screen"));

    type_ = new QComboBox(this);
    type_->setObjectName(QStringLiteral("typeFilter"));
    type_->setMinimumWidth(250);
    user_ = makeField(QStringLiteral("userFilter"), false, this);
    user_->setPlaceholderText(tr("any user"));
    user_->setMinimumWidth(150);
    sinceEnabled_ = new QCheckBox(tr("From date"), this);
    sinceEnabled_->setObjectName(QStringLiteral("sinceEnabled"));
    since_ = new QDateEdit(QDate::currentDate(), this);
    since_->setObjectName(QStringLiteral("sinceFilter"));
    since_->setCalendarPopup(true);
    since_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    since_->setEnabled(false);
    since_->setMinimumWidth(190);
    auto* apply = makeButton(tr("Apply filter"), QStringLiteral("primary"), this);
    apply->setObjectName(QStringLiteral("applyFilterButton"));
    auto* reset = makeButton(tr("Clear"), QString(), this);
    reset->setObjectName(QStringLiteral("clearFilterButton"));
    verify_ = makeButton(tr("Verify integrity"), QString(), this);
    verify_->setObjectName(QStringLiteral("verifyButton"));
    verify_->setIcon(themeIcon(QStringLiteral("ok")));

    auto* filters = new QGridLayout;
    filters->setHorizontalSpacing(12);
    filters->setVerticalSpacing(4);
    filters->addWidget(makeLabel(tr("Event type"), QStringLiteral("fieldLabel"), this), 0, 0);
    filters->addWidget(makeLabel(tr("User ID"), QStringLiteral("fieldLabel"), this), 0, 1);
    filters->addWidget(sinceEnabled_, 0, 2, Qt::AlignBottom);
    filters->addWidget(type_, 1, 0);
    filters->addWidget(user_, 1, 1);
    filters->addWidget(since_, 1, 2);
    filters->addWidget(apply, 1, 3);
    filters->addWidget(reset, 1, 4);
    filters->setColumnStretch(5, 1);

    verifyBanner_ = new StatusBanner(this);
    verifyBanner_->setObjectName(QStringLiteral("verifyBanner"));

    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("auditTable"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setAlternatingRowColors(true);
    table_->setWordWrap(false);
    table_->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    table_->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    table_->verticalHeader()->setVisible(false);
    table_->verticalHeader()->setDefaultSectionSize(48);  // a row is a touch target
    table_->horizontalHeader()->setHighlightSections(false);
    table_->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table_->setIconSize(QSize(24, 24));
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(AuditTrailModel::Summary,
                                                     QHeaderView::Stretch);

    detail_ = new EventDetailView(this);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->setHandleWidth(12);
    split->addWidget(table_);
    split->addWidget(detail_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    detail_->setMinimumWidth(360);
    split->setSizes({640, 360});  // the list gets the larger share at every width

    count_ = makeLabel(QString(), QStringLiteral("muted"), this);
    count_->setObjectName(QStringLiteral("auditCount"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(12);
    layout->addLayout(filters);
    layout->addWidget(verifyBanner_);
    layout->addWidget(split, 1);
    auto* bottom = new QHBoxLayout;
    bottom->setSpacing(16);
    bottom->addWidget(count_, 1);
    bottom->addWidget(verify_);
    layout->addLayout(bottom);

    connect(apply, &QPushButton::clicked, this, &AuditTrailView::refresh);
    connect(reset, &QPushButton::clicked, this, &AuditTrailView::clearFilter);
    connect(user_, &QLineEdit::returnPressed, this, &AuditTrailView::refresh);
    connect(sinceEnabled_, &QCheckBox::toggled, since_, &QWidget::setEnabled);
    connect(verify_, &QPushButton::clicked, this, &AuditTrailView::verify);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditTrailView::showSelected);
    connect(&check_, &IntegrityCheck::finished, this, &AuditTrailView::showOutcome);
}

void AuditTrailView::setCanVerify(bool canVerify) { verify_->setVisible(canVerify); }

void AuditTrailView::fillTypes() {
    // Known types first, then any other type present in the log (later modules add theirs).
    QStringList types{record::types::kStationInitialized, record::types::kUserCreated,
                      record::types::kUserDisabled,       record::types::kUserUnlocked,
                      record::types::kUserRolesChanged,   record::types::kPasswordChanged,
                      record::types::kLoginSucceeded,     record::types::kLoginFailed,
                      record::types::kAccountLocked,      record::types::kLoggedOut,
                      record::types::kSessionLocked,      record::types::kSessionUnlocked,
                      record::types::kUserSwitched,       record::types::kSigned,
                      record::types::kSignatureRefused,   record::types::kSettingChanged,
                      record::types::kCommentAdded};
    for (int row = 0; row < model_->rowCount(); ++row)
        if (!types.contains(model_->eventAt(row).type))
            types << model_->eventAt(row).type;
    types.sort();
    const QString current = type_->currentData().toString();
    type_->clear();
    type_->addItem(tr("All event types"), QString());
    for (const QString& t : types)
        type_->addItem(t, t);
    type_->setCurrentIndex(qMax(0, type_->findData(current)));
}

void AuditTrailView::refresh() {
    record::EventQuery query;
    query.type = type_->currentData().toString();
    query.userId = user_->text().trimmed();
    if (sinceEnabled_->isChecked())
        query.sinceUtc = QDateTime(since_->date(), QTime(0, 0), QTimeZone::utc())
                             .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    query.newestFirst = true;
    query.limit = kMaxRows;
    model_->setEvents(journal_.events(query));
    if (type_->count() == 0 || query.type.isEmpty())
        fillTypes();
    count_->setText(model_->rowCount() >= kMaxRows
                        ? tr("Showing the newest %1 events. Narrow the filter to see older ones.")
                              .arg(kMaxRows)
                        : tr("Events shown: %1, newest first.").arg(model_->rowCount()));
    detail_->displayNothing();
    if (model_->rowCount() > 0)
        table_->selectRow(0);
}

void AuditTrailView::clearFilter() {
    type_->setCurrentIndex(0);
    user_->clear();
    sinceEnabled_->setChecked(false);
    refresh();
}

void AuditTrailView::clear() {
    model_->setEvents({});
    verifyBanner_->clear();
    detail_->displayNothing();
    user_->clear();
    sinceEnabled_->setChecked(false);
    type_->setCurrentIndex(0);
}

void AuditTrailView::showSelected() {
    const QModelIndex current = table_->currentIndex();
    if (!current.isValid())
        detail_->displayNothing();
    else
        detail_->displayEvent(model_->eventAt(current.row()));
}

void AuditTrailView::verify() {
    model_->setBrokenRow(QString(), 0);
    verify_->setEnabled(false);
    verify_->setText(tr("Verifying…"));
    verifyBanner_->showMessage(StatusBanner::Kind::Info,
                               tr("Verifying the audit trail. You can keep working."));
    check_.start();
}

void AuditTrailView::showOutcome(const IntegrityOutcome& outcome) {
    verify_->setEnabled(true);
    verify_->setText(tr("Verify integrity"));
    if (!outcome.completed) {
        verifyBanner_->showMessage(StatusBanner::Kind::Warning,
                                   tr("The verification could not run: %1").arg(outcome.error));
        return;
    }
    const record::VerifyReport& r = outcome.report;
    if (r.ok) {
        verifyBanner_->showMessage(StatusBanner::Kind::Ok,
                                   tr("Integrity verified: %1 events, %2 checkpoints")
                                       .arg(r.events)
                                       .arg(r.checkpoints));
        return;
    }
    const record::ChainBreak& b = *r.firstBroken;
    // Re-read so the list shows what is stored now, with the broken row marked.
    refresh();
    model_->setBrokenRow(b.stationId, b.seq);
    verifyBanner_->showMessage(StatusBanner::Kind::Error,
                               tr("Integrity BROKEN at %1 seq %2: %3")
                                   .arg(b.stationId)
                                   .arg(b.seq)
                                   .arg(b.reason));
    // Take the reviewer to the first broken row when it is in the list.
    const int row = model_->rowOf(b.stationId, b.seq);
    if (row >= 0)
        table_->selectRow(row);
}

}  // namespace batch::ui
