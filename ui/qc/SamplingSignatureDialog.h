#pragma once

#include "security/Users.h"

#include <QDialog>

#include <functional>

class QLineEdit;
class QPushButton;

namespace batch::ui {

class StatusBanner;

// Asks the signed-in user to sign something with their password (re-authentication,
// DESIGN.md §5): shows in full what is being signed, the meaning and the printed name.
// The signer callback does the signing through the core and throws on refusal; the
// refusal is shown in words and the dialog stays open.
class SamplingSignatureDialog : public QDialog {
    Q_OBJECT
public:
    SamplingSignatureDialog(const security::User& signer, const QString& meaning, const QString& what,
                    QWidget* parent = nullptr);

    void setSigner(std::function<void(const QString& password)> sign) { sign_ = std::move(sign); }

private:
    void sign();

    QLineEdit* password_;
    QPushButton* signButton_;
    StatusBanner* banner_;
    std::function<void(const QString&)> sign_;
};

}  // namespace batch::ui
