#include "record/ChainHash.h"

#include "crypto/Crypto.h"

#include <QtEndian>

namespace batch::record::chain {
namespace {

void appendLengthPrefixed(QByteArray& out, QByteArrayView field) {
    const quint32 len = qToBigEndian(static_cast<quint32>(field.size()));
    out.append(reinterpret_cast<const char*>(&len), 4);
    out.append(field);
}

}  // namespace

QString genesisHash() { return QString(64, QLatin1Char('0')); }

QString rowHash(const EventRecord& e) {
    QByteArray m;
    m.reserve(256 + e.payload.size());
    m.append("BatchStation/event/v1");
    appendLengthPrefixed(m, e.stationId.toUtf8());
    appendLengthPrefixed(m, QByteArray::number(static_cast<qint64>(e.seq)));
    appendLengthPrefixed(m, e.eventId.toUtf8());
    appendLengthPrefixed(m, e.type.toUtf8());
    appendLengthPrefixed(m, e.userId.toUtf8());
    appendLengthPrefixed(m, e.tsUtc.toUtf8());
    appendLengthPrefixed(m, e.payload);
    const QByteArray prev = QByteArray::fromHex(e.prevHash.toLatin1());
    m.append(prev.size() == crypto::kSha256Size ? prev : QByteArray(crypto::kSha256Size, '\xff'));
    return QString::fromLatin1(crypto::sha256(m).toHex());
}

QByteArray checkpointMessage(const QString& stationId, std::int64_t seq, const QString& headHash,
                             const QString& tsUtc) {
    QByteArray m("BatchStation/checkpoint/v1");
    appendLengthPrefixed(m, stationId.toUtf8());
    appendLengthPrefixed(m, QByteArray::number(static_cast<qint64>(seq)));
    appendLengthPrefixed(m, headHash.toLatin1());
    appendLengthPrefixed(m, tsUtc.toUtf8());
    return m;
}

QByteArray sealKey(const QByteArray& stationPrivateKey) {
    return crypto::sha256(QByteArray("BatchStation/seal-key/v1") + stationPrivateKey);
}

QString rowSeal(const QByteArray& key, const QString& rowHash) {
    QByteArray m("BatchStation/row-seal/v1");
    appendLengthPrefixed(m, rowHash.toLatin1());
    return QString::fromLatin1(crypto::hmacSha256(key, m).toHex());
}

QString headSeal(const QByteArray& key, const QString& stationId, std::int64_t seq,
                 const QString& rowHash) {
    QByteArray m("BatchStation/head-seal/v1");
    appendLengthPrefixed(m, stationId.toUtf8());
    appendLengthPrefixed(m, QByteArray::number(static_cast<qint64>(seq)));
    appendLengthPrefixed(m, rowHash.toLatin1());
    return QString::fromLatin1(crypto::hmacSha256(key, m).toHex());
}

}  // namespace batch::record::chain
