#include "qc/SamplingPlanEditor.h"

#include "sampling/MasterDataParser.h"
#include "sampling/Sampling.h"
#include "widgets/Controls.h"
#include "widgets/StatusBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace batch::ui {
namespace {

using sampling::CountRule;

// The kinds a count rule editor offers, in its combo box order.
enum CountKind { Same = 0, Literal, Ranges, Expression, Named };

QFrame* card(QWidget* parent) {
    auto* frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("Card"));
    return frame;
}

QString issuesText(const std::vector<sampling::Issue>& issues) {
    QStringList lines;
    for (const sampling::Issue& i : issues) lines << i.toString();
    return lines.join(QLatin1Char('\n'));
}

}  // namespace

SamplingPlanEditor::SamplingPlanEditor(sampling::SamplingServices& sampling, QWidget* parent)
    : QWidget(parent), sampling_(sampling) {
    setObjectName(QStringLiteral("samplingPlanEditor"));

    plans_ = new QComboBox(this);
    plans_->setObjectName(QStringLiteral("planSelector"));
    plans_->setMinimumWidth(280);
    productLabel_ = makeLabel(QString(), QStringLiteral("subtitle"), this);
    productLabel_->setObjectName(QStringLiteral("planProduct"));
    sources_ = new QTableWidget(0, 3, this);
    sources_->setObjectName(QStringLiteral("planSources"));
    sources_->setHorizontalHeaderLabels({tr("Source"), tr("Samples"), tr("Full / Reduced")});
    sources_->verticalHeader()->setVisible(false);
    sources_->verticalHeader()->setDefaultSectionSize(48);
    sources_->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    sources_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    sources_->horizontalHeader()->setStretchLastSection(true);
    sources_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    sources_->setSelectionBehavior(QAbstractItemView::SelectRows);
    sources_->setSelectionMode(QAbstractItemView::SingleSelection);
    sources_->setWordWrap(true);
    add_ = makeButton(tr("Add source"), QString(), this);
    add_->setObjectName(QStringLiteral("addSourceButton"));
    remove_ = makeButton(tr("Remove source"), QString(), this);
    remove_->setObjectName(QStringLiteral("removeSourceButton"));

    sourceName_ = makeField(QStringLiteral("sourceName"), false, this);
    const auto makeCount = [this](const QString& name, bool withSame) {
        CountEditor e;
        e.kind = new QComboBox(this);
        e.kind->setObjectName(name + QStringLiteral("Kind"));
        if (withSame)
            e.kind->addItem(tr("Same as Full"), Same);
        e.kind->addItem(tr("Fixed"), Literal);
        e.kind->addItem(tr("Range table"), Ranges);
        e.kind->addItem(tr("Expression"), Expression);
        e.kind->addItem(tr("Named rule"), Named);
        e.value = makeField(name + QStringLiteral("Value"), false, this);
        connect(e.kind, &QComboBox::currentIndexChanged, this, [e] {
            const int k = e.kind->currentData().toInt();
            e.value->setEnabled(k != Same);
            e.value->setPlaceholderText(k == Literal      ? tr("e.g. 3")
                                        : k == Ranges     ? tr("e.g. 1-10: 2; 11-100: 3; 101+: 5")
                                        : k == Expression ? tr("e.g. ceil(sqrt(N)) + 1")
                                        : k == Named      ? tr("name of a shared count rule")
                                                          : QString());
        });
        return e;
    };
    count_ = makeCount(QStringLiteral("countRule"), false);
    reducedCount_ = makeCount(QStringLiteral("reducedCount"), true);
    for (QComboBox* k : {count_.kind, reducedCount_.kind}) k->setFixedWidth(220);
    testsGrid_ = new QGridLayout;
    testsGrid_->setHorizontalSpacing(16);
    testsGrid_->setVerticalSpacing(8);
    apply_ = makeButton(tr("Apply to source"), QString(), this);
    apply_->setObjectName(QStringLiteral("applySourceButton"));

    previewSize_ = makeField(QStringLiteral("previewSize"), false, this);
    previewSize_->setValidator(
        new QIntValidator(1, static_cast<int>(sampling::kMaxLotSize), previewSize_));
    previewSize_->setText(QStringLiteral("40"));
    previewSize_->setMaximumWidth(140);
    previewLevel_ = new QComboBox(this);
    previewLevel_->setObjectName(QStringLiteral("previewLevel"));
    for (sampling::Level l :
         {sampling::Level::Full, sampling::Level::Reduced, sampling::Level::Skip})
        previewLevel_->addItem(sampling::levelName(l), static_cast<int>(l));
    preview_ = makeLabel(QString(), QString(), this);
    preview_->setObjectName(QStringLiteral("planPreview"));
    reason_ = makeField(QStringLiteral("planReason"), false, this);
    reason_->setPlaceholderText(tr("Reason for the change (recorded), e.g. change control number"));
    save_ = makeButton(tr("Save plan"), QStringLiteral("primary"), this);
    save_->setObjectName(QStringLiteral("savePlanButton"));
    banner_ = new StatusBanner(this);
    banner_->setObjectName(QStringLiteral("planBanner"));
    readOnly_ = makeLabel(tr("Read-only: only an administrator changes sampling plans."),
                          QStringLiteral("muted"), this);
    readOnly_->setObjectName(QStringLiteral("planReadOnly"));

    // Left: the plan and its sources.
    auto* left = new QVBoxLayout;
    left->setSpacing(8);
    auto* pick = new QHBoxLayout;
    pick->addWidget(makeLabel(tr("Plan"), QStringLiteral("fieldLabel"), this));
    pick->addWidget(plans_, 1);
    left->addLayout(pick);
    left->addWidget(productLabel_);
    left->addWidget(sources_, 1);
    auto* sourceButtons = new QHBoxLayout;
    sourceButtons->setSpacing(12);
    sourceButtons->addWidget(add_);
    sourceButtons->addWidget(remove_);
    sourceButtons->addStretch(1);
    left->addLayout(sourceButtons);

    // Right: the selected source.
    auto* editor = card(this);
    auto* form = new QGridLayout(editor);
    form->setContentsMargins(18, 14, 18, 14);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(6);
    form->addWidget(makeLabel(tr("Source"), QStringLiteral("fieldLabel"), this), 0, 0);
    form->addWidget(sourceName_, 0, 1, 1, 2);
    form->addWidget(
        makeLabel(tr("Samples to take from a lot of N units:"), QStringLiteral("muted"), this), 1,
        0, 1, 3);
    form->addWidget(makeLabel(tr("At Full"), QStringLiteral("fieldLabel"), this), 2, 0);
    form->addWidget(count_.kind, 2, 1);
    form->addWidget(count_.value, 2, 2);
    form->addWidget(makeLabel(tr("At Reduced"), QStringLiteral("fieldLabel"), this), 3, 0);
    form->addWidget(reducedCount_.kind, 3, 1);
    form->addWidget(reducedCount_.value, 3, 2);
    form->addWidget(makeLabel(tr("Tests of the sample template (the product's specification)"),
                              QStringLiteral("fieldLabel"), this),
                    4, 0, 1, 3);
    form->addLayout(testsGrid_, 5, 0, 1, 3);
    form->addWidget(apply_, 6, 2, Qt::AlignRight);
    form->setColumnStretch(2, 1);
    form->setRowStretch(7, 1);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(20);
    // The source editor scrolls rather than squeezing its touch targets on a small screen.
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    columns->addLayout(left, 4);
    columns->addWidget(scroll, 5);

    auto* bottom = new QHBoxLayout;
    bottom->setSpacing(12);
    bottom->addWidget(makeLabel(tr("Preview for a lot of"), QStringLiteral("fieldLabel"), this));
    bottom->addWidget(previewSize_);
    bottom->addWidget(previewLevel_);
    bottom->addWidget(preview_, 1);
    auto* saveRow = new QHBoxLayout;
    saveRow->setSpacing(12);
    saveRow->addWidget(reason_, 1);
    saveRow->addWidget(save_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(columns, 1);
    layout->addLayout(bottom);
    layout->addWidget(banner_);
    layout->addLayout(saveRow);
    layout->addWidget(readOnly_);

    connect(plans_, &QComboBox::currentIndexChanged, this,
            [this] { loadPlan(plans_->currentData().toString()); });
    connect(sources_, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = sources_->selectionModel()->selectedRows();
        if (!rows.isEmpty() && rows.first().row() != current_)
            showSource(rows.first().row());
    });
    connect(apply_, &QPushButton::clicked, this, [this] { applySource(); });
    connect(add_, &QPushButton::clicked, this, &SamplingPlanEditor::addSource);
    connect(remove_, &QPushButton::clicked, this, &SamplingPlanEditor::removeSource);
    connect(previewSize_, &QLineEdit::textChanged, this, &SamplingPlanEditor::updatePreview);
    connect(previewLevel_, &QComboBox::currentIndexChanged, this,
            &SamplingPlanEditor::updatePreview);
    connect(save_, &QPushButton::clicked, this, &SamplingPlanEditor::save);
    setEditable(false);
}

