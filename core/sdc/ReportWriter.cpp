#include "ReportWriter.h"

#include "Report.h"

#include <QDateTime>
#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <string>
#include <vector>

namespace srs::sdc {

namespace {

// Bytes gathered in a buffer and handed to the device in large writes. A std::string, as its
// appends are inlined: a report of a hundred thousand findings makes millions of them.
using Out = std::string;

class Sink
{
public:
    explicit Sink(QIODevice &out) : m_out(out) { m_buffer.reserve(Chunk + 64 * 1024); }
    ~Sink() { flush(); }
    Sink(const Sink &) = delete;
    Sink &operator=(const Sink &) = delete;

    Sink &operator<<(const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        m_buffer.append(utf8.constData(), static_cast<std::size_t>(utf8.size()));
        flushIfFull();
        return *this;
    }
    Sink &operator<<(char c)
    {
        m_buffer.push_back(c);
        return *this;
    }
    void flushIfFull()
    {
        if (m_buffer.size() >= Chunk)
            flush();
    }
    void flush()
    {
        if (m_buffer.empty())
            return;
        const auto size = static_cast<qint64>(m_buffer.size());
        if (m_out.write(m_buffer.data(), size) != size)
            m_failed = true;
        m_buffer.clear();
    }
    [[nodiscard]] bool failed() const { return m_failed; }
    Out &buffer() { return m_buffer; }

private:
    static constexpr std::size_t Chunk = 256 * 1024;
    QIODevice &m_out;
    Out m_buffer;
    bool m_failed = false;
};

// ---- JSON pieces -------------------------------------------------------------------------

void jsonString(Out &out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    out.push_back('"');
    const qsizetype n = text.size();
    const char16_t *d = text.utf16();
    qsizetype i = 0;
    while (i < n) {
        // A run of plain ASCII, copied at once.
        qsizetype j = i;
        while (j < n && d[j] >= 0x20 && d[j] < 0x80 && d[j] != u'"' && d[j] != u'\\')
            ++j;
        if (j > i) {
            const std::size_t at = out.size();
            out.resize(at + static_cast<std::size_t>(j - i));
            for (qsizetype k = i; k < j; ++k)
                out[at + static_cast<std::size_t>(k - i)] = static_cast<char>(d[k]);
            i = j;
            continue;
        }
        const char16_t c = d[i];
        if (c >= 0x80) {
            while (j < n && d[j] >= 0x80)
                ++j;
            const QByteArray utf8 = text.mid(i, j - i).toUtf8();
            out.append(utf8.constData(), static_cast<std::size_t>(utf8.size()));
            i = j;
            continue;
        }
        switch (c) {
        case u'"':
            out.append("\\\"");
            break;
        case u'\\':
            out.append("\\\\");
            break;
        case u'\n':
            out.append("\\n");
            break;
        case u'\r':
            out.append("\\r");
            break;
        case u'\t':
            out.append("\\t");
            break;
        default:
            out.append("\\u00");
            out.push_back(hex[c >> 4]);
            out.push_back(hex[c & 0xf]);
        }
        ++i;
    }
    out.push_back('"');
}

void appendInt(Out &out, qint64 n)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    out.append(digits, static_cast<std::size_t>(end - digits));
}

// "C14" for file column 3, file row 14 (Table::cellReference, without a QString).
void appendCellReference(Out &out, int fileRow, int fileColumn)
{
    char letters[8];
    int k = sizeof letters;
    for (int n = fileColumn; n > 0 && k > 0; n = (n - 1) / 26)
        letters[--k] = static_cast<char>('A' + (n - 1) % 26);
    out.append(letters + k, sizeof letters - static_cast<std::size_t>(k));
    appendInt(out, fileRow);
}

void jsonNumber(Out &out, double v)
{
    if (!std::isfinite(v)) {
        out.append("null");
        return;
    }
    if (v == std::floor(v) && std::fabs(v) < 0x1p53) {
        appendInt(out, static_cast<qint64>(v));
        return;
    }
    const QByteArray text = QByteArray::number(v, 'g', QLocale::FloatingPointShortest);
    out.append(text.constData(), static_cast<std::size_t>(text.size()));
}

void jsonValue(Out &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Object:
    case QJsonValue::Array: {
        const QByteArray text = v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
        out.append(text.constData(), static_cast<std::size_t>(text.size()));
        return;
    }
    case QJsonValue::String:
        jsonString(out, v.toString());
        return;
    case QJsonValue::Double:
        jsonNumber(out, v.toDouble());
        return;
    case QJsonValue::Bool:
        out.append(v.toBool() ? "true" : "false");
        return;
    default:
        out.append("null");
    }
}

