#include "widgets/EventDetailView.h"

#include "models/AuditTrailModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace batch::ui {
namespace {

QString pretty(const QJsonValue& value) {
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented))
            .trimmed();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented))
            .trimmed();
    if (value.isString())
        return value.toString();
    if (value.isUndefined())
        return QStringLiteral("—");
    return QString::fromUtf8(
               QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

// 64 hex digits in groups of 16 so the line can wrap in a narrow pane.
QString groupedHash(const QString& hash) {
    QStringList groups;
    for (int i = 0; i < hash.size(); i += 16)
        groups << hash.mid(i, 16);
    return groups.join(QLatin1Char(' '));
}

QString row(const QString& label, const QString& value) {
    return QStringLiteral("<tr><td style='color:#4a5057; padding-right:14px;'>%1</td>"
                          "<td><b>%2</b></td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

}  // namespace

// Old and new side by side: the payload's "old"/"new" values (objects compared key by
// key) and every "old_<field>"/"new_<field>" pair. Changed fields are marked with a bar and
// the word "changed" so the difference does not rely on colour.
QString EventDetailView::changesTable(const QJsonObject& payload) {
    struct Change {
        QString field;
        QJsonValue oldValue;
        QJsonValue newValue;
    };
    QList<Change> changes;
    const QJsonValue oldValue = payload.value(QStringLiteral("old"));
    const QJsonValue newValue = payload.value(QStringLiteral("new"));
    if (oldValue.isObject() && newValue.isObject()) {
        const QJsonObject o = oldValue.toObject();
        const QJsonObject n = newValue.toObject();
        QStringList keys = o.keys() + n.keys();
        keys.removeDuplicates();
        keys.sort();
        for (const QString& k : keys)
            changes.append({k, o.value(k), n.value(k)});
    } else if (!oldValue.isUndefined() || !newValue.isUndefined()) {
        changes.append({tr("value"), oldValue, newValue});
    }
    for (auto it = payload.begin(); it != payload.end(); ++it) {
        if (!it.key().startsWith(QStringLiteral("old_")))
            continue;
        const QString field = it.key().mid(4);
        const QString newKey = QStringLiteral("new_") + field;
        if (payload.contains(newKey))
            changes.append({field, it.value(), payload.value(newKey)});
    }
    if (changes.isEmpty())
        return {};

    // One block per field: its name (marked "changed" in words, not only by tint), then
    // old and new side by side. Narrow panes wrap the values, never the field name.
    const QString cell = QStringLiteral("<td width='50%' style='padding:6px; border:1px solid "
                                        "#b7bcc1; background:%1; white-space:pre-wrap;'>%2</td>");
    QString html = QStringLiteral("<h3 style='margin:14px 0 4px 0;'>%1</h3>")
                       .arg(tr("Change").toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='0' width='100%' style='border-collapse:collapse;'>"
                           "<tr><th align='left' style='padding:6px;'>%1</th>"
                           "<th align='left' style='padding:6px;'>%2</th></tr>")
                .arg(tr("Old value"), tr("New value"));
    for (const Change& c : changes) {
        const bool changed = c.oldValue != c.newValue;
        const QString name = QStringLiteral("%1 \u2014 %2")
                                 .arg(c.field, changed ? tr("changed") : tr("unchanged"));
        html += QStringLiteral("<tr><td colspan='2' style='padding:8px 6px 2px 6px;'><b>%1</b>"
                               "</td></tr>")
                    .arg(name.toHtmlEscaped());
        html += QStringLiteral("<tr>") +
                cell.arg(changed ? QStringLiteral("#eeeeee") : QStringLiteral("#ffffff"),
                         pretty(c.oldValue).toHtmlEscaped()) +
                cell.arg(changed ? QStringLiteral("#e3eaf4") : QStringLiteral("#ffffff"),
                         QStringLiteral("<b>%1</b>").arg(pretty(c.newValue).toHtmlEscaped())) +
                QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

EventDetailView::EventDetailView(QWidget* parent) : QTextBrowser(parent) {
    setObjectName(QStringLiteral("auditDetail"));
    setOpenLinks(false);
    displayNothing();
}

void EventDetailView::displayNothing() {
    setHtml(QStringLiteral("<p style='color:#4a5057; font-size:17px;'>%1</p>")
                .arg(tr("Select an event in the list to see everything it recorded.")
                         .toHtmlEscaped()));
}

void EventDetailView::displayEvent(const record::EventRecord& event) { setHtml(toHtml(event)); }

QString EventDetailView::toHtml(const record::EventRecord& e) {
    const QJsonObject payload = e.payloadObject();
    QString html = QStringLiteral("<p style='font-size:20px; font-weight:bold; margin:0 0 8px 0;'>"
                                  "%1</p>")
                       .arg(QStringLiteral("%1 · %2 %3")
                                .arg(e.type, e.stationId, tr("seq %1").arg(e.seq))
                                .toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='2'>");
    html += row(tr("Time (UTC)"), AuditTrailModel::displayTime(e.tsUtc));
    html += row(tr("User"), e.userId);
    html += row(tr("Event ID"), e.eventId);
    html += QStringLiteral("</table>");

    html += changesTable(payload);

    html += QStringLiteral("<h3 style='margin:14px 0 4px 0;'>%1</h3>")
                .arg(tr("Recorded data").toHtmlEscaped());
    html += QStringLiteral("<pre style='font-family:\"DejaVu Sans Mono\"; font-size:15px; "
                           "background:#f1f2f4; padding:8px; white-space:pre-wrap;'>%1</pre>")
                .arg(pretty(payload).toHtmlEscaped());

    html += QStringLiteral("<h3 style='margin:14px 0 4px 0;'>%1</h3>")
                .arg(tr("Chain").toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='2' style='font-family:\"DejaVu Sans Mono\"; "
                           "font-size:14px;'>");
    html += row(tr("Previous hash"), groupedHash(e.prevHash));
    html += row(tr("Row hash"), groupedHash(e.rowHash));
    html += QStringLiteral("</table>");
    return html;
}

}  // namespace batch::ui
