// What a file brought into a project is, decided from its bytes: each archive and package kind,
// a zip renamed .csv (and flagged for the lie), an .xlsx taken as a table, binary, text, code
// and tables; and the checks that follow from the kind (archives refused unless allowed).

#include "SdcTestSupport.h"
#include "services/IngestChecks.h"
#include "services/IngestContentType.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using srs::server::ContentType;
using srs::server::IngestContentType;
using srs::server::IngestFileChecker;

namespace {

QByteArray octal(qint64 value, int width)
{
    return QByteArray::number(value, 8).rightJustified(width - 1, '0') + '\0';
}

// A ustar archive of the given files (no compression).
QByteArray tarOf(const QList<QPair<QByteArray, QByteArray>> &files)
{
    QByteArray out;
    for (const auto &[name, bytes] : files) {
        QByteArray header(512, '\0');
        header.replace(0, name.size(), name);
        header.replace(100, 8, octal(0644, 8));
        header.replace(108, 8, octal(0, 8));
        header.replace(116, 8, octal(0, 8));
        header.replace(124, 12, octal(bytes.size(), 12));
        header.replace(136, 12, octal(0, 12));
        header[156] = '0';
        header.replace(257, 6, QByteArray("ustar\0", 6));
        header.replace(263, 2, "00");
        header.replace(148, 8, QByteArray(8, ' '));
        int sum = 0;
        for (char c : header)
            sum += quint8(c);
        header.replace(148, 8, QByteArray(octal(sum, 7) + ' '));
        out += header;
        out += bytes;
        out += QByteArray((512 - bytes.size() % 512) % 512, '\0');
    }
    out += QByteArray(1024, '\0');
    return out;
}

QByteArray gzipOf(const QByteArray &bytes)
{
    z_stream s{};
    deflateInit2(&s, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&s, uLong(bytes.size()))) + 64, '\0');
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    s.avail_in = uInt(bytes.size());
    s.next_out = reinterpret_cast<Bytef *>(out.data());
    s.avail_out = uInt(out.size());
    deflate(&s, Z_FINISH);
    out.truncate(qsizetype(s.total_out));
    deflateEnd(&s);
    return out;
}

QByteArray zipOf(const QStringList &names)
{
    QMap<QString, QByteArray> parts;
    for (const QString &n : names)
        parts.insert(n, "content of " + n.toUtf8() + "\n");
    return srs::sdc::test::writeZip(parts);
}

} // namespace

class TestIngestContentType : public QObject
{
    Q_OBJECT
private slots:
    void kinds_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("formatHas"); // a word the format names
        QTest::addColumn<bool>("mismatch");

