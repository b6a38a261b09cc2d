#include "record/Event.h"

#include "record/CanonicalJson.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace batch::record {

QJsonObject EventRecord::payloadObject() const {
    return decodeCanonicalObject(payload);
}

Clock systemClock() {
    return [] {
        using namespace std::chrono;
        return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
    };
}

int writeUtcMillis(std::int64_t ms, char (&buf)[32]) {
    // Civil-from-days (proleptic Gregorian), valid for the whole int64 day range we use.
    std::int64_t days = ms >= 0 ? ms / 86'400'000 : (ms - 86'399'999) / 86'400'000;
    std::int64_t rem = ms - days * 86'400'000;
    days += 719'468;
    const std::int64_t era = (days >= 0 ? days : days - 146'096) / 146'097;
    const std::int64_t doe = days - era * 146'097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36'524 - doe / 146'096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const std::int64_t day = doy - (153 * mp + 2) / 5 + 1;
    const std::int64_t month = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    const std::int64_t hh = rem / 3'600'000;
    rem %= 3'600'000;
    const std::int64_t mm = rem / 60'000;
    rem %= 60'000;
    const std::int64_t ss = rem / 1000;
    const std::int64_t milli = rem % 1000;

    const int n = std::snprintf(
        buf, sizeof buf, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lld.%03lldZ",
        static_cast<long long>(year), static_cast<long long>(month), static_cast<long long>(day),
        static_cast<long long>(hh), static_cast<long long>(mm), static_cast<long long>(ss),
        static_cast<long long>(milli));
    return std::min(n, static_cast<int>(sizeof buf) - 1);
}

std::optional<QDate> parseIsoDate(const QString& text) {
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || d.toString(Qt::ISODate) != text)
        return std::nullopt;
    return d;
}

QString formatUtcMillis(std::int64_t ms) {
    char buf[32];
    const int n = writeUtcMillis(ms, buf);
    return QString::fromLatin1(buf, n);
}

}  // namespace batch::record
