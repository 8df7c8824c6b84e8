#pragma once

// Calls to a clearance server on loopback over real mutual TLS with libcurl, presenting the
// laptop's or the safe-room terminal's certificate from the test PKI (or none). Needs nothing of
// the server's code, so a test of the client (which links SQLCipher, never the system SQLite the
// server's store links) can call a server it started as a program.

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace srs::testing {

class ApiHarness;

enum class Device
{
    Laptop,   // Demo University organisation device (home working: its range is remote-access)
    SafeRoom, // a terminal in the Demo Safe Room
    None,     // no client certificate
    // For revocation (scripts/dev-pki --test):
    LaptopTwin,    // another certificate, on its own key, with exactly the laptop's subject
    RevokedLaptop, // a Demo University laptop that devices.crl revokes
    DupOrg,        // a certificate whose subject has two O fields
};

struct Reply
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
    bool newConnection = false;            // false when the call went over a kept connection
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QString code() const { return json.value(QStringLiteral("code")).toString(); }
    // The value of a response header (case-insensitive name), or "" when absent.
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

class Connection;

// A call to a server on loopback at `port` (an ApiHarness's, or a ServerProcess's), as
// ApiHarness::call makes it.
Reply callServer(int port, const QByteArray &method, const QString &path, const QByteArray &body = {},
                 const QString &token = {}, Device device = Device::SafeRoom,
                 Connection *connection = nullptr, const QList<QByteArray> &headers = {});

// A keep-alive connection that several calls share (with ApiHarness::call).
class Connection
{
    friend Reply callServer(int, const QByteArray &, const QString &, const QByteArray &, const QString &,
                            Device, Connection *, const QList<QByteArray> &);

public:
    Connection();
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // Connects from this loopback address (127.0.0.0/8 is all this machine's), so that a test can
    // be a client from another address, as a balancer sees it.
    void setSourceAddress(const QByteArray &address) { m_source = address; }

private:
    friend class ApiHarness;
    void *m_curl = nullptr;
    QByteArray m_source;
};

class ServerProcess;

// Signs a seeded demo persona in to a ServerProcess over the API (password "demo-<username>",
// the current TOTP step) from the safe-room terminal; the session token, or empty.
[[nodiscard]] QString signInPersona(const ServerProcess &server, const QString &username);

} // namespace srs::testing
