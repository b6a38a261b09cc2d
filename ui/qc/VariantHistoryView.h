#pragma once

#include "security/Users.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace batch::sampling {
class SamplingServices;
}
namespace batch::security {
class Session;
class UserService;
}  // namespace batch::security

namespace batch::ui {

class SignatureDialog;
class StatusBanner;
class VariantStateChart;

// The product variants and, for the selected one, its qualification states over time with
// the reason of every change (who approved each promotion), the lots it was decided on
// and a pending promotion, which a QA user approves here with an electronic signature.
class VariantHistoryView : public QWidget {
    Q_OBJECT
public:
    VariantHistoryView(sampling::SamplingServices& sampling, security::Session& session,
                       const security::UserService& users, QWidget* parent = nullptr);

    void setUser(const security::User& user);
    void refresh();
    void clear();
    void selectVariant(const QString& variantId);
    QString selectedVariant() const;
    int historyRows() const;
    // The button's action: the signature dialog for the selected variant's pending
    // promotion, opened (returned for tests), or nullptr when nothing is pending.
    SignatureDialog* approvePromotion();

private:
    void showVariant(const QString& variantId);

    sampling::SamplingServices& sampling_;
    security::Session& session_;
    const security::UserService& users_;
    std::optional<security::User> user_;
    QTableWidget* variants_;
    QLabel* title_;
    QLabel* state_;
    StatusBanner* pending_;
    QPushButton* approve_;
    VariantStateChart* chart_;
    QTextBrowser* history_;
    int historyRows_ = 0;
};

}  // namespace batch::ui
