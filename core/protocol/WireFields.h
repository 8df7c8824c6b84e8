#pragma once

// Encoding and strict decoding of the fields the wire messages share (times, days, bounded
// texts and lists, workspace paths, file roles, people, exceptions), for the message codecs of
// this folder only.

#include "JsonReader.h"

#include "domain/Submission.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace srs::protocol {

struct PersonRef;

namespace wire {

[[nodiscard]] QByteArray compact(const QJsonObject &o);
[[nodiscard]] QJsonValue time(const QDateTime &t);                      // ISO 8601 UTC, or null
[[nodiscard]] QJsonValue day(QDate d);                                  // ISO 8601, or null
[[nodiscard]] QDateTime readTime(JsonReader &r, QLatin1StringView key); // optional
[[nodiscard]] QDate readDay(JsonReader &r, QLatin1StringView key);      // optional
// A field's text within a limit; over it is refused naming the field.
[[nodiscard]] QString boundedString(JsonReader &r, QLatin1StringView key, qsizetype max, bool required);
// A list of objects of at most `max` items; a missing list is empty unless `required`.
[[nodiscard]] QList<JsonReader> boundedList(JsonReader &r, QLatin1StringView key, qsizetype max,
                                            bool required);
// Workspace paths: relative, '/'-separated, no empty, '.' or '..' parts, no control characters.
[[nodiscard]] QString readPath(JsonReader &r, QLatin1StringView key);
[[nodiscard]] domain::FileRole readRole(JsonReader &r, QLatin1StringView key);
[[nodiscard]] domain::ClearanceType readClearanceType(JsonReader &r);
[[nodiscard]] QJsonObject personToJson(const PersonRef &p);
[[nodiscard]] PersonRef readPerson(JsonReader &r, QLatin1StringView key);
[[nodiscard]] QJsonObject exceptionToJson(const domain::ExceptionRequest &e);
[[nodiscard]] domain::ExceptionRequest readException(JsonReader &r);
// A whole number field that may be missing (then `fallback`).
[[nodiscard]] qint64 optionalInteger(JsonReader &r, QLatin1StringView key, qint64 fallback = 0);

template <class E, class F>
E readEnum(JsonReader &r, QLatin1StringView key, F fromString, E fallback)
{
    const QString text = r.string(key);
    const auto value = fromString(text);
    if (!value && r.ok())
        r.rejectValue(key, QStringLiteral("\"%1\" is not a known value").arg(text));
    return value.value_or(fallback);
}

} // namespace wire
} // namespace srs::protocol
