#pragma once

#include "security/Users.h"

#include <QWidget>

class QPushButton;
class QStackedWidget;

namespace batch::sampling {
class SamplingServices;
}
namespace batch::security {
class Session;
class UserService;
}  // namespace batch::security

namespace batch::ui {

class LotsPanel;
class SamplingPlanEditor;
class VariantHistoryView;

// The sampling area for QA and administrators (reached from the home screen): lots with
// the lot creation dialog, the variants with their qualification history, and the
// sampling plan editor, one at a time behind three large section buttons.
class SamplingWorkspace : public QWidget {
    Q_OBJECT
public:
    enum class Section { Lots, Variants, Plans };

    // The session and the users: who signs an approval (the signature dialog).
    SamplingWorkspace(sampling::SamplingServices& sampling, security::Session& session,
                      const security::UserService& users, QWidget* parent = nullptr);

    void setUser(const security::User& user);
    void refresh();
    void clear();
    void showSection(Section section);
    Section section() const { return section_; }
    QString sectionTitle() const;

    LotsPanel* lots() const { return lots_; }
    VariantHistoryView* variants() const { return variants_; }
    SamplingPlanEditor* plans() const { return plans_; }

Q_SIGNALS:
    void sectionChanged();

private:
    QPushButton* buttons_[3] = {};
    QStackedWidget* stack_;
    LotsPanel* lots_;
    VariantHistoryView* variants_;
    SamplingPlanEditor* plans_;
    Section section_ = Section::Lots;
};

// Who sees the sampling area: QA (review and release) and administrators (master data).
bool maySeeSampling(const security::User& user);

}  // namespace batch::ui
