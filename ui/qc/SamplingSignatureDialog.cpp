#include "qc/SamplingSignatureDialog.h"

#include "sampling/SamplingTypes.h"
#include "widgets/Controls.h"
#include "widgets/StatusBanner.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace batch::ui {

SamplingSignatureDialog::SamplingSignatureDialog(const security::User& signer, const QString& meaning,
                                 const QString& what, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("signatureDialog"));
    setWindowTitle(tr("Electronic signature"));
    setModal(true);
    password_ = makeField(QStringLiteral("signaturePassword"), true, this);
    banner_ = new StatusBanner(this);
    auto* cancel = makeButton(tr("Cancel"), QString(), this);
    signButton_ = makeButton(tr("Sign"), QStringLiteral("primary"), this);
    signButton_->setObjectName(QStringLiteral("signButton"));

    auto* form = new QFormLayout;
    form->setVerticalSpacing(10);
    form->addRow(makeLabel(tr("You sign"), QStringLiteral("fieldLabel"), this),
                 makeLabel(what, QString(), this));
    form->addRow(makeLabel(tr("Meaning"), QStringLiteral("fieldLabel"), this),
                 makeLabel(meaning, QString(), this));
    form->addRow(makeLabel(tr("Printed name"), QStringLiteral("fieldLabel"), this),
                 makeLabel(tr("%1 (%2)").arg(signer.fullName, signer.id), QString(), this));
    form->addRow(makeLabel(tr("Password"), QStringLiteral("fieldLabel"), this), password_);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(signButton_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addWidget(makeLabel(tr("Electronic signature"), QStringLiteral("title"), this));
    layout->addLayout(form);
    layout->addWidget(banner_);
    layout->addStretch(1);
    layout->addLayout(buttons);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(signButton_, &QPushButton::clicked, this, &SamplingSignatureDialog::sign);
    connect(password_, &QLineEdit::returnPressed, this, &SamplingSignatureDialog::sign);
    resize(720, 420);
}

void SamplingSignatureDialog::sign() {
    if (!sign_ || password_->text().isEmpty())
        return;
    const QString password = password_->text();
    password_->clear();  // never left on screen, whatever happens next
    try {
        sign_(password);
        accept();
    } catch (const security::SecurityError& e) {
        banner_->showMessage(StatusBanner::Kind::Error, e.message());
    } catch (const sampling::SamplingError& e) {
        banner_->showMessage(StatusBanner::Kind::Error, e.message());
    }
}

}  // namespace batch::ui
