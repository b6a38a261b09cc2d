#include "record/Uuid.h"

#include "crypto/Crypto.h"

#include <QRegularExpression>

namespace batch::record {

QString makeUuidV7(std::int64_t ms) {
    QByteArray b = crypto::randomBytes(16);
    auto* u = reinterpret_cast<unsigned char*>(b.data());
    for (int i = 0; i < 6; ++i)
        u[i] = static_cast<unsigned char>((static_cast<std::uint64_t>(ms) >> (8 * (5 - i))) & 0xFF);
    u[6] = static_cast<unsigned char>(0x70 | (u[6] & 0x0F));  // version 7
    u[8] = static_cast<unsigned char>(0x80 | (u[8] & 0x3F));  // RFC variant
    static constexpr char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out.append(QLatin1Char('-'));
        out.append(QLatin1Char(hex[u[i] >> 4]));
        out.append(QLatin1Char(hex[u[i] & 0xF]));
    }
    return out;
}

bool isUuidV7(const QString& text) {
    static const QRegularExpression re(QStringLiteral(
        "^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    return re.match(text).hasMatch();
}

}  // namespace batch::record
