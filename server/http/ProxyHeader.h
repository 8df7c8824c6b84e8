#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace srs::server {

// The PROXY protocol, version 2 (HAProxy's "send-proxy-v2"): the binary header a TCP load
// balancer writes at the start of each connection it forwards, before the client's own bytes
// (here, the TLS handshake), saying which address the client connected from. Plain C++, so the
// fuzz target builds it on its own.
//
// Only a connection from an address the configuration trusts may carry one (HttpFront checks
// that); from anyone else the header would let a client choose the address the network policy
// sees. Version 1 (text) and malformed headers are refused with the reason.
class ProxyHeader
{
public:
    enum class Outcome
    {
        NeedMore, // what arrived is the start of a header: read more
        Refused,  // not a version 2 header, or a malformed one: see refusal()
        Complete, // see size() and address()
    };
    // The 12 bytes every version 2 header starts with.
    static constexpr std::string_view Signature{"\r\n\r\n\0\r\nQUIT\n", 12};
    static constexpr std::size_t FixedBytes = 16; // signature, version and command, family, length
    // Larger headers (with many TLVs) are refused: a balancer sends far less.
    static constexpr std::size_t MaxBytes = 1024;

    // Parses the start of a connection. Call again with more bytes after NeedMore; the bytes
    // given are never kept. `bytes` may run past the header: size() says where it ends.
    [[nodiscard]] Outcome parse(std::string_view bytes);

    // After Complete: the header's length in bytes, to consume before the TLS handshake.
    [[nodiscard]] std::size_t size() const { return m_size; }
    // After Complete: the client's address and port as the balancer saw them. Empty for a
    // LOCAL header (the balancer's own check, not a client's connection) and for an unknown
    // family: the connection's own address then stands.
    [[nodiscard]] const std::string &address() const { return m_address; }
    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] bool isLocal() const { return m_local; }
    // After Refused: why, in words for the log.
    [[nodiscard]] const char *refusal() const { return m_refusal; }

    // How many bytes the header starting `bytes` has in all: FixedBytes until its fixed part has
    // arrived, then the fixed part and the length it announces. What a reader reads up to.
    [[nodiscard]] static std::size_t wholeSize(std::string_view bytes);

    // True when `bytes` (the first bytes of a connection, however few) could be the start of a
    // PROXY header of either version, so a server that does not expect one can say why it
    // refuses the connection rather than fail its TLS handshake without a word.
    [[nodiscard]] static bool looksLikeProxyHeader(std::string_view bytes);

private:
    Outcome refuse(const char *why)
    {
        m_refusal = why;
        return Outcome::Refused;
    }

    std::size_t m_size = 0;
    std::string m_address;
    int m_port = 0;
    bool m_local = false;
    const char *m_refusal = "";
};

} // namespace srs::server
