#include "qc/LotsPanel.h"

#include "Theme.h"
#include "models/AuditTrailModel.h"
#include "qc/LotCreationDialog.h"
#include "sampling/Sampling.h"
#include "widgets/Controls.h"
#include "widgets/StatusBanner.h"

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

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

QString lotHtml(const sampling::Lot& lot) {
    QString html = QStringLiteral("<h2>%1</h2><p><b>%2</b> - %3, %4 %5, %6</p>")
                       .arg(esc(lot.lotId), esc(sampling::levelName(lot.level)), esc(lot.product))
                       .arg(lot.size)
                       .arg(esc(lot.decision.value(QStringLiteral("size_unit")).toString()),
                            esc(lot.organisation.isEmpty() ? QObject::tr("no organisation")
                                                           : lot.organisation));
    html += QStringLiteral("<p>%1</p><ul>").arg(esc(lot.summary));
    for (const QString& r : lot.reasons()) html += QStringLiteral("<li>%1</li>").arg(esc(r));
    html += QStringLiteral("</ul>");
    if (lot.tests.empty())
        return html +
               QStringLiteral("<p>%1</p>").arg(esc(QObject::tr("No samples at this level.")));
    html +=
        QStringLiteral(
            "<table cellspacing='0' cellpadding='4' border='1' style='border-collapse:collapse;'>"
            "<tr><th align='left'>%1</th><th align='left'>%2</th><th align='left'>%3</th>"
            "<th align='left'>%4</th></tr>")
            .arg(esc(QObject::tr("Sample")), esc(QObject::tr("Test")),
                 esc(QObject::tr("Specification")), esc(QObject::tr("Result")));
    for (const sampling::LotTest& t : lot.tests) {
        QString result =
            t.hasResult ? esc(t.reported +
                              (t.spec.unit.isEmpty() ? QString() : QLatin1Char(' ') + t.spec.unit))
                        : esc(QObject::tr("open"));
        // Out of specification: an icon and words, colour only in addition.
        if (t.hasResult && t.outOfSpecification)
            result = QStringLiteral(
                         "<img src=':/icons/warning.svg' width='18' height='18'> "
                         "<span style='color:#8e1010;'><b>%1 - %2</b></span>")
                         .arg(result, esc(QObject::tr("out of specification")));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(esc(t.sampleId), esc(t.testCode), esc(t.spec.describe()), result);
    }
    return html + QStringLiteral("</table>");
}

}  // namespace

LotsPanel::LotsPanel(sampling::SamplingServices& sampling, QWidget* parent)
    : QWidget(parent), sampling_(sampling) {
    setObjectName(QStringLiteral("lotsPanel"));
    lots_ = new QTableWidget(0, 6, this);
    lots_->setObjectName(QStringLiteral("lotsTable"));
    lots_->setHorizontalHeaderLabels(
        {tr("Lot"), tr("Product"), tr("Variant"), tr("Level"), tr("Status"), tr("Created (UTC)")});
    lots_->verticalHeader()->setVisible(false);
    lots_->verticalHeader()->setDefaultSectionSize(48);
    lots_->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    lots_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    lots_->horizontalHeader()->setStretchLastSection(true);
    lots_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    lots_->setSelectionBehavior(QAbstractItemView::SelectRows);
    lots_->setSelectionMode(QAbstractItemView::SingleSelection);
    lots_->setAlternatingRowColors(true);
    detail_ = new QTextBrowser(this);
    detail_->setObjectName(QStringLiteral("lotDetail"));
    create_ = makeButton(tr("New lot..."), QStringLiteral("primary"), this);
    create_->setObjectName(QStringLiteral("newLotButton"));
    banner_ = new StatusBanner(this);
    banner_->setObjectName(QStringLiteral("lotsBanner"));

    auto* top = new QHBoxLayout;
    top->addWidget(makeLabel(tr("Lots received and tested at this station, newest first."),
                             QStringLiteral("subtitle"), this),
                   1);
    top->addWidget(create_);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(lots_);
    splitter->addWidget(detail_);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(banner_);
    layout->addWidget(splitter, 1);

    connect(lots_, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = lots_->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            showLot(lots_->item(rows.first().row(), 0)->text());
    });
    connect(create_, &QPushButton::clicked, this, &LotsPanel::newLot);
}

void LotsPanel::setUser(const security::User& user) {
    user_ = user;
    create_->setVisible(user.has(security::Permission::ExecuteSteps) ||
                        user.has(security::Permission::ReviewRecords));
}

int LotsPanel::lotCount() const {
    return lots_->rowCount();
}

void LotsPanel::clear() {
    lots_->setRowCount(0);
    detail_->clear();
    banner_->clear();
}

void LotsPanel::refresh() {
    QSignalBlocker block(lots_);
    lots_->setRowCount(0);
    for (const sampling::Lot& l : sampling_.lots().list({}, 500)) {
        const int r = lots_->rowCount();
        lots_->insertRow(r);
        QString status = sampling::lotStatusName(l.status);
        if (const int oos = l.outOfSpecificationCount(); oos > 0)
            status = tr("%1, %2 OOS").arg(status).arg(oos);
        const QStringList cells{
            l.lotId,     l.product,
            l.variantId, sampling::levelName(l.level),
            status,      AuditTrailModel::displayTime(l.createdUtc, false).left(16)};
        for (int c = 0; c < cells.size(); ++c) lots_->setItem(r, c, new QTableWidgetItem(cells[c]));
        // Abnormal: an icon and the words, never colour alone.
        if (l.outOfSpecificationCount() > 0 || l.status == sampling::LotStatus::Rejected)
            lots_->item(r, 4)->setIcon(themeIcon(QStringLiteral("warning")));
    }
    block.unblock();
    if (lots_->rowCount() > 0)
        lots_->selectRow(0);
    else
        detail_->setHtml(QStringLiteral("<p>%1</p>").arg(tr("No lots yet.")));
}

void LotsPanel::selectLot(const QString& lotId) {
    for (int r = 0; r < lots_->rowCount(); ++r)
        if (lots_->item(r, 0)->text() == lotId) {
            lots_->selectRow(r);
            return;
        }
}

void LotsPanel::showLot(const QString& lotId) {
    const auto lot = sampling_.lots().find(lotId);
    if (!lot) {
        detail_->clear();
        return;
    }
    QString html = lotHtml(*lot);
    // The disposition's signature manifestation: printed name, date/time and meaning.
    if (const auto sig = sampling_.lots().dispositionSignature(*lot))
        html +=
            QStringLiteral("<p><b>%1</b></p>")
                .arg(tr("%1: signed by %2 (%3), %4 UTC, meaning %5")
                         .arg(sampling::lotStatusName(lot->status), sig->printedName, sig->signerId,
                              AuditTrailModel::displayTime(sig->signedAtUtc, false),
                              security::meaningName(sig->meaning))
                         .toHtmlEscaped());
    detail_->setHtml(html);
}

void LotsPanel::newLot() {
    if (!user_)
        return;
    LotCreationDialog dialog(sampling_, *user_, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.createdLot())
        return;
    const sampling::Lot& lot = *dialog.createdLot();
    refresh();
    selectLot(lot.lotId);
    banner_->showMessage(StatusBanner::Kind::Ok,
                         tr("Lot %1 created: %2").arg(lot.lotId, lot.summary));
    Q_EMIT lotCreated(lot.lotId);
}

}  // namespace batch::ui
