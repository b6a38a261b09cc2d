#include "qc/LotCreationDialog.h"

#include "Theme.h"
#include "sampling/Sampling.h"
#include "widgets/Controls.h"
#include "widgets/StatusBanner.h"

#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace batch::ui {
namespace {

QFrame* card(QWidget* parent) {
    auto* frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("Card"));
    return frame;
}

QString bulletList(const QStringList& lines) {
    QString html = QStringLiteral("<ul style='margin-left:-20px;'>");
    for (const QString& l : lines) html += QStringLiteral("<li>%1</li>").arg(l.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

}  // namespace

LotCreationDialog::LotCreationDialog(sampling::SamplingServices& sampling,
                                     const security::User& actor, QWidget* parent)
    : QDialog(parent), sampling_(sampling), actor_(actor) {
    setObjectName(QStringLiteral("lotCreationDialog"));
    setWindowTitle(tr("New lot"));
    setModal(true);

    product_ = new QComboBox(this);
    product_->setObjectName(QStringLiteral("lotProduct"));
    organisation_ = new QComboBox(this);
    organisation_->setObjectName(QStringLiteral("lotOrganisation"));
    organisation_->setEditable(true);
    organisation_->setInsertPolicy(QComboBox::NoInsert);
    size_ = makeField(QStringLiteral("lotSize"), false, this);
    size_->setValidator(new QIntValidator(1, static_cast<int>(sampling::kMaxLotSize), size_));
    sizeUnit_ = makeLabel(QString(), QStringLiteral("muted"), this);
    lotId_ = makeField(QStringLiteral("lotId"), false, this);
    lotId_->setPlaceholderText(tr("next number"));

    auto* form = new QGridLayout;
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(6);
    int row = 0;
    for (const auto& [label, widget] : {std::pair{tr("Product"), static_cast<QWidget*>(product_)},
                                        std::pair{tr("Organisation (supplier, manufacturer)"),
                                                  static_cast<QWidget*>(organisation_)}}) {
        form->addWidget(makeLabel(label, QStringLiteral("fieldLabel"), this), row++, 0, 1, 2);
        form->addWidget(widget, row++, 0, 1, 2);
    }
    form->addWidget(makeLabel(tr("Lot size"), QStringLiteral("fieldLabel"), this), row++, 0, 1, 2);
    form->addWidget(size_, row, 0);
    form->addWidget(sizeUnit_, row++, 1);
    form->addWidget(makeLabel(tr("Lot ID (optional)"), QStringLiteral("fieldLabel"), this), row++,
                    0, 1, 2);
    form->addWidget(lotId_, row++, 0, 1, 2);
    form->addWidget(makeLabel(tr("An organisation without a variant of its own is sampled as an "
                                 "unknown supplier (the product's wildcard variant)."),
                              QStringLiteral("muted"), this),
                    row++, 0, 1, 2);
    form->setRowStretch(row, 1);
    form->setColumnStretch(0, 1);
    auto* formCard = card(this);
    auto* formBox = new QVBoxLayout(formCard);
    formBox->setContentsMargins(20, 16, 20, 16);
    formBox->addLayout(form);

    level_ = makeLabel(QString(), QStringLiteral("value"), this);
    level_->setObjectName(QStringLiteral("lotDecisionLevel"));
    variant_ = makeLabel(QString(), QStringLiteral("subtitle"), this);
    variant_->setObjectName(QStringLiteral("lotDecisionVariant"));
    summary_ = makeLabel(QString(), QStringLiteral("fieldLabel"), this);
    summary_->setObjectName(QStringLiteral("lotDecisionSummary"));
    reasons_ = new QLabel(this);
    reasons_->setObjectName(QStringLiteral("lotDecisionReasons"));
    reasons_->setTextFormat(Qt::RichText);
    reasons_->setWordWrap(true);
    samples_ = new QTableWidget(0, 3, this);
    samples_->setObjectName(QStringLiteral("lotDecisionSamples"));
    samples_->setHorizontalHeaderLabels({tr("Source"), tr("Samples"), tr("Tests and count rule")});
    samples_->verticalHeader()->setVisible(false);
    samples_->verticalHeader()->setDefaultSectionSize(44);
    samples_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    samples_->horizontalHeader()->setStretchLastSection(true);
    samples_->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    samples_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    samples_->setSelectionMode(QAbstractItemView::NoSelection);
    samples_->setWordWrap(true);

    auto* decisionCard = card(this);
    auto* decision = new QVBoxLayout(decisionCard);
    decision->setContentsMargins(20, 16, 20, 16);
    decision->setSpacing(6);
    decision->addWidget(makeLabel(tr("Sampling decision"), QStringLiteral("fieldLabel"), this));
    decision->addWidget(level_);
    decision->addWidget(variant_);
    decision->addWidget(summary_);
    decision->addWidget(reasons_);
    decision->addWidget(samples_, 1);
    decision->addStretch(0);

    banner_ = new StatusBanner(this);
    banner_->setObjectName(QStringLiteral("lotDialogBanner"));
    auto* cancel = makeButton(tr("Cancel"), QString(), this);
    cancel->setObjectName(QStringLiteral("lotCancelButton"));
    create_ = makeButton(tr("Create lot"), QStringLiteral("primary"), this);
    create_->setObjectName(QStringLiteral("lotCreateButton"));
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(create_);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(20);
    columns->addWidget(formCard, 2);
    columns->addWidget(decisionCard, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addWidget(makeLabel(tr("New lot"), QStringLiteral("title"), this));
    layout->addWidget(makeLabel(tr("The station shows its sampling decision before the lot is "
                                   "created: the level, why, and the samples to take."),
                                QStringLiteral("subtitle"), this));
    layout->addLayout(columns, 1);
    layout->addWidget(banner_);
    layout->addLayout(buttons);

    for (const sampling::Product& p : sampling_.masterData().load().products)
        product_->addItem(QStringLiteral("%1 - %2").arg(p.code, p.name), p.code);
    fillOrganisations();
    connect(product_, &QComboBox::currentIndexChanged, this, [this] {
        fillOrganisations();
        updatePreview();
    });
    connect(organisation_, &QComboBox::currentTextChanged, this, &LotCreationDialog::updatePreview);
    connect(size_, &QLineEdit::textChanged, this, &LotCreationDialog::updatePreview);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(create_, &QPushButton::clicked, this, &LotCreationDialog::createLot);
    resize(1180, 720);
    updatePreview();
}

void LotCreationDialog::fillOrganisations() {
    const QString product = product_->currentData().toString();
    const QString current = organisation_->currentText();
    QSignalBlocker block(organisation_);
    organisation_->clear();
    const sampling::MasterDataSet set = sampling_.masterData().load();
    for (const sampling::Variant& v : set.variants)
        if (v.product == product && !v.wildcard())
            organisation_->addItem(v.organisation);
    organisation_->setEditText(current.isEmpty() ? organisation_->itemText(0) : current);
    sizeUnit_->setText(set.products.value(product).sizeUnit);
}

std::optional<qint64> LotCreationDialog::size() const {
    bool ok = false;
    const qint64 n = size_->text().toLongLong(&ok);
    return ok && n >= 1 ? std::optional<qint64>(n) : std::nullopt;
}

void LotCreationDialog::setInputs(const QString& product, const QString& organisation, qint64 size,
                                  const QString& lotId) {
    product_->setCurrentIndex(product_->findData(product));
    organisation_->setEditText(organisation);
    size_->setText(QString::number(size));
    lotId_->setText(lotId);
    updatePreview();
}

QString LotCreationDialog::decisionSummary() const {
    return summary_->text();
}
QString LotCreationDialog::levelText() const {
    return level_->text();
}

void LotCreationDialog::updatePreview() {
    samples_->setRowCount(0);
    const auto n = size();
    if (product_->currentIndex() < 0 || !n) {
        level_->setText(tr("Level: -"));
        variant_->clear();
        summary_->setText(tr("Enter the product, the organisation and the lot size."));
        reasons_->clear();
        create_->setEnabled(false);
        banner_->clear();
        return;
    }
    try {
        const sampling::LotDecision d = sampling_.lots().decide(product_->currentData().toString(),
                                                                organisation_->currentText(), *n);
        level_->setText(tr("Level: %1").arg(sampling::levelName(d.level.level)));
        variant_->setText(
            d.variant.wildcard()
                ? tr("Variant %1 (wildcard: unknown supplier), %2").arg(d.variant.id, d.level.state)
                : tr("Variant %1 (%2), %3")
                      .arg(d.variant.id, d.variant.organisation, d.level.state));
        summary_->setText(d.level.summary);
        reasons_->setText(bulletList(d.reasons));
        for (const sampling::PlannedSource& s : d.samples.sources) {
            const int r = samples_->rowCount();
            samples_->insertRow(r);
            samples_->setItem(r, 0, new QTableWidgetItem(s.source));
            samples_->setItem(r, 1, new QTableWidgetItem(QString::number(s.count)));
            samples_->setItem(r, 2,
                              new QTableWidgetItem(QStringLiteral("%1  (%2)")
                                                       .arg(s.tests.join(QStringLiteral(", ")),
                                                            s.countExplanation)));
        }
        samples_->resizeRowsToContents();
        samples_->setVisible(samples_->rowCount() > 0);
        banner_->clear();
        create_->setEnabled(true);
    } catch (const sampling::SamplingError& e) {
        level_->setText(tr("Level: -"));
        variant_->clear();
        summary_->clear();
        reasons_->clear();
        banner_->showMessage(StatusBanner::Kind::Warning, e.message());
        create_->setEnabled(false);
    }
}

void LotCreationDialog::createLot() {
    const auto n = size();
    if (!n)
        return;
    try {
        created_ = sampling_.lots().create(
            actor_, {product_->currentData().toString(), organisation_->currentText(), *n,
                     lotId_->text().trimmed()});
        accept();
    } catch (const sampling::SamplingError& e) {
        banner_->showMessage(StatusBanner::Kind::Error, e.message());
    }
}

}  // namespace batch::ui
