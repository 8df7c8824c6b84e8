#pragma once

#include "Transport.h"
#include "crypto/TlsSettings.h"

#include <memory>

namespace srs::net {

// HTTPS over libcurl. All transfers run on one worker thread driving a curl multi handle
// (connections are reused between requests); results come back to this object's thread
// through queued calls, as finished() signals. TLS 1.2 or later, the configured CA only,
// the server key pinned, this device's certificate presented, HTTPS only, no redirects.
class CurlTransport final : public Transport
{
    Q_OBJECT
public:
    explicit CurlTransport(crypto::TlsSettings settings, QObject *parent = nullptr);
    // Stops the worker; transfers still running are abandoned without a signal.
    ~CurlTransport() override;

    RequestId send(const HttpRequest &request) override;
    void cancel(RequestId id) override;

    [[nodiscard]] const crypto::TlsSettings &settings() const;

private:
    class Worker;
    std::unique_ptr<Worker> m_worker;
};

} // namespace srs::net
