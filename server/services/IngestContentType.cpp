#include "IngestContentType.h"

#include "sdc/CodeScanner.h"

#include <QBuffer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

#include <zlib.h>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;

namespace {

bool startsWith(const QByteArray &head, QByteArrayView magic, qsizetype at = 0)
{
    return head.size() >= at + magic.size() && QByteArrayView(head).sliced(at, magic.size()) == magic;
}

quint32 le32(const QByteArray &b, qsizetype at)
{
    return quint32(quint8(b[at])) | quint32(quint8(b[at + 1])) << 8 | quint32(quint8(b[at + 2])) << 16 |
           quint32(quint8(b[at + 3])) << 24;
}

quint16 le16(const QByteArray &b, qsizetype at)
{
    return quint16(quint8(b[at]) | quint8(b[at + 1]) << 8);
}

// The first bytes a gzip stream inflates to (at most `limit`), or nothing.
QByteArray gunzipHead(const QByteArray &compressed, qsizetype limit)
{
    z_stream s{};
    if (inflateInit2(&s, 16 + MAX_WBITS) != Z_OK)
        return {};
    QByteArray out(limit, Qt::Uninitialized);
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    s.avail_in = uInt(compressed.size());
    s.next_out = reinterpret_cast<Bytef *>(out.data());
    s.avail_out = uInt(limit);
    const int rc = inflate(&s, Z_SYNC_FLUSH);
    const qsizetype produced = limit - qsizetype(s.avail_out);
    inflateEnd(&s);
    if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR)
        return {};
    out.truncate(produced);
    return out;
}

bool anyMatches(const QStringList &names, const QRegularExpression &re)
{
    for (const QString &n : names)
        if (re.match(n).hasMatch())
            return true;
    return false;
}

// What the entries of an archive (zip, or tar inside gzip or alone) say it is: a package from
// a public code repository, or "" for a plain archive.
QString packageByEntries(const QStringList &names)
{
    static const QRegularExpression wheel(u"^[^/]+\\.dist-info/(WHEEL|METADATA|RECORD)$"_s);
    static const QRegularExpression egg(u"(^|/)(EGG-INFO/PKG-INFO|[^/]+\\.egg-info/PKG-INFO)$"_s);
    static const QRegularExpression sdist(u"^[^/]+/(PKG-INFO|setup\\.py|pyproject\\.toml)$"_s);
    static const QRegularExpression rSource(u"^[^/]+/DESCRIPTION$"_s);
    static const QRegularExpression rBinary(u"^[^/]+/Meta/package\\.rds$"_s);
    static const QRegularExpression npm(u"^package/package\\.json$"_s);
    static const QRegularExpression jar(u"^META-INF/MANIFEST\\.MF$|\\.class$"_s);
    static const QRegularExpression conda(u"^(info-[^/]+\\.tar\\.zst|info/index\\.json)$"_s);
    if (anyMatches(names, wheel))
        return u"Python wheel"_s;
    if (anyMatches(names, egg))
        return u"Python egg"_s;
    if (anyMatches(names, rBinary))
        return u"R binary package"_s;
    if (anyMatches(names, npm))
        return u"npm package"_s;
    if (anyMatches(names, conda))
        return u"conda package"_s;
    if (anyMatches(names, jar))
        return u"Java archive"_s;
    if (anyMatches(names, sdist))
        return u"Python source distribution"_s;
    if (anyMatches(names, rSource))
        return u"R source package"_s;
    return {};
}

