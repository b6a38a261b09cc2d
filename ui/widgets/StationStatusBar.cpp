#include "widgets/StationStatusBar.h"

#include "LocaleFormat.h"
#include "Theme.h"
#include "instruments/InstrumentHub.h"
#include "security/Session.h"
#include "status/SyncStatus.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace batch::ui {
namespace {

constexpr int kIcon = 22;

QLabel* iconLabel(QWidget* parent, const QString& icon) {
    auto* l = new QLabel(parent);
    l->setPixmap(themeIcon(icon).pixmap(kIcon, kIcon));
    l->setFixedSize(kIcon, kIcon);
    return l;
}

}  // namespace

StationStatusBar::StationStatusBar(const QString& stationId, security::Session& session,
                                   InstrumentHub& hub, SyncStatusSource& sync, QWidget* parent)
    : QFrame(parent), session_(session), hub_(hub), sync_(sync), stationId_(stationId) {
    setObjectName(QStringLiteral("StationStatusBar"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(16, 6, 16, 6);
    row->setSpacing(10);

    row->addWidget(iconLabel(this, QStringLiteral("station")));
    station_ = new QLabel(this);
    station_->setObjectName(QStringLiteral("statusStation"));
    row->addWidget(station_);
    row->addSpacing(14);
    userIcon_ = iconLabel(this, QStringLiteral("user"));
    row->addWidget(userIcon_);
    user_ = new QLabel(this);
    user_->setObjectName(QStringLiteral("statusUser"));
    row->addWidget(user_);
    row->addSpacing(14);

    instruments_ = new QWidget(this);
    instruments_->setObjectName(QStringLiteral("statusInstruments"));
    instrumentRow_ = new QHBoxLayout(instruments_);
    instrumentRow_->setContentsMargins(0, 0, 0, 0);
    instrumentRow_->setSpacing(8);
    row->addWidget(instruments_);
    row->addStretch(1);

    syncIcon_ = iconLabel(this, QStringLiteral("sync"));
    row->addWidget(syncIcon_);
    syncLabel_ = new QLabel(this);
    syncLabel_->setObjectName(QStringLiteral("statusSync"));
    row->addWidget(syncLabel_);
    row->addSpacing(14);
    clock_ = new QLabel(this);
    clock_->setObjectName(QStringLiteral("statusClock"));
    row->addWidget(clock_);

    connect(&session_, &security::Session::signedIn, this, &StationStatusBar::showUser);
    connect(&session_, &security::Session::signedOut, this, &StationStatusBar::showUser);
    connect(&session_, &security::Session::locked, this, &StationStatusBar::showUser);
    connect(&session_, &security::Session::unlocked, this, &StationStatusBar::showUser);
    connect(&hub_, &InstrumentHub::statesChanged, this, &StationStatusBar::showInstruments);
    connect(&sync_, &SyncStatusSource::changed, this, &StationStatusBar::showSync);
    connect(&clockTimer_, &QTimer::timeout, this, &StationStatusBar::tick);
    clockTimer_.start(1000);

    station_->setText(tr("Station %1").arg(stationId_));
    showUser();
    showInstruments();
    showSync();
    tick();
}

void StationStatusBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        station_->setText(tr("Station %1").arg(stationId_));
        showUser();
        showInstruments();
        showSync();
        tick();
    }
    QFrame::changeEvent(event);
}

void StationStatusBar::showUser() {
    const auto& user = session_.user();
    if (!user) {
        user_->setText(tr("Nobody signed in"));
        return;
    }
    QStringList roles;
    for (security::Role role : user->roles)
        roles << security::roleTitle(role);
    const QString who = tr("%1 (%2)").arg(user->fullName, roles.join(QStringLiteral(", ")));
    user_->setText(session_.isLocked() ? tr("%1 — locked").arg(who) : who);
}

