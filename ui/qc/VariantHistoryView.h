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

namespace batch::ui {

class StatusBanner;
class VariantStateChart;

// The product variants and, for the selected one, its qualification states over time with
// the reason of every change (who approved each promotion), the lots it was decided on
// and a pending promotion, which a QA user approves here with an electronic signature.
class VariantHistoryView : public QWidget {
    Q_OBJECT
public:
    explicit VariantHistoryView(sampling::SamplingServices& sampling, QWidget* parent = nullptr);

    void setUser(const security::User& user);
    void refresh();
    void clear();
    void selectVariant(const QString& variantId);
    QString selectedVariant() const;
    int historyRows() const;

private:
    void showVariant(const QString& variantId);
    void approvePromotion();

    sampling::SamplingServices& sampling_;
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
