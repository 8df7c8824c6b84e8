#include "HealthInfo.h"

#include "JsonReader.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace srs::protocol {

using namespace Qt::Literals::StringLiterals;

QByteArray HealthInfo::toJson() const
{
    const QJsonObject deviceJson{
        {u"subject"_s, device.subject},
        {u"name"_s, device.commonName},
        {u"class"_s, domain::deviceClassToString(device.deviceClass)},
        {u"organisation"_s, device.organisation},
        {u"site"_s, device.site},
    };
    const QJsonObject root{
        {u"server_version"_s, serverVersion},
        {u"api_version"_s, apiVersion},
        {u"device"_s, deviceJson},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<HealthInfo> HealthInfo::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"health"_s);
    HealthInfo h;
    h.serverVersion = r.string("server_version"_L1);
    h.apiVersion = static_cast<int>(r.integer("api_version"_L1));
    JsonReader d = r.object("device"_L1);
    h.device.subject = d.string("subject"_L1);
    h.device.commonName = d.string("name"_L1);
    const QString cls = d.string("class"_L1);
    h.device.organisation = d.optionalString("organisation"_L1);
    h.device.site = d.optionalString("site"_L1);
    if (!r.ok())
        return r.error();
    h.device.deviceClass = domain::deviceClassFromString(cls);
    return h;
}

} // namespace srs::protocol
