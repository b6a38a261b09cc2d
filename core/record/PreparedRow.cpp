#include "record/PreparedRow.h"

#include "record/CanonicalJson.h"
#include "store/Database.h"

#include <atomic>
#include <cstring>
#include <exception>
#include <limits>
#include <memory>
#include <stdexcept>
#include <thread>

namespace batch::record::detail {
namespace {

// Events appended together mostly share their millisecond: the text is formatted once
// per millisecond and thread instead of once per event.
int utcText(std::int64_t ms, char (&out)[32]) {
    thread_local std::int64_t cachedMs = std::numeric_limits<std::int64_t>::min();
    thread_local char cached[32];
    thread_local int cachedSize = 0;
    if (ms != cachedMs) {
        cachedSize = writeUtcMillis(ms, cached);
        cachedMs = ms;
    }
    std::memcpy(out, cached, sizeof cached);
    return cachedSize;
}

// The UTF-8 of `text` into `out`, reusing out's storage for the usual ASCII text.
void assignUtf8(QByteArray& out, const QString& text) {
    const char16_t* u = reinterpret_cast<const char16_t*>(text.utf16());
    const qsizetype n = text.size();
    out.resize(n);
    char* dst = out.data();
    for (qsizetype i = 0; i < n; ++i) {
        if (u[i] >= 0x80) {
            out = text.toUtf8();
            return;
        }
        dst[i] = static_cast<char>(u[i]);
    }
}

}  // namespace

EventRecord PreparedRow::toRecord(const QString& stationId) const {
    EventRecord e;
    e.stationId = stationId;
    e.seq = seq;
    e.eventId = QString::fromLatin1(eventId, kUuidTextSize);
    e.type = QString::fromUtf8(type);
    e.userId = QString::fromUtf8(userId);
    e.tsUtc = QString::fromLatin1(tsUtc, tsSize);
    e.payload = payload;
    e.prevHash = QString::fromLatin1(prevHash);
    e.rowHash = QString::fromLatin1(rowHash.data(), qsizetype(rowHash.size()));
    return e;
}

void prepareRow(const NewEvent& event, std::int64_t ms, QByteArrayView stationId, std::int64_t seq,
                PreparedRow& row) {
    if (event.type.isEmpty() || event.userId.isEmpty())
        throw store::StoreError(store::StoreErrorKind::Constraint, 0,
                                "an event needs a type and a user id");
    row.seq = seq;
    // Into the row's buffers: rows are reused from batch to batch, so the bulk path
    // allocates nothing per event once they have grown.
    encodeCanonicalInto(event.payload, row.payload);
    assignUtf8(row.type, event.type);
    assignUtf8(row.userId, event.userId);
    writeUuidV7(ms, row.eventId);
    row.tsSize = utcText(ms, row.tsUtc);
    row.hasher.begin({stationId,
                      seq,
                      row.eventIdView(),
                      QByteArrayView(row.type),
                      QByteArrayView(row.userId),
                      row.tsView(),
                      QByteArrayView(row.payload),
                      {}});
}

void chainRow(PreparedRow& row, QByteArrayView prevHash, const QByteArray& sealKey) {
    row.prevHash = prevHash;
    row.rowHash = row.hasher.finish(prevHash);
    row.seal = chain::rowSealHex(sealKey, row.rowHashView());
}

void prepareAheadAndConsume(std::size_t n, const std::function<void(std::size_t)>& prepare,
                            const std::function<void(std::size_t)>& consume) {
    // Below this a thread start costs more than it saves.
    constexpr std::size_t kMinWithHelper = 64;
    if (n < kMinWithHelper) {
        for (std::size_t i = 0; i < n; ++i) {
            prepare(i);
            consume(i);
        }
        return;
    }
    // Per row: who prepares it and whether it is done. A row is claimed with a
    // compare-exchange, so each is prepared exactly once, by whichever thread gets there
    // first, and only after the row before it is done (prepare may read its result).
    enum : int { kFree, kClaimed, kReady, kFailed };
    std::unique_ptr<std::atomic<int>[]> state(new std::atomic<int>[n]);
    for (std::size_t i = 0; i < n; ++i) state[i].store(kFree, std::memory_order_relaxed);
    auto settle = [&](std::size_t i, int outcome) {
        state[i].store(outcome, std::memory_order_release);
        state[i].notify_all();
    };
    // Waits while row i is claimed; returns what it became.
    auto awaitRow = [&](std::size_t i) {
        int s = state[i].load(std::memory_order_acquire);
        while (s == kClaimed) {
            state[i].wait(kClaimed, std::memory_order_acquire);
            s = state[i].load(std::memory_order_acquire);
        }
        return s;
    };
    std::atomic<bool> cancel{false};
    std::exception_ptr helperError;

    std::thread helper([&] {
        for (std::size_t i = 0; i < n && !cancel.load(std::memory_order_relaxed); ++i) {
            int expected = kFree;
            if (!state[i].compare_exchange_strong(expected, kClaimed, std::memory_order_acq_rel))
                continue;  // the caller has taken this row over
            if (i > 0 && awaitRow(i - 1) != kReady) {
                settle(i, kFailed);  // the caller failed on the row before: stop
                return;
            }
            try {
                prepare(i);
            } catch (...) {
                helperError = std::current_exception();
                settle(i, kFailed);
                return;
            }
            settle(i, kReady);
        }
    });
    struct Join {
        std::thread& helper;
        std::atomic<bool>& cancel;
        ~Join() {
            cancel.store(true, std::memory_order_relaxed);
            if (helper.joinable())
                helper.join();
        }
    } join{helper, cancel};

    for (std::size_t i = 0; i < n; ++i) {
        int expected = kFree;
        if (state[i].compare_exchange_strong(expected, kClaimed, std::memory_order_acq_rel)) {
            // The helper is behind (or gets no CPU): prepare the row here. Row i - 1 is
            // done: it was consumed.
            try {
                prepare(i);
            } catch (...) {
                settle(i, kFailed);
                throw;
            }
            settle(i, kReady);
        } else if (awaitRow(i) == kFailed) {
            helper.join();  // it stopped at its failure
            if (helperError)
                std::rethrow_exception(helperError);
            throw std::logic_error("append helper stopped without an error");
        }
        consume(i);
    }
}

}  // namespace batch::record::detail
