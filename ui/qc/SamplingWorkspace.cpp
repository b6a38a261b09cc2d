#include "qc/SamplingWorkspace.h"

#include "Theme.h"
#include "qc/LotsPanel.h"
#include "qc/SamplingPlanEditor.h"
#include "qc/VariantHistoryView.h"
#include "widgets/Controls.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace batch::ui {

bool maySeeSampling(const security::User& user) {
    return user.has(security::Permission::ReviewRecords) ||
           user.has(security::Permission::ManageMasterData);
}

SamplingWorkspace::SamplingWorkspace(sampling::SamplingServices& sampling,
                                     security::Session& session, const security::UserService& users,
                                     QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("Screen"));
    lots_ = new LotsPanel(sampling, this);
    variants_ = new VariantHistoryView(sampling, session, users, this);
    plans_ = new SamplingPlanEditor(sampling, this);
    stack_ = new QStackedWidget(this);
    // Same order as Section.
    stack_->addWidget(lots_);
    stack_->addWidget(variants_);
    stack_->addWidget(plans_);

    auto* nav = new QHBoxLayout;
    nav->setSpacing(12);
    const QStringList titles{tr("Lots"), tr("Variants and qualification"), tr("Sampling plans")};
    const char* names[] = {"samplingLotsButton", "samplingVariantsButton", "samplingPlansButton"};
    for (int i = 0; i < 3; ++i) {
        buttons_[i] = makeButton(titles[i], QString(), this);
        buttons_[i]->setObjectName(QString::fromLatin1(names[i]));
        buttons_[i]->setMinimumWidth(220);
        nav->addWidget(buttons_[i]);
        connect(buttons_[i], &QPushButton::clicked, this,
                [this, i] { showSection(static_cast<Section>(i)); });
    }
    nav->addStretch(1);
    connect(lots_, &LotsPanel::lotCreated, this, [this] { variants_->refresh(); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(14);
    layout->addLayout(nav);
    layout->addWidget(stack_, 1);
    showSection(Section::Lots);
}

void SamplingWorkspace::setUser(const security::User& user) {
    lots_->setUser(user);
    variants_->setUser(user);
    plans_->setUser(user);
}

void SamplingWorkspace::refresh() {
    lots_->refresh();
    variants_->refresh();
    plans_->refresh();
}

void SamplingWorkspace::clear() {
    lots_->clear();
    variants_->clear();
    plans_->clear();
}

QString SamplingWorkspace::sectionTitle() const {
    switch (section_) {
        case Section::Lots:
            return tr("Lots");
        case Section::Variants:
            return tr("Variants");
        case Section::Plans:
            return tr("Plans");
    }
    return {};
}

void SamplingWorkspace::showSection(Section section) {
    section_ = section;
    stack_->setCurrentIndex(static_cast<int>(section));
    for (int i = 0; i < 3; ++i)
        setStyleRole(buttons_[i], "buttonRole",
                     i == static_cast<int>(section) ? QStringLiteral("primary") : QString());
    Q_EMIT sectionChanged();
}

}  // namespace batch::ui
