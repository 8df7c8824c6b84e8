#include "ApiError.h"

#include "JsonReader.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace srs::protocol {

QByteArray ApiError::toJson() const
{
    QJsonObject o{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!field.isEmpty())
        o.insert(QStringLiteral("field"), field);
    if (!details.isEmpty()) {
        QJsonObject d;
        for (auto it = details.cbegin(); it != details.cend(); ++it)
            d.insert(it.key(), it.value());
        o.insert(QStringLiteral("details"), d);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<ApiError> ApiError::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, QStringLiteral("error"));
    ApiError e;
    e.code = r.string(QLatin1StringView("code"));
    e.message = r.string(QLatin1StringView("message"));
    e.field = r.optionalString(QLatin1StringView("field"));
    const QJsonObject details = r.json().value(QLatin1StringView("details")).toObject();
    for (auto it = details.constBegin(); it != details.constEnd(); ++it)
        if (it.value().isString())
            e.details.insert(it.key(), it.value().toString());
    if (!r.ok() || e.code.isEmpty())
        return std::nullopt;
    return e;
}

} // namespace srs::protocol
