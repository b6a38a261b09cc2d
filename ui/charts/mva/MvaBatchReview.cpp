#include "charts/mva/MvaBatchReview.h"

#include "Theme.h"
#include "charts/mva/MvaBatchPanel.h"
#include "mva/MvaError.h"
#include "widgets/Controls.h"
#include "widgets/StatusBanner.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace batch::ui::mva {

using batch::mva::AlarmState;
using batch::mva::FinishedBatchMva;
using batch::mva::ObservationIntegrity;

namespace {

QString when(const QString& utc) {
    return utc.left(19).replace(QLatin1Char('T'), QLatin1Char(' '));
}

QTableWidget* makeTable(const QStringList& headers, const QString& name, QWidget* parent) {
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(34);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setWordWrap(false);
    return t;
}

QString stateText(const batch::mva::MvaAlarm& a) {
    switch (a.state) {
        case AlarmState::ActiveUnacknowledged:
            return MvaBatchReview::tr("active, not acknowledged");
        case AlarmState::ActiveAcknowledged:
            return MvaBatchReview::tr("active, acknowledged");
        case AlarmState::ClearedUnacknowledged:
            return MvaBatchReview::tr("cleared, not acknowledged");
        case AlarmState::Closed:
            return MvaBatchReview::tr("cleared, acknowledged");
    }
    return {};
}

}  // namespace

MvaBatchReview::MvaBatchReview(record::Journal& journal, security::SignatureService& signatures,
                               QWidget* parent)
    : QWidget(parent), repo_(journal, signatures), log_(journal), store_(journal) {
    setObjectName(QStringLiteral("MvaBatchReview"));
    title_ = makeLabel(tr("MVA monitoring"), QStringLiteral("subtitle"), this);
    title_->setObjectName(QStringLiteral("mvaReviewTitle"));
    QFont tf = title_->font();
    tf.setBold(true);
    title_->setFont(tf);
    facts_ = makeLabel(QString(), QStringLiteral("muted"), this);
    facts_->setObjectName(QStringLiteral("mvaReviewFacts"));
    facts_->setWordWrap(true);
    runBox_ = new QComboBox(this);
    runBox_->setObjectName(QStringLiteral("mvaReviewRun"));
    runBox_->setVisible(false);
    integrity_ = new StatusBanner(this);
    integrity_->setObjectName(QStringLiteral("mvaReviewIntegrity"));
    panel_ = new MvaBatchPanel(this);
    panel_->setMinimumHeight(560);
    alarms_ = makeTable({tr("Raised (UTC)"), tr("State"), tr("Alarm"), tr("Acknowledged by")},
                        QStringLiteral("mvaReviewAlarms"), this);
    alarms_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    alarms_->horizontalHeader()->setStretchLastSection(false);
    shelving_ = makeTable({tr("Shelved (UTC)"), tr("By"), tr("Condition"), tr("Time limit"),
                           tr("Reason"), tr("Ended")},
                          QStringLiteral("mvaReviewShelving"), this);
    alarmsTitle_ = makeLabel(tr("MVA alarms"), QStringLiteral("fieldLabel"), this);
    shelvingTitle_ = makeLabel(tr("Alarm shelving"), QStringLiteral("fieldLabel"), this);

    auto* head = new QHBoxLayout;
    head->addWidget(title_, 1);
    head->addWidget(runBox_);
    auto* tables = new QGridLayout;
    tables->setHorizontalSpacing(16);
    tables->addWidget(alarmsTitle_, 0, 0);
    tables->addWidget(shelvingTitle_, 0, 1);
    tables->addWidget(alarms_, 1, 0);
    tables->addWidget(shelving_, 1, 1);
    tables->setColumnStretch(0, 1);
    tables->setColumnStretch(1, 1);
    alarms_->setMinimumHeight(150);
    shelving_->setMinimumHeight(150);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(head);
    layout->addWidget(facts_);
    layout->addWidget(integrity_);
    layout->addWidget(panel_, 1);
    layout->addLayout(tables);
    connect(runBox_, &QComboBox::currentIndexChanged, this, &MvaBatchReview::showRun);
    clear();
}

void MvaBatchReview::clear() {
    runs_.clear();
    runBox_->blockSignals(true);
    runBox_->clear();
    runBox_->blockSignals(false);
    runBox_->setVisible(false);
    title_->setText(tr("MVA monitoring"));
    facts_->setText(tr("No batch chosen."));
    integrity_->clear();
    integrity_->setVisible(false);
    panel_->setVisible(false);
    for (QTableWidget* t : {alarms_, shelving_}) t->setRowCount(0);
}

bool MvaBatchReview::showBatch(const QString& batchId) {
    clear();
    title_->setText(tr("MVA monitoring of batch %1").arg(batchId));
    try {
        runs_ = batch::mva::loadFinishedBatch(repo_, store_, log_, batchId);
    } catch (const batch::mva::ModelRepositoryError& e) {
        integrity_->setVisible(true);
        integrity_->showMessage(StatusBanner::Kind::Error, e.message());
        facts_->setText(tr("The batch's MVA charts cannot be shown."));
        return false;
    } catch (const batch::mva::ObservationStoreError& e) {
        integrity_->setVisible(true);
        integrity_->showMessage(StatusBanner::Kind::Error, e.message());
        facts_->setText(tr("The batch's MVA charts cannot be shown."));
        return false;
    } catch (const batch::mva::MvaError& e) {
        integrity_->setVisible(true);
        integrity_->showMessage(StatusBanner::Kind::Error, QString::fromStdString(e.what()));
        facts_->setText(tr("The batch's MVA charts cannot be shown."));
        return false;
    }
    if (runs_.empty()) {
        facts_->setText(tr("Batch %1 was not monitored with an MVA model.").arg(batchId));
        return false;
    }
    runBox_->blockSignals(true);
    for (const FinishedBatchMva& f : runs_)
        runBox_->addItem(tr("%1 v%2").arg(f.run.models.modelId).arg(f.run.models.modelVersion));
    runBox_->setCurrentIndex(0);
    runBox_->blockSignals(false);
    runBox_->setVisible(runs_.size() > 1);
    showRun(0);
    return true;
}

