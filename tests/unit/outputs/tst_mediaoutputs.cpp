// What is released is what was checked: images re-encoded without what a viewer does not show, and
// PDFs that hold what a checker would not see refused. Each case is an attack on the release. Runs
// without a GUI application (QTEST_GUILESS_MAIN), as the server does: no platform plug-in, no
// display.

#include "outputs/ImageReencoder.h"
#include "outputs/MediaOutput.h"
#include "outputs/PdfInspector.h"
#include "outputs/PdfSyntax.h"

#include "MediaTestFiles.h"

#include <QBuffer>
#include <QImageReader>
#include <QTest>

using namespace srs;
using namespace srs::test;
using outputs::PdfInspector;

namespace {

QImage decoded(const QByteArray &bytes, const char *format)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, format);
    reader.setAutoDetectImageFormat(false);
    return reader.read();
}

// The JPEG marker segments before the image data (SOS), as marker bytes (0xE1 is APP1, ...).
QList<quint8> jpegMarkers(const QByteArray &jpeg)
{
    QList<quint8> markers;
    qsizetype at = 2;
    while (at + 4 <= jpeg.size() && quint8(jpeg.at(at)) == 0xff) {
        const quint8 marker = quint8(jpeg.at(at + 1));
        markers.append(marker);
        if (marker == 0xda)
            break;
        at += 2 + (quint8(jpeg.at(at + 2)) << 8 | quint8(jpeg.at(at + 3)));
    }
    return markers;
}

QByteArray pngWithHugeHeader()
{
    QByteArray ihdr(13, '\0');
    qToBigEndian(quint32(100000), ihdr.data());
    qToBigEndian(quint32(100000), ihdr.data() + 4);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 6; // RGBA
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) + pngChunk("IDAT", deflated("\0")) +
           pngChunk("IEND", {});
}

QString refusal(const QByteArray &pdf, PdfInspector::Limits limits = {})
{
    const Status s = PdfInspector(limits).inspect(pdf);
    return s ? QString() : s.error().message;
}

} // namespace

class TestMediaOutputs : public QObject
{
    Q_OBJECT

private slots:
    // --- images ---

    void pngTextChunksAreStrippedAndPixelsKept()
    {
        const QImage figure = sampleFigure();
        QByteArray png =
            encoded(figure, "png",
                    {{"Comment", "patient 4711, Wales"},
                     {"Description", QString(60, QLatin1Char('x')) + QString::fromUtf8("naïve ✓")}});
        png = withChunkBeforeEnd(png,
                                 pngChunk("zTXt", QByteArray("Secret\0\0", 8) + deflated("zipped secret")));
        png = withChunkBeforeEnd(png, pngChunk("eXIf", "MM\0*\0\0\0\x08\0\0\0\0\0\0exif secret"));
        QVERIFY(png.contains("tEXt") || png.contains("iTXt"));
        QVERIFY(png.contains("patient 4711"));
        QVERIFY(png.contains("zTXt"));
        QVERIFY(png.contains("eXIf"));

        const auto out = outputs::reencodeImage("fig1.png", png);
        QVERIFY2(out.ok(), qPrintable(out ? QString() : out.error().message));
        for (const char *chunk : {"tEXt", "iTXt", "zTXt", "eXIf", "iCCP"})
            QVERIFY2(!out->contains(chunk), chunk);
        QVERIFY(!out->contains("patient 4711"));
        QVERIFY(!out->contains("exif secret"));
        QCOMPARE(decoded(*out, "png").convertToFormat(QImage::Format_RGB32), figure);
    }

    void bytesAfterPngEndAreGone()
    {
        const QByteArray png = encoded(sampleFigure(), "png") + "appended: the whole table, row by row";
        const auto out = outputs::reencodeImage("fig1.png", png);
        QVERIFY(out.ok());
        QVERIFY(!out->contains("appended"));
        QVERIFY(out->endsWith(pngChunk("IEND", {})));
    }

    void aPngWithNothingToStripKeepsItsBytes()
    {
        // As Qt writes a figure, and as re-encoding leaves it: submitted again, it has the same
        // SHA-256.
        const QByteArray png = encoded(sampleFigure(), "png");
        QCOMPARE(outputs::reencodeImage("fig.png", png).value(), png);
        const QByteArray stripped =
            outputs::reencodeImage("fig.png", encoded(sampleFigure(), "png", {{"Author", "A. Patel"}}))
                .value();
        QCOMPARE(stripped, png);
    }