void SamplingPlanEditor::setUser(const security::User& user) {
    user_ = user;
    setEditable(user.has(security::Permission::ManageMasterData));
}

void SamplingPlanEditor::setEditable(bool editable) {
    for (QWidget* w : std::initializer_list<QWidget*>{add_, remove_, sourceName_, count_.kind,
                                                      count_.value, reducedCount_.kind,
                                                      reducedCount_.value, apply_, reason_, save_})
        w->setEnabled(editable);
    for (QCheckBox* b : fullTests_) b->setEnabled(editable);
    for (QCheckBox* b : reducedTests_) b->setEnabled(editable);
    readOnly_->setVisible(!editable);
    reason_->setVisible(editable);
    save_->setVisible(editable);
}

bool SamplingPlanEditor::canSave() const {
    return save_->isVisible() && save_->isEnabled();
}
int SamplingPlanEditor::sourceCount() const {
    return plan_ ? static_cast<int>(plan_->sources.size()) : 0;
}
QString SamplingPlanEditor::previewText() const {
    return preview_->text();
}
QString SamplingPlanEditor::bannerText() const {
    return banner_->text();
}

void SamplingPlanEditor::clear() {
    plan_.reset();
    plans_->clear();
    sources_->setRowCount(0);
    banner_->clear();
}

