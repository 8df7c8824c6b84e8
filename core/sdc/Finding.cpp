#include "Finding.h"

#include "Table.h"

namespace srs::sdc {

QString outcomeName(Outcome outcome)
{
    return outcome == Outcome::Fail ? QStringLiteral("fail") : QStringLiteral("review");
}

QString statusName(Status status)
{
    switch (status) {
    case Status::Pass:
        return QStringLiteral("pass");
    case Status::Review:
        return QStringLiteral("review");
    case Status::Fail:
        return QStringLiteral("fail");
    case Status::Error:
        break;
    }
    return QStringLiteral("error");
}

Status statusOf(const QList<Finding> &findings)
{
    Status s = Status::Pass;
    for (const Finding &f : findings) {
        if (f.outcome == Outcome::Fail)
            return Status::Fail;
        s = Status::Review;
    }
    return s;
}

Status worstOf(Status a, Status b)
{
    return static_cast<int>(a) >= static_cast<int>(b) ? a : b;
}

QString Finding::cellReference() const
{
    return Table::cellReference(fileRow, fileColumn);
}

QString Finding::place() const
{
    if (fileRow > 0 && fileColumn > 0)
        return cellReference();
    if (fileRow > 0)
        return QStringLiteral("row %1").arg(fileRow);
    if (fileColumn > 0)
        return QStringLiteral("column ") + Table::columnLetters(fileColumn);
    return {};
}

QJsonObject Finding::toJson() const
{
    QJsonObject o{{QStringLiteral("rule"), rule},     {QStringLiteral("outcome"), outcomeName(outcome)},
                  {QStringLiteral("file"), file},     {QStringLiteral("row"), row},
                  {QStringLiteral("column"), column}, {QStringLiteral("message"), message}};
    if (!sheet.isEmpty())
        o.insert(QStringLiteral("sheet"), sheet);
    if (rowIndex >= 0)
        o.insert(QStringLiteral("row_index"), rowIndex);
    if (columnIndex >= 0)
        o.insert(QStringLiteral("column_index"), columnIndex);
    if (fileRow > 0 && fileColumn > 0) {
        o.insert(QStringLiteral("file_row"), fileRow);
        o.insert(QStringLiteral("file_column"), fileColumn);
        o.insert(QStringLiteral("cell"), cellReference());
    }
    if (line > 0)
        o.insert(QStringLiteral("line"), line);
    if (!parameters.isEmpty())
        o.insert(QStringLiteral("parameters"), parameters);
    return o;
}

Finding Finding::fromJson(const QJsonObject &o)
{
    Finding f;
    f.rule = o.value(QLatin1String("rule")).toString();
    f.outcome = o.value(QLatin1String("outcome")).toString() == QLatin1String("review") ? Outcome::Review
                                                                                        : Outcome::Fail;
    f.file = o.value(QLatin1String("file")).toString();
    f.sheet = o.value(QLatin1String("sheet")).toString();
    f.row = o.value(QLatin1String("row")).toString();
    f.column = o.value(QLatin1String("column")).toString();
    f.rowIndex = o.value(QLatin1String("row_index")).toInt(-1);
    f.columnIndex = o.value(QLatin1String("column_index")).toInt(-1);
    f.fileRow = o.value(QLatin1String("file_row")).toInt(0);
    f.fileColumn = o.value(QLatin1String("file_column")).toInt(0);
    f.line = o.value(QLatin1String("line")).toInt(0);
    f.message = o.value(QLatin1String("message")).toString();
    f.parameters = o.value(QLatin1String("parameters")).toObject();
    return f;
}

} // namespace srs::sdc
