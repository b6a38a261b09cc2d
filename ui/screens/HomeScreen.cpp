#include "screens/HomeScreen.h"

#include "Theme.h"
#include "models/AuditTrailModel.h"
#include "qc/SamplingWorkspace.h"
#include "record/Journal.h"
#include "security/Users.h"
#include "widgets/Controls.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace batch::ui {
namespace {

constexpr int kRecentEvents = 4;  // two rows of tiles and this still fit 1280x800

QFrame* makeCard(QWidget* parent, const QString& title, QLabel* body) {
    auto* card = new QFrame(parent);
    card->setObjectName(QStringLiteral("Card"));
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(8);
    layout->addWidget(makeLabel(title, QStringLiteral("fieldLabel"), card));
    layout->addWidget(body);
    layout->addStretch(1);
    return card;
}

}  // namespace

HomeScreen::HomeScreen(record::Journal& journal, QWidget* parent)
    : QWidget(parent), journal_(journal) {
    setObjectName(QStringLiteral("Screen"));

    greeting_ = makeLabel(QString(), QStringLiteral("title"), this);
    greeting_->setObjectName(QStringLiteral("homeGreeting"));

    batches_ = makeTile(QStringLiteral("batchesTile"), QStringLiteral("batch"), tr("Batches"),
                        tr("Start a batch, continue one in progress, or look at its record."));
    trends_ = makeTile(QStringLiteral("trendsTile"), QStringLiteral("trend"), tr("Live trends"),
                       tr("The readings of every instrument of this station, live."));
    connect(batches_, &QPushButton::clicked, this, &HomeScreen::batchesRequested);
    connect(trends_, &QPushButton::clicked, this, &HomeScreen::trendsRequested);
    audit_ = makeTile(QStringLiteral("auditTile"), QStringLiteral("audit"), tr("Audit trail"),
                      tr("Read every recorded event and verify the integrity of the record."));
    review_ = makeTile(QStringLiteral("reviewTile"), QStringLiteral("ok"), tr("QA review"),
                       tr("Review finished batches by exception and release them."));
    connect(review_, &QPushButton::clicked, this, &HomeScreen::reviewRequested);
    users_ = makeTile(QStringLiteral("usersTile"), QStringLiteral("users"), tr("Users"),
                      tr("See the user accounts of this station, their roles and state."));
    password_ = makeTile(QStringLiteral("passwordTile"), QStringLiteral("key"),
                         tr("Change password"), tr("Set a new password for your own account."));
    dashboard_ = makeTile(QStringLiteral("dashboardTile"), QStringLiteral("info"),
                          tr("Supervisor dashboard"),
                          tr("Watch every station's batches, exceptions and trends live."));
    connect(dashboard_, &QPushButton::clicked, this, &HomeScreen::dashboardRequested);
    mva_ = makeTile(QStringLiteral("mvaTile"), QStringLiteral("mva-chart"), tr("MVA monitor"),
                    tr("Watch the running batch against its approved multivariate model."));
    connect(mva_, &QPushButton::clicked, this, &HomeScreen::mvaMonitorRequested);
    sampling_ = makeTile(QStringLiteral("samplingTile"), QStringLiteral("sampling"),
                         tr("Sampling and lots"),
                         tr("Lots with their sampling decision, variant qualification, sampling "
                            "plans."));
    connect(sampling_, &QPushButton::clicked, this, &HomeScreen::samplingRequested);
    connect(audit_, &QPushButton::clicked, this, &HomeScreen::auditTrailRequested);
    connect(users_, &QPushButton::clicked, this, &HomeScreen::usersRequested);
    connect(password_, &QPushButton::clicked, this, &HomeScreen::changePasswordRequested);

    auto* tileArea = new QWidget(this);
    tiles_ = new QGridLayout(tileArea);
    tiles_->setContentsMargins(0, 0, 0, 0);
    tiles_->setSpacing(16);

    account_ = makeLabel(QString(), QStringLiteral("subtitle"), this);
    account_->setObjectName(QStringLiteral("homeAccount"));
    recent_ = new QLabel(this);
    recent_->setObjectName(QStringLiteral("homeRecent"));
    recent_->setTextFormat(Qt::RichText);
    auto* cards = new QHBoxLayout;
    cards->setSpacing(24);
    cards->addWidget(makeCard(this, tr("Your session"), account_), 1);
    cards->addWidget(makeCard(this, tr("Your latest recorded actions"), recent_), 1);

    auto* layout = new QVBoxLayout(this);
    // Tight enough that two rows of tiles and the cards fit 1280x800 even with the sync
    // status line of a supervisor station below the screen.
    layout->setContentsMargins(40, 20, 40, 16);
    layout->setSpacing(14);
    layout->addWidget(greeting_);
    layout->addWidget(
        makeLabel(tr("Choose what you want to do."), QStringLiteral("subtitle"), this));
    layout->addWidget(tileArea);
    layout->addSpacing(6);
    layout->addLayout(cards);
    layout->addStretch(1);
}

