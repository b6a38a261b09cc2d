#include "screens/UsersView.h"

#include "models/UsersModel.h"
#include "security/Users.h"
#include "widgets/Controls.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace batch::ui {

UsersView::UsersView(security::UserService& users, QWidget* parent)
    : QWidget(parent), users_(users), model_(new UsersModel(this)) {
    setObjectName(QStringLiteral("Screen"));

    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("usersTable"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setAlternatingRowColors(true);
    table_->setIconSize(QSize(24, 24));
    table_->verticalHeader()->setVisible(false);
    table_->verticalHeader()->setDefaultSectionSize(52);
    table_->horizontalHeader()->setHighlightSections(false);
    table_->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(UsersModel::Name, QHeaderView::Stretch);

    count_ = makeLabel(QString(), QStringLiteral("muted"), this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(makeLabel(tr("User accounts of this station (read-only)."),
                                QStringLiteral("subtitle"), this));
    layout->addWidget(table_, 1);
    layout->addWidget(count_);
}

void UsersView::refresh() {
    model_->setUsers(users_.list());
    count_->setText(tr("User accounts: %1").arg(model_->rowCount()));
}

void UsersView::clear() { model_->setUsers({}); }

}  // namespace batch::ui
