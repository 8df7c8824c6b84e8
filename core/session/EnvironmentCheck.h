#pragma once

#include "DeviceCertificate.h"

#include "crypto/TlsSettings.h"
#include "domain/DeviceIdentity.h"

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>

namespace srs::session {

class Clock;
class NetworkBackend;
struct ClientConfig;

// One thing wrong with (or worth knowing about) this workstation's setting.
struct EnvironmentProblem
{
    QString code;    // stable: "vpn-not-connected", "certificate-expired", ...
    QString message; // what is wrong and what to do next, for the person at the workstation
    QString detail;  // for IT support (interface names, routes, file names); never secret

    friend bool operator==(const EnvironmentProblem &, const EnvironmentProblem &) = default;
};

struct EnvironmentStatus
{
    bool checked = false;               // false until the first check has finished
    QList<EnvironmentProblem> problems; // any of these stops work
    QList<EnvironmentProblem> warnings; // worth saying, but work can go on
    QString vpnInterface;               // the tunnel that carries traffic to the server
    std::optional<DeviceCertificate> certificate;

    [[nodiscard]] bool ok() const { return checked && problems.isEmpty(); }
    friend bool operator==(const EnvironmentStatus &a, const EnvironmentStatus &b)
    {
        return a.checked == b.checked && a.problems == b.problems && a.warnings == b.warnings &&
               a.vpnInterface == b.vpnInterface;
    }
};

// Checks that this workstation is in a setting it may work from: for every device, the
// device certificate is present, readable and in date (with a warning 30 days before it
// expires); for organisation devices, a VPN tunnel interface is up and the route to the
// clearance server goes through it. Runs at start(), then every few seconds and whenever
// the network back-end reports a change.
class EnvironmentCheck : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QString serverUrl;
        domain::DeviceClass setting = domain::DeviceClass::Unknown;
        crypto::TlsSettings tls;
        QStringList vpnInterfaces; // patterns with * and ?
        int intervalSeconds = 5;
        int certificateWarningDays = 30;

        static Settings from(const ClientConfig &config);
    };

    // The check uses the backend and clock; it owns neither.
    EnvironmentCheck(Settings settings, NetworkBackend *backend, const Clock &clock,
                     QObject *parent = nullptr);
    ~EnvironmentCheck() override;

    void start();
    // Checks now. For a server named by a host name, the address is looked up first and the
    // result arrives with statusChanged().
    void checkNow();

    [[nodiscard]] const EnvironmentStatus &status() const { return m_status; }

signals:
    // After every check whose outcome differs from the one before.
    void statusChanged(const srs::session::EnvironmentStatus &status);

private:
    void evaluate();
    void checkCertificate(EnvironmentStatus &status);
    void checkVpn(EnvironmentStatus &status);

    Settings m_settings;
    NetworkBackend *m_backend;
    const Clock &m_clock;
    QList<QRegularExpression> m_patterns;
    QString m_host;
    bool m_hostIsAddress = false;    // an IP address, not a name to look up
    QList<QHostAddress> m_addresses; // of the server
    QString m_lookupError;
    int m_lookupId = -1;
    QTimer m_timer;
    EnvironmentStatus m_status;
    // The certificate is read again only when its file changes.
    QDateTime m_certificateModified;
    qint64 m_certificateSize = -1;
    std::optional<Result<DeviceCertificate>> m_certificate;
};

} // namespace srs::session

Q_DECLARE_METATYPE(srs::session::EnvironmentStatus)