// What a file's extension promises, by family; "" when it promises nothing.
QString familyOfExtension(const QString &name, QString *promise)
{
    const QString lower = name.toLower();
    const QString suffix = QFileInfo(lower).suffix();
    struct Ext
    {
        const char16_t *suffix;
        const char16_t *family;
        const char16_t *promise;
    };
    static const Ext table[] = {
        {u"csv", u"text", u"a CSV table"},   {u"tsv", u"text", u"a TSV table"},
        {u"txt", u"text", u"text"},          {u"md", u"text", u"text"},
        {u"r", u"text", u"R code"},          {u"py", u"text", u"Python code"},
        {u"do", u"text", u"Stata code"},     {u"sas", u"text", u"SAS code"},
        {u"sql", u"text", u"SQL code"},      {u"ipynb", u"text", u"a notebook"},
        {u"json", u"text", u"JSON text"},    {u"sh", u"text", u"shell code"},
        {u"rmd", u"text", u"R Markdown"},    {u"qmd", u"text", u"Quarto text"},
        {u"xlsx", u"zip", u"a workbook"},    {u"docx", u"zip", u"a document"},
        {u"zip", u"zip", u"a zip archive"},  {u"whl", u"zip", u"a wheel"},
        {u"jar", u"zip", u"a Java archive"}, {u"gz", u"gzip", u"gzip data"},
        {u"tgz", u"gzip", u"gzip data"},     {u"tar", u"tar", u"a tar archive"},
        {u"bz2", u"bzip2", u"bzip2 data"},   {u"xz", u"xz", u"xz data"},
        {u"zst", u"zstd", u"zstd data"},     {u"7z", u"7z", u"a 7-Zip archive"},
        {u"rar", u"rar", u"a RAR archive"},  {u"deb", u"ar", u"a Debian package"},
        {u"rpm", u"rpm", u"an RPM package"}, {u"pdf", u"pdf", u"a PDF"},
        {u"png", u"png", u"a PNG image"},    {u"jpg", u"jpeg", u"a JPEG image"},
        {u"jpeg", u"jpeg", u"a JPEG image"}, {u"gif", u"gif", u"a GIF image"},
    };
    for (const Ext &e : table) {
        if (suffix == QStringView(e.suffix)) {
            *promise = QString::fromUtf16(e.promise);
            return QString::fromUtf16(e.family);
        }
    }
    return {};
}

// Tables: the same count (at least one) of one delimiter, outside quotes, in nearly every one of
// the first lines.
char tableDelimiter(const QString &text)
{
    const QStringList lines = text.left(32 * 1024).split(u'\n', Qt::SkipEmptyParts).mid(0, 30);
    if (lines.size() < 2)
        return 0;
    for (char d : {',', '\t', ';', '|'}) {
        QList<int> counts;
        for (const QString &line : lines) {
            int n = 0;
            bool quoted = false;
            for (QChar c : line) {
                if (c == u'"')
                    quoted = !quoted;
                else if (!quoted && c == QLatin1Char(d))
                    ++n;
            }
            counts << n;
        }
        // The last line may be cut off by the sample.
        const int first = counts.first();
        if (first < 1)
            continue;
        qsizetype same = 0;
        for (int n : counts)
            same += n == first ? 1 : 0;
        if (same >= counts.size() - 1 && same * 10 >= counts.size() * 9)
            return d;
    }
    return 0;
}

// Code, by what its lines look like: the share of lines with a programming construct.
bool looksLikeCode(const QString &text)
{
    static const QRegularExpression construct(
        u"(<-|->|==|!=|\\+=|:=|;\\s*$|^\\s*[{}]\\s*$|\\)\\s*\\{|^\\s*(import|from|def|class|library|require|"
        u"function|return|if|for|while|use|gen|generate|replace|select|proc|data|local|global|print|#include|"
        u"const|let|var|source)\\b|^\\s*#!|^\\s*%%|\\w+\\s*\\(.*\\)\\s*$|\\$\\w)"_s);
    const QStringList lines = text.left(64 * 1024).split(u'\n', Qt::SkipEmptyParts);
    int counted = 0;
    int code = 0;
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        ++counted;
        if (construct.match(line).hasMatch())
            ++code;
        if (counted >= 400)
            break;
    }
    return counted > 0 && code * 10 >= counted * 3;
}

