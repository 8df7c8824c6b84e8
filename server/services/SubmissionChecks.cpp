#include "SubmissionChecks.h"

#include "ReleaseDifferencing.h"
#include "ServiceError.h"

#include "crypto/Crypto.h"
#include "sdc/CodeScanner.h"
#include "sdc/ReleaseDiffChecker.h"
#include "sdc/Report.h"
#include "workspace/SafeWorkspaceFile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;

namespace {

QString wireCode(sdc::ErrorCode code)
{
    switch (code) {
    case sdc::ErrorCode::FileNotFound:
        return QString::fromLatin1(protocol::submissionerrc::FileNotFound);
    case sdc::ErrorCode::UnreadableFile:
        return u"table-unreadable"_s;
    case sdc::ErrorCode::TooLarge:
        return u"table-too-large"_s;
    case sdc::ErrorCode::BadCell:
        return u"table-bad-cell"_s;
    case sdc::ErrorCode::ShapeMismatch:
        return u"table-shape-mismatch"_s;
    case sdc::ErrorCode::LabelMismatch:
        return u"table-labels-mismatch"_s;
    case sdc::ErrorCode::SheetNotFound:
        return u"table-sheet-not-found"_s;
    case sdc::ErrorCode::InvalidSpec:
        return u"table-invalid-spec"_s;
    case sdc::ErrorCode::MissingCounts:
        return u"table-missing-counts"_s;
    }
    return u"table-unreadable"_s;
}

// Messages about unusable cells quote the cell; the quote is a value from the file.
QString withoutValues(QString message)
{
    static const QRegularExpression reads(u"reads '[^']*'"_s);
    static const QRegularExpression count(u"the count in (.*) is [^;]*;"_s);
    message.replace(reads, u"holds text"_s);
    message.replace(count, u"the count in \\1 is not usable;"_s);
    return message;
}

} // namespace

QString placeName(int fileRow, int fileColumn, const QString &otherwise)
{
    if (fileRow > 0 && fileColumn > 0)
        return u"The cell at row %1, column %2 (%3)"_s.arg(fileRow)
            .arg(fileColumn)
            .arg(sdc::Table::cellReference(fileRow, fileColumn));
    if (fileRow > 0)
        return u"Row %1"_s.arg(fileRow);
    if (fileColumn > 0)
        return u"Column %1 (%2)"_s.arg(fileColumn).arg(sdc::Table::columnLetters(fileColumn));
    return otherwise;
}

