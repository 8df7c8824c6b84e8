#pragma once

// An in-process srs-clearance-server for API tests: its own data folder and database (the
// test backend: SQLite or PostgreSQL), the test PKI, a settable clock, and a small world of
// people, projects and datasets made through the real repositories. Calls go over real
// mutual TLS on loopback with libcurl, presenting the laptop or the safe-room certificate.

#include "ServerCall.h"

#include "domain/Result.h"
#include "services/ServerContext.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>

namespace srs::server {
class ClearanceServer;
}

namespace srs::testing {

struct TestDatabase;

class ApiHarness
{
public:
    ApiHarness();
    ~ApiHarness();

    // Before start(): the server's tls.crl_file.
    void setCrlFile(const QString &path) { m_crlFile = path; }
    // Before start(): changes to the server's configuration (limits, folders).
    void setConfigure(std::function<void(server::ServerConfig &)> configure)
    {
        m_configure = std::move(configure);
    }
    // The temporary folder the server's data is in.
    [[nodiscard]] QString dataDir() const;
    // Opens the data, builds the world and starts serving; false with error() otherwise.
    bool start();
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] server::ServerContext &context() { return *m_context; }

    // Over a new connection, or over `connection` (made on its first call) when given.
    // `headers` are further request headers ("X-Chunk-SHA256: ..."); a Content-Type among them
    // replaces the JSON one.
    Reply call(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QString &token = {}, Device device = Device::SafeRoom, Connection *connection = nullptr,
               const QList<QByteArray> &headers = {});
    // Signs in (the current TOTP code) and returns the token, or an empty string.
    QString signIn(const QString &username, Device device, Reply *reply = nullptr);
    [[nodiscard]] QByteArray totpCode(const QString &username, qint64 offsetSteps = 0) const;

    // The server's clock: the real time plus an offset the test moves forward.
    void advance(qint64 seconds) { m_offsetSeconds += seconds; }
    [[nodiscard]] QDateTime now() const;
    [[nodiscard]] int auditEventCount();

    static constexpr const char *Password = "correct horse battery staple";

private:
    bool buildWorld();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<server::ServerContext> m_context;
    std::unique_ptr<server::ClearanceServer> m_server;
    std::thread m_thread;
    std::atomic<qint64> m_offsetSeconds{0};
    int m_port = 0;
    QString m_error;
    QString m_crlFile;
    std::function<void(server::ServerConfig &)> m_configure;
    QHash<QString, QByteArray> m_totpSecrets; // username -> raw secret (test only)
};

} // namespace srs::testing
