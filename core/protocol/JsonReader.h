#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <memory>
#include <optional>

namespace srs::protocol {

// Reads fields out of a JSON object, remembering the first problem with a message that
// names the field ("health.device.class: expected a string"). Decoders read every field
// they need, then ask ok()/error() once.
class JsonReader
{
public:
    JsonReader(const QJsonObject &object, QString path);
    // Parses `bytes` as one JSON object; a parse failure is reported through error(), and so is
    // text the parser would change (JsonTextValidator: unpaired surrogates, invalid UTF-8).
    static JsonReader parse(QByteArrayView bytes, const QString &path);

    [[nodiscard]] QString string(QLatin1StringView key);
    [[nodiscard]] QString optionalString(QLatin1StringView key, const QString &fallback = {});
    [[nodiscard]] qint64 integer(QLatin1StringView key);
    [[nodiscard]] bool boolean(QLatin1StringView key);
    [[nodiscard]] QStringList stringList(QLatin1StringView key);
    // An ISO 8601 day ("2026-11-22") or date and time. When `optional`, a missing, null or
    // empty value is a null date; otherwise it is a problem.
    [[nodiscard]] QDate day(QLatin1StringView key, bool optional = false);
    [[nodiscard]] QDateTime time(QLatin1StringView key, bool optional = false);
    [[nodiscard]] JsonReader object(QLatin1StringView key);
    // A list of objects; each reader names its item ("me.declarations_owed[2].kind").
    [[nodiscard]] QList<JsonReader> objectList(QLatin1StringView key);
    // An object that may be missing or null: std::nullopt then.
    [[nodiscard]] std::optional<JsonReader> optionalObject(QLatin1StringView key);
    // Fails when the object has a key not in `known` (for requests: unknown fields are refused).
    // Records a problem with a field's value found after reading it.
    void rejectValue(QLatin1StringView key, const QString &problem) { fail(key, problem); }
    void rejectUnknown(std::initializer_list<QLatin1StringView> known);

    [[nodiscard]] bool ok() const { return m_shared->isEmpty(); }
    [[nodiscard]] srs::Error error() const;
    [[nodiscard]] const QJsonObject &json() const { return m_object; }

private:
    void fail(QLatin1StringView key, const QString &problem);
    QJsonValue take(QLatin1StringView key);

    QJsonObject m_object;
    QString m_path;
    std::shared_ptr<QString> m_shared; // the first problem; children share their parent's
};

} // namespace srs::protocol
