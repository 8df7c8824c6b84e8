#pragma once

#include "Result.h"
#include "Table.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace srs::sdc {

// Reads tables from XLSX workbooks (Office Open XML spreadsheets): every worksheet, with
// shared strings, inline strings and numbers (a formula cell reads as its cached value).
// Hostile workbooks are refused with a clear error: parts larger than the limits, a
// compression ratio typical of zip bombs, sheets with dimensions past the limits,
// malformed XML, XML with a DTD, or bytes that are not a zip archive.
class XlsxReader
{
public:
    [[nodiscard]] static Result<QStringList> sheetNames(QByteArrayView bytes, const QString &source,
                                                        const ReaderLimits &limits = {});
    // An empty `sheet` means the first sheet.
    [[nodiscard]] static Result<Table> read(QByteArrayView bytes, const QString &source, const QString &sheet,
                                            const TableLayout &layout = {}, const ReaderLimits &limits = {});
    [[nodiscard]] static Result<QList<Table>> readAll(QByteArrayView bytes, const QString &source,
                                                      const TableLayout &layout = {},
                                                      const ReaderLimits &limits = {});
    // True when the bytes start like a zip archive.
    [[nodiscard]] static bool looksLikeZip(QByteArrayView bytes);
};

} // namespace srs::sdc
