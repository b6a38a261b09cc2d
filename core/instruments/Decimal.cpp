#include "instruments/Decimal.h"

#include <algorithm>

namespace batch::instruments {
namespace {

constexpr int kMaxDigits = 15;  // well inside int64 after scaling to the common places

std::int64_t pow10(int n) {
    std::int64_t p = 1;
    for (int i = 0; i < n; ++i) p *= 10;
    return p;
}

}  // namespace

std::optional<Decimal> Decimal::parse(const QString& text) {
    const QString t = text.trimmed();
    qsizetype i = 0;
    bool negative = false;
    if (i < t.size() && (t[i] == QLatin1Char('+') || t[i] == QLatin1Char('-'))) {
        negative = t[i] == QLatin1Char('-');
        ++i;
    }
    std::int64_t scaled = 0;
    int digits = 0;
    int decimals = 0;
    bool point = false;
    for (; i < t.size(); ++i) {
        const QChar c = t[i];
        if (c == QLatin1Char('.')) {
            if (point)
                return std::nullopt;
            point = true;
            continue;
        }
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        if (++digits > kMaxDigits)
            return std::nullopt;
        scaled = scaled * 10 + (c.unicode() - '0');
        if (point)
            ++decimals;
    }
    if (digits == 0)
        return std::nullopt;
    return Decimal{negative ? -scaled : scaled, decimals};
}

Decimal Decimal::withDecimals(int places) const {
    if (places <= decimals)
        return *this;
    return {scaled * pow10(places - decimals), places};
}

Decimal Decimal::rounded(int places) const {
    if (places >= decimals)
        return *this;
    const std::int64_t divisor = pow10(decimals - places);
    const std::int64_t magnitude = scaled < 0 ? -scaled : scaled;
    const std::int64_t r = (magnitude + divisor / 2) / divisor;
    return {scaled < 0 ? -r : r, places};
}

QString Decimal::text() const {
    const std::int64_t magnitude = scaled < 0 ? -scaled : scaled;
    QString digits = QString::number(magnitude);
    if (decimals > 0) {
        if (digits.size() <= decimals)
            digits = QString(decimals - digits.size() + 1, QLatin1Char('0')) + digits;
        digits.insert(digits.size() - decimals, QLatin1Char('.'));
    }
    return scaled < 0 ? QLatin1Char('-') + digits : digits;
}

double Decimal::toDouble() const {
    return static_cast<double>(scaled) / static_cast<double>(pow10(decimals));
}

Decimal operator+(const Decimal& a, const Decimal& b) {
    const int places = std::max(a.decimals, b.decimals);
    return {a.withDecimals(places).scaled + b.withDecimals(places).scaled, places};
}

Decimal operator-(const Decimal& a, const Decimal& b) {
    const int places = std::max(a.decimals, b.decimals);
    return {a.withDecimals(places).scaled - b.withDecimals(places).scaled, places};
}

int compare(const Decimal& a, const Decimal& b) {
    const int places = std::max(a.decimals, b.decimals);
    const std::int64_t x = a.withDecimals(places).scaled;
    const std::int64_t y = b.withDecimals(places).scaled;
    return x < y ? -1 : (x > y ? 1 : 0);
}

}  // namespace batch::instruments
