#include "HealthJob.h"

#include "protocol/Protocol.h"

namespace srs::net {

HttpRequest HealthJob::buildRequest() const
{
    HttpRequest r;
    r.method = "GET";
    r.url = urlFor(QString(QString(protocol::ApiPrefix) + QStringLiteral("/health")));
    return r;
}

NetFailure HealthJob::handleSuccess(const HttpResponse &response)
{
    auto health = protocol::HealthInfo::fromJson(response.body);
    if (!health.ok())
        return NetFailure::make(NetError::BadResponse, host(), health.error().message);
    emit succeeded(health.value());
    return {};
}

} // namespace srs::net
