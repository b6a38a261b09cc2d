#pragma once

#include <QString>

#include <cstdint>

namespace batch::record {

// RFC 9562 UUID version 7: 48-bit Unix milliseconds, version, 74 random bits.
// Ids made in the same millisecond stay unique through the random part.
QString makeUuidV7(std::int64_t msSinceEpoch);
// The same id written as 36 ASCII characters into `out` (the append path, no allocation).
inline constexpr int kUuidTextSize = 36;
void writeUuidV7(std::int64_t msSinceEpoch, char* out);

bool isUuidV7(const QString& text);

}  // namespace batch::record