// "key": (with the comma before every key but the first of an object)
class JsonObjectWriter
{
public:
    explicit JsonObjectWriter(Out &out) : m_out(out) {}
    // The next key starts a line with this indent.
    void lineBreak(const char *indent) { m_break = indent; }
    Out &key(QLatin1StringView name)
    {
        separate();
        m_out.push_back('"');
        m_out.append(name.data(), static_cast<std::size_t>(name.size()));
        m_out.append("\":");
        return m_out;
    }
    Out &key(QStringView name)
    {
        separate();
        jsonString(m_out, name);
        m_out.push_back(':');
        return m_out;
    }
    void string(QLatin1StringView name, QStringView value) { jsonString(key(name), value); }
    void number(QLatin1StringView name, double value) { jsonNumber(key(name), value); }
    void value(QLatin1StringView name, const QJsonValue &value) { jsonValue(key(name), value); }

private:
    void separate()
    {
        if (!m_first)
            m_out.push_back(',');
        m_first = false;
        if (m_break) {
            m_out.push_back('\n');
            m_out.append(m_break);
            m_break = nullptr;
        }
    }
    Out &m_out;
    bool m_first = true;
    const char *m_break = nullptr;
};

// ACRO's names: its readers look for these keys.
QString acroKey(const QString &rule)
{
    if (rule == QLatin1String("dominance-nk"))
        return QStringLiteral("nk-rule");
    return rule;
}

QString acroKey(const CellFindings &cells, qsizetype i)
{
    if (cells.rule(i) == CellRule::AllValuesEqual)
        return QStringLiteral("all-values-are-same");
    return acroKey(CellFindings::ruleName(cells.rule(i)));
}

QString acroKey(const Finding &f)
{
    if (f.rule == QLatin1String("unsafe-statistic") && f.parameters.contains(QLatin1String("distinct")))
        return QStringLiteral("all-values-are-same");
    return acroKey(f.rule);
}

const QStringList &acroBaseKeys()
{
    static const QStringList keys{QStringLiteral("all-values-are-same"),
                                  QStringLiteral("missing"),
                                  QStringLiteral("negative"),
                                  QStringLiteral("nk-rule"),
                                  QStringLiteral("p-ratio"),
                                  QStringLiteral("threshold")};
    return keys;
}

