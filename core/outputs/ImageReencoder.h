#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace srs::outputs {

// Limits checked on an image's header, before any pixel is decoded.
struct ImageLimits
{
    int maxSide = 20'000;           // pixels, each way
    qint64 maxPixels = 100'000'000; // width × height
    int allocationLimitMiB = 400;   // what the decoder may allocate (100 million 32-bit pixels)
};

// An image output as it is stored, checked and released: decoded (strictly, as the format its
// name says: .png must hold a PNG, .jpg and .jpeg a JPEG) and encoded again, PNG as PNG and JPEG as
// JPEG (quality 95), from its pixels alone. What a viewer does not show goes: text chunks (tEXt,
// iTXt, zTXt), EXIF, comments, application segments, colour profiles (the pixels are converted to
// sRGB first), bytes after the end of the image, and the colour of fully transparent pixels. The
// resolution (dots per inch) is kept. Refused, with a message that says why (code
// "output-format-refused"): another type of content than the name says, an image over the limits,
// an animation, anything that cannot be decoded.
[[nodiscard]] Result<QByteArray> reencodeImage(const QString &fileName, const QByteArray &bytes,
                                               const ImageLimits &limits = {});

} // namespace srs::outputs