    void colourUnderTransparentPixelsIsCleared()
    {
        QImage image(4, 1, QImage::Format_ARGB32);
        image.setPixel(0, 0, qRgba(10, 20, 30, 0)); // invisible, but a value all the same
        image.setPixel(1, 0, qRgba(200, 100, 50, 255));
        image.setPixel(2, 0, qRgba(0, 0, 0, 0));
        image.setPixel(3, 0, qRgba(99, 98, 97, 128));
        const auto out = outputs::reencodeImage("mask.png", encoded(image, "png"));
        QVERIFY(out.ok());
        const QImage back = decoded(*out, "png").convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(back.pixel(0, 0), qRgba(0, 0, 0, 0));
        QCOMPARE(back.pixel(1, 0), image.pixel(1, 0));
        QCOMPARE(back.pixel(3, 0), image.pixel(3, 0));
    }

    void jpegExifCommentsAndTrailingBytesAreGone()
    {
        QByteArray jpeg = encoded(sampleFigure(), "jpeg", {{"Description", "comment: 6 people in Powys"}});
        jpeg = withExif(jpeg, "exif: date of birth 1961-03-02") + "after EOI: more rows";
        QVERIFY(jpegMarkers(jpeg).contains(0xe1));
        QVERIFY(jpegMarkers(jpeg).contains(0xfe));

        const auto out = outputs::reencodeImage("photo.JPEG", jpeg);
        QVERIFY2(out.ok(), qPrintable(out ? QString() : out.error().message));
        const QList<quint8> markers = jpegMarkers(*out);
        QVERIFY(!markers.isEmpty());
        QVERIFY(!markers.contains(0xfe)); // COM
        for (quint8 app = 0xe1; app <= 0xef; ++app)
            QVERIFY2(!markers.contains(app), qPrintable(QString::number(app, 16))); // APP1..APP15
        QVERIFY(!out->contains("Powys"));
        QVERIFY(!out->contains("1961"));
        QVERIFY(!out->contains("more rows"));
        QVERIFY(out->endsWith("\xff\xd9"));
        QCOMPARE(decoded(*out, "jpeg").size(), QSize(64, 48));
    }