namespace {

// Where a finding is, by its place in the file alone: labels are data, and a researcher's
// client receives none.
QString where(const sdc::Finding &f)
{
    if (f.line > 0)
        return u"Line %1 of %2"_s.arg(f.line).arg(f.file);
    return placeName(f.fileRow, f.fileColumn, u"The table"_s);
}

QString percent(double fraction)
{
    return QString::number(fraction * 100, 'g', 4) + u'%';
}

QString identifierKind(const QString &rule)
{
    static const QHash<QString, QString> kinds{
        {u"identifier-nhs-number"_s, u"an NHS number"_s},
        {u"identifier-ni-number"_s, u"a National Insurance number"_s},
        {u"identifier-postcode"_s, u"a postcode"_s},
        {u"identifier-date-of-birth"_s, u"a date of birth"_s},
        {u"identifier-long-number"_s, u"a long number that may identify someone"_s},
        {u"identifier-filter"_s, u"a filter on an identifier"_s}};
    return kinds.value(rule, u"an identifier"_s);
}

// What a researcher's client is told of a file that could not be checked: the kind of problem
// and its place, never the reader's own words, which may quote labels or cells. The spec's own
// errors, a missing file and a missing counts file speak only of what the researcher wrote, so
// they stay.
QString researcherMessage(const sdc::Error &error, const QString &specMessage)
{
    const QString at = placeName(error.fileRow, error.fileColumn, QString());
    const QString where = at.isEmpty() ? QString() : u" ("_s + at.left(1).toLower() + at.mid(1) + u")"_s;
    switch (error.code) {
    case sdc::ErrorCode::InvalidSpec:
    case sdc::ErrorCode::MissingCounts:
        return specMessage;
    case sdc::ErrorCode::FileNotFound:
        // Only the workspace layer reports a missing file, and it speaks of the path the
        // researcher wrote and why it cannot be read (a link, not a regular file), never of content.
        return error.message.isEmpty() ? u"the file is not in the project's workspace."_s : error.message;
    case sdc::ErrorCode::UnreadableFile:
        return u"the file could not be read as a table (CSV, TSV or an XLSX workbook)%1. Open it where you "
               u"work to see what is wrong."_s.arg(where);
    case sdc::ErrorCode::TooLarge:
        return u"the file is over a limit of the checker (its size, rows, columns, cells or the length of a "
               u"label)%1."_s.arg(where);
    case sdc::ErrorCode::BadCell:
        return u"%1 is neither a number, a blank nor a suppression marker (such as *, [c] or <10). Write the "
               u"number, leave it blank, or use a marker."_s.arg(at.isEmpty() ? u"A cell"_s : at);
    case sdc::ErrorCode::ShapeMismatch:
        return u"the file does not have the same number of rows and columns of values as the table. "
               u"Companion files need the table's shape and labels."_s;
    case sdc::ErrorCode::LabelMismatch:
        return u"the file's labels differ from the table's%1. Companion files need the table's shape and "
               u"labels."_s.arg(where);
    case sdc::ErrorCode::SheetNotFound:
        return u"the workbook has no sheet of that name."_s;
    }
    return u"the file could not be checked."_s;
}

std::optional<QString> errorField(const QString &message)
{
    static const QRegularExpression prefix(u"^(tables\\[\\d+\\][A-Za-z0-9_.\\[\\]]*): "_s);
    const auto m = prefix.match(message);
    if (m.hasMatch())
        return m.captured(1);
    return std::nullopt;
}

// The error of a table that could not be checked, naming the request field to fix: the file
// being read when it failed (the table, or which companion), its sheet, or the spec's field.
// Found by reading the table again, which only happens when something is wrong.
Error tableError(const sdc::TableSpec &spec, int index, const sdc::Error &error,
                 const sdc::FileResolver &resolve)
{
    const QString table = u"tables[%1]"_s.arg(index);
    QString message = withoutValues(error.message);
    QString field = table;
    if (auto named = errorField(message)) {
        field = *named;
    } else if (message.startsWith("spec."_L1) || message.startsWith("spec:"_L1)) {
        message = table + message.mid(4);
        field = errorField(message).value_or(table);
    } else if (error.code == sdc::ErrorCode::MissingCounts) {
        field = table + u".counts"_s;
    } else {
        // The table is read first, then its companions in companionsOf() order.
        int reads = 0;
        auto reread = sdc::loadTableInput(spec, [&](const QString &name) {
            ++reads;
            return resolve(name);
        });
        QString fileField = table + u".file"_s;
        QString sheetField = table + u".sheet"_s;
        const auto companions = companionsOf(spec, index);
        if (reads >= 2 && reads - 2 < companions.size()) {
            fileField = companions.at(reads - 2).second;
            sheetField = fileField + u".sheet"_s;
        }
        field = error.code == sdc::ErrorCode::SheetNotFound ? sheetField : fileField;
        if (reread.ok() || error.code == sdc::ErrorCode::InvalidSpec)
            field = error.code == sdc::ErrorCode::InvalidSpec && message.contains(u"sheet"_s) ? sheetField
                                                                                              : table;
    }
    return Error{wireCode(error.code), field + u": "_s + researcherMessage(error, message), field};
}

} // namespace

WorkspaceFiles::WorkspaceFiles(QString root, qint64 maxFileBytes, qint64 maxTotalBytes, Keep keep)
    : m_root(std::move(root)), m_maxFileBytes(maxFileBytes), m_maxTotalBytes(maxTotalBytes), m_keep(keep)
{}

