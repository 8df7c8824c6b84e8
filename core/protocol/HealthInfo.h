#pragma once

#include "domain/DeviceIdentity.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace srs::protocol {

// GET /api/v1/health: who the server is, and how it identified the calling device.
struct HealthInfo
{
    QString serverVersion;
    int apiVersion = 0;
    domain::DeviceIdentity device;

    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<HealthInfo> fromJson(QByteArrayView body);
};

} // namespace srs::protocol
