#include "CodeScanner.h"

#include "CsvReader.h"
#include "IdentifierRules.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QStringList>

namespace srs::sdc {

namespace {

struct SplitLine
{
    QString code; // the line without its comment
    bool hasComment = false;
};

// Splits comments from code for one language, keeping block-comment state across lines.
class CommentSplitter
{
public:
    explicit CommentSplitter(CodeLanguage language) : m_language(language) {}

    SplitLine split(const QString &line)
    {
        SplitLine out;
        const QString trimmed = line.trimmed();
        if (m_inPythonDocstring) {
            out.hasComment = true;
            if (trimmed.contains(m_docQuote))
                m_inPythonDocstring = false;
            return out;
        }
        const bool python = m_language == CodeLanguage::Python || m_language == CodeLanguage::Notebook;
        if (python &&
            (trimmed.startsWith(QLatin1String("\"\"\"")) || trimmed.startsWith(QLatin1String("'''")))) {
            m_docQuote = trimmed.left(3);
            out.hasComment = true;
            if (trimmed.size() < 6 || !trimmed.mid(3).contains(m_docQuote))
                m_inPythonDocstring = true;
            return out;
        }
        if ((m_language == CodeLanguage::Stata || m_language == CodeLanguage::Sas) &&
            trimmed.startsWith(QLatin1Char('*'))) {
            out.hasComment = true;
            return out;
        }
        QChar quote;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar ch = line[i];
            const QChar next = i + 1 < line.size() ? line[i + 1] : QChar();
            if (m_inBlock) {
                out.hasComment = true;
                if (ch == QLatin1Char('*') && next == QLatin1Char('/')) {
                    m_inBlock = false;
                    ++i;
                }
                continue;
            }
            if (!quote.isNull()) {
                out.code.append(ch);
                if (ch == QLatin1Char('\\')) {
                    if (i + 1 < line.size())
                        out.code.append(line[++i]);
                } else if (ch == quote) {
                    quote = QChar();
                }
                continue;
            }
            if (ch == QLatin1Char('"') || ch == QLatin1Char('\'')) {
                quote = ch;
                out.code.append(ch);
                continue;
            }
            const bool blockLanguage = m_language == CodeLanguage::Stata || m_language == CodeLanguage::Sas ||
                                       m_language == CodeLanguage::Sql;
            if (blockLanguage && ch == QLatin1Char('/') && next == QLatin1Char('*')) {
                m_inBlock = true;
                out.hasComment = true;
                ++i;
                continue;
            }
            const bool hashComment = m_language == CodeLanguage::R || python;
            if ((hashComment && ch == QLatin1Char('#')) ||
                (m_language == CodeLanguage::Stata && ch == QLatin1Char('/') && next == QLatin1Char('/')) ||
                (m_language == CodeLanguage::Sql && ch == QLatin1Char('-') && next == QLatin1Char('-'))) {
                out.hasComment = true;
                break;
            }
            out.code.append(ch);
        }
        if (m_inBlock)
            out.hasComment = true;
        return out;
    }

private:
    CodeLanguage m_language;
    bool m_inBlock = false;
    bool m_inPythonDocstring = false;
    QString m_docQuote;
};

struct ListingRule
{
    QRegularExpression pattern;
    QString what;
};

QList<ListingRule> listingRules(CodeLanguage language)
{
    auto rx = [](const char *p) {
        return QRegularExpression(QLatin1String(p), QRegularExpression::CaseInsensitiveOption);
    };
    auto cs = [](const char *p) { return QRegularExpression(QLatin1String(p)); };
    QList<ListingRule> rules;
    switch (language) {
    case CodeLanguage::Stata:
        rules << ListingRule{
            rx("^\\s*(?:(?:quietly|qui|noisily|noi|capture|cap)\\s+)?(?:(?:by|bysort)\\s+[^:]+:\\s*)?"
               "(list|li|l|browse|br|bro|brow|brows|edit|ed|edi)(?:\\s|,|$)"),
            QStringLiteral("lists or opens individual records")};
        break;
    case CodeLanguage::R:
        rules << ListingRule{cs("\\b(head|tail|View|str|glimpse|print)\\s*\\(\\s*(?![\"'])"),
                             QStringLiteral("prints rows or structure of a data set")};
        rules << ListingRule{
            cs("^\\s*(?!(else|repeat|break|next|NULL|TRUE|FALSE|Inf|NaN|NA)\\s*$)[A-Za-z.][\\w.]*\\s*"
               "(\\[[^\\]]*\\]\\s*)?$"),
            QStringLiteral("prints an object by naming it on its own line")};
        break;
    case CodeLanguage::Python:
    case CodeLanguage::Notebook:
        rules << ListingRule{cs("\\.(head|tail|sample|to_string)\\s*\\("),
                             QStringLiteral("shows rows of a data frame")};
        rules << ListingRule{cs("\\bdisplay\\s*\\("), QStringLiteral("displays an object")};
        rules << ListingRule{cs("\\bprint\\s*\\(\\s*[A-Za-z_][\\w.]*\\s*(\\[[^\\]]*\\]\\s*)?\\)"),
                             QStringLiteral("prints an object that may hold records")};
        if (language == CodeLanguage::Notebook)
            rules << ListingRule{
                cs("^\\s*(?!(pass|break|continue|return|None|True|False)\\s*$)[A-Za-z_][\\w.]*\\s*"
                   "(\\[[^\\]]*\\]\\s*)?$"),
                QStringLiteral("displays an object by naming it on its own line")};
        break;
    case CodeLanguage::Sas:
        rules << ListingRule{rx("\\bproc\\s+(print|report|fsview|fsbrowse|fsedit)\\b"),
                             QStringLiteral("prints individual records")};
        rules << ListingRule{rx("\\bput\\s+_all_"), QStringLiteral("writes every variable of each record")};
        break;
    case CodeLanguage::Sql:
    case CodeLanguage::Unknown:
        break;
    }
    return rules;
}

// SELECT * (or SELECT of plain columns) with no aggregation returns individual records.
bool isListingSelect(const QString &statement)
{
    static const QRegularExpression selectStar(
        QStringLiteral("\\bselect\\s+(distinct\\s+)?(top\\s+\\d+\\s+)?\\*"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression aggregated(
        QStringLiteral(
            "\\b(group\\s+by|count|sum|avg|min|max|stddev|stdev|variance|median)\\s*\\(|\\bgroup\\s+by\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression intermediate(
        QStringLiteral("\\b(create|insert\\s+into|into\\s+#?\\w+\\s+from)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return selectStar.match(statement).hasMatch() && !aggregated.match(statement).hasMatch() &&
           !intermediate.match(statement).hasMatch();
}

Finding codeFinding(const QString &file, const QString &rule, Outcome outcome, int line,
                    const QString &message)
{
    Finding f;
    f.rule = rule;
    f.outcome = outcome;
    f.file = file;
    f.line = line;
    f.message = message;
    return f;
}

} // namespace

CodeLanguage CodeScanner::languageFor(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("r") || suffix == QLatin1String("rmd"))
        return CodeLanguage::R;
    if (suffix == QLatin1String("do") || suffix == QLatin1String("ado"))
        return CodeLanguage::Stata;
    if (suffix == QLatin1String("py"))
        return CodeLanguage::Python;
    if (suffix == QLatin1String("ipynb"))
        return CodeLanguage::Notebook;
    if (suffix == QLatin1String("sas"))
        return CodeLanguage::Sas;
    if (suffix == QLatin1String("sql"))
        return CodeLanguage::Sql;
    return CodeLanguage::Unknown;
}

QString CodeScanner::languageName(CodeLanguage language)
{
    switch (language) {
    case CodeLanguage::R:
        return QStringLiteral("R");
    case CodeLanguage::Stata:
        return QStringLiteral("Stata");
    case CodeLanguage::Python:
        return QStringLiteral("Python");
    case CodeLanguage::Notebook:
        return QStringLiteral("Jupyter notebook");
    case CodeLanguage::Sas:
        return QStringLiteral("SAS");
    case CodeLanguage::Sql:
        return QStringLiteral("SQL");
    case CodeLanguage::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QList<Finding> CodeScanner::scanText(const QString &fileName, CodeLanguage language, const QString &text)
{
    QList<Finding> findings;
    const QStringList lines = text.split(QLatin1Char('\n'));
    CommentSplitter splitter(language);
    const QList<ListingRule> listing = listingRules(language);
    int codeLines = 0;
    int commentLines = 0;
    QString sqlStatement;
    int sqlStart = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = static_cast<int>(i + 1);
        QString line = lines[i];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const SplitLine split = splitter.split(line);
        if (split.hasComment)
            ++commentLines;
        if (!split.code.trimmed().isEmpty())
            ++codeLines;

        for (const ListingRule &rule : listing) {
            if (!split.code.trimmed().isEmpty() && rule.pattern.match(split.code).hasMatch()) {
                findings << codeFinding(
                    fileName, QStringLiteral("record-listing"), Outcome::Review, lineNo,
                    QStringLiteral("Line %1 %2 (%3). Output of individual records cannot be "
                                   "released; remove it, or explain why it shows no records.")
                        .arg(lineNo)
                        .arg(rule.what, split.code.trimmed().left(80)));
                break;
            }
        }
        if (language == CodeLanguage::Sql) {
            if (sqlStatement.trimmed().isEmpty())
                sqlStart = lineNo;
            sqlStatement += split.code + QLatin1Char('\n');
            if (split.code.contains(QLatin1Char(';')) || i + 1 == lines.size()) {
                if (isListingSelect(sqlStatement))
                    findings << codeFinding(
                        fileName, QStringLiteral("record-listing"), Outcome::Review, sqlStart,
                        QStringLiteral("Line %1 selects every column of individual records "
                                       "(SELECT * without aggregation). Aggregate, or explain "
                                       "that the result is not output.")
                            .arg(sqlStart));
                sqlStatement.clear();
            }
        } else if (isListingSelect(split.code)) {
            findings << codeFinding(
                fileName, QStringLiteral("record-listing"), Outcome::Review, lineNo,
                QStringLiteral("Line %1 runs SELECT * without aggregation, which returns "
                               "individual records. Aggregate, or explain that the result is "
                               "not output.")
                    .arg(lineNo));
        }
        for (const IdentifierHit &hit : IdentifierRules::scanLine(line, split.code))
            findings << codeFinding(fileName, hit.rule, Outcome::Fail, lineNo,
                                    QStringLiteral("Line %1 %2").arg(lineNo).arg(hit.message));
    }
    if (codeLines >= LinesPerComment && commentLines * LinesPerComment < codeLines) {
        Finding f =
            codeFinding(fileName, QStringLiteral("annotation"), Outcome::Review, 1,
                        QStringLiteral("The file has %1 lines of code and %2 comment line(s). Checkers need "
                                       "at least one comment line for every %3 lines of code to see what the "
                                       "code does; add comments.")
                            .arg(codeLines)
                            .arg(commentLines)
                            .arg(LinesPerComment));
        f.parameters = QJsonObject{{QStringLiteral("code_lines"), codeLines},
                                   {QStringLiteral("comment_lines"), commentLines}};
        findings << f;
    }
    return findings;
}

Result<QList<Finding>> CodeScanner::scan(const QString &fileName, const QByteArray &bytes)
{
    const CodeLanguage language = languageFor(fileName);
    if (language == CodeLanguage::Unknown)
        return makeError(
            ErrorCode::UnreadableFile,
            QStringLiteral("%1 is not a code file the scanner reads (R, Stata .do, Python .py or "
                           ".ipynb, SAS, SQL).")
                .arg(fileName));
    if (bytes.size() > MaxBytes)
        return makeError(ErrorCode::TooLarge,
                         QStringLiteral("%1 is larger than the %2 MiB limit for a code file.")
                             .arg(fileName)
                             .arg(MaxBytes / (1024 * 1024)));
    if (bytes.contains('\0'))
        return makeError(
            ErrorCode::UnreadableFile,
            QStringLiteral("%1 contains binary data; it is not a text code file.").arg(fileName));
    const QString text = QString::fromUtf8(CsvReader::toUtf8(bytes));
    if (language != CodeLanguage::Notebook)
        return scanText(fileName, language, text);

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() ||
        !doc.object().value(QLatin1String("cells")).isArray())
        return makeError(
            ErrorCode::UnreadableFile,
            QStringLiteral("%1 is not a Jupyter notebook (no JSON object with \"cells\").").arg(fileName));
    const QJsonObject root = doc.object();
    const QJsonObject meta = root.value(QLatin1String("metadata")).toObject();
    const QString kernelLanguage = meta.value(QLatin1String("kernelspec"))
                                       .toObject()
                                       .value(QLatin1String("language"))
                                       .toString()
                                       .toLower();
    const CodeLanguage cellLanguage =
        kernelLanguage == QLatin1String("r") ? CodeLanguage::R : CodeLanguage::Notebook;

    // The code of all cells, one after another; line numbers count within that code, and
    // messages also give the cell. Markdown cells count as commentary.
    QList<Finding> findings;
    QString code;
    QList<QPair<int, int>> lineToCell; // per code line: (cell number, line within cell)
    int cellNo = 0;
    int markdownLines = 0;
    for (const QJsonValue &cv : root.value(QLatin1String("cells")).toArray()) {
        ++cellNo;
        const QJsonObject cell = cv.toObject();
        const QJsonValue source = cell.value(QLatin1String("source"));
        QString cellText;
        if (source.isArray()) {
            for (const QJsonValue &part : source.toArray())
                cellText += part.toString();
        } else {
            cellText = source.toString();
        }
        const QString type = cell.value(QLatin1String("cell_type")).toString();
        if (type == QLatin1String("markdown")) {
            markdownLines +=
                static_cast<int>(cellText.count(QLatin1Char('\n')) + (cellText.isEmpty() ? 0 : 1));
            continue;
        }
        if (type != QLatin1String("code"))
            continue;
        const int firstLine = static_cast<int>(lineToCell.size() + 1);
        const QStringList cellLines = cellText.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < cellLines.size(); ++i)
            lineToCell << qMakePair(cellNo, static_cast<int>(i + 1));
        code += cellText;
        if (!code.endsWith(QLatin1Char('\n')))
            code += QLatin1Char('\n');
        const QJsonArray outputs = cell.value(QLatin1String("outputs")).toArray();
        if (!outputs.isEmpty())
            findings << codeFinding(
                fileName, QStringLiteral("notebook-outputs"), Outcome::Fail, firstLine,
                QStringLiteral("Cell %1 (line %2) has %3 stored output(s). Outputs must be "
                               "submitted as outputs, not inside code: clear all outputs "
                               "before submitting the notebook.")
                    .arg(cellNo)
                    .arg(firstLine)
                    .arg(outputs.size()));
    }
    QList<Finding> scanned = scanText(fileName, cellLanguage, code);
    for (Finding &f : scanned) {
        if (f.rule == QLatin1String("annotation")) {
            // Markdown explains a notebook as comments explain a script.
            const int codeLines = f.parameters.value(QLatin1String("code_lines")).toInt();
            const int commentLines =
                f.parameters.value(QLatin1String("comment_lines")).toInt() + markdownLines;
            if (commentLines * LinesPerComment >= codeLines)
                continue;
            f.parameters.insert(QStringLiteral("markdown_lines"), markdownLines);
        }
        if (f.line > 0 && f.line <= lineToCell.size()) {
            const auto [cell, cellLine] = lineToCell[f.line - 1];
            f.parameters.insert(QStringLiteral("cell"), cell);
            f.parameters.insert(QStringLiteral("cell_line"), cellLine);
            if (f.rule != QLatin1String("annotation"))
                f.message = QStringLiteral("Cell %1, line %2: ").arg(cell).arg(cellLine) + f.message;
        }
        findings << f;
    }
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding &a, const Finding &b) { return a.line < b.line; });
    return findings;
}

Result<QList<Finding>> scanCode(const QString &fileName, const QByteArray &bytes)
{
    return CodeScanner::scan(fileName, bytes);
}

} // namespace srs::sdc