void StationStatusBar::showInstruments() {
    while (QLayoutItem* item = instrumentRow_->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            w->hide();
            w->setObjectName(QString());
            w->deleteLater();
        }
        delete item;
    }
    auto addText = [this](const QString& text, bool abnormal) {
        auto* label = new QLabel(text, instruments_);
        label->setObjectName(QStringLiteral("statusInstrument"));
        label->setProperty("textRole", abnormal ? QStringLiteral("alarm") : QString());
        instrumentRow_->addWidget(label);
        label->show();
    };
    if (hub_.entries().isEmpty()) {
        addText(tr("No instruments"), false);
        return;
    }
    // Grouped by state, so that a calm station reads as one short line and what is
    // abnormal stands out with its own icon and words.
    struct Group {
        devices::ConnectionState state;
        QString icon;
        QString words;
        bool abnormal;
    };
    const Group groups[] = {
        {devices::ConnectionState::Connected, QStringLiteral("connected"), tr("connected"), false},
        {devices::ConnectionState::Connecting, QStringLiteral("info"), tr("connecting"), false},
        {devices::ConnectionState::Disconnected, QStringLiteral("disconnected"),
         tr("disconnected"), true},
        {devices::ConnectionState::Refused, QStringLiteral("error"), tr("refused"), true},
    };
    for (const Group& g : groups) {
        QStringList ids;
        for (const InstrumentHub::Entry& e : hub_.entries())
            if (e.link->state() == g.state)
                ids << e.link->info().id;
        if (ids.isEmpty())
            continue;
        QLabel* icon = iconLabel(instruments_, g.icon);
        instrumentRow_->addWidget(icon);
        icon->show();
        // A calm group of many reads as a count (the ids are on the weigh panel); what is
        // abnormal is always named.
        if (!g.abnormal && ids.size() > 2)
            addText(g.state == devices::ConnectionState::Connected
                        ? tr("%n instruments connected", nullptr, int(ids.size()))
                        : tr("%n instruments connecting", nullptr, int(ids.size())),
                    false);
        else
            addText(tr("%1 %2").arg(ids.join(QStringLiteral(", ")), g.words), g.abnormal);
        instrumentRow_->addSpacing(8);
    }
}

void StationStatusBar::showSync() {
    const SyncState s = sync_.current();
    QString text;
    QString icon = QStringLiteral("sync");
    switch (s.kind) {
    case SyncState::Kind::NotConfigured: text = tr("Sync: not configured"); break;
    case SyncState::Kind::Online:
        text = s.eventsWaiting > 0 ? tr("Sync: online, %1 events waiting").arg(s.eventsWaiting)
                                   : tr("Sync: online, up to date");
        break;
    case SyncState::Kind::Syncing:
        text = tr("Sync: uploading, %1 events waiting").arg(s.eventsWaiting);
        break;
    case SyncState::Kind::Offline:
        text = tr("Sync: offline, %1 events waiting").arg(s.eventsWaiting);
        icon = QStringLiteral("warning");
        break;
    }
    if (s.clockOffsetMs != 0) {
        text += QLatin1String(" · ") + tr("clock off by %1 ms").arg(s.clockOffsetMs);
        icon = QStringLiteral("warning");
    }
    syncLabel_->setToolTip(s.detail);
    syncIcon_->setPixmap(themeIcon(icon).pixmap(kIcon, kIcon));
    syncLabel_->setText(text);
}

void StationStatusBar::tick() {
    const QDateTime now = QDateTime::currentDateTime();
    clock_->setText(QLocale().toString(now.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
                    now.time().toString(QStringLiteral("HH:mm:ss")));
}

QString StationStatusBar::userText() const { return user_->text(); }

QString StationStatusBar::instrumentsText() const {
    QStringList parts;
    for (QLabel* l : instruments_->findChildren<QLabel*>(QStringLiteral("statusInstrument")))
        parts << l->text();
    return parts.join(QStringLiteral(" | "));
}

QString StationStatusBar::syncText() const { return syncLabel_->text(); }

}  // namespace batch::ui
