#include "widgets/HeaderBar.h"

#include "Theme.h"
#include "security/Users.h"
#include "widgets/Controls.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace batch::ui {

HeaderBar::HeaderBar(const QString& stationId, QWidget* parent)
    : QFrame(parent), stationId_(stationId) {
    setObjectName(QStringLiteral("HeaderBar"));

    home_ = makeButton(tr("Home"), QStringLiteral("header"), this);
    home_->setObjectName(QStringLiteral("homeButton"));
    home_->setIcon(themeIcon(QStringLiteral("back")));
    breadcrumb_ = new QLabel(this);
    breadcrumb_->setObjectName(QStringLiteral("Breadcrumb"));
    // When space runs short the breadcrumb gives way, never the user's name or roles.
    breadcrumb_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    breadcrumb_->setMinimumWidth(160);

    user_ = new QLabel(this);
    user_->setObjectName(QStringLiteral("HeaderUser"));
    user_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    detail_ = new QLabel(this);
    detail_->setObjectName(QStringLiteral("HeaderDetail"));
    detail_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto* who = new QVBoxLayout;
    who->setSpacing(2);
    who->addWidget(user_);
    who->addWidget(detail_);

    auto* lock = makeButton(tr("Lock"), QStringLiteral("lock"), this);
    lock->setObjectName(QStringLiteral("lockButton"));
    lock->setIcon(themeIcon(QStringLiteral("lock-light")));
    auto* signOut = makeButton(tr("Sign out"), QStringLiteral("header"), this);
    signOut->setObjectName(QStringLiteral("signOutButton"));
    signOut->setIcon(themeIcon(QStringLiteral("signout")));

    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(16, 6, 16, 6);
    row->setSpacing(16);
    row->addWidget(home_);
    row->addWidget(breadcrumb_, 1);
    auto* userIcon = new QLabel(this);
    userIcon->setPixmap(themeIcon(QStringLiteral("user")).pixmap(32, 32));
    row->addLayout(who);
    row->addWidget(userIcon);
    row->addWidget(lock);
    row->addWidget(signOut);

    connect(home_, &QPushButton::clicked, this, &HeaderBar::homeRequested);
    connect(lock, &QPushButton::clicked, this, &HeaderBar::lockRequested);
    connect(signOut, &QPushButton::clicked, this, &HeaderBar::signOutRequested);
}

void HeaderBar::setUser(const security::User& user) {
    QStringList roles;
    for (security::Role role : user.roles)
        roles << security::roleTitle(role);
    user_->setText(user.fullName);
    // The station is in the status bar; here who is signed in, as briefly as possible.
    detail_->setText(tr("%1 · %2").arg(user.id, roles.join(QStringLiteral(", "))));
}

void HeaderBar::setBreadcrumb(const QStringList& path) {
    const QString separator = QStringLiteral("  ›  ");
    fullPath_ = path.join(separator);
    // Deeper than home, the first element *is* the Home button: one touch back.
    const bool deeper = path.size() > 1;
    home_->setVisible(deeper);
    breadcrumb_->setText(deeper ? QStringLiteral("›  ") + path.mid(1).join(separator)
                                : fullPath_);
}

QString HeaderBar::breadcrumb() const { return fullPath_; }


}  // namespace batch::ui
