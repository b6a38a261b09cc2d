#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace batch::record {
class Journal;
}
namespace batch::security {
struct User;
}

namespace batch::ui {

// The overview after sign-in: one tile per function this user may use now, the session
// facts (who, roles, inactivity lock) and the user's own latest recorded actions. Tiles
// the user has no permission for are not shown at all rather than shown disabled.
class HomeScreen : public QWidget {
    Q_OBJECT
public:
    explicit HomeScreen(record::Journal& journal, QWidget* parent = nullptr);

    void setUser(const security::User& user, int inactivitySeconds);
    // Names of the visible tiles (object names), for tests and diagnostics.
    QStringList visibleTiles() const;
    // Whether a supervisor dashboard (central database) is configured at this station.
    void setDashboardAvailable(bool available) { dashboardAvailable_ = available; }

Q_SIGNALS:
    void batchesRequested();
    void trendsRequested();
    void auditTrailRequested();
    void reviewRequested();
    void usersRequested();
    void changePasswordRequested();
    void dashboardRequested();
    void mvaMonitorRequested();
    void samplingRequested();

private:
    QPushButton* makeTile(const QString& objectName, const QString& icon, const QString& title,
                          const QString& description);
    void showRecentActivity(const QString& userId);

    record::Journal& journal_;
    QLabel* greeting_;
    QLabel* account_;
    QLabel* recent_;
    QGridLayout* tiles_;
    QPushButton* batches_;
    QPushButton* trends_;
    QPushButton* audit_;
    QPushButton* review_;
    QPushButton* users_;
    QPushButton* password_;
    QPushButton* dashboard_;
    bool dashboardAvailable_ = false;
    QPushButton* mva_;
    QPushButton* sampling_;
};

}  // namespace batch::ui
