#include "OutputGate.h"

#include "outputs/MediaOutput.h"

#include "protocol/SubmissionMessages.h"
#include "sdc/CodeScanner.h"
#include "sdc/InvisibleCharacters.h"
#include "sdc/WorkbookParts.h"

#include <QChar>
#include <QFileInfo>

#include <algorithm>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;

namespace {

// Text and code shown in full by the checkers' text view (besides the code the scanner reads).
const QStringList TextSuffixes{u"csv"_s, u"tsv"_s, u"txt"_s,  u"md"_s, u"log"_s,
                               u"qmd"_s, u"sh"_s,  u"json"_s, u"r"_s,  u"rmd"_s};
const QStringList MediaSuffixes{u"png"_s, u"jpg"_s, u"jpeg"_s, u"pdf"_s};

QString suffixOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}

Error refused(const QString &path, const QString &why)
{
    return Error{QString::fromLatin1(protocol::submissionerrc::OutputFormatRefused),
                 u"%1 cannot be released as it is: %2."_s.arg(path, why)};
}

// The next code point of strict UTF-8 at `i` (advanced past it), or -1 for a byte that does not
// start a valid sequence (overlong forms, surrogates, past U+10FFFF, truncated sequences).
qint32 nextCodePoint(const QByteArray &bytes, qsizetype &i)
{
    const auto byte = [&bytes](qsizetype k) { return static_cast<quint8>(bytes.at(k)); };
    const quint8 b0 = byte(i);
    if (b0 < 0x80) {
        ++i;
        return b0;
    }
    int length = 0;
    qint32 c = 0;
    qint32 minimum = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        length = 2;
        c = b0 & 0x1F;
        minimum = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        length = 3;
        c = b0 & 0x0F;
        minimum = 0x800;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        length = 4;
        c = b0 & 0x07;
        minimum = 0x10000;
    } else {
        return -1;
    }
    if (i + length > bytes.size())
        return -1;
    for (int k = 1; k < length; ++k) {
        const quint8 b = byte(i + k);
        if ((b & 0xC0) != 0x80)
            return -1;
        c = (c << 6) | (b & 0x3F);
    }
    if (c < minimum || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return -1;
    i += length;
    return c;
}

} // namespace

QString OutputGate::acceptedFormats()
{
    return u"tables (.csv, .tsv, .xlsx), figures and reports (.png, .jpg, .jpeg, .pdf), and text or code "
           u"(.txt, .md, .log, .json, .R, .Rmd, .qmd, .do, .ado, .py, .ipynb, .sas, .sql, .sh)"_s;
}

bool OutputGate::isPlainText(const QString &path)
{
    return TextSuffixes.contains(suffixOf(path)) ||
           sdc::CodeScanner::languageFor(path) != sdc::CodeLanguage::Unknown;
}

Result<QByteArray> OutputGate::prepare(const QString &path, const QByteArray &bytes,
                                       const QStringList &checkedSheets)
{
    const QString suffix = suffixOf(path);
    if (suffix == "xlsx"_L1)
        return workbook(path, bytes, checkedSheets);
    if (suffix == "xlsm"_L1)
        return refused(path,
                       u"macro-enabled workbooks (.xlsm) are never released; save it as an Excel Workbook "
                       u"(.xlsx) without macros"_s);
    if (isPlainText(path))
        return plainText(path, bytes);
    if (MediaSuffixes.contains(suffix))
        return media(path, bytes);
    return Error{
        QString::fromLatin1(protocol::submissionerrc::OutputFormatRefused),
        u"%1: files of this type cannot be released. Outputs are accepted as %2; save or export it as "
        u"one of these."_s.arg(path, acceptedFormats())};
}

