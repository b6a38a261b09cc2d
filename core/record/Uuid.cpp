#include "record/Uuid.h"

#include "crypto/Crypto.h"

#include <QRegularExpression>

#include <cstring>

namespace batch::record {
namespace {

// Random bits for ids, drawn from the CSPRNG a few KiB at a time: one RAND_bytes call
// per event cost more than the rest of the id. Uniqueness, not secrecy, is what the
// random part of a UUIDv7 provides, and the pool stays per thread.
class RandomPool {
public:
    void take(unsigned char* out, int n) {
        if (used_ + n > kSize) {
            pool_ = crypto::randomBytes(kSize);
            used_ = 0;
        }
        std::memcpy(out, pool_.constData() + used_, static_cast<size_t>(n));
        // Bytes handed out are wiped so that no id's random part is ever reused.
        std::memset(pool_.data() + used_, 0, static_cast<size_t>(n));
        used_ += n;
    }

private:
    static constexpr int kSize = 4096;
    QByteArray pool_;
    int used_ = kSize;
};

}  // namespace

void writeUuidV7(std::int64_t ms, char* out) {
    thread_local RandomPool pool;
    unsigned char u[16];
    pool.take(u, 16);
    for (int i = 0; i < 6; ++i)
        u[i] = static_cast<unsigned char>((static_cast<std::uint64_t>(ms) >> (8 * (5 - i))) & 0xFF);
    u[6] = static_cast<unsigned char>(0x70 | (u[6] & 0x0F));  // version 7
    u[8] = static_cast<unsigned char>(0x80 | (u[8] & 0x3F));  // RFC variant
    static constexpr char hex[] = "0123456789abcdef";
    char* p = out;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *p++ = '-';
        *p++ = hex[u[i] >> 4];
        *p++ = hex[u[i] & 0xF];
    }
}

QString makeUuidV7(std::int64_t ms) {
    char text[kUuidTextSize];
    writeUuidV7(ms, text);
    return QString::fromLatin1(text, kUuidTextSize);
}

bool isUuidV7(const QString& text) {
    static const QRegularExpression re(QStringLiteral(
        "^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    return re.match(text).hasMatch();
}

}  // namespace batch::record
