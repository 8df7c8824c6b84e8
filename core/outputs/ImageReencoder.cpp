#include "ImageReencoder.h"

#include "protocol/SubmissionMessages.h"

#include <QBuffer>
#include <QColorSpace>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QRgba64>

#include <algorithm>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace srs::outputs {

namespace {

const QByteArray PngSignature("\x89PNG\r\n\x1a\n", 8);
const QByteArray JpegStart("\xff\xd8\xff", 3);

Error refused(const QString &message)
{
    return Error{QString::fromLatin1(protocol::submissionerrc::OutputFormatRefused), message};
}

// What the bytes hold, as far as a person needs to know it to fix the file's name.
QString contentName(const QByteArray &bytes)
{
    if (bytes.startsWith(PngSignature))
        return u"a PNG image"_s;
    if (bytes.startsWith(JpegStart))
        return u"a JPEG image"_s;
    if (bytes.startsWith("%PDF-"))
        return u"a PDF document"_s;
    if (bytes.startsWith("GIF8"))
        return u"a GIF image"_s;
    if (bytes.startsWith(QByteArrayView("II*\0", 4)) || bytes.startsWith(QByteArrayView("MM\0*", 4)))
        return u"a TIFF image"_s;
    if (bytes.startsWith("BM"))
        return u"a BMP image"_s;
    return u"something that is not an image it can read"_s;
}

// Whether a PNG declares an animation (APNG's acTL chunk, which comes before the image data).
bool isAnimatedPng(const QByteArray &bytes)
{
    qsizetype at = PngSignature.size();
    while (at + 8 <= bytes.size()) {
        const auto b = [&bytes](qsizetype i) { return quint32(quint8(bytes.at(i))); };
        const quint32 length = (b(at) << 24) | (b(at + 1) << 16) | (b(at + 2) << 8) | b(at + 3);
        const QByteArrayView type(bytes.constData() + at + 4, 4);
        if (type == "acTL")
            return true;
        if (type == "IDAT" || type == "IEND")
            return false;
        at += 12 + qsizetype(length);
    }
    return false;
}

// The colour of a pixel nobody can see (alpha 0) is data all the same: it is set to 0.
void clearTransparentColour(QImage &image)
{
    if (!image.hasAlphaChannel())
        return;
    if (image.format() == QImage::Format_Indexed8 || image.format() == QImage::Format_Mono ||
        image.format() == QImage::Format_MonoLSB) {
        QList<QRgb> table = image.colorTable();
        for (QRgb &c : table) {
            if (qAlpha(c) == 0)
                c = 0;
        }
        image.setColorTable(table);
        return;
    }
    if (image.format() == QImage::Format_RGBA64) {
        for (int y = 0; y < image.height(); ++y) {
            auto *line = reinterpret_cast<QRgba64 *>(image.scanLine(y));
            std::for_each(line, line + image.width(), [](QRgba64 &p) {
                if (p.alpha() == 0)
                    p = QRgba64::fromRgba64(0);
            });
        }
        return;
    }
    if (image.format() != QImage::Format_ARGB32)
        image.convertTo(QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        std::for_each(line, line + image.width(), [](QRgb &p) {
            if (qAlpha(p) == 0)
                p = 0;
        });
    }
}

// The pixels alone, in a new image: no text, colour profile or offset comes along.
QImage pixelsOnly(QImage image)
{
    if (image.colorSpace().isValid() && image.colorSpace() != QColorSpace(QColorSpace::SRgb))
        image.convertToColorSpace(QColorSpace(QColorSpace::SRgb));
    QImage clean(image.size(), image.format());
    if (clean.isNull())
        return clean;
    clean.setColorTable(image.colorTable());
    const qsizetype lineBytes = std::min(clean.bytesPerLine(), image.bytesPerLine());
    for (int y = 0; y < image.height(); ++y)
        std::memcpy(clean.scanLine(y), image.constScanLine(y), size_t(lineBytes));
    clean.setDotsPerMeterX(image.dotsPerMeterX());
    clean.setDotsPerMeterY(image.dotsPerMeterY());
    clearTransparentColour(clean);
    return clean;
}

} // namespace

Result<QByteArray> reencodeImage(const QString &fileName, const QByteArray &bytes, const ImageLimits &limits)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    QByteArray format;
    QString formatName;
    if (suffix == "png"_L1) {
        format = "png";
        formatName = u"PNG"_s;
        if (!bytes.startsWith(PngSignature))
            return refused(u"it is named .%1 but holds %2, not a PNG image. Save it as a PNG, or give it "
                           u"the name of what it is."_s.arg(suffix, contentName(bytes)));
        if (isAnimatedPng(bytes))
            return refused(u"it is an animated PNG; only one picture can be checked and released. Save "
                           u"the frame to release as a PNG of its own."_s);
    } else if (suffix == "jpg"_L1 || suffix == "jpeg"_L1) {
        format = "jpeg";
        formatName = u"JPEG"_s;
        if (!bytes.startsWith(JpegStart))
            return refused(u"it is named .%1 but holds %2, not a JPEG image. Save it as a JPEG, or give "
                           u"it the name of what it is."_s.arg(suffix, contentName(bytes)));
    } else {
        return refused(u"only PNG and JPEG images are re-encoded (.png, .jpg, .jpeg)"_s);
    }

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    // The format its name says and no other: no image plug-in is chosen by the content.
    QImageReader reader(&buffer, format);
    reader.setAutoDetectImageFormat(false);
    reader.setDecideFormatFromContent(false);
    reader.setAllocationLimit(limits.allocationLimitMiB);
    // Turned as its EXIF orientation says, so it looks the same once the EXIF is gone.
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return refused(u"it cannot be read as a %1 image (%2). Save it again from the program that "
                       u"made it."_s.arg(formatName, reader.errorString()));
    if (size.width() > limits.maxSide || size.height() > limits.maxSide ||
        qint64(size.width()) * size.height() > limits.maxPixels)
        return refused(u"it is %1 × %2 pixels; images of up to %3 pixels each way and %4 million pixels "
                       u"in all are accepted. Save it smaller."_s.arg(size.width())
                           .arg(size.height())
                           .arg(limits.maxSide)
                           .arg(limits.maxPixels / 1'000'000));
    if (reader.supportsAnimation() || reader.imageCount() > 1)
        return refused(u"it holds more than one picture; only one can be checked and released."_s);
    QImage image;
    if (!reader.read(&image) || image.isNull())
        return refused(u"it cannot be decoded as a %1 image (%2). Save it again from the program that "
                       u"made it."_s.arg(formatName, reader.errorString()));
    const QImage clean = pixelsOnly(std::move(image));
    if (clean.isNull())
        return refused(u"there is not enough memory to re-encode it; save it smaller."_s);

    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QImageWriter writer(&out, format);
    if (format == "jpeg")
        writer.setQuality(95);
    if (!writer.write(clean))
        return refused(
            u"it could not be encoded again as a %1 image (%2)."_s.arg(formatName, writer.errorString()));
    return out.data();
}

} // namespace srs::outputs
