#include "IpRange.h"

#include <QStringList>

namespace srs::domain {
namespace {

std::optional<int> parseDecimal(QStringView text, int max)
{
    // No signs, no spaces, no leading zeros (010 could mean octal to some readers).
    if (text.isEmpty() || text.size() > 3 || (text.size() > 1 && text.front() == QLatin1Char('0')))
        return std::nullopt;
    int value = 0;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    if (value > max)
        return std::nullopt;
    return value;
}

bool parseIPv4(QStringView text, quint8 *out)
{
    const auto parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (int i = 0; i < 4; ++i) {
        const auto v = parseDecimal(parts[i], 255);
        if (!v)
            return false;
        out[i] = static_cast<quint8>(*v);
    }
    return true;
}

std::optional<quint16> parseHextet(QStringView text)
{
    if (text.isEmpty() || text.size() > 4)
        return std::nullopt;
    quint16 value = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        int digit = -1;
        if (u >= u'0' && u <= u'9')
            digit = u - u'0';
        else if (u >= u'a' && u <= u'f')
            digit = u - u'a' + 10;
        else if (u >= u'A' && u <= u'F')
            digit = u - u'A' + 10;
        else
            return std::nullopt;
        value = static_cast<quint16>((value << 4) | digit);
    }
    return value;
}

// Parses groups of hextets (possibly ending in a dotted quad) into `out`; returns the
// number of 16-bit groups written, or -1.
int parseGroups(QStringView text, quint16 *out, int maxGroups, bool allowIPv4Tail)
{
    if (text.isEmpty())
        return 0;
    const auto parts = text.split(QLatin1Char(':'));
    int count = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QStringView part = parts[i];
        if (allowIPv4Tail && i == parts.size() - 1 && part.contains(QLatin1Char('.'))) {
            quint8 v4[4];
            if (!parseIPv4(part, v4) || count + 2 > maxGroups)
                return -1;
            out[count++] = static_cast<quint16>((v4[0] << 8) | v4[1]);
            out[count++] = static_cast<quint16>((v4[2] << 8) | v4[3]);
            continue;
        }
        const auto h = parseHextet(part);
        if (!h || count + 1 > maxGroups)
            return -1;
        out[count++] = *h;
    }
    return count;
}

} // namespace

std::optional<IpAddress> IpAddress::parse(QStringView text)
{
    IpAddress a;
    if (text.isEmpty() || text.size() > 45)
        return std::nullopt;
    if (!text.contains(QLatin1Char(':'))) {
        if (!parseIPv4(text, a.m_bytes.data()))
            return std::nullopt;
        a.m_family = Family::IPv4;
        return a;
    }

    std::array<quint16, 8> groups{};
    const qsizetype gap = text.indexOf(QStringLiteral("::"));
    if (gap >= 0) {
        if (text.indexOf(QStringLiteral("::"), gap + 1) >= 0)
            return std::nullopt; // two "::"
        const QStringView head = text.first(gap);
        const QStringView tail = text.sliced(gap + 2);
        std::array<quint16, 8> h{};
        std::array<quint16, 8> t{};
        const int nh = parseGroups(head, h.data(), 8, false);
        const int nt = parseGroups(tail, t.data(), 8, true);
        if (nh < 0 || nt < 0 || nh + nt > 7)
            return std::nullopt;
        for (int i = 0; i < nh; ++i)
            groups[static_cast<std::size_t>(i)] = h[static_cast<std::size_t>(i)];
        for (int i = 0; i < nt; ++i)
            groups[static_cast<std::size_t>(8 - nt + i)] = t[static_cast<std::size_t>(i)];
    } else {
        if (parseGroups(text, groups.data(), 8, true) != 8)
            return std::nullopt;
    }
    for (std::size_t i = 0; i < 8; ++i) {
        a.m_bytes[2 * i] = static_cast<quint8>(groups[i] >> 8);
        a.m_bytes[2 * i + 1] = static_cast<quint8>(groups[i] & 0xff);
    }
    a.m_family = Family::IPv6;

    // ::ffff:a.b.c.d is an IPv4 client on a dual-stack socket.
    bool mapped = a.m_bytes[10] == 0xff && a.m_bytes[11] == 0xff;
    for (std::size_t i = 0; i < 10 && mapped; ++i)
        mapped = a.m_bytes[i] == 0;
    if (mapped)
        return fromIPv4((quint32(a.m_bytes[12]) << 24) | (quint32(a.m_bytes[13]) << 16) |
                        (quint32(a.m_bytes[14]) << 8) | quint32(a.m_bytes[15]));
    return a;
}