// ACRO's "sdc": {"summary": {key: count}, "cells": {key: [[row, column], ...]}}.
void writeSdc(Out &out, Sink &sink, const FileReport &f)
{
    QMap<QString, QList<qsizetype>> fullByKey; // whole findings with a cell, by key
    QMap<QString, qsizetype> counts;
    for (const QString &k : acroBaseKeys())
        counts.insert(k, 0);
    std::array<qsizetype, 16> perCellRule{};
    for (qsizetype i = 0; i < f.cellFindings.size(); ++i)
        ++perCellRule[static_cast<std::size_t>(f.cellFindings.rule(i))];
    for (int r = 0; r <= static_cast<int>(CellRule::PRatio); ++r) {
        if (perCellRule[static_cast<std::size_t>(r)] == 0)
            continue;
        const CellRule rule = static_cast<CellRule>(r);
        const QString key = rule == CellRule::AllValuesEqual ? QStringLiteral("all-values-are-same")
                                                             : acroKey(CellFindings::ruleName(rule));
        counts[key] += perCellRule[static_cast<std::size_t>(r)];
    }
    for (qsizetype i = 0; i < f.findings.size(); ++i) {
        const Finding &x = f.findings.at(i);
        const QString key = acroKey(x);
        counts[key] += 1;
        if (x.rowIndex >= 0 && x.columnIndex >= 0)
            fullByKey[key] << i;
    }
    out.append("{\"summary\":{\"suppressed\":");
    out.append(f.suppressed ? "true" : "false");
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        out.push_back(',');
        jsonString(out, it.key());
        out.push_back(':');
        jsonNumber(out, static_cast<double>(it.value()));
    }
    out.append("},\"cells\":{");
    bool firstKey = true;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!firstKey)
            out.push_back(',');
        firstKey = false;
        jsonString(out, it.key());
        out.append(":[");
        bool first = true;
        const auto cell = [&](int row, int column) {
            if (!first)
                out.push_back(',');
            first = false;
            out.push_back('[');
            appendInt(out, row);
            out.push_back(',');
            appendInt(out, column);
            out.push_back(']');
            if (out.size() > 256 * 1024)
                sink.flush();
        };
        if (it.value() > 0) {
            std::array<bool, 16> mine{};
            bool any = false;
            for (int r = 0; r <= static_cast<int>(CellRule::PRatio); ++r) {
                const auto rule = static_cast<CellRule>(r);
                mine[static_cast<std::size_t>(r)] =
                    (rule == CellRule::AllValuesEqual ? QStringLiteral("all-values-are-same")
                                                      : acroKey(CellFindings::ruleName(rule))) == it.key();
                any = any || mine[static_cast<std::size_t>(r)];
            }
            for (qsizetype i = 0; any && i < f.cellFindings.size(); ++i) {
                if (mine[static_cast<std::size_t>(f.cellFindings.rule(i))])
                    cell(f.cellFindings.row(i), f.cellFindings.column(i));
            }
            for (qsizetype i : fullByKey.value(it.key()))
                cell(f.findings.at(i).rowIndex, f.findings.at(i).columnIndex);
        }
        out.push_back(']');
    }
    out.append("}}");
}

// ACRO's "outcome": column label -> row label -> "rule; rule; ", flagged cells only.
void writeOutcome(Out &out, Sink &sink, const FileReport &f)
{
    struct Entry
    {
        int columnId;
        int rowId;
        QString key;
    };
    // Labels can repeat: cells of one label are one entry, as ACRO's table has one.
    const Table &labels = f.cellFindings.context().labels;
    QHash<QString, int> columnIds;
    QHash<QString, int> rowIds;
    QStringList columnNames;
    QStringList rowNames;
    const auto idOf = [](QHash<QString, int> &ids, QStringList &names, const QString &label) {
        auto it = ids.constFind(label);
        if (it != ids.constEnd())
            return it.value();
        const int id = static_cast<int>(names.size());
        ids.insert(label, id);
        names << label;
        return id;
    };
    std::vector<int> columnIdOf(static_cast<std::size_t>(labels.columnCount()), -1);
    std::vector<int> rowIdOf(static_cast<std::size_t>(labels.rowCount()), -1);
    std::vector<Entry> entries;
    entries.reserve(static_cast<std::size_t>(f.findingCount()));
    for (qsizetype i = 0; i < f.cellFindings.size(); ++i) {
        const auto r = static_cast<std::size_t>(f.cellFindings.row(i));
        const auto c = static_cast<std::size_t>(f.cellFindings.column(i));
        if (columnIdOf[c] < 0)
            columnIdOf[c] = idOf(columnIds, columnNames, labels.columnLabels.at(static_cast<qsizetype>(c)));
        if (rowIdOf[r] < 0)
            rowIdOf[r] = idOf(rowIds, rowNames, labels.rowLabels.at(static_cast<qsizetype>(r)));
        entries.push_back(Entry{columnIdOf[c], rowIdOf[r], acroKey(f.cellFindings, i)});
    }
    for (const Finding &x : f.findings) {
        if (x.rowIndex < 0 || x.columnIndex < 0)
            continue;
        entries.push_back(
            Entry{idOf(columnIds, columnNames, x.column), idOf(rowIds, rowNames, x.row), acroKey(x)});
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.columnId != b.columnId ? a.columnId < b.columnId : a.rowId < b.rowId;
    });
    out.push_back('{');
    for (std::size_t i = 0; i < entries.size();) {
        if (i > 0)
            out.append("},");
        const int column = entries[i].columnId;
        jsonString(out, columnNames.at(column));
        out.append(":{");
        bool firstRow = true;
        while (i < entries.size() && entries[i].columnId == column) {
            const int row = entries[i].rowId;
            if (!firstRow)
                out.push_back(',');
            firstRow = false;
            jsonString(out, rowNames.at(row));
            out.push_back(':');
            // "rule; rule; ", each rule once (rule names are plain ASCII).
            QVarLengthArray<const QString *, 4> seen;
            out.push_back('"');
            while (i < entries.size() && entries[i].columnId == column && entries[i].rowId == row) {
                const QString &key = entries[i].key;
                if (std::none_of(seen.cbegin(), seen.cend(),
                                 [&key](const QString *k) { return *k == key; })) {
                    seen.append(&key);
                    for (const QChar ch : key)
                        out.push_back(static_cast<char>(ch.unicode()));
                    out.append("; ");
                }
                ++i;
            }
            out.push_back('"');
            if (out.size() > 256 * 1024)
                sink.flush();
        }
    }
    if (!entries.empty())
        out.push_back('}');
    out.push_back('}');
}