Result<QByteArray> WorkspaceFiles::read(const QString &path)
{
    if (m_keep == Keep::Bytes) {
        if (const auto it = m_read.constFind(path); it != m_read.constEnd())
            return *it;
        auto bytes = readFile(path, 0);
        if (bytes) {
            m_total += bytes.value().size();
            m_read.insert(path, bytes.value());
        }
        return bytes;
    }
    const auto earlier =
        std::find_if(m_files.cbegin(), m_files.cend(), [&path](const ReadFile &f) { return f.path == path; });
    if (earlier == m_files.cend()) {
        auto bytes = readFile(path, 0);
        if (bytes) {
            m_total += bytes.value().size();
            m_files.append({path, crypto::sha256(bytes.value()).toHex(), bytes.value().size()});
        }
        return bytes;
    }
    // Read again (a table that is its own counts, a table in error): the same bytes, or nothing.
    const ReadFile first = *earlier;
    auto bytes = readFile(path, first.size);
    if (bytes && crypto::sha256(bytes.value()).toHex() != first.sha256)
        return Error{QString::fromLatin1(protocol::submissionerrc::FileNotFound),
                     u"%1 changed while the server was checking it; check again."_s.arg(path)};
    return bytes;
}

Result<QByteArray> WorkspaceFiles::readFile(const QString &path, qint64 counted)
{
    if (!m_folder.isValid()) {
        auto folder = workspace::SafeWorkspaceFile::openFolder(m_root);
        if (!folder)
            return Error{
                QString::fromLatin1(protocol::submissionerrc::FileNotFound),
                u"%1 is not a file in the project's workspace: the workspace is not available."_s.arg(path)};
        m_folder = std::move(folder).value();
    }
    // Opened beneath the workspace folder without following any link; everything below is read
    // from that handle (see SafeWorkspaceFile).
    auto file = workspace::SafeWorkspaceFile::open(m_folder.get(), path);
    if (!file) {
        const QString &code = file.error().code;
        if (code == QLatin1StringView(workspace::workspaceerr::SymbolicLink) ||
            code == QLatin1StringView(workspace::workspaceerr::NotRegular) ||
            code == QLatin1StringView(workspace::workspaceerr::InvalidPath)) {
            if (!m_refused.contains(std::pair{path, code})) // a table in error is read again
                m_refused.append({path, code});
        }
        // The reason (a link, not a regular file, outside the workspace) is in the message; the
        // wire code stays "not in the workspace".
        return Error{QString::fromLatin1(protocol::submissionerrc::FileNotFound), file.error().message};
    }
    const auto tooLarge = [&] {
        return Error{svc::PayloadTooLarge,
                     u"%1 is larger than the server checks in one request (%2 MiB per file, %3 MiB in all)."_s
                         .arg(path)
                         .arg(m_maxFileBytes / (1024 * 1024))
                         .arg(m_maxTotalBytes / (1024 * 1024))};
    };
    // A file read again (`counted`: its size the first time) is not counted twice; read() counts
    // each file once.
    const qint64 total = m_total - counted;
    if (file->size() > m_maxFileBytes || total + file->size() > m_maxTotalBytes)
        return tooLarge();
    auto bytes = file->readAll(std::min(m_maxFileBytes, m_maxTotalBytes - total));
    if (!bytes) {
        if (bytes.error().code == QLatin1StringView(workspace::workspaceerr::TooLarge))
            return tooLarge();
        return Error{QString::fromLatin1(protocol::submissionerrc::FileNotFound), bytes.error().message};
    }
    return std::move(bytes).value();
}

QList<std::pair<QString, QString>> companionsOf(const sdc::TableSpec &spec, int index)
{
    QList<std::pair<QString, QString>> out;
    const std::pair<const char *, const sdc::CompanionSource *> sources[] = {{"counts", &spec.counts},
                                                                             {"top1", &spec.top1},
                                                                             {"top2", &spec.top2},
                                                                             {"total", &spec.total},
                                                                             {"distinct", &spec.distinct}};
    for (const auto &[name, source] : sources) {
        if (!source->file.isEmpty())
            out.append({source->file, u"tables[%1].%2"_s.arg(index).arg(QLatin1StringView(name))});
    }
    return out;
}

