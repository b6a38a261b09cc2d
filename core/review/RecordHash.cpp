// The record hash on its own (no store access), so that the offline export verifier and
// its fuzzer can use it without the database layer.
#include "record/ChainHash.h"
#include "review/BatchRecord.h"

#include <algorithm>

namespace batch::review {

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
