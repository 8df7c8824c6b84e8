#pragma once

#include "Result.h"
#include "Table.h"

#include <QBuffer>
#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <memory>

class QuaZip;
class QXmlStreamReader;

namespace srs::sdc {

// One opened XLSX package (a zip archive of XML parts), read within the reader limits: the
// file's size, each part's size, all parts together, and the compression ratio that marks a zip
// bomb. Shared by XlsxReader (the cells) and WorkbookParts (everything else in the package).
class XlsxArchive
{
public:
    struct Entry
    {
        QString name; // as stored: "xl/worksheets/sheet1.xml"
        quint64 size = 0;
    };

    XlsxArchive(QByteArrayView bytes, QString source, ReaderLimits limits);
    ~XlsxArchive();
    XlsxArchive(const XlsxArchive &) = delete;
    XlsxArchive &operator=(const XlsxArchive &) = delete;

    // Checks the size and opens the zip; an error when the bytes are not a readable zip archive.
    [[nodiscard]] Result<bool> open();
    // Every entry of the archive, in the order stored (folders too, named with a trailing '/').
    [[nodiscard]] Result<QList<Entry>> entries();
    [[nodiscard]] bool has(const QString &part);
    // The part's bytes (names compare without regard to case, as packages do).
    [[nodiscard]] Result<QByteArray> readPart(const QString &part);
    [[nodiscard]] const QString &source() const { return m_source; }

private:
    [[nodiscard]] Error damaged(const QString &part) const;
    [[nodiscard]] Error tooLarge(const QString &part) const;

    QByteArray m_bytes;
    QBuffer m_buffer;
    std::unique_ptr<QuaZip> m_zip;
    QString m_source;
    ReaderLimits m_limits;
    qint64 m_total = 0;
};

// The errors of a part that cannot be read as XML, or that declares a DTD (never needed, and
// the way to entity expansion attacks).
[[nodiscard]] Error xlsxXmlError(const QString &source, const QString &part, const QXmlStreamReader &xml);
[[nodiscard]] Error xlsxXmlError(const QString &source, const QString &part, const QString &why,
                                 qsizetype line);
[[nodiscard]] Error xlsxDtdError(const QString &source, const QString &part);

// A relationship's target as a part name: relative to the folder of the part whose
// relationships name it ("xl/workbook.xml" + "worksheets/sheet1.xml" is
// "xl/worksheets/sheet1.xml"), or from the package root when it starts with '/'.
[[nodiscard]] QString resolveXlsxTarget(const QString &fromPart, const QString &target);

} // namespace srs::sdc