namespace {

// What the researcher is told of a part of a workbook that cannot be released: by its kind only.
// Sheet names, part names, defined names and formats are bytes of the file, and a refusal goes to
// the researcher's own computer, so it carries none of them (see threat-model.md); sheets are
// named by their place, counted from the left with hidden ones included. The researcher opens the
// workbook inside the environment to find them.
QString kindMessage(sdc::WorkbookProblem::Kind kind)
{
    using Kind = sdc::WorkbookProblem::Kind;
    switch (kind) {
    case Kind::HiddenSheet:
        return {}; // by position, below
    case Kind::OtherSheet:
        return u"it has a chart, dialog or macro sheet: only worksheets are released; delete it"_s;
    case Kind::PivotTable:
        return u"it holds pivot tables or their caches, which keep the source records: copy the values "
               u"into a new workbook (Paste Special > Values)"_s;
    case Kind::ExternalLink:
        return u"it links to other workbooks, files or web addresses: break the links (Data > Edit Links) "
               u"and remove names and hyperlinks that point outside"_s;
    case Kind::EmbeddedObject:
        return u"it holds embedded objects or controls, which are never released: delete them"_s;
    case Kind::Macros:
        return u"it holds macros, which are never released: save it as an Excel Workbook (.xlsx) without "
               u"macros"_s;
    case Kind::Comments:
        return u"it holds comments or notes, which are not checked: delete them"_s;
    case Kind::Drawing:
        return u"it holds drawings, charts or pictures, which are not checked inside a workbook: delete "
               u"them and submit each figure as a PNG, JPEG or PDF file"_s;
    case Kind::CustomXml:
        return u"it holds custom XML data, which is not checked: remove it"_s;
    case Kind::DataConnection:
        return u"it holds connections to outside data: remove them (Data > Queries & Connections)"_s;
    case Kind::FormattedTable:
        return u"it holds formatted tables, which keep their own copy of the column names: convert them "
               u"to ranges (Table Design > Convert to Range)"_s;
    case Kind::PrinterSettings:
        return u"it holds printer settings, binary parts that cannot be checked: copy the sheets into a "
               u"new workbook"_s;
    case Kind::HiddenText:
        return u"it holds text that no cell shows (text entries no cell uses, headers or footers, "
               u"validation lists, names or number formats holding text, document properties): copy the "
               u"values into a new workbook"_s;
    case Kind::Formula:
        return u"cells hold formulas, and the checks read only the value saved with them: replace the "
               u"formulas by their values (Paste Special > Values)"_s;
    case Kind::Ambiguous:
        return u"a part of it is stored twice, so programs may read different copies: save it again "
               u"from Excel"_s;
    case Kind::UnknownPart:
        break;
    }
    return u"it holds parts the service cannot check: copy the sheets into a new workbook and submit "
           u"that"_s;
}

// "sheet 3" or "sheets 2 and 5" (places from 1).
QString sheetPlaces(const QList<int> &places)
{
    QStringList numbers;
    for (int p : places)
        numbers << QString::number(p);
    if (numbers.size() == 1)
        return u"sheet "_s + numbers.constFirst();
    const QString last = numbers.takeLast();
    return u"sheets "_s + numbers.join(u", "_s) + u" and "_s + last;
}

} // namespace

