#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace batch::security {
class UserService;
}

namespace batch::ui {

class UsersModel;

// The station's user accounts, read-only: who exists, with which roles and state.
class UsersView : public QWidget {
    Q_OBJECT
public:
    explicit UsersView(security::UserService& users, QWidget* parent = nullptr);

    void refresh();
    void clear();

private:
    security::UserService& users_;
    UsersModel* model_;
    QTableView* table_;
    QLabel* count_;
};

}  // namespace batch::ui
