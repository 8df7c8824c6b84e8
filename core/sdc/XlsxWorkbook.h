#pragma once

#include "Result.h"
#include "Table.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace srs::sdc {

// An XLSX workbook opened once, whose sheets can be read by name or by position, one by one or
// all together: the workbook's list of sheets is read when it opens, its shared strings once
// when the first sheet is read. Each sheet reads into its own Table, or its own error (an empty
// sheet is an error of that sheet alone), so a caller can check every sheet of a workbook.
//
// The parts are read within the reader limits (file size, part sizes, all parts together, the
// compression ratio of zip bombs) and scanned by XmlScanner (no DTD, no entities beyond the
// predefined five and character references). See XlsxReader for the one-call forms.
class XlsxWorkbook
{
public:
    [[nodiscard]] static Result<XlsxWorkbook> open(QByteArrayView bytes, const QString &source,
                                                   const ReaderLimits &limits = {});
    XlsxWorkbook(XlsxWorkbook &&) noexcept;
    XlsxWorkbook &operator=(XlsxWorkbook &&) noexcept;
    ~XlsxWorkbook();

    // The sheets' names, in the workbook's order (the order of its tabs).
    [[nodiscard]] QStringList sheetNames() const;
    [[nodiscard]] qsizetype sheetCount() const;
    // The sheet at `index` (0 is the first); SheetNotFound past the last.
    [[nodiscard]] Result<Table> readSheet(qsizetype index, const TableLayout &layout = {});
    // The sheet named `name` (an empty name is the first sheet); SheetNotFound when there is none.
    [[nodiscard]] Result<Table> readSheet(const QString &name, const TableLayout &layout = {});
    // Every sheet in order; the first error stops it.
    [[nodiscard]] Result<QList<Table>> readAll(const TableLayout &layout = {});

private:
    struct Private;
    explicit XlsxWorkbook(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace srs::sdc