const char *ruleKey(CellRule rule)
{
    switch (rule) {
    case CellRule::Threshold:
    case CellRule::Proportion:
        return "threshold";
    case CellRule::Zero:
        return "zero";
    case CellRule::OneObservation:
    case CellRule::FewObservations:
    case CellRule::AllValuesEqual:
        return "unsafe-statistic";
    case CellRule::Dof:
        return "dof";
    case CellRule::Negative:
        return "negative";
    case CellRule::DominanceNk:
        return "dominance-nk";
    case CellRule::PRatio:
        return "p-ratio";
    }
    return "";
}

void writeCellFinding(Out &out, const CellFindings &cells, qsizetype i)
{
    const Table &labels = cells.context().labels;
    const int r = cells.row(i);
    const int c = cells.column(i);
    out.append("{\"rule\":\"");
    out.append(ruleKey(cells.rule(i)));
    out.append(cells.outcome(i) == Outcome::Fail ? "\",\"outcome\":\"fail\",\"row\":"
                                                 : "\",\"outcome\":\"review\",\"row\":");
    jsonString(out, labels.rowLabels.at(r));
    out.append(",\"column\":");
    jsonString(out, labels.columnLabels.at(c));
    out.append(",\"row_index\":");
    appendInt(out, r);
    out.append(",\"column_index\":");
    appendInt(out, c);
    const int fileRow = labels.fileRow(r);
    const int fileColumn = labels.fileColumn(c);
    if (fileRow > 0 && fileColumn > 0) {
        out.append(",\"cell\":\"");
        appendCellReference(out, fileRow, fileColumn);
        out.append("\",\"file_row\":");
        appendInt(out, fileRow);
        out.append(",\"file_column\":");
        appendInt(out, fileColumn);
    }
    out.append(",\"parameters\":{");
    bool first = true;
    cells.forEachParameter(i, [&](QLatin1StringView name, double value) {
        if (!first)
            out.push_back(',');
        first = false;
        out.push_back('"');
        out.append(name.data(), static_cast<std::size_t>(name.size()));
        out.append("\":");
        jsonNumber(out, value);
    });
    out.append("}}");
}

