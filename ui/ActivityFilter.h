#pragma once

#include <QObject>

namespace batch::security {
class Session;
}

namespace batch::ui {

// Application-wide event filter: any touch, click, key or wheel input counts as
// activity and restarts the Session's inactivity timer. It never consumes events.
class ActivityFilter : public QObject {
    Q_OBJECT
public:
    explicit ActivityFilter(security::Session& session, QObject* parent = nullptr);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    security::Session& session_;
};

}  // namespace batch::ui