Result<QByteArray> OutputGate::workbook(const QString &path, const QByteArray &bytes,
                                        const QStringList &checkedSheets)
{
    auto inventory = sdc::WorkbookParts::inspect(bytes, path);
    if (!inventory) {
        // The reader's own words may quote part names: only the kind of problem is said.
        return refused(path, inventory.error().code == sdc::ErrorCode::TooLarge
                                 ? u"it is larger than the checks read (in size, parts, rows, columns or "
                                   u"cells), or compressed like a zip bomb; split it or save it smaller"_s
                                 : u"it cannot be read whole as an Excel workbook (.xlsx); save it again "
                                   u"from Excel as an Excel Workbook"_s);
    }
    const QList<sdc::WorkbookSheet> &sheets = inventory.value().sheets;
    const QList<sdc::WorkbookProblem> &problems = inventory.value().problems;
    if (!problems.isEmpty()) {
        QStringList said;
        if (inventory.value().hasProblem(sdc::WorkbookProblem::Kind::HiddenSheet)) {
            QList<int> hidden;
            for (qsizetype i = 0; i < sheets.size(); ++i)
                if (!sheets.at(i).visible)
                    hidden << int(i + 1);
            said << (hidden.isEmpty()
                         ? u"it has a hidden sheet"_s
                         : sheetPlaces(hidden) + (hidden.size() == 1 ? u" is hidden"_s : u" are hidden"_s)) +
                        u" (counted from the left, hidden ones included): hidden sheets are never released; "
                        u"delete them, or unhide them and add a table for each"_s;
        }
        QList<sdc::WorkbookProblem::Kind> told;
        for (const sdc::WorkbookProblem &p : problems) {
            if (p.kind == sdc::WorkbookProblem::Kind::HiddenSheet || told.contains(p.kind))
                continue;
            told << p.kind;
            said << kindMessage(p.kind);
        }
        return refused(path, said.join(u"; "_s));
    }
    // A table naming a sheet the workbook does not have is refused by the checks, naming the table's
    // field (table-sheet-not-found): that says more than listing the sheets it did not name.
    for (const QString &sheet : checkedSheets) {
        if (!sheet.isEmpty() &&
            std::none_of(sheets.cbegin(), sheets.cend(),
                         [&sheet](const sdc::WorkbookSheet &s) { return s.name == sheet; }))
            return bytes;
    }
    // Every sheet anyone will see when the file is opened is a table the checks read.
    const QStringList uncheckedNames = inventory.value().uncheckedSheets(checkedSheets);
    QList<int> unchecked;
    for (qsizetype i = 0; i < sheets.size(); ++i)
        if (uncheckedNames.contains(sheets.at(i).name))
            unchecked << int(i + 1);
    if (!unchecked.isEmpty())
        return refused(path, sheetPlaces(unchecked) +
                                 (unchecked.size() == 1 ? u" is not a table of the request"_s
                                                        : u" are not tables of the request"_s) +
                                 u" (counted from the left, hidden ones included): every visible sheet of a "
                                 u"workbook is released, so add a table for each or delete the sheet"_s);
    return bytes;
}

Result<QByteArray> OutputGate::plainText(const QString &path, const QByteArray &bytes)
{
    qsizetype i = 0;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        i = 3; // a byte order mark at the very start only says the file is UTF-8
    int line = 1;
    qint32 first = 0;
    int firstLine = 0;
    qsizetype more = 0;
    while (i < bytes.size()) {
        const qint32 c = nextCodePoint(bytes, i);
        if (c < 0)
            return refused(path, u"line %1 is not UTF-8 text; save the file as UTF-8"_s.arg(line));
        if (sdc::isInvisibleCharacter(static_cast<char32_t>(c))) {
            if (firstLine == 0) {
                first = c;
                firstLine = line;
            } else {
                ++more;
            }
        }
        if (c == '\n')
            ++line;
    }
    if (firstLine == 0)
        return bytes;
    const QString name = sdc::invisibleCharacterName(static_cast<char32_t>(first));
    const QString code = u"U+%1"_s.arg(first, 4, 16, QLatin1Char('0')).toUpper();
    return refused(path,
                   u"line %1 holds %2%3, a character that is invisible or changes how the text around it "
                   u"is shown%4; the checker must see all of the file, so remove it"_s.arg(firstLine)
                       .arg(code, name.isEmpty() ? QString() : u" (%1)"_s.arg(name),
                            more > 0 ? u" (and %1 more like it)"_s.arg(more) : QString()));
}

Result<QByteArray> OutputGate::media(const QString &path, const QByteArray &bytes)
{
    // Images come back re-encoded from their pixels alone; a PDF unchanged, or refused when it
    // holds what no page shows (core/outputs).
    auto prepared = outputs::prepareMediaOutput(path, bytes);
    if (!prepared)
        return Error{QString::fromLatin1(protocol::submissionerrc::OutputFormatRefused),
                     prepared.error().message};
    return prepared;
}

} // namespace srs::server
