#pragma once

#include <QString>

#include <cstdint>

namespace batch::record {

// RFC 9562 UUID version 7: 48-bit Unix milliseconds, version, 74 random bits.
// Ids made in the same millisecond stay unique through the random part.
QString makeUuidV7(std::int64_t msSinceEpoch);

bool isUuidV7(const QString& text);

}  // namespace batch::record
