#include "ActivityFilter.h"

#include "security/Session.h"

#include <QEvent>

namespace batch::ui {

ActivityFilter::ActivityFilter(security::Session& session, QObject* parent)
    : QObject(parent), session_(session) {}

bool ActivityFilter::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::KeyPress:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::Wheel:
        // Input on the lock screen must not count: only an unlock reopens the session.
        if (session_.isSignedIn() && !session_.isLocked())
            session_.noteActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace batch::ui
