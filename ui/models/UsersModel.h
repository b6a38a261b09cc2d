#pragma once

#include "security/Users.h"

#include <QAbstractTableModel>

#include <vector>

namespace batch::ui {

// Read-only table of the station's user accounts.
class UsersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Name, Roles, Status, PasswordChanged, ColumnCount };

    explicit UsersModel(QObject* parent = nullptr);

    void setUsers(std::vector<security::User> users);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString statusText(const security::User& user) const;

    std::vector<security::User> users_;
};

}  // namespace batch::ui
