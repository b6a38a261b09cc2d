#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace batch::instruments {

// A decimal number as balances print it ("+00123.45", "-0.0012", "250.12"), held as a
// scaled integer so that gross, tare and net add up digit for digit (no binary floating
// point on the way from the frame to the record).
struct Decimal {
    std::int64_t scaled = 0;  // value * 10^decimals
    int decimals = 0;

    // Parses an optional sign, up to 15 digits and at most one point; nullopt otherwise.
    static std::optional<Decimal> parse(const QString& text);
    static Decimal fromScaled(std::int64_t scaled, int decimals) { return {scaled, decimals}; }

    Decimal withDecimals(int places) const;  // more places only (exact)
    Decimal rounded(int places) const;       // fewer places: half away from zero
    QString text() const;                    // "250.12", "-0.0012", "0.00"
    double toDouble() const;
    bool isNegative() const { return scaled < 0; }

    friend Decimal operator+(const Decimal& a, const Decimal& b);
    friend Decimal operator-(const Decimal& a, const Decimal& b);
    // Compares the values, whatever their number of places.
    friend int compare(const Decimal& a, const Decimal& b);
    friend bool operator==(const Decimal& a, const Decimal& b) { return compare(a, b) == 0; }
};

}  // namespace batch::instruments