// The prose of the per-cell rules, once per rule: a cell's message is built from it, its
// labels and its parameters (CellFindings::message).
void writeRules(Out &out, const FileReport &f)
{
    std::array<std::array<qsizetype, 2>, 16> counts{};
    for (qsizetype i = 0; i < f.cellFindings.size(); ++i)
        ++counts[static_cast<std::size_t>(f.cellFindings.rule(i))]
                [f.cellFindings.outcome(i) == Outcome::Fail ? 1 : 0];
    out.push_back('[');
    bool first = true;
    for (int r = 0; r <= static_cast<int>(CellRule::PRatio); ++r) {
        for (int o = 1; o >= 0; --o) {
            const qsizetype n = counts[static_cast<std::size_t>(r)][static_cast<std::size_t>(o)];
            if (n == 0)
                continue;
            const auto rule = static_cast<CellRule>(r);
            const Outcome outcome = o == 1 ? Outcome::Fail : Outcome::Review;
            if (!first)
                out.push_back(',');
            first = false;
            out.append("\n        ");
            JsonObjectWriter w(out);
            out.push_back('{');
            w.string(QLatin1StringView("rule"), CellFindings::ruleName(rule));
            w.string(QLatin1StringView("outcome"), outcomeName(outcome));
            w.number(QLatin1StringView("cells"), static_cast<double>(n));
            w.string(QLatin1StringView("explanation"), f.cellFindings.explanation(rule, outcome));
            out.push_back('}');
        }
    }
    out.push_back(']');
}

void writeEntry(Sink &sink, const FileReport &f, const QString &uid, const QString &now)
{
    Out &out = sink.buffer();
    const bool table = f.type == QLatin1String("table");
    out.append("{\n      ");
    JsonObjectWriter w(out);
    w.string(QLatin1StringView("uid"), uid);
    w.string(QLatin1StringView("status"), statusName(f.status()));
    w.string(QLatin1StringView("type"), f.type);
    w.string(QLatin1StringView("file"), f.file);
    w.string(QLatin1StringView("name"), f.name);
    if (!f.sheet.isEmpty())
        w.string(QLatin1StringView("sheet"), f.sheet);
    QJsonObject properties = f.properties;
    properties.insert(QStringLiteral("method"),
                      table ? QStringLiteral("check") : QStringLiteral("scan-code"));
    if (!f.statistic.isEmpty())
        properties.insert(QStringLiteral("statistic"), f.statistic);
    w.lineBreak("      ");
    w.value(QLatin1StringView("properties"), properties);
    w.lineBreak("      ");
    w.string(QLatin1StringView("command"),
             table ? QStringLiteral("srs-sdc check") : QStringLiteral("srs-sdc scan-code"));
    w.string(QLatin1StringView("summary"), f.summary());
    w.string(QLatin1StringView("timestamp"), now);
    w.key(QLatin1StringView("comments")).append("[]");
    w.string(QLatin1StringView("exception"), QString());
    if (table)
        w.number(QLatin1StringView("cells_checked"), static_cast<double>(f.cells));
    if (f.error)
        w.string(QLatin1StringView("error"), f.error->message);
    if (table && !f.error) {
        w.lineBreak("      ");
        w.value(QLatin1StringView("profile"), f.cellFindings.context().profile.toJson());
    }
    // ACRO's sdc block, in "sdc" and in files[0].sdc, as ACRO's readers look in either.
    for (int copy = 0; copy < 2; ++copy) {
        w.lineBreak("      ");
        if (copy == 0) {
            w.key(QLatin1StringView("sdc"));
        } else {
            w.key(QLatin1StringView("files")).append("[{\"name\":");
            jsonString(out, f.file);
            out.append(",\"sdc\":");
        }
        if (table)
            writeSdc(out, sink, f);
        else
            out.append("{}");
        if (copy == 1)
            out.append("}]");
    }
    w.lineBreak("      ");
    w.key(QLatin1StringView("outcome"));
    if (table)
        writeOutcome(out, sink, f);
    else
        out.append("{}");
    sink.flush();
    if (!f.cellFindings.isEmpty()) {
        w.lineBreak("      ");
        w.key(QLatin1StringView("rules"));
        writeRules(out, f);
    }
    w.lineBreak("      ");
    w.key(QLatin1StringView("findings")).push_back('[');
    bool first = true;
    for (qsizetype i = 0; i < f.cellFindings.size(); ++i) {
        out.append(first ? "\n        " : ",\n        ");
        first = false;
        writeCellFinding(out, f.cellFindings, i);
        if (out.size() >= 256 * 1024)
            sink.flush();
    }
    for (const Finding &x : f.findings) {
        out.append(first ? "\n        " : ",\n        ");
        first = false;
        const QByteArray text = QJsonDocument(x.toJson()).toJson(QJsonDocument::Compact);
        out.append(text.constData(), static_cast<std::size_t>(text.size()));
    }
    out.append(first ? "]" : "\n      ]");
    out.append("\n    }");
    sink.flush();
}

} // namespace

