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

namespace {

// A short busy wait before sleeping: the helper finishes a row in about a microsecond,
// far less than a futex sleep and wake-up would add.
void relax() {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#endif
}

}  // namespace

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
    // first. The helper never waits for the caller: when the caller has passed it (the
    // helper got no CPU for a while) it jumps ahead of the caller instead of contending
    // for the rows the caller is about to take anyway.
    enum : int { kFree, kClaimed, kReady, kFailed };
    constexpr std::size_t kLead = 32;
    constexpr int kSpins = 4000;
    std::unique_ptr<std::atomic<int>[]> state(new std::atomic<int>[n]);
    for (std::size_t i = 0; i < n; ++i) state[i].store(kFree, std::memory_order_relaxed);
    std::atomic<std::size_t> callerAt{0};
    std::atomic<bool> cancel{false};
    std::exception_ptr helperError;

    std::thread helper([&] {
        for (std::size_t i = 0; i < n && !cancel.load(std::memory_order_relaxed); ++i) {
            const std::size_t caller = callerAt.load(std::memory_order_relaxed);
            if (i <= caller && (i = caller + kLead) >= n)
                return;
            int expected = kFree;
            if (!state[i].compare_exchange_strong(expected, kClaimed, std::memory_order_acquire))
                continue;  // the caller has it
            try {
                prepare(i);
            } catch (...) {
                helperError = std::current_exception();
                state[i].store(kFailed, std::memory_order_release);
                state[i].notify_one();
                return;
            }
            state[i].store(kReady, std::memory_order_release);
            state[i].notify_one();
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
        callerAt.store(i, std::memory_order_relaxed);
        int expected = kFree;
        if (state[i].compare_exchange_strong(expected, kClaimed, std::memory_order_acquire)) {
            prepare(i);  // the helper is behind (or gets no CPU): do it here
        } else {
            int s = state[i].load(std::memory_order_acquire);
            for (int spin = 0; s == kClaimed && spin < kSpins; ++spin) {
                relax();
                s = state[i].load(std::memory_order_acquire);
            }
            while (s == kClaimed) {  // the helper lost its CPU on this very row
                state[i].wait(kClaimed, std::memory_order_acquire);
                s = state[i].load(std::memory_order_acquire);
            }
            if (s == kFailed) {
                helper.join();  // it stopped at its failure
                std::rethrow_exception(helperError);
            }
        }
        consume(i);
    }
}

}  // namespace batch::record::detail