void SamplingPlanEditor::refresh() {
    const QString keep = plans_->currentData().toString();
    QSignalBlocker block(plans_);
    plans_->clear();
    for (const sampling::SamplingPlan& p : sampling_.masterData().load().plans)
        plans_->addItem(QStringLiteral("%1 - %2").arg(p.id, p.name), p.id);
    const int at = plans_->findData(keep);
    plans_->setCurrentIndex(at >= 0 ? at : 0);
    block.unblock();
    loadPlan(plans_->currentData().toString());
}

void SamplingPlanEditor::selectPlan(const QString& planId) {
    const int at = plans_->findData(planId);
    if (at >= 0)
        plans_->setCurrentIndex(at);
}

void SamplingPlanEditor::loadPlan(const QString& planId) {
    const sampling::MasterDataSet set = sampling_.masterData().load();
    plan_.reset();
    current_ = -1;
    dirty_ = false;
    if (!set.plans.contains(planId))
        return;
    plan_ = set.plans.value(planId);
    product_ = set.products.value(plan_->product);
    const auto version = sampling_.masterData().version(sampling::entities::kPlan, planId);
    productLabel_->setText(tr("Product %1 - %2 (%3 per lot), plan version %4")
                               .arg(product_.code, product_.name, product_.sizeUnit)
                               .arg(version ? version->version : 0));
    fillSources();
    selectSource(0);
    banner_->clear();
}

void SamplingPlanEditor::fillSources() {
    QSignalBlocker block(sources_);
    sources_->setRowCount(0);
    if (!plan_)
        return;
    for (const sampling::SampleTemplate& s : plan_->sources) {
        const int r = sources_->rowCount();
        sources_->insertRow(r);
        const QString reduced =
            s.reducedTests.isEmpty() ? tr("none")
            : s.reducedCount
                ? tr("%1 (count %2)")
                      .arg(s.reducedTests.join(QStringLiteral(", ")), s.reducedCount->describe())
                : s.reducedTests.join(QStringLiteral(", "));
        const QStringList cells{s.source, s.count.describe(),
                                tr("%1 / %2").arg(s.tests.join(QStringLiteral(", ")), reduced)};
        for (int c = 0; c < cells.size(); ++c) {
            sources_->setItem(r, c, new QTableWidgetItem(cells[c]));
            sources_->item(r, c)->setToolTip(cells[c]);
        }
    }
    updatePreview();
}

void SamplingPlanEditor::selectSource(int index) {
    if (!plan_ || index < 0 || index >= sourceCount())
        return;
    sources_->selectRow(index);
    showSource(index);
}

