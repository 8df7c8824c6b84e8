#include "WireFields.h"

#include "SubmissionMessages.h"

#include <QJsonDocument>

namespace srs::protocol::wire {

using namespace Qt::Literals::StringLiterals;
using namespace submissionlimits;

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue day(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QDateTime readTime(JsonReader &r, QLatin1StringView key)
{
    return r.time(key, true);
}

QDate readDay(JsonReader &r, QLatin1StringView key)
{
    return r.day(key, true);
}

QString boundedString(JsonReader &r, QLatin1StringView key, qsizetype max, bool required)
{
    const QString s = required ? r.string(key) : r.optionalString(key);
    if (s.size() > max)
        r.rejectValue(key, u"must be at most %1 characters"_s.arg(max));
    return s;
}

QList<JsonReader> boundedList(JsonReader &r, QLatin1StringView key, qsizetype max, bool required)
{
    if (!required && !r.json().contains(key))
        return {};
    QList<JsonReader> items = r.objectList(key);
    if (items.size() > max) {
        r.rejectValue(key, u"at most %1 items"_s.arg(max));
        return {};
    }
    return items;
}

QString readPath(JsonReader &r, QLatin1StringView key)
{
    const QString path = boundedString(r, key, MaxPathLength, true);
    if (!r.ok())
        return path;
    bool bad = path.isEmpty() || path.startsWith(u'/') || path.contains(u'\\');
    for (QChar c : path)
        bad = bad || c.unicode() < 0x20 || c.unicode() == 0x7f;
    for (const QString &part : path.split(u'/'))
        bad = bad || part.isEmpty() || part == "."_L1 || part == ".."_L1;
    if (bad)
        r.rejectValue(key, u"expected a path inside the workspace, such as \"outputs/table.csv\""_s);
    return path;
}

domain::FileRole readRole(JsonReader &r, QLatin1StringView key)
{
    const QString text = r.string(key);
    const auto role = domain::fileRoleFromString(text);
    if (!role && r.ok())
        r.rejectValue(key, u"expected \"output\", \"supporting\" or \"code\""_s);
    return role.value_or(domain::FileRole::Output);
}

domain::ClearanceType readClearanceType(JsonReader &r)
{
    const QString text = r.string("clearance_type"_L1);
    const auto type = domain::clearanceTypeFromString(text);
    if (!type && r.ok())
        r.rejectValue("clearance_type"_L1, u"expected \"pre-publication\", \"publication\" or \"code\""_s);
    return type.value_or(domain::ClearanceType::Publication);
}

QJsonObject personToJson(const PersonRef &p)
{
    return QJsonObject{{u"id"_s, p.id}, {u"username"_s, p.username}, {u"display_name"_s, p.displayName}};
}

PersonRef readPerson(JsonReader &r, QLatin1StringView key)
{
    JsonReader p = r.object(key);
    return PersonRef{p.string("id"_L1), p.optionalString("username"_L1), p.optionalString("display_name"_L1)};
}

QJsonObject exceptionToJson(const domain::ExceptionRequest &e)
{
    return QJsonObject{{u"path"_s, e.path},
                       {u"rule"_s, e.rule},
                       {u"cell"_s, e.cell},
                       {u"line"_s, e.line},
                       {u"justification"_s, e.justification}};
}

domain::ExceptionRequest readException(JsonReader &e)
{
    return {e.string("path"_L1),
            e.string("rule"_L1),
            e.optionalString("cell"_L1),
            static_cast<int>(e.integer("line"_L1)),
            e.string("justification"_L1)};
}

qint64 optionalInteger(JsonReader &r, QLatin1StringView key, qint64 fallback)
{
    return r.json().contains(key) ? r.integer(key) : fallback;
}

} // namespace srs::protocol::wire