bool ReportWriter::writeJson(const Report &report, QIODevice &device)
{
    Sink sink(device);
    Out &out = sink.buffer();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    out.append("{\n  ");
    JsonObjectWriter root(out);
    root.string(QLatin1StringView("version"), QStringLiteral("srs-sdc 1"));
    root.string(QLatin1StringView("status"), statusName(report.status()));
    if (report.profile) {
        root.lineBreak("  ");
        root.value(QLatin1StringView("profile"), report.profile->toJson());
    }
    root.lineBreak("  ");
    root.key(QLatin1StringView("results")).push_back('{');
    for (qsizetype i = 0; i < report.files.size(); ++i) {
        const QString uid = QStringLiteral("output_%1").arg(i);
        out.append(i == 0 ? "\n    " : ",\n    ");
        jsonString(out, uid);
        out.push_back(':');
        writeEntry(sink, report.files.at(i), uid, now);
    }
    out.append(report.files.isEmpty() ? "}" : "\n  }");
    if (report.acro) {
        QJsonObject carried = report.acro->toJson();
        carried.insert(QStringLiteral("source"), report.acroSource);
        root.lineBreak("  ");
        root.value(QLatin1StringView("acro"), carried);
    }
    out.append("\n}\n");
    sink.flush();
    return !sink.failed();
}

// ---- Text --------------------------------------------------------------------------------

namespace {

QString where(const Finding &f)
{
    if (f.line > 0)
        return QStringLiteral("line %1").arg(f.line);
    if (!f.row.isEmpty() && !f.column.isEmpty())
        return QStringLiteral("row '%1', column '%2'").arg(f.row, f.column);
    if (!f.row.isEmpty())
        return QStringLiteral("row '%1'").arg(f.row);
    if (!f.column.isEmpty())
        return QStringLiteral("column '%1'").arg(f.column);
    if (f.rowIndex >= 0 || f.columnIndex >= 0)
        return QStringLiteral("cell %1,%2").arg(f.rowIndex + 1).arg(f.columnIndex + 1);
    return QStringLiteral("whole file");
}

QString number(qsizetype n)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(static_cast<qint64>(n));
}

QString more(qsizetype n, const QString &unit)
{
    return QStringLiteral(
               "    ... and %1 more %2 (--all lists every one; --json gives each with its numbers)\n")
        .arg(number(n), unit);
}

void writeCellGroups(Sink &sink, const FileReport &f, const TextOptions &options)
{
    const CellFindings &cells = f.cellFindings;
    constexpr int RuleCount = static_cast<int>(CellRule::PRatio) + 1;
    std::array<std::array<qsizetype, 2>, RuleCount> counts{};
    for (qsizetype i = 0; i < cells.size(); ++i)
        ++counts[static_cast<std::size_t>(cells.rule(i))][cells.outcome(i) == Outcome::Fail ? 1 : 0];
    const Table &labels = cells.context().labels;
    // Fails first, then reviews; within each, in the order of the rules.
    for (int o = 1; o >= 0; --o) {
        const Outcome outcome = o == 1 ? Outcome::Fail : Outcome::Review;
        for (int r = 0; r < RuleCount; ++r) {
            const qsizetype n = counts[static_cast<std::size_t>(r)][static_cast<std::size_t>(o)];
            if (n == 0)
                continue;
            const auto rule = static_cast<CellRule>(r);
            sink << QStringLiteral("  %1 %2: %3 %4. %5\n")
                        .arg(outcomeName(outcome).toUpper(), CellFindings::ruleName(rule), number(n),
                             n == 1 ? QStringLiteral("cell") : QStringLiteral("cells"),
                             cells.explanation(rule, outcome));
            const qsizetype shown = options.all ? n : std::min<qsizetype>(n, options.firstCells);
            qsizetype written = 0;
            for (qsizetype i = 0; i < cells.size() && written < shown; ++i) {
                if (cells.rule(i) != rule || cells.outcome(i) != outcome)
                    continue;
                ++written;
                QString name = labels.cellName(cells.row(i), cells.column(i));
                const QString ref =
                    Table::cellReference(labels.fileRow(cells.row(i)), labels.fileColumn(cells.column(i)));
                sink << QStringLiteral("    %1%2: %3\n")
                            .arg(name, ref.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(ref),
                                 cells.detail(i));
            }
            if (shown < n)
                sink << more(n - shown, QStringLiteral("cells"));
        }
    }
}