void MvaBatchReview::showRun(int index) {
    if (index < 0 || index >= static_cast<int>(runs_.size()))
        return;
    const FinishedBatchMva& f = runs_[static_cast<size_t>(index)];
    QString soft;
    if (f.softSensor)
        soft = tr("; soft sensor %1 v%2").arg(f.softSensor->modelId).arg(f.softSensor->version);
    facts_->setText(
        tr("Model %1 v%2 (approved by %3 at %4 UTC%5)%6 · %7 observations, monitoring "
           "started %8 UTC%9")
            .arg(f.model.modelId)
            .arg(f.model.version)
            .arg(f.model.approverId, when(f.model.approvedUtc),
                 f.model.importedBy == QLatin1String("central") ? tr(", published centrally")
                                                                : QString(),
                 soft)
            .arg(f.run.count)
            .arg(when(f.run.startedUtc),
                 f.run.seal ? tr(", ended %1 UTC").arg(when(f.run.seal->sealedUtc)) : QString()));
    integrity_->setVisible(true);
    switch (f.integrity.status) {
        case ObservationIntegrity::Status::Sealed:
            integrity_->showMessage(
                StatusBanner::Kind::Ok,
                f.run.seal && f.run.seal->limitReached
                    ? tr("The %1 stored observations verify against the digest sealed in the "
                         "record; storage stopped at its bound, later observations were scored "
                         "live but not stored.")
                          .arg(f.integrity.observations)
                    : tr("The %1 stored observations verify against the digest sealed in the "
                         "record at the end of the batch.")
                          .arg(f.integrity.observations));
            break;
        case ObservationIntegrity::Status::Open:
            integrity_->showMessage(
                StatusBanner::Kind::Warning,
                tr("Monitoring did not reach the end of the batch: the %1 stored observations "
                   "are not sealed; only those before the last alarm are covered by a digest in "
                   "the record.")
                    .arg(f.integrity.observations));
            break;
        case ObservationIntegrity::Status::Broken:
            integrity_->showMessage(StatusBanner::Kind::Error,
                                    tr("The stored observations do NOT verify: %1. The charts "
                                       "below cannot be trusted.")
                                        .arg(f.integrity.reason));
            break;
    }
    panel_->setVisible(true);
    panel_->setFinishedBatch(f);
    fillTables(f);
}

void MvaBatchReview::fillTables(const FinishedBatchMva& f) {
    alarms_->setRowCount(static_cast<int>(f.alarms.size()));
    for (int r = 0; r < static_cast<int>(f.alarms.size()); ++r) {
        const batch::mva::MvaAlarm& a = f.alarms[static_cast<size_t>(r)];
        alarms_->setItem(r, 0, new QTableWidgetItem(when(a.raisedUtc)));
        auto* state = new QTableWidgetItem(
            themeIcon(a.active() ? QStringLiteral("error") : QStringLiteral("ok")), stateText(a));
        alarms_->setItem(r, 1, state);
        auto* msg = new QTableWidgetItem(a.message);
        msg->setToolTip(a.message);
        alarms_->setItem(r, 2, msg);
        alarms_->setItem(r, 3,
                         new QTableWidgetItem(
                             a.acknowledgedBy.isEmpty()
                                 ? QString()
                                 : tr("%1 at %2").arg(a.acknowledgedBy, when(a.acknowledgedUtc))));
    }
    alarmsTitle_->setText(tr("MVA alarms (%1)").arg(f.alarms.size()));
    shelving_->setRowCount(static_cast<int>(f.shelves.size()));
    for (int r = 0; r < static_cast<int>(f.shelves.size()); ++r) {
        const batch::mva::AlarmShelf& s = f.shelves[static_cast<size_t>(r)];
        shelving_->setItem(
            r, 0, new QTableWidgetItem(themeIcon(QStringLiteral("shelved")), when(s.shelvedUtc)));
        shelving_->setItem(r, 1, new QTableWidgetItem(s.shelvedBy));
        shelving_->setItem(r, 2, new QTableWidgetItem(s.condition));
        shelving_->setItem(
            r, 3,
            new QTableWidgetItem(tr("%1 min, until %2").arg(s.minutes).arg(when(s.untilUtc))));
        auto* reason = new QTableWidgetItem(s.reason);
        reason->setToolTip(s.reason);
        shelving_->setItem(r, 4, reason);
        QString ended;
        if (s.endedUtc.isEmpty())
            ended = s.activeAt(repo_.journal().nowMs()) ? tr("still shelved")
                                                        : tr("expired %1").arg(when(s.untilUtc));
        else if (s.endReason == QLatin1String("expired"))
            ended = tr("expired %1").arg(when(s.endedUtc));
        else
            ended =
                tr("unshelved by %1 at %2%3")
                    .arg(s.endedBy, when(s.endedUtc),
                         s.endReason.isEmpty() ? QString() : QStringLiteral(": ") + s.endReason);
        shelving_->setItem(r, 5, new QTableWidgetItem(ended));
    }
    shelvingTitle_->setText(tr("Alarm shelving (%1)").arg(f.shelves.size()));
}

}  // namespace batch::ui::mva
