#include "ApiCall.h"

namespace srs::net {

ApiCall::ApiCall(Transport *transport, const QString &baseUrl, HttpRequest request, QObject *parent)
    : ApiJob(transport, baseUrl, parent), m_request(std::move(request))
{}

HttpRequest ApiCall::buildRequest() const
{
    HttpRequest r = m_request;
    r.url = urlFor(m_request.url);
    return r;
}

NetFailure ApiCall::handleSuccess(const HttpResponse &response)
{
    emit succeeded(response);
    return {};
}

} // namespace srs::net
