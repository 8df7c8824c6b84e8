#pragma once

#include "crypto/Crypto.h"

#include <QString>

namespace srs::server {

// A new record id: the kind's letter and 64 random bits in hex ("S-1288D757686AAB00" a
// request, "V-…" a review, "R-…" a release). Random, so ids say nothing about how many exist.
inline QString newRecordId(QChar kind)
{
    return QString(kind) + QLatin1Char('-') + QString::fromLatin1(crypto::randomBytes(8).toHex().toUpper());
}

} // namespace srs::server