        QTest::newRow("plain zip") << zipOf({"a.txt", "b.txt"}) << "bundle.zip"
                                   << "archive"
                                   << "zip" << false;
        QTest::newRow("wheel") << zipOf({"pkg/__init__.py", "pkg-1.0.dist-info/WHEEL",
                                         "pkg-1.0.dist-info/METADATA"})
                               << "pkg-1.0-py3-none-any.whl"
                               << "package"
                               << "wheel" << false;
        QTest::newRow("wheel named .zip") << zipOf({"pkg-1.0.dist-info/WHEEL"}) << "helpers.zip"
                                          << "package"
                                          << "wheel" << false;
        QTest::newRow("jar") << zipOf({"META-INF/MANIFEST.MF", "a/B.class"}) << "tool.jar"
                             << "package"
                             << "Java" << false;
        QTest::newRow("R binary package")
            << zipOf({"mypkg/DESCRIPTION", "mypkg/Meta/package.rds", "mypkg/R/mypkg"}) << "mypkg_1.0.zip"
            << "package"
            << "R binary" << false;
        QTest::newRow("conda (.conda)")
            << zipOf({"metadata.json", "info-pkg-1.0.tar.zst", "pkg-pkg-1.0.tar.zst"}) << "pkg-1.0.conda"
            << "package"
            << "conda" << false;
        QTest::newRow("zip renamed .csv") << zipOf({"a.csv"}) << "results.csv"
                                          << "archive"
                                          << "zip" << true;
        QTest::newRow("tar") << tarOf({{"data/a.csv", "x,y\n1,2\n"}}) << "data.tar"
                             << "archive"
                             << "tar" << false;
        QTest::newRow("sdist (.tar.gz)")
            << gzipOf(tarOf({{"pkg-1.0/PKG-INFO", "Name: pkg\n"}, {"pkg-1.0/setup.py", "setup()\n"}}))
            << "pkg-1.0.tar.gz"
            << "package"
            << "Python source" << false;
        QTest::newRow("R source package")
            << gzipOf(tarOf({{"mypkg/DESCRIPTION", "Package: mypkg\n"}, {"mypkg/R/f.R", "f <- 1\n"}}))
            << "mypkg_1.0.tar.gz"
            << "package"
            << "R source" << false;
        QTest::newRow("npm tgz") << gzipOf(tarOf(
                                        {{"package/package.json", "{}\n"}, {"package/index.js", "1;\n"}}))
                                 << "left-pad-1.3.0.tgz"
                                 << "package"
                                 << "npm" << false;
        QTest::newRow("plain .tar.gz") << gzipOf(tarOf({{"notes/a.txt", "hello\n"}})) << "notes.tar.gz"
                                       << "archive"
                                       << "gzip" << false;
        QTest::newRow("gzip") << gzipOf("just some text\n") << "a.txt.gz"
                              << "archive"
                              << "gzip" << false;
        QTest::newRow("bzip2") << QByteArray("BZh91AY&SY") + QByteArray(40, '\1') << "x.tar.bz2"
                               << "archive"
                               << "bzip2" << false;
        QTest::newRow("xz") << QByteArray("\xfd"
                                          "7zXZ\0\0\4",
                                          8) +
                                   QByteArray(40, '\1')
                            << "x.xz"
                            << "archive"
                            << "xz" << false;
        QTest::newRow("zstd") << QByteArray("\x28\xb5\x2f\xfd") + QByteArray(40, '\1') << "x.zst"
                              << "archive"
                              << "zstd" << false;
        QTest::newRow("7z") << QByteArray("7z\xbc\xaf\x27\x1c\0\4", 8) + QByteArray(40, '\1') << "x.7z"
                            << "archive"
                            << "7-Zip" << false;
        QTest::newRow("rar") << QByteArray("Rar!\x1a\x07\x01\0", 8) + QByteArray(40, '\1') << "x.rar"
                             << "archive"
                             << "RAR" << false;
        QTest::newRow("deb")
            << QByteArray("!<arch>\ndebian-binary   1342943816  0     0     100644  4         `\n2.0\n")
            << "tool.deb"
            << "package"
            << "Debian" << false;
        QTest::newRow("ar library") << QByteArray(
                                           "!<arch>\nfoo.o/          0           0     0     644     4  `\n")
                                    << "libfoo.a"
                                    << "archive"
                                    << "ar" << false;
        QTest::newRow("rpm") << QByteArray("\xed\xab\xee\xdb\x03\x00") + QByteArray(90, '\0') << "tool.rpm"
                             << "package"
                             << "RPM" << false;
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xe2\xe3\n1 0 obj\n") << "paper.pdf"
                             << "pdf"
                             << "PDF" << false;
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "plot.png"
                             << "image"
                             << "PNG" << false;
        QTest::newRow("jpeg") << QByteArray("\xff\xd8\xff\xe0\0\x10JFIF", 10) << "photo.jpg"
                              << "image"
                              << "JPEG" << false;
        QTest::newRow("gif") << QByteArray("GIF89a\1\0\1\0") << "anim.gif"
                             << "image"
                             << "GIF" << false;
        QTest::newRow("png named .csv") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "table.csv"
                                        << "image"
                                        << "PNG" << true;
        QTest::newRow("binary (NUL bytes)") << QByteArray("abc\0def\0\1\2\3", 11) << "data.dat"
                                            << "binary"
                                            << "binary" << false;
        QTest::newRow("binary (control bytes)")
            << QByteArray("\x01\x02\x03\x04 abc \x05\x06\x07\x08\x0e\x0f") << "notes.txt"
            << "binary"
            << "binary" << true;
        QTest::newRow("Windows-1252 text") << QByteArray("caf\xe9 au lait, cr\xe8me br\xfbl\xe9"
                                                         "e\n")
                                           << "menu.txt"
                                           << "text"
                                           << "text" << false;
        QTest::newRow("UTF-16 table") << QByteArray("\xff\xfe"
                                                    "a\0,\0b\0\n\0"
                                                    "1\0,\0"
                                                    "2\0\n\0"
                                                    "3\0,\0"
                                                    "4\0\n\0",
                                                    26)
                                      << "t.csv"
                                      << "table"
                                      << "table" << false;
        QTest::newRow("elf") << QByteArray("\x7f"
                                           "ELF\2\1\1\0",
                                           8) +
                                    QByteArray(60, '\0')
                             << "tool"
                             << "binary"
                             << "ELF" << false;
        QTest::newRow("text") << QByteArray(
                                     "These notes say what the look-up table is.\nIt has two columns.\n")
                              << "README.md"
                              << "text"
                              << "text" << false;
        QTest::newRow("csv") << QByteArray("area,count\nE01,12\nE02,40\nE03,7\n") << "areas.csv"
                             << "table"
                             << "table" << false;
        QTest::newRow("tsv named .txt") << QByteArray("area\tcount\nE01\t12\nE02\t40\n") << "areas.txt"
                                        << "table"
                                        << "tab" << false;
        QTest::newRow("R code") << QByteArray("library(dplyr)\nx <- read.csv(\"a.csv\")\nsummary(x)\n")
                                << "model.R"
                                << "code"
                                << "R" << false;
        QTest::newRow("Python code named .txt")
            << QByteArray("import pandas as pd\n\ndef load(path):\n    return pd.read_csv(path)\n")
            << "load.txt"
            << "code"
            << "code" << false;
        QTest::newRow("notebook") << QByteArray(
                                         R"({"cells": [{"cell_type": "code", "source": ["x = 1\n"]}]})")
                                  << "analysis.ipynb"
                                  << "code"
                                  << "notebook" << false;
        QTest::newRow("empty") << QByteArray() << "empty.txt"
                               << "empty"
                               << "empty" << false;
    }

    void kinds()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(QString, kind);
        QFETCH(QString, formatHas);
        QFETCH(bool, mismatch);
        const ContentType t = IngestContentType::detectBytes(bytes, name);
        QCOMPARE(t.kind, kind);
        QVERIFY2(t.format.contains(formatHas, Qt::CaseInsensitive), qPrintable(t.format));
        QVERIFY(!t.mediaType.isEmpty());
        QCOMPARE(!t.nameMismatch.isEmpty(), mismatch);
    }

    void xlsxIsATableNotAnArchive()
    {
        const QByteArray xlsx = srs::sdc::test::writeXlsx({{"Sheet1", {{"area", "count"}, {"E01", "12"}}}});
        const ContentType t = IngestContentType::detectBytes(xlsx, "counts.xlsx");
        QCOMPARE(t.kind, QString("table"));
        QCOMPARE(t.family, QString("zip"));
        QVERIFY(t.nameMismatch.isEmpty());
        QVERIFY(!t.isArchiveOrPackage());
        // The same workbook under a .csv name: a table still, but the name lies.
        QVERIFY(!IngestContentType::detectBytes(xlsx, "counts.csv").nameMismatch.isEmpty());
    }

    void theChecksFollowTheKind()
    {
        QTemporaryDir dir;
        auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile f(dir.filePath(name));
            f.open(QIODevice::WriteOnly);
            f.write(bytes);
            return f.fileName();
        };
        const QString wheel = write("w", zipOf({"pkg-1.0.dist-info/WHEEL"}));
        auto refused = IngestFileChecker::check(wheel, "pkg-1.0-py3-none-any.whl", false);
        QCOMPARE(refused.findings.size(), 1);
        QCOMPARE(refused.findings.first().rule, QString("kind-refused"));
        QCOMPARE(refused.findings.first().severity, QString("refused"));
        QVERIFY(refused.findings.first().message.contains("public code repositories"));
        // Allowed by configuration: a flag that its contents were not looked at, no refusal.
        auto allowed = IngestFileChecker::check(wheel, "pkg-1.0-py3-none-any.whl", true);
        QCOMPARE(allowed.findings.size(), 1);
        QCOMPARE(allowed.findings.first().severity, QString("flag"));
        // A zip called .csv: refused as an archive, and flagged for its name.
        auto renamed = IngestFileChecker::check(write("z", zipOf({"a.csv"})), "results.csv", false);
        QStringList rules;
        for (const auto &f : renamed.findings)
            rules << f.rule + "/" + f.severity;
        QCOMPARE(rules, (QStringList{"name-mismatch/flag", "kind-refused/refused"}));
        // A plain table: profiled, nothing found.
        auto table = IngestFileChecker::check(write("t", "area,count\nE01,12\nE02,40\n"), "areas.csv", false);
        QVERIFY(table.findings.isEmpty());
        QCOMPARE(table.profile.value("rows").toInteger(), 2);
        // A workbook: profiled from its first sheet.
        auto book = IngestFileChecker::check(
            write("b",
                  srs::sdc::test::writeXlsx({{"Sheet1", {{"nhs_number", "count"}, {"9434765919", "3"}}}})),
            "ids.xlsx", false);
        QCOMPARE(book.type.kind, QString("table"));
        QCOMPARE(book.profile.value("columns").toArray().size(), 2);
        QCOMPARE(book.findings.size(), 1);
        QCOMPARE(book.findings.first().rule, QString("identifier-column"));
    }
};

QTEST_GUILESS_MAIN(TestIngestContentType)
#include "tst_ingestcontenttype.moc"