void classifyText(ContentType &t, const QString &head, const QString &name)
{
    const sdc::CodeLanguage byName = sdc::CodeScanner::languageFor(name);
    t.family = u"text"_s;
    if (byName == sdc::CodeLanguage::Notebook && head.trimmed().startsWith(u'{') &&
        head.contains(u"\"cells\""_s)) {
        t.kind = u"code"_s;
        t.mediaType = u"application/x-ipynb+json"_s;
        t.format = u"Jupyter notebook"_s;
        t.language = sdc::CodeScanner::languageName(byName);
        return;
    }
    const bool code = looksLikeCode(head);
    if (const char d = tableDelimiter(head); d != 0 && !(code && byName != sdc::CodeLanguage::Unknown)) {
        t.kind = u"table"_s;
        t.delimiter = d;
        t.mediaType = d == '\t' ? u"text/tab-separated-values"_s : u"text/csv"_s;
        t.format = d == '\t' ? u"tab-separated table"_s : u"delimited table"_s;
        return;
    }
    if (code) {
        t.kind = u"code"_s;
        t.mediaType = u"text/plain"_s;
        t.language =
            byName == sdc::CodeLanguage::Unknown ? QString() : sdc::CodeScanner::languageName(byName);
        t.format = t.language.isEmpty() ? u"code"_s : t.language + u" code"_s;
        return;
    }
    t.kind = u"text"_s;
    t.mediaType = u"text/plain"_s;
    t.format = u"text"_s;
}

// Nearly every byte a printable character, white space or a Windows-1252 letter.
bool mostlyPrintable(const QByteArray &head)
{
    qsizetype printable = 0;
    for (char c : head) {
        const auto u = quint8(c);
        printable += (u >= 0x20 && u != 0x7f) || c == '\n' || c == '\r' || c == '\t' || c == '\f' ? 1 : 0;
    }
    return printable * 100 >= head.size() * 98;
}

ContentType typed(const char16_t *kind, const char16_t *media, const char16_t *format, const char16_t *family)
{
    ContentType t;
    t.kind = QString::fromUtf16(kind);
    t.mediaType = QString::fromUtf16(media);
    t.format = QString::fromUtf16(format);
    t.family = QString::fromUtf16(family);
    return t;
}

// What a tar stream's entries say: a package, or a plain tar archive.
ContentType fromTarEntries(const QStringList &names, const QString &outer, const QString &media)
{
    ContentType t = typed(u"archive", u"", u"", u"");
    t.mediaType = media;
    const QString package = packageByEntries(names);
    t.kind = package.isEmpty() ? u"archive"_s : u"package"_s;
    t.format = package.isEmpty() ? outer : package + u" ("_s + outer + u")"_s;
    return t;
}

