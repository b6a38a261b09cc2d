#include "LocaleFormat.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>


namespace batch::ui::fmt {

QString decimal(const QString& canonical) {
    static const QRegularExpression kDecimal(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    if (!kDecimal.match(canonical).hasMatch())
        return canonical;
    const QLocale locale;
    QString out = canonical;
    out.replace(QLatin1Char('.'), locale.decimalPoint());
    if (out.startsWith(QLatin1Char('-')))
        out.replace(0, 1, locale.negativeSign());
    return out;
}

QString canonical(const QString& localText) {
    const QLocale locale;
    QString out = localText.trimmed();
    const QString point = locale.decimalPoint();
    if (point != QStringLiteral("."))
        out.replace(point, QStringLiteral("."));
    const QString minus = locale.negativeSign();
    if (minus != QStringLiteral("-") && out.startsWith(minus))
        out.replace(0, minus.size(), QStringLiteral("-"));
    return out;
}

QString number(double value, int decimals) {
    return QLocale().toString(value, 'f', decimals);
}

QString limit(double value) {
    return QLocale().toString(value, 'g', 12);
}

QString dateTime(const QString& isoUtc) {
    QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!t.isValid())
        return isoUtc;
    return dateTime(t);
}

QString dateTime(const QDateTime& time) {
    const QLocale locale;
    const QDateTime local = time.toLocalTime();
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           timeOfDay(local);
}

QString timeOfDay(const QDateTime& time) {
    return time.toLocalTime().time().toString(QStringLiteral("HH:mm:ss"));
}

QString duration(qint64 seconds) {
    const bool negative = seconds < 0;
    qint64 s = negative ? -seconds : seconds;
    const qint64 h = s / 3600;
    const qint64 m = (s / 60) % 60;
    s %= 60;
    QString out = h > 0 ? QStringLiteral("%1:%2:%3")
                              .arg(h)
                              .arg(m, 2, 10, QLatin1Char('0'))
                              .arg(s, 2, 10, QLatin1Char('0'))
                        : QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + out : out;
}

}  // namespace batch::ui::fmt
