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

Result<QByteArray> OutputGate::workbook(const QString &path, const QByteArray &bytes,
                                        const QStringList &checkedSheets)
{
    auto inventory = sdc::WorkbookParts::inspect(bytes, path);
    if (!inventory)
        return Error{QString::fromLatin1(protocol::submissionerrc::OutputFormatRefused),
                     inventory.error().message};
    const QList<sdc::WorkbookProblem> &problems = inventory.value().problems;
    if (!problems.isEmpty()) {
        constexpr qsizetype Shown = 3;
        QStringList said;
        for (qsizetype i = 0; i < std::min(Shown, problems.size()); ++i)
            said << problems.at(i).message;
        QString why = said.join(u"; "_s);
        if (problems.size() > Shown)
            why += u"; and %1 more"_s.arg(problems.size() - Shown);
        return refused(path, why);
    }
    // A table naming a sheet the workbook does not have is refused by the checks, naming the table's
    // field (table-sheet-not-found): that says more than listing the sheets it did not name.
    for (const QString &sheet : checkedSheets) {
        const auto &sheets = inventory.value().sheets;
        if (!sheet.isEmpty() &&
            std::none_of(sheets.cbegin(), sheets.cend(),
                         [&sheet](const sdc::WorkbookSheet &s) { return s.name == sheet; }))
            return bytes;
    }
    // Every sheet anyone will see when the file is opened is a table the checks read.
    QStringList unchecked;
    for (const QString &sheet : inventory.value().uncheckedSheets(checkedSheets))
        unchecked << u"\"%1\""_s.arg(sheet);
    if (!unchecked.isEmpty())
        return refused(path,
                       (unchecked.size() == 1 ? u"the sheet %1 is not a table of the request"_s
                                              : u"the sheets %1 are not tables of the request"_s)
                               .arg(unchecked.join(u", "_s)) +
                           u": every visible sheet of a workbook is released, so add a table for each or "
                           u"delete the sheet"_s);
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
        const qsizetype at = i;
        const qint32 c = nextCodePoint(bytes, i);
        if (c < 0)
            return refused(path,
                           u"line %1 is not UTF-8 text (byte 0x%2); save the file as UTF-8"_s.arg(line).arg(
                               uint(static_cast<quint8>(bytes.at(at))), 2, 16, QLatin1Char('0')));
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
