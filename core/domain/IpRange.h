#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace srs::domain {

// An IPv4 or IPv6 address, parsed by hand so that core/domain needs only QtCore.
// IPv4-mapped IPv6 addresses (::ffff:192.0.2.1, which a dual-stack socket reports for an
// IPv4 client) are stored as the IPv4 address they carry, so that they match IPv4 ranges.
class IpAddress
{
public:
    enum class Family
    {
        Invalid,
        IPv4,
        IPv6,
    };

    IpAddress() = default;
    [[nodiscard]] static std::optional<IpAddress> parse(QStringView text);
    [[nodiscard]] static IpAddress fromIPv4(quint32 address);

    [[nodiscard]] Family family() const { return m_family; }
    [[nodiscard]] bool isValid() const { return m_family != Family::Invalid; }
    [[nodiscard]] int bitLength() const { return m_family == Family::IPv4 ? 32 : 128; }
    // Network order; 4 bytes are meaningful for IPv4, 16 for IPv6.
    [[nodiscard]] const std::array<quint8, 16> &bytes() const { return m_bytes; }
    [[nodiscard]] bool bit(int index) const
    {
        return (m_bytes[static_cast<std::size_t>(index / 8)] >> (7 - index % 8)) & 1;
    }
    // Canonical text: dotted quad, or RFC 5952 IPv6 (lower case, longest zero run as "::").
    [[nodiscard]] QString toString() const;

    friend bool operator==(const IpAddress &, const IpAddress &) = default;

private:
    Family m_family = Family::Invalid;
    std::array<quint8, 16> m_bytes{};
};

// A CIDR block such as 203.0.113.0/24 or 2001:db8::/32. The host bits must be zero
// ("203.0.113.5/24" is refused: it is usually a typing mistake in a configuration file).
// An address without a prefix length is a range of one address.
class IpRange
{
public:
    IpRange() = default;
    [[nodiscard]] static std::optional<IpRange> parse(QStringView text);
    // Parses every entry; on the first bad one returns std::nullopt and, if `badEntry` is
    // given, the text that failed.
    [[nodiscard]] static std::optional<QList<IpRange>> parseList(const QList<QString> &texts,
                                                                 QString *badEntry = nullptr);

    [[nodiscard]] const IpAddress &network() const { return m_network; }
    [[nodiscard]] int prefixLength() const { return m_prefixLength; }
    [[nodiscard]] bool isValid() const { return m_network.isValid(); }
    [[nodiscard]] bool contains(const IpAddress &address) const;
    [[nodiscard]] QString toString() const;

    friend bool operator==(const IpRange &, const IpRange &) = default;

private:
    IpAddress m_network;
    int m_prefixLength = 0;
};

[[nodiscard]] bool anyContains(const QList<IpRange> &ranges, const IpAddress &address);

} // namespace srs::domain
