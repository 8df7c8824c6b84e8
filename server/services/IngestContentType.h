#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

namespace srs::server {

// What a file brought into a project is, decided from its bytes (magic numbers and structure),
// never from its name: the name is only a hint for a code file's language, and a name that
// says something else than the bytes is itself reported (nameMismatch).
struct ContentType
{
    // "empty", "text", "code", "table", "image", "pdf", "document", "archive", "package",
    // "binary"
    QString kind;
    QString mediaType;  // "text/csv", "application/zip", ...
    QString format;     // what the bytes are, in words: "zip archive", "Python wheel", "gzip data"...
    QString family;     // the container the magic bytes say: "text", "zip", "gzip", "tar", "pdf", ...
    QString language;   // code: "R", "Python", ... (CodeScanner's names); empty otherwise
    char delimiter = 0; // tables in text: ',', '\t', ';' or '|'
    QString encoding;   // text: "utf-8", "utf-16" (with a BOM) or "windows-1252"; empty otherwise
    // When the name's extension promises another family than the bytes have, what it promises
    // ("a CSV table" for "results.csv" holding a zip); empty when they agree or the extension
    // promises nothing.
    QString nameMismatch;

    [[nodiscard]] bool isArchiveOrPackage() const { return kind == u"archive" || kind == u"package"; }
};

class IngestContentType
{
public:
    // Reads `file` (open for reading, positioned anywhere; it is read from the start in pieces,
    // never whole) and decides what it is. `name` is the name the researcher gave.
    [[nodiscard]] static ContentType detect(QIODevice &file, const QString &name);
    // The same for bytes in memory (tests, small files).
    [[nodiscard]] static ContentType detectBytes(const QByteArray &bytes, const QString &name);

    // The names of a zip's entries, from its central directory (at most MaxZipNames).
    [[nodiscard]] static QStringList zipEntryNames(QIODevice &file);
    // The first entries of a tar stream (the first bytes of a tar file or of an uncompressed
    // .tar.gz), read from its headers.
    [[nodiscard]] static QStringList tarEntryNames(const QByteArray &head);

    static constexpr qint64 HeadBytes = 64 * 1024;
    static constexpr int MaxZipNames = 20000;
};

} // namespace srs::server