ContentType byMagic(QIODevice &file, const QByteArray &head)
{
    if (startsWith(head, "PK\x03\x04") || startsWith(head, "PK\x05\x06")) {
        const QStringList names = IngestContentType::zipEntryNames(file);
        const bool workbook =
            names.contains(u"xl/workbook.xml"_s) && names.contains(u"[Content_Types].xml"_s);
        if (workbook)
            return typed(u"table", u"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                         u"Excel workbook", u"zip");
        if (names.contains(u"word/document.xml"_s) || names.contains(u"ppt/presentation.xml"_s) ||
            names.contains(u"mimetype"_s))
            return typed(u"document", u"application/zip", u"office document", u"zip");
        ContentType t = typed(u"archive", u"application/zip", u"zip archive", u"zip");
        if (const QString package = packageByEntries(names); !package.isEmpty()) {
            t.kind = u"package"_s;
            t.format = package;
        }
        return t;
    }
    if (startsWith(head, "\x1f\x8b")) {
        const QByteArray inner = gunzipHead(head, IngestContentType::HeadBytes);
        ContentType t = startsWith(inner, "ustar", 257)
                            ? fromTarEntries(IngestContentType::tarEntryNames(inner),
                                             u"gzip-compressed tar"_s, u"application/gzip"_s)
                            : typed(u"archive", u"application/gzip", u"gzip-compressed data", u"");
        t.family = u"gzip"_s;
        return t;
    }
    if (startsWith(head, "ustar", 257)) {
        ContentType t =
            fromTarEntries(IngestContentType::tarEntryNames(head), u"tar archive"_s, u"application/x-tar"_s);
        t.family = u"tar"_s;
        return t;
    }
    if (startsWith(head, "!<arch>\n")) {
        if (startsWith(head, "debian-binary", 8))
            return typed(u"package", u"application/vnd.debian.binary-package", u"Debian package", u"ar");
        return typed(u"archive", u"application/x-archive", u"ar archive", u"ar");
    }
    struct Magic
    {
        QByteArrayView bytes;
        const char16_t *kind;
        const char16_t *media;
        const char16_t *format;
        const char16_t *family;
    };
    static const Magic magics[] = {
        {"BZh", u"archive", u"application/x-bzip2", u"bzip2-compressed data", u"bzip2"},
        {"\xfd"
         "7zXZ\x00",
         u"archive", u"application/x-xz", u"xz-compressed data", u"xz"},
        {"\x28\xb5\x2f\xfd", u"archive", u"application/zstd", u"zstd-compressed data", u"zstd"},
        {"7z\xbc\xaf\x27\x1c", u"archive", u"application/x-7z-compressed", u"7-Zip archive", u"7z"},
        {"Rar!\x1a\x07", u"archive", u"application/vnd.rar", u"RAR archive", u"rar"},
        {"\xed\xab\xee\xdb", u"package", u"application/x-rpm", u"RPM package", u"rpm"},
        {"MSCF", u"archive", u"application/vnd.ms-cab-compressed", u"cabinet archive", u"cab"},
        {"\x1f\x9d", u"archive", u"application/x-compress", u"compress data", u"compress"},
        {"LZIP", u"archive", u"application/x-lzip", u"lzip data", u"lzip"},
        {"\x04\x22\x4d\x18", u"archive", u"application/x-lz4", u"lz4 data", u"lz4"},
        {"%PDF-", u"pdf", u"application/pdf", u"PDF document", u"pdf"},
        {"\x89PNG\r\n\x1a\n", u"image", u"image/png", u"PNG image", u"png"},
        {"\xff\xd8\xff", u"image", u"image/jpeg", u"JPEG image", u"jpeg"},
        {"GIF87a", u"image", u"image/gif", u"GIF image", u"gif"},
        {"GIF89a", u"image", u"image/gif", u"GIF image", u"gif"},
        {"\x7f"
         "ELF",
         u"binary", u"application/x-executable", u"ELF executable", u"elf"},
        {"MZ", u"binary", u"application/x-msdownload", u"Windows executable", u"exe"},
    };
    for (const Magic &m : magics)
        if (startsWith(head, m.bytes))
            return typed(m.kind, m.media, m.format, m.family);
    return {};
}

} // namespace

QStringList IngestContentType::zipEntryNames(QIODevice &file)
{
    // The end of central directory record is in the last 22 + 65535 bytes.
    const qint64 size = file.size();
    const qint64 tail = qMin<qint64>(size, 22 + 65535);
    if (!file.seek(size - tail))
        return {};
    const QByteArray end = file.read(tail);
    const qsizetype eocd = end.lastIndexOf(QByteArrayView("PK\x05\x06"));
    if (eocd < 0 || eocd + 22 > end.size())
        return {};
    const quint32 cdSize = le32(end, eocd + 12);
    const quint32 cdOffset = le32(end, eocd + 16);
    if (qint64(cdOffset) + cdSize > size || cdSize > 64u * 1024 * 1024 || !file.seek(cdOffset))
        return {};
    const QByteArray cd = file.read(cdSize);
    QStringList names;
    qsizetype at = 0;
    while (at + 46 <= cd.size() && names.size() < MaxZipNames && startsWith(cd, "PK\x01\x02", at)) {
        const quint16 nameLength = le16(cd, at + 28);
        const quint16 extra = le16(cd, at + 30);
        const quint16 comment = le16(cd, at + 32);
        if (at + 46 + nameLength > cd.size())
            break;
        names << QString::fromUtf8(cd.mid(at + 46, nameLength));
        at += 46 + nameLength + extra + comment;
    }
    return names;
}