void SamplingPlanEditor::fillTests(const sampling::SampleTemplate& source) {
    for (QWidget* w : testRows_) {
        testsGrid_->removeWidget(w);
        w->deleteLater();
    }
    testRows_.clear();
    fullTests_.clear();
    reducedTests_.clear();
    const bool editable = save_->isVisible();
    int row = 0;
    for (const sampling::TestSpec& t : product_.tests) {
        auto* name = makeLabel(QStringLiteral("%1  %2  (%3)").arg(t.code, t.name, t.describe()),
                               QString(), this);
        auto* full = new QCheckBox(tr("Full"), this);
        full->setObjectName(QStringLiteral("test_%1").arg(t.code));
        full->setProperty("testCode", t.code);
        full->setChecked(source.tests.contains(t.code));
        auto* reduced = new QCheckBox(tr("Reduced"), this);
        reduced->setObjectName(QStringLiteral("reduced_%1").arg(t.code));
        reduced->setProperty("testCode", t.code);
        reduced->setChecked(source.reducedTests.contains(t.code));
        for (QCheckBox* b : {full, reduced}) b->setEnabled(editable);
        testsGrid_->addWidget(name, row, 0);
        testsGrid_->addWidget(full, row, 1);
        testsGrid_->addWidget(reduced, row, 2);
        testRows_.insert(testRows_.end(), {name, full, reduced});
        fullTests_.push_back(full);
        reducedTests_.push_back(reduced);
        ++row;
    }
    testsGrid_->setColumnStretch(0, 1);
}

QStringList SamplingPlanEditor::checkedTests(const std::vector<QCheckBox*>& boxes) const {
    QStringList out;
    for (QCheckBox* b : boxes)
        if (b->isChecked())
            out << b->property("testCode").toString();
    return out;
}

void SamplingPlanEditor::showCount(const CountEditor& e, const std::optional<CountRule>& rule) {
    if (!rule) {
        e.kind->setCurrentIndex(e.kind->findData(Same));
        e.value->clear();
        return;
    }
    switch (rule->kind) {
        case CountRule::Kind::Literal:
            e.kind->setCurrentIndex(e.kind->findData(Literal));
            e.value->setText(QString::number(rule->literal));
            break;
        case CountRule::Kind::Ranges:
            e.kind->setCurrentIndex(e.kind->findData(Ranges));
            e.value->setText(rule->describe());
            break;
        case CountRule::Kind::Expression:
            e.kind->setCurrentIndex(e.kind->findData(Expression));
            e.value->setText(rule->expression);
            break;
        case CountRule::Kind::Reference:
            e.kind->setCurrentIndex(e.kind->findData(Named));
            e.value->setText(rule->reference);
            break;
    }
}

void SamplingPlanEditor::showSource(int index) {
    current_ = index;
    const sampling::SampleTemplate& s = plan_->sources[static_cast<size_t>(index)];
    sourceName_->setText(s.source);
    showCount(count_, s.count);
    showCount(reducedCount_, s.reducedCount);
    fillTests(s);
}

std::optional<CountRule> SamplingPlanEditor::readCount(const CountEditor& e, const QString& path,
                                                       bool allowSame) {
    const int kind = e.kind->currentData().toInt();
    if (kind == Same && allowSame)
        return std::nullopt;
    const QString text = e.value->text().trimmed();
    QJsonObject o;
    QString error;
    if (kind == Literal) {
        bool ok = false;
        const qlonglong n = text.toLongLong(&ok);
        if (!ok) {
            banner_->showMessage(StatusBanner::Kind::Error,
                                 tr("%1: \"%2\" is not a whole number").arg(path, text));
            throw std::invalid_argument("count");
        }
        o.insert(QStringLiteral("literal"), n);
    } else if (kind == Ranges) {
        const auto rows = sampling::rangesFromText(text, &error);
        if (!rows) {
            banner_->showMessage(StatusBanner::Kind::Error, tr("%1: %2").arg(path, error));
            throw std::invalid_argument("count");
        }
        o.insert(QStringLiteral("ranges"), *rows);
    } else if (kind == Expression) {
        o.insert(QStringLiteral("expression"), text);
    } else {
        o.insert(QStringLiteral("rule"), text);
    }
    std::vector<sampling::Issue> issues;
    const auto rule = sampling::parseCountRule(o, &issues, path);
    if (!rule) {
        banner_->showMessage(StatusBanner::Kind::Error, issuesText(issues));
        throw std::invalid_argument("count");
    }
    return rule;
}

// The edited plan goes through the parser and the cross check of a master data file, so
// the editor can never store what an import would refuse.
bool SamplingPlanEditor::validate(const sampling::SamplingPlan& plan) {
    const sampling::MasterDataParseResult parsed = sampling::MasterDataParser::parseSingle(
        sampling::EntityKind::Plan, QJsonDocument(plan.toJson()).toJson());
    std::vector<sampling::Issue> issues = parsed.issues;
    if (parsed.ok()) {
        sampling::MasterDataDocument doc = *parsed.document;
        issues = sampling::crossCheck(doc, sampling_.masterData().load());
    }
    if (!issues.empty()) {
        banner_->showMessage(StatusBanner::Kind::Error, issuesText(issues));
        return false;
    }
    return true;
}