    void contentMustMatchTheName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow(".png holding a JPEG")
            << "fig.png" << encoded(sampleFigure(), "jpeg") << "it is named .png but holds a JPEG image";
        QTest::newRow(".jpg holding a PNG")
            << "fig.jpg" << encoded(sampleFigure(), "png") << "it is named .jpg but holds a PNG image";
        QTest::newRow(".png holding a PDF") << "fig.png" << simplePdf(1) << "holds a PDF document";
        QTest::newRow("garbage") << "fig.png" << QByteArray("not an image at all") << "not a PNG image";
        QTest::newRow("PNG signature, then garbage")
            << "fig.png" << QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(200, 'z')
            << "cannot be read as a PNG";
        QTest::newRow("JPEG start, then garbage")
            << "fig.jpg" << QByteArray("\xff\xd8\xff\xe0", 4) + QByteArray(200, '\x01') << "as a JPEG image";
        QTest::newRow("truncated PNG") << "fig.png" << encoded(sampleFigure(), "png").left(60) << "PNG image";
        QTest::newRow("animated PNG")
            << "anim.png"
            << encoded(sampleFigure(), "png")
                   .insert(33, pngChunk("acTL", QByteArray("\0\0\0\x02\0\0\0\0", 8)))
            << "animated PNG";
    }

    void contentMustMatchTheName()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const auto out = outputs::reencodeImage(name, bytes);
        QVERIFY(!out.ok());
        QCOMPARE(out.error().code, QStringLiteral("output-format-refused"));
        QVERIFY2(out.error().message.contains(message), qPrintable(out.error().message));
    }

    void hugeDeclaredDimensionsAreRefusedBeforeDecoding()
    {
        // 100,000 × 100,000 RGBA would be 40 GB; the file is under 100 bytes.
        const QByteArray png = pngWithHugeHeader();
        QVERIFY(png.size() < 100);
        const auto out = outputs::reencodeImage("huge.png", png);
        QVERIFY(!out.ok());
        // Refused by the header check, not by a failed allocation.
        QVERIFY2(out.error().message.contains("100000 × 100000 pixels"), qPrintable(out.error().message));
    }

    void mediaOutputDispatchesByName()
    {
        const QByteArray csv = "region,count\nWales,6\n";
        QCOMPARE(outputs::prepareMediaOutput("outputs/table.csv", csv).value(), csv);
        const QByteArray pdf = simplePdf(1);
        QCOMPARE(outputs::prepareMediaOutput("outputs/report.pdf", pdf).value(), pdf);

        const auto png =
            outputs::prepareMediaOutput("outputs/fig.PNG", encoded(sampleFigure(), "png", {{"k", "v"}}));
        QVERIFY(png.ok());
        QVERIFY(!png->contains("tEXt"));

        const auto script = outputs::prepareMediaOutput(
            "outputs/Report.PDF", simplePdf(1, " /OpenAction << /S /JavaScript /JS (app.alert(1)) >>"));
        QVERIFY(!script.ok());
        QCOMPARE(script.error().code, QStringLiteral("output-format-refused"));
        QVERIFY2(script.error().message.startsWith("Report.PDF cannot be released as it is: "),
                 qPrintable(script.error().message));
    }

    // --- PDFs ---

    void cleanPdfsAreAccepted_data()
    {
        QTest::addColumn<QByteArray>("pdf");
        QTest::newRow("one page") << simplePdf(1);
        QTest::newRow("two pages, compressed contents") << simplePdf(2, {}, {}, true);
        QTest::newRow("a web link") << simplePdf(1, {},
                                                 " /Annots [<< /Type /Annot /Subtype /Link /Rect [72 700 200 "
                                                 "720] /A << /S /URI /URI (https://example.org/) >> >>]");
        QTest::newRow("CR line ends") << simplePdf(1).replace("\nendobj", "\rendobj");
    }

    void cleanPdfsAreAccepted()
    {
        QFETCH(QByteArray, pdf);
        const QString message = refusal(pdf);
        QVERIFY2(message.isEmpty(), qPrintable(message));
    }

    void pdfsHidingContentAreRefused_data()
    {
        QTest::addColumn<QByteArray>("pdf");
        QTest::addColumn<QString>("message");

        QTest::newRow("JavaScript") << simplePdf(1, " /OpenAction << /S /JavaScript /JS (app.alert(1)) >>")
                                    << "JavaScript, which runs when the file is opened (/JavaScript, /JS)";
        QTest::newRow("JavaScript, name hex-escaped")
            << simplePdf(1, " /OpenAction << /S /Java#53cript /J#53 (app.alert(1)) >>")
            << "JavaScript, which runs when the file is opened (/JavaScript, /JS)";
        {
            // The catalog's /Names lives in a compressed object stream: "EmbeddedFiles" is nowhere in
            // the file's bytes.
            const QByteArray names = "<< /EmbeddedFiles << /Names [(rows.csv) 7 0 R] >> >>";
            const QByteArray header = "6 0 7 " + QByteArray::number(names.size() + 1) + " ";
            const QByteArray body = header + names + " << /Type /Filespec /F (rows.csv) >>";
            PdfBuilder b;
            b.add("<< /Type /Catalog /Pages 2 0 R /Names 6 0 R >>");
            b.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
            b.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
            b.add(PdfBuilder::flateStream(" /Type /ObjStm /N 2 /First " + QByteArray::number(header.size()),
                                          body));
            const QByteArray pdf = b.build();
            QVERIFY(!pdf.contains("EmbeddedFile"));
            QTest::newRow("attachment inside a compressed object stream")
                << pdf << "attached files (/EmbeddedFiles)";
        }
        QTest::newRow("form") << simplePdf(1, " /AcroForm << /Fields [] >>") << "form fields";
        QTest::newRow("XFA form") << simplePdf(1, " /AcroForm << /Fields [] /XFA 9 0 R >>")
                                  << "(/AcroForm, /XFA)";
        QTest::newRow("layers") << simplePdf(1, " /OCProperties << /OCGs [] /D << >> >>")
                                << "layers that can be hidden (optional content) (/OCProperties)";
        {
            // Marked content that belongs to a layer, in compressed page contents.
            PdfBuilder b;
            b.add("<< /Type /Catalog /Pages 2 0 R >>");
            b.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
            b.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>");
            b.add(PdfBuilder::flateStream({}, "/O#43 /L1 BDC 0 0 m 10 10 l S EMC"));
            QTest::newRow("layer use in compressed page contents") << b.build() << "(/OC)";
        }
        QTest::newRow("launch action") << simplePdf(1, " /OpenAction << /S /Launch /F (cmd.exe) >>")
                                       << "actions that open other files or send data (/Launch)";
        QTest::newRow("remote go-to")
            << simplePdf(1, " /OpenAction << /S /GoToR /F (other.pdf) /D [0 /Fit] >>") << "(/GoToR)";
        QTest::newRow("a sticky note")
            << simplePdf(1, {},
                         " /Annots [<< /Type /Annot /Subtype /Text /Rect [0 0 20 20] /Contents (n = 6) >>]")
            << "notes, highlights, stamps or drawings laid over the pages, which the preview does not show "
               "(/Text)";
        QTest::newRow("rich media") << simplePdf(1, {}, " /Annots [<< /Subtype /RichMedia >>]")
                                    << "(/RichMedia)";
        QTest::newRow("encrypted") << [] {
            PdfBuilder b;
            b.add("<< /Type /Catalog /Pages 2 0 R >>");
            b.add("<< /Type /Pages /Kids [] /Count 0 >>");
            b.add("<< /Filter /Standard /V 2 /R 3 /O <00> /U <00> /P -4 >>");
            b.trailerEntries = " /Encrypt 3 0 R";
            return b.build();
        }() << "encryption, so its contents cannot be checked (/Encrypt)";
        {
            // An earlier page 1 stays in the file under the new one.
            const QByteArray original = simplePdf(1);
            const qsizetype oldXref = original.lastIndexOf("xref\n");
            QByteArray updated = original;
            const qsizetype at = updated.size();
            updated +=
                "5 0 obj\n" + PdfBuilder::stream({}, "BT /F1 24 Tf 72 720 Td ([c]) Tj ET") + "\nendobj\n";
            const qsizetype xref = updated.size();
            updated += "xref\n5 1\n" + QByteArray::number(at).rightJustified(10, '0') +
                       " 00000 n \ntrailer\n<< /Size 6 /Root 1 0 R /Prev " + QByteArray::number(oldXref) +
                       " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
            QTest::newRow("incremental update") << updated << "earlier versions kept under the visible one";
        }
        QTest::newRow("data after %%EOF") << simplePdf(1) + "Wales,Under 35,6\n"
                                          << "17 byte(s) after the end of the document (%%EOF)";
        QTest::newRow("a comment in the code") << simplePdf(1, "\n% Wales under 35: 6 people\n")
                                               << "1 comment(s) in the file's code, which no viewer shows";
        {
            PdfBuilder b;
            b.add("<< /Type /Catalog /Pages 2 0 R >>");
            b.add("<< /Type /Pages /Kids [] /Count 0 >>");
            b.add(PdfBuilder::stream(" /Filter /FlateDecode", deflated("q Q") + "hidden rows"));
            QTest::newRow("bytes after compressed data")
                << b.build() << "bytes hidden after the compressed data of object 3";
        }
    }

    void pdfsHidingContentAreRefused()
    {
        QFETCH(QByteArray, pdf);
        QFETCH(QString, message);
        const Status s = PdfInspector().inspect(pdf);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("output-format-refused"));
        QVERIFY2(s.error().message.startsWith("the PDF holds what a checker would not see on its pages: "),
                 qPrintable(s.error().message));
        QVERIFY2(s.error().message.contains(message), qPrintable(s.error().message));
    }

    void pdfsThatCannotBeReadAreRefused_data()
    {
        QTest::addColumn<QByteArray>("pdf");
        QTest::addColumn<QString>("message");
        const QByteArray clean = simplePdf(1);
        QTest::newRow("not a PDF") << QByteArray("Wales,6\n") << "it does not start with a PDF header";
        QTest::newRow("junk before the header") << " " + clean << "it does not start with a PDF header";
        QTest::newRow("cut short") << clean.left(clean.size() / 2) << "cannot be read through to its end";
        QTest::newRow("no %%EOF") << clean.left(clean.lastIndexOf("%%EOF")) << "no %%EOF";
        const QByteArray length =
            "/Length " + QByteArray::number(QByteArray("BT /F1 24 Tf 72 720 Td (Page 1) Tj ET").size());
        QVERIFY(clean.contains(length));
        QTest::newRow("stream longer than its /Length")
            << QByteArray(clean).replace(length, "/Length 20") << "is not as long as its /Length says";
        QTest::newRow("unknown keyword")
            << QByteArray(clean).replace("endobj\n2 0 obj", "endobj\nrm -rf\n2 0 obj")
            << "something other than an object";
        QTest::newRow("bad name escape") << simplePdf(1, " /Java#5Xcript 1") << "malformed #xx escape";
        QTest::newRow("deep nesting") << simplePdf(1, " /X " + QByteArray(100, '[') + QByteArray(100, ']'))
                                      << "nested more than 64 levels";
        {
            // Object 5 as the cross-reference table has it is written inside an image's data, which
            // is not PDF syntax and is not read; the object 5 in plain sight is a web link.
            PdfBuilder b;
            b.add("<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R >>");
            b.add("<< /Type /Pages /Kids [] /Count 0 >>");
            b.add(PdfBuilder::stream(
                " /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray "
                "/BitsPerComponent 8",
                "5 0 obj\n<< /S /JavaScript /JS (app.alert(1)) >>\nendobj\n"));
            b.add("null");
            b.add("<< /S /URI /URI (https://example.org/) >>");
            QByteArray pdf = b.build();
            const qsizetype hidden = pdf.indexOf("5 0 obj\n<< /S /JavaScript");
            const qsizetype entry = pdf.lastIndexOf("xref\n0 6\n") + 9 + 5 * 20;
            pdf.replace(entry, 10, QByteArray::number(hidden).rightJustified(10, '0'));
            QTest::newRow("an object hidden in an image's data")
                << pdf << "its cross-reference section points object 5 at byte " + QString::number(hidden);
        }
        {
            PdfBuilder b;
            b.add("<< /Type /Catalog /Pages 2 0 R >>");
            b.add("<< /Type /Pages /Kids [] /Count 0 >>");
            b.add(PdfBuilder::stream(" /Filter /FlateDecode", "this is not zlib data"));
            QTest::newRow("damaged compressed stream")
                << b.build() << "the compressed stream of object 3 is damaged";
        }
        {
            PdfBuilder b;
            b.add("<< /Type /Catalog /Pages 2 0 R >>");
            b.add("<< /Type /Pages /Kids [] /Count 0 >>");
            b.add(PdfBuilder::stream(" /Filter /LZWDecode", "\x80\x0b\x60\x50"));
            QTest::newRow("a filter that cannot be inspected") << b.build() << "compressed with /LZWDecode";
        }
    }

    void pdfsThatCannotBeReadAreRefused()
    {
        QFETCH(QByteArray, pdf);
        QFETCH(QString, message);
        const QString m = refusal(pdf);
        QVERIFY2(m.startsWith("the PDF cannot be read through to its end, so it cannot be checked: "),
                 qPrintable(m));
        QVERIFY2(m.contains(message), qPrintable(m));
    }

    void compressionBombsAreRefused()
    {
        // 8 MiB of zeros compress to about 8 KiB.
        PdfBuilder b;
        b.add("<< /Type /Catalog /Pages 2 0 R >>");
        b.add("<< /Type /Pages /Kids [] /Count 0 >>");
        b.add(PdfBuilder::flateStream({}, QByteArray(8 * 1024 * 1024, '\0')));
        const QByteArray pdf = b.build();
        QVERIFY(pdf.size() < 64 * 1024);
        PdfInspector::Limits limits;
        limits.maxScannedStreamBytes = 1024 * 1024;
        QVERIFY(refusal(pdf, limits).contains("the compressed stream of object 3 holds more than 1 MiB"));
        limits.maxScannedStreamBytes = 64LL * 1024 * 1024;
        limits.maxTotalInflatedBytes = 4 * 1024 * 1024;
        QVERIFY(refusal(pdf, limits).contains("its compressed streams hold more than 4 MiB in all"));
        QVERIFY(refusal(pdf).isEmpty()); // within the default limits
    }

    void namesAreNormalised()
    {
        QCOMPARE(outputs::pdf::decodeName("Java#53cript").value(), QByteArray("JavaScript"));
        QCOMPARE(outputs::pdf::decodeName("A#20B").value(), QByteArray("A B"));
        QVERIFY(!outputs::pdf::decodeName("Bad#4").has_value());
        QVERIFY(!outputs::pdf::decodeName("Bad#zz").has_value());
        QCOMPARE(outputs::pdf::contentStreamNames(
                     "/F1 12 Tf (a /JS in text) Tj BI /W 1 ID \x01/JS\x02 EI /O#43 BDC"),
                 (QList<QByteArray>{"F1", "W", "OC"}));
    }
};

QTEST_GUILESS_MAIN(TestMediaOutputs)
#include "tst_mediaoutputs.moc"
