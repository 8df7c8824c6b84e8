#pragma once

// Small PDF, PNG and JPEG files built in memory for the tests of core/outputs, the checker's PDF
// preview and the submissions API: each test states in bytes what it attacks with.

#include <QBuffer>
#include <QByteArray>
#include <QImage>
#include <QImageWriter>
#include <QList>
#include <QPainter>
#include <QtEndian>

#include <zlib.h>

namespace srs::test {

// zlib-compressed bytes, as a PDF's FlateDecode filter holds them.
inline QByteArray deflated(const QByteArray &data)
{
    // qCompress() writes zlib data after a 4-byte length of its own.
    return qCompress(data, 9).mid(4);
}

// A PDF from its objects' bodies (object 1 is the first), with a correct cross-reference table.
struct PdfBuilder
{
    QList<QByteArray> objects;
    QByteArray trailerEntries; // added to the trailer, e.g. " /Encrypt 9 0 R"

    int add(const QByteArray &body)
    {
        objects.append(body);
        return int(objects.size());
    }

    static QByteArray stream(const QByteArray &entries, const QByteArray &data)
    {
        return "<< /Length " + QByteArray::number(data.size()) + entries + " >>\nstream\n" + data +
               "\nendstream";
    }

    static QByteArray flateStream(const QByteArray &entries, const QByteArray &data)
    {
        return stream(" /Filter /FlateDecode" + entries, deflated(data));
    }

    [[nodiscard]] QByteArray build() const
    {
        QByteArray out("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n");
        QList<qsizetype> offsets;
        for (qsizetype i = 0; i < objects.size(); ++i) {
            offsets.append(out.size());
            out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
        }
        const qsizetype xref = out.size();
        out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
        for (const qsizetype offset : offsets)
            out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
        out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R" +
               trailerEntries + " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
        return out;
    }
};

// A PDF of `pages` pages, each saying "Page N" in Helvetica; `catalogEntries` and `pageEntries`
// go into the catalog and into every page, `content` (if not empty) replaces each page's text.
inline QByteArray simplePdf(int pages, const QByteArray &catalogEntries = {},
                            const QByteArray &pageEntries = {}, bool compressed = false)
{
    PdfBuilder pdf;
    pdf.add("<< /Type /Catalog /Pages 2 0 R" + catalogEntries + " >>");
    QByteArray kids;
    for (int p = 0; p < pages; ++p)
        kids += QByteArray::number(4 + 2 * p) + " 0 R ";
    pdf.add("<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages) + " >>");
    pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    for (int p = 0; p < pages; ++p) {
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                "/Contents " +
                QByteArray::number(5 + 2 * p) + " 0 R" + pageEntries + " >>");
        const QByteArray text = "BT /F1 24 Tf 72 720 Td (Page " + QByteArray::number(p + 1) + ") Tj ET";
        pdf.add(compressed ? PdfBuilder::flateStream({}, text) : PdfBuilder::stream({}, text));
    }
    return pdf.build();
}

// A PNG chunk with its length and CRC.
inline QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    QByteArray chunk(4, '\0');
    qToBigEndian(quint32(data.size()), chunk.data());
    chunk += type + data;
    const QByteArray crcInput = type + data;
    const uLong crc = crc32(0L, reinterpret_cast<const Bytef *>(crcInput.constData()), uInt(crcInput.size()));
    QByteArray crcBytes(4, '\0');
    qToBigEndian(quint32(crc), crcBytes.data());
    return chunk + crcBytes;
}

// `png` with `chunk` inserted just before its IEND chunk.
inline QByteArray withChunkBeforeEnd(const QByteArray &png, const QByteArray &chunk)
{
    const qsizetype iend = png.lastIndexOf("IEND") - 4;
    return png.left(iend) + chunk + png.mid(iend);
}

// A figure: a few coloured bands, so that pixels can be compared.
inline QImage sampleFigure(int width = 64, int height = 48)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.fillRect(0, 0, width / 2, height / 2, QColor(200, 30, 40));
    painter.fillRect(width / 2, height / 2, width / 2, height / 2, QColor(20, 90, 200));
    painter.end();
    return image;
}

inline QByteArray encoded(const QImage &image, const char *format,
                          const QList<std::pair<QString, QString>> &texts = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    for (const auto &[key, value] : texts)
        writer.setText(key, value);
    writer.write(image);
    return buffer.data();
}

// A JPEG with an APP1 EXIF segment carrying `hidden` after an empty TIFF directory.
inline QByteArray withExif(const QByteArray &jpeg, const QByteArray &hidden)
{
    QByteArray exif = QByteArray("Exif\0\0", 6) + QByteArray("MM\0*\0\0\0\x08\0\0\0\0\0\0", 14) + hidden;
    QByteArray segment("\xff\xe1", 2);
    QByteArray length(2, '\0');
    qToBigEndian(quint16(exif.size() + 2), length.data());
    segment += length + exif;
    return jpeg.left(2) + segment + jpeg.mid(2);
}

} // namespace srs::test
