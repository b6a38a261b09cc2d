#include "screens/BatchListScreen.h"

#include "LocaleFormat.h"
#include "Theme.h"
#include "dialogs/StartBatchDialog.h"
#include "exec/ExecTypes.h"
#include "models/BatchListModel.h"
#include "model/MbrRepository.h"
#include "model/StepSequence.h"
#include "security/Session.h"
#include "station/Station.h"
#include "widgets/Controls.h"
#include "widgets/StatusBanner.h"

#include <QDate>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace batch::ui {

BatchListScreen::BatchListScreen(Station& station, security::Session& session, QWidget* parent)
    : QWidget(parent),
      station_(station),
      session_(session),
      ready_(new BatchListModel(true, this)),
      running_(new BatchListModel(false, this)),
      onHold_(new BatchListModel(false, this)),
      finished_(new BatchListModel(false, this)) {
    setObjectName(QStringLiteral("Screen"));

    auto* start = makeButton(tr("Start a batch…"), QStringLiteral("primary"), this);
    start->setObjectName(QStringLiteral("startBatchDialogButton"));
    start->setIcon(themeIcon(QStringLiteral("plus-light")));
    start->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(start, &QPushButton::clicked, this, [this] { startBatch(); });

    QTableView* readyTable = makeTable(ready_, QStringLiteral("readyTable"));
    readyTable->hideColumn(BatchListModel::Detail);  // the product code: in the MBR
    QTableView* runningTable = makeTable(running_, QStringLiteral("runningTable"));
    QTableView* onHoldTable = makeTable(onHold_, QStringLiteral("onHoldTable"));
    QTableView* finishedTable = makeTable(finished_, QStringLiteral("finishedTable"));
    connect(readyTable, &QTableView::clicked, this, [this](const QModelIndex& index) {
        if (const BatchRow* r = ready_->rowAt(index.row()))
            startBatch(r->batchId);
    });
    for (auto [table, model] : {std::pair{runningTable, running_}, std::pair{onHoldTable, onHold_},
                                std::pair{finishedTable, finished_}})
        connect(table, &QTableView::clicked, this, [this, model](const QModelIndex& index) {
            if (const BatchRow* r = model->rowAt(index.row()))
                Q_EMIT batchOpened(r->batchId);
        });

    banner_ = new StatusBanner(this);
    banner_->setObjectName(QStringLiteral("batchListBanner"));

    auto* grid = new QGridLayout;
    grid->setSpacing(18);
    grid->addWidget(section(tr("Ready to start"), QStringLiteral("instruction"), readyTable,
                            &readyCount_, start),
                    0, 0);
    grid->addWidget(section(tr("In progress"), QStringLiteral("resume"), runningTable,
                            &runningCount_),
                    0, 1);
    grid->addWidget(section(tr("On hold"), QStringLiteral("hold"), onHoldTable, &onHoldCount_), 1,
                    0);
    grid->addWidget(section(tr("Finished recently"), QStringLiteral("ok"), finishedTable,
                            &finishedCount_),
                    1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(makeLabel(tr("Touch a batch to continue it, or start a new one."),
                                QStringLiteral("subtitle"), this));
    layout->addWidget(banner_);
    layout->addLayout(grid, 1);
}

QTableView* BatchListScreen::makeTable(BatchListModel* model, const QString& objectName) {
    auto* table = new QTableView(this);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setIconSize(QSize(28, 28));
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(56);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(BatchListModel::Product, QHeaderView::Stretch);
    // The product gives way (elided), never the ids: no sideways scrolling.
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setTextElideMode(Qt::ElideRight);
    enableKineticScrolling(table);
    return table;
}

QWidget* BatchListScreen::section(const QString& title, const QString& icon, QTableView* table,
                                  QLabel** count, QPushButton* action) {
    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("Card"));
    auto* head = new QHBoxLayout;
    head->setSpacing(12);
    auto* iconLabel = new QLabel(card);
    iconLabel->setPixmap(themeIcon(icon).pixmap(32, 32));
    head->addWidget(iconLabel);
    auto* titleLabel = makeLabel(title, QStringLiteral("sectionTitle"), card);
    titleLabel->setWordWrap(false);
    head->addWidget(titleLabel);
    *count = makeLabel(QString(), QStringLiteral("muted"), card);
    head->addWidget(*count, 1);
    if (action)
        head->addWidget(action);
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(10);
    layout->addLayout(head);
    layout->addWidget(table, 1);
    return card;
}

