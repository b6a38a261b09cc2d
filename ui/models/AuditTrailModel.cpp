#include "models/AuditTrailModel.h"

#include "Theme.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace batch::ui {
namespace {

QString compact(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::String: return value.toString();
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(value.toInteger());
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined: break;
    }
    return {};
}

}  // namespace

AuditTrailModel::AuditTrailModel(QObject* parent) : QAbstractTableModel(parent) {}

void AuditTrailModel::setEvents(std::vector<record::EventRecord> events) {
    beginResetModel();
    events_ = std::move(events);
    endResetModel();
}

int AuditTrailModel::rowOf(const QString& stationId, std::int64_t seq) const {
    for (size_t i = 0; i < events_.size(); ++i)
        if (events_[i].seq == seq && events_[i].stationId == stationId)
            return static_cast<int>(i);
    return -1;
}

void AuditTrailModel::setBrokenRow(const QString& stationId, std::int64_t seq) {
    // Only the affected rows repaint: a reset would drop the reviewer's selection.
    const int before = rowOf(brokenStation_, brokenSeq_);
    brokenStation_ = stationId;
    brokenSeq_ = seq;
    for (int row : {before, rowOf(stationId, seq)})
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int AuditTrailModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(events_.size());
}

int AuditTrailModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTrailModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const record::EventRecord& e = events_[static_cast<size_t>(index.row())];
    const bool brokenType = !brokenStation_.isEmpty() && e.seq == brokenSeq_ &&
                            e.stationId == brokenStation_ && index.column() == Type;
    if (role == Qt::DisplayRole && !brokenType) {
        switch (index.column()) {
        case Seq: return QString::number(e.seq);
        case Time: return displayTime(e.tsUtc, false);
        case User: return e.userId;
        case Type: return e.type;
        case Summary: return summarize(e);
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Seq)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    // The broken row gets the alarm icon and the word, not only a colour.
    const bool broken = !brokenStation_.isEmpty() && e.seq == brokenSeq_ &&
                        e.stationId == brokenStation_;
    if (broken && role == Qt::DecorationRole && index.column() == Seq)
        return themeIcon(QStringLiteral("error"));
    if (broken && role == Qt::DisplayRole && index.column() == Type)
        return tr("%1 — BROKEN").arg(e.type);
    return {};
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq: return tr("Seq");
    case Time: return tr("Time (UTC)");
    case User: return tr("User");
    case Type: return tr("Event");
    case Summary: return tr("Details");
    default: return {};
    }
}

QString AuditTrailModel::summarize(const record::EventRecord& event, int maxChars) {
    const QJsonObject payload = event.payloadObject();
    QStringList parts;
    if (payload.contains(QStringLiteral("old")) || payload.contains(QStringLiteral("new")))
        parts << compact(payload.value(QStringLiteral("old"))) + QStringLiteral(" → ") +
                     compact(payload.value(QStringLiteral("new")));
    // The why first (it is what a reviewer looks for), then the rest in key order; the
    // acting user's own id is already in its own column.
    QStringList keys = payload.keys();
    for (const QString& first : {QStringLiteral("why"), QStringLiteral("reason")})
        if (keys.removeOne(first))
            keys.prepend(first);
    for (const QString& key : keys) {
        const QJsonValue value = payload.value(key);
        if (key == QStringLiteral("old") || key == QStringLiteral("new") ||
            (key == QStringLiteral("user_id") && value.toString() == event.userId))
            continue;
        parts << key + QStringLiteral(": ") + compact(value);
    }
    QString line = parts.join(QStringLiteral(", "));
    if (line.size() > maxChars)
        line = line.left(maxChars - 1) + QChar(0x2026);
    return line;
}

QString AuditTrailModel::displayTime(const QString& tsUtc, bool withMillis) {
    QString t = tsUtc;
    t.replace(QLatin1Char('T'), QLatin1Char(' '));
    if (t.endsWith(QLatin1Char('Z')))
        t.chop(1);
    if (!withMillis && t.size() > 19)
        t.truncate(19);
    return t;
}

}  // namespace batch::ui