protocol::CheckFindingInfo researcherView(const sdc::Finding &f, const sdc::RiskProfile &profile)
{
    protocol::CheckFindingInfo v;
    v.rule = f.rule;
    v.outcome = sdc::outcomeName(f.outcome);
    v.path = f.file;
    v.sheet = f.sheet; // the spec's: what the researcher typed
    v.fileRow = f.fileRow;
    v.fileColumn = f.fileColumn;
    v.cell = f.cellReference();
    v.line = f.line;
    const QString at = where(f);
    const QString threshold = QString::number(profile.threshold);
    if (f.rule == "threshold"_L1 && f.parameters.contains("proportion"_L1)) {
        // ACRO's rules on a percentage table: its proportions, not its counts, are judged.
        v.parameters = {{u"threshold"_s, profile.threshold}, {u"percentage"_s, true}};
        v.message = u"%1 is a percentage. Under ACRO's rules, which this dataset's checks follow, the "
                    u"proportions of a percentage table are compared with the minimum of %2, not its counts, "
                    u"so every cell fails. Ask for the table of counts to be checked instead, or for an "
                    u"exception."_s.arg(at, threshold);
    } else if (f.rule == "threshold"_L1) {
        v.parameters = {{u"threshold"_s, profile.threshold}};
        v.message = u"%1 is based on fewer than %2 records. Suppress it (for example with [c]) or combine "
                    u"categories so that every cell has at least %2."_s.arg(at, threshold);
    } else if (f.rule == "zero"_L1) {
        v.message =
            u"%1 is zero. A zero can disclose that nobody in a group has a characteristic. If it is a "
            u"structural zero (impossible by definition), explain that to the checker; otherwise "
            u"suppress it or combine categories."_s.arg(at);
    } else if (f.rule == "dominance-nk"_L1) {
        v.parameters = {{u"n"_s, profile.nkN}, {u"k"_s, profile.nkK}};
        v.message = u"%1 is dominated: its largest %2 contribution(s) make up %3 or more of the cell total. "
                    u"Suppress it or combine categories."_s.arg(at, QString::number(profile.nkN),
                                                                percent(profile.nkK));
    } else if (f.rule == "p-ratio"_L1) {
        v.parameters = {{u"p"_s, profile.pRatio}};
        v.message = u"%1 fails the p% rule (p = %2): the largest contribution could be estimated closely by "
                    u"the second largest contributor. Suppress it or combine categories."_s.arg(
                        at, percent(profile.pRatio));
    } else if (f.rule == "negative"_L1) {
        v.message =
            u"%1 has a negative value, total or contribution, so the dominance rules cannot be judged; "
            u"a checker will look at it. Explain what the values are."_s.arg(at);
    } else if (f.rule == "dof"_L1) {
        v.parameters = {{u"minimum"_s, profile.dof}};
        v.message =
            u"%1 has fewer than %2 residual degrees of freedom. Suppress it, combine categories or use "
            u"more observations."_s.arg(at, QString::number(profile.dof));
    } else if (f.rule == "unsafe-statistic"_L1) {
        v.message = u"%1 shows a statistic that can be one person's own value (a minimum, a maximum, a "
                    u"percentile or mode of few values). Suppress it or combine categories, or explain it to "
                    u"the checker."_s.arg(at);
    } else if (f.rule == "margin-differencing"_L1) {
        QStringList others;
        for (const QJsonValue &c : f.parameters.value(u"complementary"_s).toArray()) {
            const QString cell = c.toObject().value(u"cell"_s).toString();
            if (cell.isEmpty())
                continue;
            v.alsoSuppress.append(cell);
            others << cell;
        }
        v.message = u"%1 can be recovered by subtracting the other cells of its row or column from the total "
                    u"shown. %2"_s.arg(at, others.isEmpty() ? u"Remove or suppress the total."_s
                                                            : u"Also suppress %1, or remove the total."_s.arg(
                                                                  others.join(u" and "_s)));
    } else if (f.rule == "cross-table-differencing"_L1) {
        v.parameters = {{u"threshold"_s, profile.threshold},
                        {u"other_file"_s, f.parameters.value(u"other_file"_s).toString()}};
        v.message =
            u"%1 covers a population that differs from that of %2 by fewer than %3 records, so together they "
            u"may disclose the difference. A checker will review the pair; align them or explain."_s.arg(
                at, f.parameters.value(u"other_file"_s).toString(), threshold);
    } else if (f.rule == QLatin1StringView(sdc::ReleaseDiffChecker::Rule)) {
        v.parameters = {{u"threshold"_s, profile.threshold},
                        {u"released_file"_s, f.parameters.value(u"released_file"_s).toString()},
                        {u"release"_s, f.parameters.value(u"release"_s).toString()}};
        v.message = ReleaseDifferencing::researcherMessage(f, at, profile);
    } else if (f.rule == "record-listing"_L1) {
        v.message =
            u"%1 lists or shows individual records. Remove it, or explain why it shows no records."_s.arg(at);
    } else if (f.rule.startsWith("identifier-"_L1)) {
        v.message = u"%1 contains what looks like %2. Remove it: code is released without identifiers."_s.arg(
            at, identifierKind(f.rule));
    } else if (f.rule == "notebook-outputs"_L1) {
        v.message =
            u"%1 is in a notebook cell with stored outputs. Clear the outputs: outputs are submitted as "
            u"outputs, not inside code."_s.arg(at);
    } else if (f.rule == "annotation"_L1) {
        v.parameters = {{u"lines_per_comment"_s, sdc::CodeScanner::LinesPerComment}};
        v.message = u"%1 has fewer than one comment line for every %2 lines of code. Add comments so the "
                    u"checker can see what the code does."_s.arg(
                        f.file, QString::number(sdc::CodeScanner::LinesPerComment));
    } else {
        v.message = u"%1: the %2 rule asks for %3."_s.arg(at, f.rule,
                                                          v.outcome == "fail"_L1 ? u"a fix"_s : u"review"_s);
    }
    return v;
}

