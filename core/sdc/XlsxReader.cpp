#include "XlsxReader.h"

#include "XlsxWorkbook.h"

namespace srs::sdc {

bool XlsxReader::looksLikeZip(QByteArrayView bytes)
{
    return bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06");
}

Result<QStringList> XlsxReader::sheetNames(QByteArrayView bytes, const QString &source,
                                           const ReaderLimits &limits)
{
    auto book = XlsxWorkbook::open(bytes, source, limits);
    if (!book)
        return book.error();
    return book.value().sheetNames();
}

Result<Table> XlsxReader::read(QByteArrayView bytes, const QString &source, const QString &sheet,
                               const TableLayout &layout, const ReaderLimits &limits)
{
    auto book = XlsxWorkbook::open(bytes, source, limits);
    if (!book)
        return book.error();
    return book.value().readSheet(sheet, layout);
}

Result<Table> XlsxReader::readAt(QByteArrayView bytes, const QString &source, qsizetype index,
                                 const TableLayout &layout, const ReaderLimits &limits)
{
    auto book = XlsxWorkbook::open(bytes, source, limits);
    if (!book)
        return book.error();
    return book.value().readSheet(index, layout);
}

Result<QList<Table>> XlsxReader::readAll(QByteArrayView bytes, const QString &source,
                                         const TableLayout &layout, const ReaderLimits &limits)
{
    auto book = XlsxWorkbook::open(bytes, source, limits);
    if (!book)
        return book.error();
    return book.value().readAll(layout);
}

} // namespace srs::sdc