bool SamplingPlanEditor::applySource() {
    if (!plan_ || current_ < 0)
        return false;
    sampling::SamplingPlan edited = *plan_;
    sampling::SampleTemplate& s = edited.sources[static_cast<size_t>(current_)];
    const QString at = QStringLiteral("sources[%1]").arg(current_);
    try {
        s.count = *readCount(count_, at + QStringLiteral(".count"), false);
        s.reducedCount = readCount(reducedCount_, at + QStringLiteral(".reduced_count"), true);
    } catch (const std::invalid_argument&) {
        return false;
    }
    s.source = sourceName_->text().trimmed();
    s.tests = checkedTests(fullTests_);
    s.reducedTests = checkedTests(reducedTests_);
    if (!validate(edited))
        return false;
    plan_ = edited;
    dirty_ = true;
    const int keep = current_;
    fillSources();
    selectSource(keep);
    banner_->showMessage(StatusBanner::Kind::Info,
                         tr("Source %1 changed; save the plan to put it in force.").arg(s.source));
    return true;
}

void SamplingPlanEditor::addSource() {
    if (!plan_ || product_.tests.empty())
        return;
    sampling::SampleTemplate s;
    s.source = QStringLiteral("source-%1").arg(plan_->sources.size() + 1);
    s.count.kind = CountRule::Kind::Literal;
    s.count.literal = 1;
    s.tests = {product_.tests.front().code};
    plan_->sources.push_back(s);
    dirty_ = true;
    fillSources();
    selectSource(sourceCount() - 1);
}

void SamplingPlanEditor::removeSource() {
    if (!plan_ || current_ < 0 || sourceCount() <= 1)
        return;
    plan_->sources.erase(plan_->sources.begin() + current_);
    dirty_ = true;
    fillSources();
    selectSource(std::min(current_, sourceCount() - 1));
}

void SamplingPlanEditor::setPreview(qint64 size, sampling::Level level) {
    previewSize_->setText(QString::number(size));
    previewLevel_->setCurrentIndex(previewLevel_->findData(static_cast<int>(level)));
    updatePreview();
}

void SamplingPlanEditor::updatePreview() {
    if (!plan_) {
        preview_->clear();
        return;
    }
    bool ok = false;
    const qint64 n = previewSize_->text().toLongLong(&ok);
    const auto level = static_cast<sampling::Level>(previewLevel_->currentData().toInt());
    if (!ok || n < 1) {
        preview_->setText(tr("Enter a lot size."));
        return;
    }
    try {
        const sampling::SamplePlanResult r = sampling::planSamples(
            *plan_, level, n, sampling_.masterData().load().countRuleLookup());
        QStringList parts;
        for (const sampling::PlannedSource& s : r.sources)
            parts << tr("%1: %2").arg(s.source).arg(s.count);
        preview_->setText(tr("%1 %2 at %3: %4 samples, %5 tests (%6)")
                              .arg(n)
                              .arg(product_.sizeUnit, sampling::levelName(level))
                              .arg(r.samples.size())
                              .arg(r.testCount())
                              .arg(parts.join(QStringLiteral(", "))));
    } catch (const sampling::SamplingError& e) {
        preview_->setText(e.message());
    }
}

void SamplingPlanEditor::save() {
    if (!plan_ || !user_)
        return;
    if (current_ >= 0 && !applySource())
        return;
    if (reason_->text().trimmed().isEmpty()) {
        banner_->showMessage(StatusBanner::Kind::Warning,
                             tr("Give a reason for the change (it is recorded)."));
        return;
    }
    if (!validate(*plan_))
        return;
    try {
        sampling::MasterDataDocument doc;
        doc.plans.push_back({*plan_, QString()});
        const auto changes =
            sampling_.masterData().apply(*user_, doc, true, reason_->text().trimmed());
        const sampling::MasterDataChange& c = changes.front();
        banner_->showMessage(StatusBanner::Kind::Ok,
                             c.action == sampling::MasterDataChange::Action::Unchanged
                                 ? tr("Plan %1 is unchanged (version %2).").arg(c.id).arg(c.version)
                                 : tr("Plan %1 saved as version %2.").arg(c.id).arg(c.version));
        reason_->clear();
        const QString id = plan_->id;
        const QString text = banner_->text();
        loadPlan(id);
        banner_->showMessage(StatusBanner::Kind::Ok, text);
    } catch (const sampling::SamplingError& e) {
        banner_->showMessage(StatusBanner::Kind::Error, e.fullText());
    }
}

}  // namespace batch::ui
