#include "Report.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMap>

namespace srs::sdc {

namespace {

// ACRO names some checks differently; its readers look for these keys.
QString acroKey(const QString &rule)
{
    if (rule == QLatin1String("dominance-nk"))
        return QStringLiteral("nk-rule");
    return rule;
}

QJsonObject sdcJson(const FileReport &f)
{
    QJsonObject summary{{QStringLiteral("suppressed"), f.suppressed},
                        {QStringLiteral("negative"), 0},
                        {QStringLiteral("missing"), 0},
                        {QStringLiteral("threshold"), 0},
                        {QStringLiteral("p-ratio"), 0},
                        {QStringLiteral("nk-rule"), 0},
                        {QStringLiteral("all-values-are-same"), 0}};
    QMap<QString, QJsonArray> cells;
    for (const QString &k :
         {QStringLiteral("negative"), QStringLiteral("missing"), QStringLiteral("threshold"),
          QStringLiteral("p-ratio"), QStringLiteral("nk-rule"), QStringLiteral("all-values-are-same")})
        cells.insert(k, QJsonArray());
    for (const Finding &x : f.findings) {
        QString key = acroKey(x.rule);
        if (x.rule == QLatin1String("unsafe-statistic") && x.parameters.contains(QLatin1String("distinct")))
            key = QStringLiteral("all-values-are-same");
        summary.insert(key, summary.value(key).toInt() + 1);
        if (x.rowIndex >= 0 && x.columnIndex >= 0) {
            QJsonArray list = cells.value(key);
            list.append(QJsonArray{x.rowIndex, x.columnIndex});
            cells.insert(key, list);
        }
    }
    QJsonObject cellsJson;
    for (auto it = cells.cbegin(); it != cells.cend(); ++it)
        cellsJson.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("summary"), summary}, {QStringLiteral("cells"), cellsJson}};
}

// ACRO's "outcome": column label -> row label -> "ok" or "rule; rule; ". Only cells with
// findings are listed (a table of a million cells would otherwise repeat "ok" a million times).
QJsonObject outcomeJson(const FileReport &f)
{
    QMap<QString, QMap<QString, QString>> byColumn;
    for (const Finding &x : f.findings) {
        if (x.rowIndex < 0 || x.columnIndex < 0)
            continue;
        QString &text = byColumn[x.column][x.row];
        const QString add = acroKey(x.rule) + QStringLiteral("; ");
        if (!text.contains(add))
            text += add;
    }
    QJsonObject out;
    for (auto c = byColumn.cbegin(); c != byColumn.cend(); ++c) {
        QJsonObject rows;
        for (auto r = c.value().cbegin(); r != c.value().cend(); ++r)
            rows.insert(r.key(), r.value());
        out.insert(c.key(), rows);
    }
    return out;
}

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

} // namespace

Status FileReport::status() const
{
    return error ? Status::Error : statusOf(findings);
}

QString FileReport::summary() const
{
    if (error)
        return QStringLiteral("error; ") + error->message;
    QMap<QString, int> counts;
    for (const Finding &f : findings)
        counts[f.rule] += 1;
    QString out = statusName(status());
    if (counts.isEmpty())
        return out;
    out += QStringLiteral("; ");
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out += QStringLiteral("%1: %2 %3; ")
                   .arg(it.key())
                   .arg(it.value())
                   .arg(type == QLatin1String("code") ? QStringLiteral("lines") : QStringLiteral("cells"));
    return out;
}

Status Report::status() const
{
    Status s = Status::Pass;
    for (const FileReport &f : files)
        s = worstOf(s, f.status());
    return s;
}

int Report::exitCode() const
{
    switch (status()) {
    case Status::Pass:
        return 0;
    case Status::Review:
        return 1;
    case Status::Fail:
        return 2;
    case Status::Error:
        break;
    }
    return 3;
}

