#pragma once

#include "record/Event.h"

#include <QJsonObject>
#include <QTextBrowser>

namespace batch::ui {

// The full content of one event: identity, time, user, the payload pretty-printed with
// its old/new values side by side (changed keys marked), and the chain hashes.
class EventDetailView : public QTextBrowser {
    Q_OBJECT
public:
    explicit EventDetailView(QWidget* parent = nullptr);

    void displayEvent(const record::EventRecord& event);
    void displayNothing();

    static QString toHtml(const record::EventRecord& event);

private:
    static QString changesTable(const QJsonObject& payload);
};

}  // namespace batch::ui
