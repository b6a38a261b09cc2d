#include "record/PreparedRow.h"

#include "record/CanonicalJson.h"
#include "store/Database.h"

#include <atomic>
#include <cstring>
#include <exception>
#include <limits>
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

void encodeRow(const NewEvent& event, std::int64_t ms, PreparedRow& row) {
    if (event.type.isEmpty() || event.userId.isEmpty())
        throw store::StoreError(store::StoreErrorKind::Constraint, 0,
                                "an event needs a type and a user id");
    row.payload = encodeCanonical(event.payload);
    row.type = event.type.toUtf8();
    row.userId = event.userId.toUtf8();
    writeUuidV7(ms, row.eventId);
    row.tsSize = utcText(ms, row.tsUtc);
}

void chainRow(PreparedRow& row, QByteArrayView stationId, std::int64_t seq, QByteArrayView prevHash,
              const QByteArray& sealKey) {
    row.seq = seq;
    row.prevHash = prevHash;
    row.rowHash = chain::rowHashHex({stationId, seq, row.eventIdView(), QByteArrayView(row.type),
                                     QByteArrayView(row.userId), row.tsView(),
                                     QByteArrayView(row.payload), prevHash});
    row.seal = chain::rowSealHex(sealKey, row.rowHashView());
}

void runPipelined(std::size_t n, const std::function<void(std::size_t)>& produce,
                  const std::function<void(std::size_t)>& consume) {
    // Below this a thread start costs more than it saves.
    constexpr std::size_t kMinPipelined = 64;
    if (n < kMinPipelined) {
        for (std::size_t i = 0; i < n; ++i) {
            produce(i);
            consume(i);
        }
        return;
    }
    // `ready` counts produced items; its top bit says the producer has stopped (done or
    // failed), so a waiting consumer always wakes on the producer's last word.
    constexpr std::size_t kStopped = std::size_t{1}
                                     << (std::numeric_limits<std::size_t>::digits - 1);
    constexpr std::size_t kPublishEvery = 32;  // fewer cache-line handovers than per item
    std::atomic<std::size_t> ready{0};
    std::atomic<bool> cancel{false};
    std::exception_ptr producerError;

    std::thread worker([&] {
        std::size_t done = 0;
        try {
            for (; done < n && !cancel.load(std::memory_order_relaxed); ++done) {
                produce(done);
                if ((done + 1) % kPublishEvery == 0) {
                    ready.store(done + 1, std::memory_order_release);
                    ready.notify_one();
                }
            }
        } catch (...) {
            producerError = std::current_exception();
        }
        ready.store(done | kStopped, std::memory_order_release);
        ready.notify_one();
    });
    struct Join {
        std::thread& worker;
        std::atomic<bool>& cancel;
        ~Join() {
            cancel.store(true, std::memory_order_relaxed);
            if (worker.joinable())
                worker.join();
        }
    } join{worker, cancel};

    for (std::size_t i = 0; i < n; ++i) {
        std::size_t word = ready.load(std::memory_order_acquire);
        while ((word & ~kStopped) <= i) {
            if (word & kStopped) {
                // The producer stopped before item i: only a failure does that.
                worker.join();
                if (!producerError)
                    throw std::logic_error("append pipeline: the producer stopped early");
                std::rethrow_exception(producerError);
            }
            ready.wait(word, std::memory_order_acquire);
            word = ready.load(std::memory_order_acquire);
        }
        consume(i);
    }
}

}  // namespace batch::record::detail