CheckOutcome runChecks(const QList<sdc::TableSpec> &tables, const QMap<int, Error> &invalidTables,
                       const QList<std::pair<QString, QString>> &codeFiles, const PathReader &read,
                       const sdc::RiskProfile &profile, const QDateTime &checkedAt,
                       const TableComparer &compare)
{
    CheckOutcome out;
    out.view.checkedAt = checkedAt;
    sdc::Status worst = sdc::Status::Pass;
    // An answer lists the first MaxFindingsShown findings of a file and counts them all (a
    // million-cell table can have a great many): the researcher's view is made for the listed
    // ones only, and every finding is kept compact for the exceptions and for storage.
    auto listed = [](const protocol::CheckItemInfo &item) {
        return item.findings.size() < protocol::submissionlimits::MaxFindingsShown;
    };
    auto list = [&](protocol::CheckItemInfo &item, const QList<sdc::Finding> &findings) {
        for (qsizetype i = 0; i < findings.size() && listed(item); ++i)
            item.findings.append(researcherView(findings.at(i), profile));
    };
    auto fail = [&out, &worst](protocol::CheckItemInfo item, Error e) {
        item.status = sdc::statusName(sdc::Status::Error);
        if (!out.firstError)
            out.firstError = e;
        item.error = std::move(e);
        worst = sdc::Status::Error;
        out.view.items.append(std::move(item));
    };

    // Tables. A spec that was not valid is reported alone; the others are checked together
    // (rule 7 compares tables of one check).
    QList<sdc::TableSpec> specs;
    QList<int> specIndex;
    for (qsizetype i = 0; i < tables.size(); ++i) {
        if (const auto invalid = invalidTables.constFind(int(i)); invalid != invalidTables.constEnd()) {
            protocol::CheckItemInfo item;
            item.kind = u"table"_s;
            item.tableIndex = int(i);
            item.path = tables.at(i).file;
            fail(item, *invalid);
            continue;
        }
        specs.append(tables.at(i));
        specIndex.append(int(i));
    }
    const sdc::FileResolver resolve = [&read](const QString &name) -> sdc::Result<QByteArray> {
        auto bytes = read(name);
        if (!bytes)
            return sdc::makeError(bytes.error().code == svc::PayloadTooLarge ? sdc::ErrorCode::TooLarge
                                                                             : sdc::ErrorCode::FileNotFound,
                                  bytes.error().message);
        return bytes.value();
    };
    QHash<qsizetype, QList<sdc::Finding>> compared; // by spec
    sdc::Report report = sdc::checkSubmission(
        specs, profile, resolve, {}, [&](qsizetype k, const sdc::TableInput &in, const sdc::Margins &m) {
            if (compare)
                compared.insert(k, compare(specs.at(k), in, m));
        });
    for (qsizetype k = 0; k < report.files.size() && k < specs.size(); ++k) {
        sdc::FileReport &file = report.files[k];
        const sdc::TableSpec &spec = specs.at(k);
        const int index = specIndex.at(k);
        protocol::CheckItemInfo item;
        item.kind = u"table"_s;
        item.tableIndex = index;
        item.path = spec.file;
        item.sheet = spec.sheet;
        item.name = file.name;
        item.cells = file.cells;
        if (file.error) {
            fail(item, tableError(spec, index, *file.error, resolve));
            continue;
        }
        const QList<sdc::Finding> more = compared.take(k);
        const sdc::Status status = sdc::worstOf(file.status(), sdc::statusOf(more));
        item.status = sdc::statusName(status);
        worst = sdc::worstOf(worst, status);
        // Cells first, then the table's other findings, then those against other tables and releases.
        const sdc::CellFindings &cells = file.cellFindings;
        for (qsizetype i = 0; i < cells.size() && listed(item); ++i)
            item.findings.append(researcherView(cells.finding(i), profile));
        QList<sdc::Finding> others = std::move(file.findings);
        others += more;
        list(item, others);
        item.findingsTotal = cells.size() + others.size();
        out.findings.addTable(std::move(file.cellFindings), std::move(others));
        out.view.items.append(std::move(item));
    }
    // Keep the items in the request's order.
    std::stable_sort(out.view.items.begin(), out.view.items.end(),
                     [](const auto &a, const auto &b) { return a.tableIndex < b.tableIndex; });

    // Code files.
    for (const auto &[path, field] : codeFiles) {
        protocol::CheckItemInfo item;
        item.kind = u"code"_s;
        item.path = path;
        item.name = path;
        auto bytes = read(path);
        if (!bytes) {
            fail(item, Error{bytes.error().code, field + u": "_s + bytes.error().message, field});
            continue;
        }
        auto findings = sdc::scanCode(path, bytes.value());
        if (!findings) {
            fail(item,
                 Error{u"code-unreadable"_s,
                       field + u": the file could not be read as code (it must be UTF-8 text, or a notebook "
                               u"in JSON, within the checker's size limit)."_s,
                       field});
            continue;
        }
        const sdc::Status status = sdc::statusOf(findings.value());
        item.status = sdc::statusName(status);
        worst = sdc::worstOf(worst, status);
        list(item, findings.value());
        item.findingsTotal = findings.value().size();
        out.findings.add(std::move(findings).value());
        out.view.items.append(std::move(item));
    }
    out.view.status = sdc::statusName(worst);
    return out;
}

QString engineVersion()
{
    const QString version = QCoreApplication::applicationVersion();
    return u"srs-sdc "_s + (version.isEmpty() ? u"unknown"_s : version);
}

QString profileVersion(const sdc::RiskProfile &profile)
{
    const QByteArray parameters = QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact);
    return u"default@"_s + QString::fromLatin1(crypto::sha256(parameters).toHex().left(16));
}

} // namespace srs::server
