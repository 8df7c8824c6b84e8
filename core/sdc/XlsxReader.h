#pragma once

#include "Result.h"
#include "Table.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace srs::sdc {

// Reads tables from XLSX workbooks (Office Open XML spreadsheets): any worksheet, by name or by
// position, or all of them, with shared strings, inline strings and numbers (a formula cell reads
// as its cached value). Hostile workbooks are refused with a clear error: parts larger than the
// limits, a compression ratio typical of zip bombs, sheets with dimensions past the limits,
// malformed XML, XML with a DTD or an entity other than the predefined ones, or bytes that are
// not a zip archive. These open the workbook for each call; XlsxWorkbook opens it once for
// reading several sheets.
class XlsxReader
{
public:
    [[nodiscard]] static Result<QStringList> sheetNames(QByteArrayView bytes, const QString &source,
                                                        const ReaderLimits &limits = {});
    // An empty `sheet` means the first sheet.
    [[nodiscard]] static Result<Table> read(QByteArrayView bytes, const QString &source, const QString &sheet,
                                            const TableLayout &layout = {}, const ReaderLimits &limits = {});
    // The sheet at `index` in the workbook's order (0 is the first).
    [[nodiscard]] static Result<Table> readAt(QByteArrayView bytes, const QString &source, qsizetype index,
                                              const TableLayout &layout = {},
                                              const ReaderLimits &limits = {});
    // Every sheet, in order; the first sheet that cannot be read is the error.
    [[nodiscard]] static Result<QList<Table>> readAll(QByteArrayView bytes, const QString &source,
                                                      const TableLayout &layout = {},
                                                      const ReaderLimits &limits = {});
    // True when the bytes start like a zip archive.
    [[nodiscard]] static bool looksLikeZip(QByteArrayView bytes);
};

} // namespace srs::sdc
