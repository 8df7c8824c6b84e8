#include "JsonReader.h"

#include "JsonTextValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace srs::protocol {

JsonReader::JsonReader(const QJsonObject &object, QString path)
    : m_object(object), m_path(std::move(path)), m_shared(std::make_shared<QString>())
{}

JsonReader JsonReader::parse(QByteArrayView bytes, const QString &path)
{
    // QJsonDocument would quietly replace bad text with U+FFFD: refuse it, naming the field.
    if (const auto problem = JsonTextValidator::check(bytes)) {
        JsonReader reader(QJsonObject(), path);
        *reader.m_shared = problem->path.isEmpty() ? QString(path + QStringLiteral(": ") + problem->message())
                                                   : QString(path + QLatin1Char('.') + problem->message());
        return reader;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &parseError);
    JsonReader reader(doc.object(), path);
    if (parseError.error != QJsonParseError::NoError)
        *reader.m_shared = QStringLiteral("%1: not valid JSON (%2 at offset %3)")
                               .arg(path, parseError.errorString())
                               .arg(parseError.offset);
    else if (!doc.isObject())
        *reader.m_shared = QStringLiteral("%1: expected a JSON object").arg(path);
    return reader;
}

srs::Error JsonReader::error() const
{
    return {QStringLiteral("bad-json"), *m_shared};
}

void JsonReader::fail(QLatin1StringView key, const QString &problem)
{
    if (m_shared->isEmpty())
        *m_shared = m_path + QLatin1Char('.') + key + QStringLiteral(": ") + problem;
}

QJsonValue JsonReader::take(QLatin1StringView key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined())
        fail(key, QStringLiteral("is missing"));
    return v;
}

QString JsonReader::string(QLatin1StringView key)
{
    const QJsonValue v = take(key);
    if (!v.isUndefined() && !v.isString())
        fail(key, QStringLiteral("expected a string"));
    return v.toString();
}

QString JsonReader::optionalString(QLatin1StringView key, const QString &fallback)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isString())
        fail(key, QStringLiteral("expected a string"));
    return v.toString();
}

qint64 JsonReader::integer(QLatin1StringView key)
{
    const QJsonValue v = take(key);
    if (v.isUndefined())
        return 0;
    const double d = v.toDouble();
    // JSON numbers are doubles: only integers exactly representable are accepted. The range is
    // checked before the whole-number test, which converts: converting a double outside qint64's
    // range (1e300, say) is undefined behaviour.
    if (!v.isDouble() || !(d >= -9007199254740992.0 && d <= 9007199254740992.0) ||
        d != static_cast<double>(static_cast<qint64>(d))) {
        fail(key, QStringLiteral("expected a whole number"));
        return 0;
    }
    return static_cast<qint64>(d);
}

bool JsonReader::boolean(QLatin1StringView key)
{
    const QJsonValue v = take(key);
    if (!v.isUndefined() && !v.isBool())
        fail(key, QStringLiteral("expected true or false"));
    return v.toBool();
}

QStringList JsonReader::stringList(QLatin1StringView key)
{
    const QJsonValue v = take(key);
    QStringList out;
    if (v.isUndefined())
        return out;
    if (!v.isArray()) {
        fail(key, QStringLiteral("expected a list of strings"));
        return out;
    }
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString()) {
            fail(key, QStringLiteral("expected a list of strings"));
            return {};
        }
        out.append(item.toString());
    }
    return out;
}

JsonReader JsonReader::object(QLatin1StringView key)
{
    const QJsonValue v = take(key);
    if (!v.isUndefined() && !v.isObject())
        fail(key, QStringLiteral("expected an object"));
    JsonReader child(v.toObject(), m_path + QLatin1Char('.') + key);
    child.m_shared = m_shared;
    return child;
}

QList<JsonReader> JsonReader::objectList(QLatin1StringView key)
{
    const QJsonValue v = take(key);
    QList<JsonReader> out;
    if (v.isUndefined())
        return out;
    if (!v.isArray()) {
        fail(key, QStringLiteral("expected a list of objects"));
        return out;
    }
    const QJsonArray items = v.toArray();
    out.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            fail(key, QStringLiteral("item %1 is not an object").arg(i));
            return {};
        }
        JsonReader child(items.at(i).toObject(), m_path + QLatin1Char('.') + key + QLatin1Char('[') +
                                                     QString::number(i) + QLatin1Char(']'));
        child.m_shared = m_shared;
        out.append(std::move(child));
    }
    return out;
}

std::optional<JsonReader> JsonReader::optionalObject(QLatin1StringView key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isObject()) {
        fail(key, QStringLiteral("expected an object"));
        return std::nullopt;
    }
    JsonReader child(v.toObject(), m_path + QLatin1Char('.') + key);
    child.m_shared = m_shared;
    return child;
}

void JsonReader::rejectUnknown(std::initializer_list<QLatin1StringView> known)
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        bool found = false;
        for (QLatin1StringView k : known)
            found = found || it.key() == k;
        if (!found) {
            fail(QLatin1StringView(it.key().toLatin1()), QStringLiteral("is not a known field"));
            return;
        }
    }
}

QDate JsonReader::day(QLatin1StringView key, bool optional)
{
    const QString text = optional ? optionalString(key) : string(key);
    if (text.isEmpty() && optional)
        return {};
    // An empty text is no date: where one is required it is a problem, as a missing one is.
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        fail(key, QStringLiteral("expected a date (YYYY-MM-DD)"));
    return d;
}

QDateTime JsonReader::time(QLatin1StringView key, bool optional)
{
    const QString text = optional ? optionalString(key) : string(key);
    if (text.isEmpty() && optional)
        return {};
    const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        fail(key, QStringLiteral("expected a date and time (ISO 8601)"));
    return t;
}

} // namespace srs::protocol
