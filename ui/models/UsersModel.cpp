#include "models/UsersModel.h"

#include "Theme.h"
#include "models/AuditTrailModel.h"

namespace batch::ui {

UsersModel::UsersModel(QObject* parent) : QAbstractTableModel(parent) {}

void UsersModel::setUsers(std::vector<security::User> users) {
    beginResetModel();
    users_ = std::move(users);
    endResetModel();
}

int UsersModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(users_.size());
}

int UsersModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString UsersModel::statusText(const security::User& user) const {
    if (user.disabled)
        return tr("Disabled");
    if (user.locked)
        return tr("Locked after failed sign-ins");
    if (user.mustChangePassword)
        return tr("Active, must change password");
    return tr("Active");
}

QVariant UsersModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const security::User& u = users_[static_cast<size_t>(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id: return u.id;
        case Name: return u.fullName;
        case Roles: {
            QStringList roles;
            for (security::Role r : u.roles)
                roles << security::roleTitle(r);
            return roles.join(QStringLiteral(", "));
        }
        case Status: return statusText(u);
        case PasswordChanged: return AuditTrailModel::displayTime(u.passwordChangedUtc);
        default: return {};
        }
    }
    // Abnormal account states carry an icon next to the words, never colour alone.
    if (role == Qt::DecorationRole && index.column() == Status && (u.locked || u.disabled))
        return themeIcon(u.locked ? QStringLiteral("warning") : QStringLiteral("lock"));
    return {};
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id: return tr("User ID");
    case Name: return tr("Name");
    case Roles: return tr("Roles");
    case Status: return tr("Status");
    case PasswordChanged: return tr("Password changed (UTC)");
    default: return {};
    }
}

}  // namespace batch::ui