IpAddress IpAddress::fromIPv4(quint32 address)
{
    IpAddress a;
    a.m_family = Family::IPv4;
    a.m_bytes[0] = static_cast<quint8>(address >> 24);
    a.m_bytes[1] = static_cast<quint8>(address >> 16);
    a.m_bytes[2] = static_cast<quint8>(address >> 8);
    a.m_bytes[3] = static_cast<quint8>(address);
    return a;
}

QString IpAddress::toString() const
{
    if (m_family == Family::IPv4)
        return QStringLiteral("%1.%2.%3.%4").arg(m_bytes[0]).arg(m_bytes[1]).arg(m_bytes[2]).arg(m_bytes[3]);
    if (m_family != Family::IPv6)
        return {};
    std::array<quint16, 8> g{};
    for (std::size_t i = 0; i < 8; ++i)
        g[i] = static_cast<quint16>((m_bytes[2 * i] << 8) | m_bytes[2 * i + 1]);
    // Longest run of two or more zero groups becomes "::" (the first one on a tie).
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8;) {
        if (g[static_cast<std::size_t>(i)] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && g[static_cast<std::size_t>(j)] == 0)
            ++j;
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }
    QString out;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out += QStringLiteral("::");
            i += bestLength - 1;
            continue;
        }
        if (!out.isEmpty() && !out.endsWith(QLatin1Char(':')))
            out += QLatin1Char(':');
        out += QString::number(g[static_cast<std::size_t>(i)], 16);
    }
    return out;
}

std::optional<IpRange> IpRange::parse(QStringView text)
{
    text = text.trimmed();
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    const auto address = IpAddress::parse(slash < 0 ? text : text.first(slash));
    if (!address)
        return std::nullopt;
    int prefix = address->bitLength();
    if (slash >= 0) {
        const auto p = parseDecimal(text.sliced(slash + 1), address->bitLength());
        if (!p)
            return std::nullopt;
        prefix = *p;
    }
    // A mapped address written with a /128-style prefix would be ambiguous; refuse it.
    if (address->family() == IpAddress::Family::IPv4 && text.contains(QLatin1Char(':')))
        return std::nullopt;
    for (int i = prefix; i < address->bitLength(); ++i) {
        if (address->bit(i))
            return std::nullopt; // host bits set
    }
    IpRange r;
    r.m_network = *address;
    r.m_prefixLength = prefix;
    return r;
}

std::optional<QList<IpRange>> IpRange::parseList(const QList<QString> &texts, QString *badEntry)
{
    QList<IpRange> out;
    out.reserve(texts.size());
    for (const QString &t : texts) {
        const auto r = parse(t);
        if (!r) {
            if (badEntry)
                *badEntry = t;
            return std::nullopt;
        }
        out.append(*r);
    }
    return out;
}

bool IpRange::contains(const IpAddress &address) const
{
    if (!isValid() || address.family() != m_network.family())
        return false;
    const auto &a = address.bytes();
    const auto &n = m_network.bytes();
    const int fullBytes = m_prefixLength / 8;
    for (int i = 0; i < fullBytes; ++i) {
        if (a[static_cast<std::size_t>(i)] != n[static_cast<std::size_t>(i)])
            return false;
    }
    const int rest = m_prefixLength % 8;
    if (rest == 0)
        return true;
    const auto mask = static_cast<quint8>(0xff << (8 - rest));
    return (a[static_cast<std::size_t>(fullBytes)] & mask) == (n[static_cast<std::size_t>(fullBytes)] & mask);
}

QString IpRange::toString() const
{
    return m_network.toString() + QLatin1Char('/') + QString::number(m_prefixLength);
}

bool anyContains(const QList<IpRange> &ranges, const IpAddress &address)
{
    for (const IpRange &r : ranges) {
        if (r.contains(address))
            return true;
    }
    return false;
}

} // namespace srs::domain
