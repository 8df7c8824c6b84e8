#include "ApiError.h"

#include "JsonReader.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace srs::protocol {

QByteArray ApiError::toJson() const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}})
        .toJson(QJsonDocument::Compact);
}

std::optional<ApiError> ApiError::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, QStringLiteral("error"));
    ApiError e;
    e.code = r.string(QLatin1StringView("code"));
    e.message = r.string(QLatin1StringView("message"));
    if (!r.ok() || e.code.isEmpty())
        return std::nullopt;
    return e;
}

} // namespace srs::protocol