void writeOtherGroups(Sink &sink, const FileReport &f, const TextOptions &options)
{
    // Group by outcome and rule, in the order first seen, fails first.
    QList<QPair<Outcome, QString>> groups;
    QHash<QString, QList<qsizetype>> members;
    for (qsizetype i = 0; i < f.findings.size(); ++i) {
        const Finding &x = f.findings.at(i);
        const QString key = outcomeName(x.outcome) + QLatin1Char(' ') + x.rule;
        auto it = members.find(key);
        if (it == members.end()) {
            groups << qMakePair(x.outcome, x.rule);
            it = members.insert(key, {});
        }
        it->append(i);
    }
    std::stable_sort(groups.begin(), groups.end(), [](const auto &a, const auto &b) {
        return a.first == Outcome::Fail && b.first != Outcome::Fail;
    });
    const QString unit =
        f.type == QLatin1String("code") ? QStringLiteral("lines") : QStringLiteral("findings");
    for (const auto &[outcome, rule] : groups) {
        const QList<qsizetype> &list = members.value(outcomeName(outcome) + QLatin1Char(' ') + rule);
        const qsizetype n = list.size();
        const qsizetype shown = options.all ? n : std::min<qsizetype>(n, options.firstCells);
        if (n == 1) {
            const Finding &x = f.findings.at(list.first());
            sink << QStringLiteral("  %1 %2 [%3] %4\n")
                        .arg(outcomeName(outcome).toUpper(), rule, where(x), x.message);
            continue;
        }
        sink << QStringLiteral("  %1 %2: %3 %4\n").arg(outcomeName(outcome).toUpper(), rule, number(n), unit);
        for (qsizetype k = 0; k < shown; ++k) {
            const Finding &x = f.findings.at(list.at(k));
            sink << QStringLiteral("    [%1] %2\n").arg(where(x), x.message);
        }
        if (shown < n)
            sink << more(n - shown, unit);
    }
}

} // namespace

bool ReportWriter::writeText(const Report &report, QIODevice &device, const TextOptions &options)
{
    Sink sink(device);
    for (const FileReport &f : report.files) {
        QString title = f.name.isEmpty() ? f.file : f.name;
        if (!f.statistic.isEmpty())
            title += QStringLiteral(" (%1)").arg(f.statistic);
        sink << QStringLiteral("%1: %2").arg(title, statusName(f.status()).toUpper());
        if (f.rules == RuleSet::Acro && f.type == QLatin1String("table"))
            sink << QStringLiteral(" (ACRO's rules)");
        sink << '\n';
        if (f.error)
            sink << QStringLiteral("  cannot be checked: %1\n").arg(f.error->message);
        writeCellGroups(sink, f, options);
        writeOtherGroups(sink, f, options);
    }
    if (report.acro) {
        sink << QStringLiteral("ACRO results carried from %1:\n").arg(report.acroSource);
        for (const AcroOutput &a : report.acro->outputs)
            sink << QStringLiteral("  %1 (%2): %3 - %4%5\n")
                        .arg(a.uid, a.type, a.status.toUpper(), a.summary,
                             a.exception.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" (exception asked: %1)").arg(a.exception));
    }
    sink << QStringLiteral("Overall: %1\n").arg(statusName(report.status()).toUpper());
    sink.flush();
    return !sink.failed();
}

} // namespace srs::sdc
