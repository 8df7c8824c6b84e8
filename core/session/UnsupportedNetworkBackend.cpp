// The network back-end for platforms that do not have one yet (Windows and macOS need their
// own: GetAdaptersAddresses/GetBestInterfaceEx, and getifaddrs with a PF_ROUTE RTM_GET).
// The environment check reports it, so an organisation device there cannot pass the VPN
// check by accident.

#include "NetworkBackend.h"

namespace srs::session {

namespace {
class UnsupportedNetworkBackend final : public NetworkBackend
{
public:
    QList<NetworkInterface> interfaces() override { return {}; }
    Route routeTo(const QHostAddress &destination) override
    {
        Route r;
        r.destination = destination;
        r.error = QStringLiteral("no network back-end on this platform");
        return r;
    }
    bool supported(QString *why) const override
    {
        if (why)
            *why = QStringLiteral("this platform has no network back-end yet");
        return false;
    }
};
} // namespace

NetworkBackend::~NetworkBackend() = default;

std::unique_ptr<NetworkBackend> NetworkBackend::createPlatformBackend()
{
    return std::make_unique<UnsupportedNetworkBackend>();
}

} // namespace srs::session
