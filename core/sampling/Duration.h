#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace batch::sampling {

// A calendar duration in the ISO 8601 subset the state charts use: "P6M", "P12M", "P1Y",
// "P2W", "P180D", "P1Y6M" (years, months, weeks, days; no time part). Months and years are
// calendar months, added to a UTC date the way QDateTime::addMonths does (31 Jan + P1M =
// 28/29 Feb), so "within 6 months" means what a QA reader expects.
struct Duration {
    int years = 0;
    int months = 0;
    int days = 0;  // weeks are folded into days

    // Parses the subset above; nullopt for anything else, for a zero duration and for a
    // component above 1000.
    static std::optional<Duration> parse(const QString& text);

    QString toString() const;                      // canonical form, e.g. "P1Y6M", "P14D"
    QString describe() const;                      // "6 months", "1 year 6 months", "14 days"
    std::int64_t addTo(std::int64_t msUtc) const;  // msUtc + this duration (calendar-aware)
    bool operator==(const Duration&) const = default;
};

}  // namespace batch::sampling
