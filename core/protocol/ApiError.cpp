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
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<ApiError> ApiError::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, QStringLiteral("error"));
    ApiError e;
    e.code = r.string(QLatin1StringView("code"));
    e.message = r.string(QLatin1StringView("message"));
    e.field = r.optionalString(QLatin1StringView("field"));
    if (!r.ok() || e.code.isEmpty())
        return std::nullopt;
    return e;
}

} // namespace srs::protocol