void BatchListScreen::refresh() {
    std::vector<BatchRow> ready;
    for (const model::MbrVersionInfo& info : station_.mbrs().list()) {
        if (info.status != model::MbrStatus::Effective)
            continue;
        BatchRow r;
        r.batchId = info.mbrId;  // the row's key: the MBR id
        r.mbr = tr("%1 version %2").arg(info.mbrId, info.version);
        r.product = info.title;
        r.detail = info.productCode;
        try {
            const model::LoadedMbr loaded = station_.mbrs().load(info.mbrId, info.version);
            r.size = fmt::limit(loaded.mbr.batchSize.value) + QLatin1Char(' ') +
                     loaded.mbr.batchSize.unit;
        } catch (const model::MbrError& e) {
            r.size = e.message();
        }
        ready.push_back(r);
    }
    std::vector<BatchRow> running, onHold, finished;
    std::vector<exec::BatchSummary> all = station_.batches().list();
    std::sort(all.begin(), all.end(), [](const exec::BatchSummary& a, const exec::BatchSummary& b) {
        return a.startedUtc > b.startedUtc;
    });
    for (const exec::BatchSummary& b : all) {
        BatchRow r;
        r.batchId = b.batchId;
        r.mbr = tr("%1 version %2").arg(b.mbrId, b.mbrVersion);
        r.size = fmt::decimal(b.batchSize) + QLatin1Char(' ') + b.batchUnit;
        r.status = b.status;
        r.startedUtc = b.startedUtc;
        r.startedBy = b.startedBy;
        const auto info = station_.mbrs().find(b.mbrId, b.mbrVersion);
        r.product = info ? info->title : b.mbrId;
        if (b.status == QLatin1String("finished")) {
            if (int(finished.size()) >= kFinishedShown)
                continue;
            r.detail = tr("finished");
            finished.push_back(r);
            continue;
        }
        try {
            const exec::BatchProjection& p = station_.batches().projection(b.batchId);
            const model::MasterBatchRecord& mbr = station_.batches().mbrOf(b.batchId);
            const int total = int(mbr.steps().size());
            r.detail = p.status == exec::BatchStatus::OnHold
                           ? tr("on hold: %1").arg(p.holdReason)
                           : tr("%1 of %2 steps done").arg(p.completed.size()).arg(total);
            r.status = batchStatusName(p.status);
        } catch (const exec::ExecError& e) {
            r.detail = e.message();
        }
        (r.status == QLatin1String("on_hold") ? onHold : running).push_back(r);
    }
    readyCount_->setText(tr("%n MBR(s)", nullptr, int(ready.size())));
    runningCount_->setText(tr("%n batch(es)", nullptr, int(running.size())));
    onHoldCount_->setText(tr("%n batch(es)", nullptr, int(onHold.size())));
    finishedCount_->setText(tr("%n batch(es)", nullptr, int(finished.size())));
    ready_->setRows(std::move(ready));
    running_->setRows(std::move(running));
    onHold_->setRows(std::move(onHold));
    finished_->setRows(std::move(finished));
    if (ready_->rowCount() == 0)
        banner_->showMessage(StatusBanner::Kind::Info,
                             tr("No master batch record is effective at this station: no batch "
                                "can be started."));
    else
        banner_->clear();
}

void BatchListScreen::clear() {
    if (dialog_)
        dialog_->reject();
    for (BatchListModel* m : {ready_, running_, onHold_, finished_})
        m->setRows({});
}

StartBatchDialog* BatchListScreen::openDialog() const { return dialog_; }

int BatchListScreen::count(const QString& section) const {
    if (section == QLatin1String("ready"))
        return ready_->rowCount();
    if (section == QLatin1String("running"))
        return running_->rowCount();
    if (section == QLatin1String("on_hold"))
        return onHold_->rowCount();
    return finished_->rowCount();
}

QString BatchListScreen::suggestBatchId() const {
    // A proposal only: the operator types the id on the batch documents if it differs.
    const QString day = QDate::currentDate().toString(QStringLiteral("yyMMdd"));
    int n = 1;
    QString id;
    const std::vector<exec::BatchSummary> all = station_.batches().list();
    auto used = [&](const QString& candidate) {
        for (const exec::BatchSummary& b : all)
            if (b.batchId == candidate)
                return true;
        return false;
    };
    do {
        id = QStringLiteral("B%1-%2").arg(day).arg(n++, 2, 10, QLatin1Char('0'));
    } while (used(id));
    return id;
}

void BatchListScreen::startBatch(const QString& mbrId) {
    QList<StartBatchDialog::Choice> choices;
    for (const model::MbrVersionInfo& info : station_.mbrs().list()) {
        if (info.status != model::MbrStatus::Effective)
            continue;
        StartBatchDialog::Choice c{info.mbrId, info.title, info.version, {}, {}};
        try {
            const model::LoadedMbr loaded = station_.mbrs().load(info.mbrId, info.version);
            c.defaultSize = QString::number(loaded.mbr.batchSize.value, 'g', 12);
            c.unit = loaded.mbr.batchSize.unit;
        } catch (const model::MbrError&) {
        }
        choices << c;
    }
    auto* dialog = new StartBatchDialog(
        choices, mbrId, suggestBatchId(),
        [this](const QString& batchId, const QString& mbr, const QString& size) {
            ActionOutcome out;
            if (!session_.user()) {
                out.refusal = tr("Nobody is signed in.");
                return out;
            }
            try {
                if (prepare_)
                    prepare_(*session_.user(), mbr);
                station_.batches().start(*session_.user(), batchId, mbr, size);
            } catch (const exec::ExecError& e) {
                out.refusal = e.message();
            } catch (const std::exception& e) {
                out.refusal = QString::fromUtf8(e.what());
            }
            return out;
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString id = dialog->batchId();
        refresh();
        Q_EMIT batchOpened(id);
    });
    dialog_ = dialog;
    dialog->open();
}

}  // namespace batch::ui
