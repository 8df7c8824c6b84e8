#include "EnvironmentCheck.h"

#include "ClientConfig.h"
#include "Clock.h"
#include "NetworkBackend.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostInfo>
#include <QLocale>
#include <QUrl>

#include <algorithm>

namespace srs::session {

using namespace Qt::Literals::StringLiterals;

namespace {

QString day(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime().date(), QLocale::LongFormat);
}

} // namespace

EnvironmentCheck::Settings EnvironmentCheck::Settings::from(const ClientConfig &config)
{
    Settings s;
    s.serverUrl = config.serverUrl;
    s.setting = config.setting;
    s.tls = config.tls;
    s.vpnInterfaces = config.vpnInterfaces;
    s.intervalSeconds = config.environmentCheckSeconds;
    return s;
}

EnvironmentCheck::EnvironmentCheck(Settings settings, NetworkBackend *backend, const Clock &clock,
                                   QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_backend(backend), m_clock(clock)
{
    for (const QString &p : std::as_const(m_settings.vpnInterfaces))
        m_patterns.append(QRegularExpression(QRegularExpression::wildcardToRegularExpression(p)));
    m_host = QUrl(m_settings.serverUrl).host();
    QHostAddress literal;
    m_hostIsAddress = literal.setAddress(m_host);
    if (m_hostIsAddress)
        m_addresses = {literal};
    m_timer.setInterval(m_settings.intervalSeconds * 1000);
    connect(&m_timer, &QTimer::timeout, this, &EnvironmentCheck::checkNow);
    connect(m_backend, &NetworkBackend::changed, this, &EnvironmentCheck::checkNow);
}

EnvironmentCheck::~EnvironmentCheck()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
}

void EnvironmentCheck::start()
{
    m_timer.start();
    checkNow();
}

void EnvironmentCheck::checkNow()
{
    const bool needsAddress = m_settings.setting == domain::DeviceClass::OrganisationDevice;
    if (!needsAddress || m_hostIsAddress) {
        evaluate();
        return;
    }
    // A host name: look it up (through the VPN's DNS, typically) without blocking the window.
    if (m_lookupId >= 0)
        return;
    m_lookupId = QHostInfo::lookupHost(m_host, this, [this](const QHostInfo &info) {
        m_lookupId = -1;
        if (info.error() == QHostInfo::NoError && !info.addresses().isEmpty()) {
            m_addresses = info.addresses();
            m_lookupError.clear();
        } else {
            m_addresses.clear();
            m_lookupError = info.errorString();
        }
        evaluate();
    });
}

void EnvironmentCheck::evaluate()
{
    EnvironmentStatus next;
    next.checked = true;
    checkCertificate(next);
    if (m_settings.setting == domain::DeviceClass::OrganisationDevice)
        checkVpn(next);
    if (next == m_status && m_status.checked)
        return;
    m_status = next;
    emit statusChanged(m_status);
}

void EnvironmentCheck::checkCertificate(EnvironmentStatus &status)
{
    const QFileInfo file(m_settings.tls.certificateFile);
    const QDateTime modified = file.exists() ? file.lastModified() : QDateTime();
    const qint64 size = file.exists() ? file.size() : -1;
    if (!m_certificate || modified != m_certificateModified || size != m_certificateSize) {
        m_certificate = DeviceCertificate::read(m_settings.tls);
        m_certificateModified = modified;
        m_certificateSize = size;
    }
    if (!m_certificate->ok()) {
        status.problems.append(
            {m_certificate->error().code, m_certificate->error().message, file.filePath()});
        return;
    }
    const DeviceCertificate &c = m_certificate->value();
    status.certificate = c;
    const QDateTime now = m_clock.now();
    const QString detail = u"%1, valid %2 to %3"_s.arg(c.subject, c.notBefore.toString(Qt::ISODate),
                                                       c.notAfter.toString(Qt::ISODate));
    if (now > c.notAfter) {
        status.problems.append(
            {u"certificate-expired"_s,
             tr("This workstation's device certificate expired on %1, so it cannot be used for the "
                "service. Ask your IT support to renew it.")
                 .arg(day(c.notAfter)),
             detail});
    } else if (now < c.notBefore) {
        status.problems.append(
            {u"certificate-not-yet-valid"_s,
             tr("This workstation's device certificate is not valid until %1. If that date has passed, "
                "this computer's clock is wrong: ask your IT support to correct it.")
                 .arg(day(c.notBefore)),
             detail});
    } else if (now.addDays(m_settings.certificateWarningDays) > c.notAfter) {
        status.warnings.append({u"certificate-expiring"_s,
                                tr("This workstation's device certificate expires on %1. Ask your IT "
                                   "support to renew it before then, or you will not be able to sign in.")
                                    .arg(day(c.notAfter)),
                                detail});
    }
}

void EnvironmentCheck::checkVpn(EnvironmentStatus &status)
{
    QString why;
    if (!m_backend->supported(&why)) {
        status.problems.append({u"vpn-check-unsupported"_s,
                                tr("This workstation cannot check its VPN connection (%1), so it cannot "
                                   "be used as an organisation device. Contact your IT support.")
                                    .arg(why),
                                why});
        return;
    }
    QStringList tunnels;
    QStringList seen;
    for (const NetworkInterface &i : m_backend->interfaces()) {
        const bool matches =
            std::any_of(m_patterns.cbegin(), m_patterns.cend(),
                        [&](const QRegularExpression &p) { return p.match(i.name).hasMatch(); });
        if (!matches)
            continue;
        seen.append(u"%1 (%2)"_s.arg(i.name, i.up && i.running ? u"up"_s
                                             : i.up            ? u"no carrier"_s
                                                               : u"down"_s));
        if (i.up && i.running)
            tunnels.append(i.name);
    }
    const QString patterns = m_settings.vpnInterfaces.join(u", "_s);
    if (tunnels.isEmpty()) {
        status.problems.append(
            {u"vpn-not-connected"_s,
             tr("Your organisation's VPN is not connected. Connect to it, then select Try again."),
             seen.isEmpty() ? u"no interface matches %1"_s.arg(patterns)
                            : u"matching interfaces not up: %1"_s.arg(seen.join(u", "_s))});
        return;
    }
    if (m_addresses.isEmpty()) {
        status.problems.append(
            {u"server-address-unknown"_s,
             tr("The clearance server's address (%1) cannot be found. Check that your organisation's VPN "
                "is connected properly, then select Try again.")
                 .arg(m_host),
             m_lookupError});
        return;
    }
    for (const QHostAddress &address : std::as_const(m_addresses)) {
        const Route route = m_backend->routeTo(address);
        if (route.interfaceName.isEmpty()) {
            status.problems.append(
                {u"no-route"_s,
                 tr("This workstation has no network route to the clearance server. Check your network "
                    "and VPN connections, then select Try again."),
                 u"%1: %2"_s.arg(address.toString(), route.error)});
            return;
        }
        if (!tunnels.contains(route.interfaceName)) {
            status.problems.append(
                {u"vpn-not-routing"_s,
                 tr("Your organisation's VPN is connected, but traffic to the clearance server does not go "
                    "through it. Disconnect and reconnect the VPN, then select Try again; if this keeps "
                    "happening, contact your IT support."),
                 u"route to %1 uses %2, not the VPN (%3)"_s.arg(address.toString(), route.interfaceName,
                                                                tunnels.join(u", "_s))});
            return;
        }
        status.vpnInterface = route.interfaceName;
    }
}

} // namespace srs::session