QStringList IngestContentType::tarEntryNames(const QByteArray &head)
{
    QStringList names;
    qsizetype at = 0;
    while (at + 512 <= head.size() && names.size() < 200 && startsWith(head, "ustar", at + 257)) {
        const QByteArray rawName = head.mid(at, 100);
        const QByteArray prefix = head.mid(at + 345, 155);
        QString entry =
            QString::fromUtf8(rawName.left(rawName.indexOf('\0') < 0 ? 100 : rawName.indexOf('\0')));
        const qsizetype prefixEnd = prefix.indexOf('\0');
        const QString pre = QString::fromUtf8(prefix.left(prefixEnd < 0 ? 155 : prefixEnd));
        if (!pre.isEmpty())
            entry = pre + u'/' + entry;
        if (entry.startsWith(u"./"_s))
            entry = entry.mid(2);
        names << entry;
        bool ok = false;
        const QByteArray sizeField = head.mid(at + 124, 12).trimmed();
        const qint64 bytes =
            QString::fromLatin1(
                sizeField.left(sizeField.indexOf('\0') < 0 ? sizeField.size() : sizeField.indexOf('\0')))
                .trimmed()
                .toLongLong(&ok, 8);
        if (!ok && !sizeField.isEmpty() && sizeField.at(0) != '\0')
            break;
        at += 512 + ((bytes + 511) / 512) * 512;
    }
    return names;
}

ContentType IngestContentType::detect(QIODevice &file, const QString &name)
{
    ContentType t;
    if (!file.seek(0))
        return typed(u"binary", u"application/octet-stream", u"unreadable", u"");
    const QByteArray head = file.read(HeadBytes);
    if (head.isEmpty()) {
        t = typed(u"empty", u"application/x-empty", u"empty file", u"text");
    } else if (ContentType magic = byMagic(file, head); !magic.kind.isEmpty()) {
        t = magic;
    } else {
        // Text: valid UTF-8 (a BOM allowed) without NUL bytes, the whole file read in pieces, and
        // hardly any control characters in its first piece;
        // or UTF-16 with a BOM; or, without NUL bytes, nearly all printable in Windows-1252 (as
        // the table readers accept).
        const bool utf16 = startsWith(head, "\xff\xfe") || startsWith(head, "\xfe\xff");
        QStringDecoder decoder(
            utf16 ? (quint8(head.at(0)) == 0xff ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE)
                  : QStringDecoder::Utf8);
        bool utf8 = !utf16;
        bool nul = false;
        QString sample;
        (void)file.seek(0);
        while (!file.atEnd() && !nul) {
            const QByteArray piece = file.read(HeadBytes);
            if (piece.isEmpty())
                break;
            if (!utf16 && piece.contains('\0'))
                nul = true;
            const QString decoded = decoder.decode(piece);
            if (decoder.hasError() && !utf16)
                utf8 = false;
            if (sample.isEmpty())
                sample = decoded;
            if (utf16 && !sample.isEmpty())
                break; // its first piece is enough to classify
        }
        if (utf16) {
            t.encoding = u"utf-16"_s;
        } else if (!nul && utf8 && mostlyPrintable(head)) {
            t.encoding = u"utf-8"_s;
        } else if (!nul && mostlyPrintable(head)) {
            t.encoding = u"windows-1252"_s;
            sample = QStringDecoder(QStringDecoder::Latin1).decode(head);
        }
        if (!t.encoding.isEmpty()) {
            classifyText(t, sample, name);
            if (t.encoding != u"utf-8"_s)
                t.mediaType += u"; charset="_s + t.encoding;
        } else {
            t = typed(u"binary", u"application/octet-stream", u"binary data", u"binary");
        }
    }
    QString promise;
    const QString promised = familyOfExtension(name, &promise);
    if (!promised.isEmpty() && promised != t.family && t.kind != u"empty")
        t.nameMismatch = promise;
    return t;
}

ContentType IngestContentType::detectBytes(const QByteArray &bytes, const QString &name)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return detect(buffer, name);
}

} // namespace srs::server
