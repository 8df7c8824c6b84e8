#pragma once

#include "Result.h"
#include "Table.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace srs::sdc {

// Something in a workbook that the disclosure checks do not read, and so cannot be released.
struct WorkbookProblem
{
    enum class Kind
    {
        HiddenSheet,     // a hidden or "very hidden" sheet
        OtherSheet,      // a chart sheet, dialog sheet or macro sheet
        PivotTable,      // pivot tables and their caches (which keep the source records)
        ExternalLink,    // links to other workbooks, files or web addresses; names that refer to them
        EmbeddedObject,  // embedded files, OLE objects, ActiveX and form controls
        Macros,          // VBA projects, macro-enabled content
        Comments,        // comments, threaded comments, notes
        Drawing,         // drawings, charts, pictures, thumbnails
        CustomXml,       // custom XML data
        DataConnection,  // connections to outside data, query tables, data models
        FormattedTable,  // "Format as Table" parts (their own copy of the column names)
        PrinterSettings, // binary printer settings
        HiddenText,      // text no cell shows: unused shared strings, phonetic guides, headers and
                         // footers, data validation lists, hyperlinks, scenarios, names and number
                         // formats holding text, document properties
        Formula,         // cells holding formulas: the checks read the saved result
        Ambiguous,       // a part stored twice
        UnknownPart,     // any other part
    };

    Kind kind = Kind::UnknownPart;
    QString part;    // the package part to blame ("xl/worksheets/sheet3.xml"), if one
    QString message; // short, plain English: what it is, why it is not released, what to do
};

// A sheet of the workbook, in the workbook's order.
struct WorkbookSheet
{
    QString name;
    QString part;
    bool visible = true;
    bool hasCells = false;
};

struct WorkbookInventory
{
    QList<WorkbookSheet> sheets;
    QList<WorkbookProblem> problems; // empty: every part is one the checks read or that is safe

    [[nodiscard]] QStringList visibleSheetsWithCells() const;
    // The visible sheets with cells that are not among `checkedSheets` (the sheets the tables of
    // a request name; an empty name is the workbook's first sheet, as for XlsxReader): anyone who
    // opens the file sees them, so each must be checked.
    [[nodiscard]] QStringList uncheckedSheets(const QStringList &checkedSheets) const;
    [[nodiscard]] bool hasProblem(WorkbookProblem::Kind kind) const;
};

// Looks at the whole package of an XLSX workbook, not only the cells of the sheets a table
// names. What is released is the file, so everything in it must be something a person checks.
// Parts are allowed by name (a whitelist): the package's content types and relationships, the
// core and application document properties, the workbook, its worksheets, shared strings,
// styles, themes and calculation chain. Anything else is a problem naming the part. Within the
// allowed parts, what holds content that no cell shows is a problem too (hidden sheets, text no
// cell uses, formulas, links to other workbooks, ...).
//
// The limits are XlsxReader's (part sizes, zip bomb ratio, no DTD): an error when the workbook
// cannot be read at all.
class WorkbookParts
{
public:
    [[nodiscard]] static Result<WorkbookInventory> inspect(QByteArrayView bytes, const QString &source,
                                                           const ReaderLimits &limits = {});
};

} // namespace srs::sdc