// A tile is a real button (one touch target, keyboard focus) with its own layout inside;
// the labels let clicks through to it.
QPushButton* HomeScreen::makeTile(const QString& objectName, const QString& icon,
                                  const QString& title, const QString& description) {
    auto* tile = new QPushButton(this);
    tile->setObjectName(objectName);
    tile->setProperty("buttonRole", QStringLiteral("tile"));
    tile->setAutoDefault(false);
    // Size comes from the style sheet (min-height/min-width), which overrides setMinimumSize.
    tile->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    auto* iconLabel = new QLabel(tile);
    iconLabel->setObjectName(QStringLiteral("tileIcon"));
    tile->setProperty("tileIconName", icon);
    iconLabel->setPixmap(themeIcon(icon).pixmap(56, 56));
    auto* titleLabel = makeLabel(title, QStringLiteral("tileTitle"), tile);
    auto* descLabel = makeLabel(description, QStringLiteral("tileText"), tile);
    for (QLabel* l : {iconLabel, titleLabel, descLabel})
        l->setAttribute(Qt::WA_TransparentForMouseEvents);

    auto* text = new QVBoxLayout;
    text->setSpacing(6);
    text->addStretch(1);
    text->addWidget(titleLabel);
    text->addWidget(descLabel);
    text->addStretch(1);
    auto* row = new QHBoxLayout(tile);
    row->setContentsMargins(22, 16, 22, 16);
    row->setSpacing(20);
    row->addWidget(iconLabel, 0, Qt::AlignVCenter);
    row->addLayout(text, 1);
    return tile;
}

void HomeScreen::setUser(const security::User& user, int inactivitySeconds) {
    greeting_->setText(tr("Welcome, %1").arg(user.fullName));

    QStringList roles;
    for (security::Role role : user.roles) roles << security::roleTitle(role);
    const QString lockText = inactivitySeconds > 0
                                 ? tr("The screen locks after %1 min without input.")
                                       .arg(qMax(1, inactivitySeconds / 60))
                                 : tr("The inactivity lock is switched off at this station.");
    account_->setText(tr("Signed in as %1 (%2).").arg(user.fullName, user.id) + QLatin1Char('\n') +
                      tr("Roles: %1").arg(roles.join(QStringLiteral(", "))) + QLatin1Char('\n') +
                      lockText);
    showRecentActivity(user.id);

    // Rebuild the grid with only the tiles that work for this user, left to right.
    for (QPushButton* tile :
         {batches_, trends_, review_, audit_, users_, password_, dashboard_, mva_, sampling_}) {
        tiles_->removeWidget(tile);
        tile->setVisible(false);
    }
    QList<QPushButton*> shown;
    if (user.has(security::Permission::ExecuteSteps) ||
        user.has(security::Permission::HandleDeviations))
        shown << batches_;
    if (user.has(security::Permission::ExecuteSteps) ||
        user.has(security::Permission::WatchDashboards))
        shown << trends_;
    if (user.has(security::Permission::ReviewRecords))
        shown << review_;
    if (dashboardAvailable_ && user.has(security::Permission::WatchDashboards))
        shown << dashboard_;
    if (user.has(security::Permission::ViewAuditTrail))
        shown << audit_;
    if (user.has(security::Permission::ManageUsers))
        shown << users_;
    if (user.has(security::Permission::WatchDashboards))
        shown << mva_;
    if (maySeeSampling(user))
        shown << sampling_;
    shown << password_;
    // Two rows at 1280 x 800: a fourth column once a role has more than six tiles.
    // Four columns are narrower: the compact tile (smaller icon and margins) keeps them
    // inside 1280 px with the 16 px gaps between them.
    const int kColumns = shown.size() > 6 ? 4 : 3;
    for (int i = 0; i < shown.size(); ++i) {
        QPushButton* tile = shown[i];
        const bool compact = kColumns == 4;
        if (tile->property("compact").toBool() != compact) {
            tile->setProperty("compact", compact);
            tile->style()->unpolish(tile);
            tile->style()->polish(tile);
            if (auto* row = qobject_cast<QHBoxLayout*>(tile->layout())) {
                row->setContentsMargins(compact ? 14 : 22, compact ? 10 : 16, compact ? 14 : 22,
                                        compact ? 10 : 16);
                row->setSpacing(compact ? 12 : 20);
            }
            if (auto* icon = tile->findChild<QLabel*>(QStringLiteral("tileIcon")))
                icon->setPixmap(themeIcon(tile->property("tileIconName").toString())
                                    .pixmap(compact ? 40 : 56, compact ? 40 : 56));
        }
        tiles_->addWidget(tile, i / kColumns, i % kColumns);
        tile->setVisible(true);
    }
    for (int c = 0; c < 4; ++c) tiles_->setColumnStretch(c, c < kColumns ? 1 : 0);
}

void HomeScreen::showRecentActivity(const QString& userId) {
    record::EventQuery query;
    query.userId = userId;
    query.newestFirst = true;
    query.limit = kRecentEvents;
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    for (const record::EventRecord& e : journal_.events(query))
        html += QStringLiteral(
                    "<tr><td style='color:#4a5057; padding-right:16px;'>%1 UTC</td>"
                    "<td>%2</td></tr>")
                    .arg(AuditTrailModel::displayTime(e.tsUtc, false).toHtmlEscaped(),
                         e.type.toHtmlEscaped());
    recent_->setText(html + QStringLiteral("</table>"));
}

QStringList HomeScreen::visibleTiles() const {
    QStringList names;
    for (QPushButton* tile :
         {batches_, trends_, review_, audit_, users_, password_, dashboard_, mva_, sampling_})
        if (!tile->isHidden())
            names << tile->objectName();
    return names;
}

}  // namespace batch::ui
