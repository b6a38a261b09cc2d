#include "sampling/Duration.h"

#include "sampling/SamplingTypes.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QStringList>

namespace batch::sampling {

std::optional<Duration> Duration::parse(const QString& text) {
    static const QRegularExpression format(
        QStringLiteral("^P(?:(\\d{1,4})Y)?(?:(\\d{1,4})M)?(?:(\\d{1,4})W)?(?:(\\d{1,4})D)?$"));
    const QRegularExpressionMatch m = format.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int y = m.captured(1).toInt();
    const int mo = m.captured(2).toInt();
    const int w = m.captured(3).toInt();
    const int d = m.captured(4).toInt();
    if (y > 1000 || mo > 1000 || w > 1000 || d > 1000)
        return std::nullopt;
    Duration out{y, mo, w * 7 + d};
    if (out.years == 0 && out.months == 0 && out.days == 0)
        return std::nullopt;
    return out;
}

QString Duration::toString() const {
    QString s = QStringLiteral("P");
    if (years)
        s += QString::number(years) + QLatin1Char('Y');
    if (months)
        s += QString::number(months) + QLatin1Char('M');
    if (days)
        s += QString::number(days) + QLatin1Char('D');
    return s;
}

QString Duration::describe() const {
    QStringList parts;
    // Singular and plural spelled out: the CLI runs without a translation loaded.
    if (years)
        parts << (years == 1 ? SamplingText::tr("1 year")
                             : SamplingText::tr("%1 years").arg(years));
    if (months)
        parts << (months == 1 ? SamplingText::tr("1 month")
                              : SamplingText::tr("%1 months").arg(months));
    if (days)
        parts << (days == 1 ? SamplingText::tr("1 day") : SamplingText::tr("%1 days").arg(days));
    return parts.join(QLatin1Char(' '));
}

std::int64_t Duration::addTo(std::int64_t msUtc) const {
    QDateTime t = QDateTime::fromMSecsSinceEpoch(msUtc, Qt::UTC);
    t = t.addYears(years).addMonths(months).addDays(days);
    return t.toMSecsSinceEpoch();
}

}  // namespace batch::sampling
