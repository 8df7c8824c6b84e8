#pragma once

#include "ApiJob.h"

#include "protocol/HealthInfo.h"

namespace srs::net {

// GET /api/v1/health: proves the whole path (network, TLS both ways, pinning) and tells
// the client how the server identified this device.
class HealthJob final : public ApiJob
{
    Q_OBJECT
public:
    using ApiJob::ApiJob;

signals:
    void succeeded(const srs::protocol::HealthInfo &health);

protected:
    [[nodiscard]] HttpRequest buildRequest() const override;
    [[nodiscard]] NetFailure handleSuccess(const HttpResponse &response) override;
};

} // namespace srs::net

Q_DECLARE_METATYPE(srs::protocol::HealthInfo)
