// Entry ids and the record hash, without store access, so that the offline export
// verifier and its fuzzer use them without the database layer.
#include "record/ChainHash.h"
#include "review/BatchRecord.h"

#include <algorithm>

namespace batch::review {

QString entryId(const QString& stationId, std::int64_t seq) {
    return stationId + QLatin1Char('-') + QString::number(seq);
}

QString entryId(const record::EventRecord& event) {
    return entryId(event.stationId, event.seq);
}

bool parseEntryId(const QString& id, QString* stationId, std::int64_t* seq) {
    const qsizetype dash = id.lastIndexOf(QLatin1Char('-'));
    if (dash <= 0 || dash == id.size() - 1)
        return false;
    bool ok = false;
    const qlonglong n = id.mid(dash + 1).toLongLong(&ok);
    if (!ok || n <= 0)
        return false;
    *stationId = id.left(dash);
    *seq = n;
    return true;
}

QString recordHash(const std::vector<record::EventRecord>& events, size_t upTo) {
    QByteArray m("BatchStation/batch-record/v1");
    m.reserve(64 + static_cast<qsizetype>(events.size()) * 90);
    const size_t n = std::min(upTo, events.size());
    for (size_t i = 0; i < n; ++i) {
        const record::EventRecord& e = events[i];
        record::chain::appendField(m, QByteArrayView(e.stationId.toUtf8()));
        record::chain::appendField(m, e.seq);
        record::chain::appendField(m, QByteArrayView(e.rowHash.toLatin1()));
    }
    return record::chain::sha256Hex(m);
}

}  // namespace batch::review
