#include "dialogs/AdminExitDialog.h"

#include "security/Users.h"
#include "widgets/Controls.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace batch::ui {

AdminExitDialog::AdminExitDialog(security::UserService& users, QWidget* parent)
    : TouchDialog(tr("Close the station"), parent), users_(users) {
    setObjectName(QStringLiteral("AdminExitDialog"));
    setPrimary(tr("Close the station"), QStringLiteral("confirmExitButton"), QStringLiteral("exit"));
    body()->addWidget(makeLabel(tr("This station runs in kiosk mode. Only an administrator can "
                                   "close it."),
                                QStringLiteral("subtitle"), this));
    addFieldLabel(tr("Administrator user ID"));
    userId_ = makeField(QStringLiteral("exitUserId"), false, this);
    body()->addWidget(userId_);
    addFieldLabel(tr("Password"));
    password_ = makeField(QStringLiteral("exitPassword"), true, this);
    body()->addWidget(password_);
    connect(userId_, &QLineEdit::returnPressed, password_, qOverload<>(&QWidget::setFocus));
    connect(password_, &QLineEdit::returnPressed, this, &AdminExitDialog::submit);
    connect(this, &TouchDialog::primaryPressed, this, &AdminExitDialog::submit);
    userId_->setFocus();
}

void AdminExitDialog::submit() {
    const QString id = userId_->text().trimmed();
    const QString password = password_->text();
    password_->clear();
    if (id.isEmpty() || password.isEmpty()) {
        showWarning(tr("Enter the user ID and the password."));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const security::AuthResult auth =
        users_.authenticate(id, password, security::AuthPurpose::Command);
    QApplication::restoreOverrideCursor();
    if (!auth.ok()) {
        showRefusal(auth.message.isEmpty() ? tr("User ID or password is wrong.") : auth.message);
        return;
    }
    if (!auth.user->has(security::Permission::ManageUsers)) {
        showRefusal(tr("Only an administrator can close the station; %1 is not one.")
                        .arg(auth.user->fullName));
        return;
    }
    adminId_ = auth.user->id;
    accept();
}

}  // namespace batch::ui
