#pragma once

#include "HttpTypes.h"
#include "NetError.h"

#include <QObject>

namespace srs::net {

// Carries HTTP exchanges to the server. CurlTransport is the real one; unit tests put a
// fake under the jobs. finished() is always emitted on the transport's own thread, once per
// request, after send() has returned.
class Transport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Transport() override;

    virtual RequestId send(const HttpRequest &request) = 0;
    // The request finishes with NetError::Cancelled unless it had already finished.
    virtual void cancel(RequestId id) = 0;

signals:
    // `failure.error` is None when an HTTP answer (any status) arrived.
    void finished(srs::net::RequestId id, const srs::net::HttpResponse &response,
                  const srs::net::NetFailure &failure);
};

} // namespace srs::net
