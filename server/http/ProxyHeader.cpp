#include "ProxyHeader.h"

#include <arpa/inet.h>

#include <algorithm>

namespace srs::server {

namespace {

constexpr std::uint8_t Version2 = 0x20;
constexpr std::uint8_t CommandLocal = 0x00;
constexpr std::uint8_t CommandProxy = 0x01;
constexpr std::uint8_t FamilyUnspecified = 0x00;
constexpr std::uint8_t FamilyTcp4 = 0x11;
constexpr std::uint8_t FamilyTcp6 = 0x21;
constexpr std::size_t Tcp4Bytes = 4 + 4 + 2 + 2;   // source, destination, their ports
constexpr std::size_t Tcp6Bytes = 16 + 16 + 2 + 2; // the same for IPv6

std::uint8_t byteAt(std::string_view bytes, std::size_t i)
{
    return static_cast<std::uint8_t>(bytes[i]);
}

int portAt(std::string_view bytes, std::size_t i)
{
    return (byteAt(bytes, i) << 8) | byteAt(bytes, i + 1);
}

} // namespace

std::size_t ProxyHeader::wholeSize(std::string_view bytes)
{
    if (bytes.size() < FixedBytes)
        return FixedBytes;
    return FixedBytes + static_cast<std::size_t>(portAt(bytes, 14));
}

bool ProxyHeader::looksLikeProxyHeader(std::string_view bytes)
{
    if (bytes.empty())
        return false;
    const std::size_t n2 = std::min(bytes.size(), Signature.size());
    if (bytes.substr(0, n2) == Signature.substr(0, n2))
        return true;
    constexpr std::string_view Version1 = "PROXY ";
    const std::size_t n1 = std::min(bytes.size(), Version1.size());
    return bytes.substr(0, n1) == Version1.substr(0, n1);
}

ProxyHeader::Outcome ProxyHeader::parse(std::string_view bytes)
{
    m_size = 0;
    m_address.clear();
    m_port = 0;
    m_local = false;
    m_refusal = "";
    // Whatever has arrived of the signature must match it, so a client that is not a balancer
    // is refused at its first byte rather than waited for.
    const std::size_t have = std::min(bytes.size(), Signature.size());
    if (bytes.substr(0, have) != Signature.substr(0, have)) {
        if (bytes.substr(0, std::min<std::size_t>(bytes.size(), 6)) ==
            std::string_view("PROXY ").substr(0, std::min<std::size_t>(bytes.size(), 6)))
            return refuse("a PROXY protocol version 1 (text) header: the balancer must send version 2 "
                          "(send-proxy-v2)");
        return refuse("the connection does not start with a PROXY protocol version 2 header");
    }
    if (bytes.size() < FixedBytes)
        return Outcome::NeedMore;
    const std::uint8_t versionCommand = byteAt(bytes, 12);
    if ((versionCommand & 0xF0) != Version2)
        return refuse("a PROXY protocol header of a version other than 2");
    const std::uint8_t command = versionCommand & 0x0F;
    if (command != CommandLocal && command != CommandProxy)
        return refuse("a PROXY protocol header with an unknown command");
    const std::uint8_t family = byteAt(bytes, 13);
    const std::size_t whole = wholeSize(bytes);
    if (whole > MaxBytes)
        return refuse("a PROXY protocol header longer than a balancer sends");
    if (bytes.size() < whole)
        return Outcome::NeedMore;
    const std::string_view body = bytes.substr(FixedBytes, whole - FixedBytes);
    m_size = whole;
    if (command == CommandLocal) {
        // The balancer's own connection (a health check): the addresses, if any, are ignored.
        m_local = true;
        return Outcome::Complete;
    }
    char text[INET6_ADDRSTRLEN] = {};
    switch (family) {
    case FamilyTcp4:
        if (body.size() < Tcp4Bytes)
            return refuse("a PROXY protocol header too short for the IPv4 addresses it announces");
        ::inet_ntop(AF_INET, body.data(), text, sizeof text);
        m_port = portAt(body, 8);
        break;
    case FamilyTcp6:
        if (body.size() < Tcp6Bytes)
            return refuse("a PROXY protocol header too short for the IPv6 addresses it announces");
        ::inet_ntop(AF_INET6, body.data(), text, sizeof text);
        m_port = portAt(body, 32);
        break;
    case FamilyUnspecified:
        // Nothing said of the client (the specification allows it for PROXY too): the
        // connection is refused rather than given the balancer's own address.
        return refuse("a PROXY protocol header that does not give the client's address");
    default:
        // UDP and Unix-socket families are not a TCP client of this server.
        return refuse("a PROXY protocol header for a transport other than TCP over IPv4 or IPv6");
    }
    m_address = text;
    return Outcome::Complete;
}

} // namespace srs::server