QJsonObject Report::toJson() const
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QJsonObject results;
    int i = 0;
    for (const FileReport &f : files) {
        const QString uid = QStringLiteral("output_%1").arg(i++);
        QJsonArray findings;
        for (const Finding &x : f.findings)
            findings << x.toJson();
        QJsonObject properties = f.properties;
        properties.insert(QStringLiteral("method"), f.type == QLatin1String("code")
                                                        ? QStringLiteral("scan-code")
                                                        : QStringLiteral("check"));
        if (!f.statistic.isEmpty())
            properties.insert(QStringLiteral("statistic"), f.statistic);
        const QJsonObject sdc = f.type == QLatin1String("table") ? sdcJson(f) : QJsonObject();
        const QString command =
            QStringLiteral("srs-sdc ") + properties.value(QLatin1String("method")).toString();
        QJsonObject entry{{QStringLiteral("uid"), uid},
                          {QStringLiteral("status"), statusName(f.status())},
                          {QStringLiteral("type"), f.type},
                          {QStringLiteral("file"), f.file},
                          {QStringLiteral("name"), f.name},
                          {QStringLiteral("properties"), properties},
                          {QStringLiteral("files"), QJsonArray{QJsonObject{{QStringLiteral("name"), f.file},
                                                                           {QStringLiteral("sdc"), sdc}}}},
                          {QStringLiteral("sdc"), sdc},
                          {QStringLiteral("outcome"), outcomeJson(f)},
                          {QStringLiteral("command"), command},
                          {QStringLiteral("summary"), f.summary()},
                          {QStringLiteral("timestamp"), now},
                          {QStringLiteral("comments"), QJsonArray()},
                          {QStringLiteral("exception"), QString()},
                          {QStringLiteral("findings"), findings}};
        if (!f.sheet.isEmpty())
            entry.insert(QStringLiteral("sheet"), f.sheet);
        if (f.type == QLatin1String("table"))
            entry.insert(QStringLiteral("cells_checked"), static_cast<double>(f.cells));
        if (f.error)
            entry.insert(QStringLiteral("error"), f.error->message);
        results.insert(uid, entry);
    }
    QJsonObject root{{QStringLiteral("version"), QStringLiteral("srs-sdc 1")},
                     {QStringLiteral("status"), statusName(status())},
                     {QStringLiteral("results"), results}};
    if (profile)
        root.insert(QStringLiteral("profile"), profile->toJson());
    if (acro) {
        QJsonObject carried = acro->toJson();
        carried.insert(QStringLiteral("source"), acroSource);
        root.insert(QStringLiteral("acro"), carried);
    }
    return root;
}

QString Report::toText() const
{
    QString out;
    for (const FileReport &f : files) {
        QString title = f.name.isEmpty() ? f.file : f.name;
        if (!f.statistic.isEmpty())
            title += QStringLiteral(" (%1)").arg(f.statistic);
        out += QStringLiteral("%1: %2\n").arg(title, statusName(f.status()).toUpper());
        if (f.error)
            out += QStringLiteral("  cannot be checked: %1\n").arg(f.error->message);
        for (const Finding &x : f.findings)
            out += QStringLiteral("  %1 %2 [%3] %4\n")
                       .arg(outcomeName(x.outcome).toUpper(), -6)
                       .arg(x.rule, where(x), x.message);
    }
    if (acro) {
        out += QStringLiteral("ACRO results carried from %1:\n").arg(acroSource);
        for (const AcroOutput &a : acro->outputs)
            out +=
                QStringLiteral("  %1 (%2): %3 - %4%5\n")
                    .arg(a.uid, a.type, a.status.toUpper(), a.summary,
                         a.exception.isEmpty() ? QString()
                                               : QStringLiteral(" (exception asked: %1)").arg(a.exception));
    }
    out += QStringLiteral("Overall: %1\n").arg(statusName(status()).toUpper());
    return out;
}

} // namespace srs::sdc
