#pragma once

#include "ApiJob.h"

namespace srs::net {

// One call to an API route whose answer the caller decodes: the request is given whole
// (its url a path under the server's address, "/api/v1/me"); succeeded() hands back the
// 2xx answer.
class ApiCall final : public ApiJob
{
    Q_OBJECT
public:
    ApiCall(Transport *transport, const QString &baseUrl, HttpRequest request, QObject *parent = nullptr);

    [[nodiscard]] const HttpRequest &request() const { return m_request; }

signals:
    void succeeded(const srs::net::HttpResponse &response);

protected:
    [[nodiscard]] HttpRequest buildRequest() const override;
    [[nodiscard]] NetFailure handleSuccess(const HttpResponse &response) override;

private:
    HttpRequest m_request;
};

} // namespace srs::net
