#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace srs::server {

// What the HTTP front accepts in one request before any of it reaches a worker thread.
struct HttpLimits
{
    std::size_t maxHeadBytes = 16 * 1024;   // request line, header lines and the blank line
    std::size_t maxLineBytes = 8 * 1024;    // any one line, the request line included
    std::size_t maxHeaderCount = 64;
    std::uint64_t maxBodyBytes = 1024 * 1024; // the Content-Length a request may declare
};

// Why a request was refused before its body was read: the HTTP status, the stable machine
// code of the JSON error body, and a plain-English message.
struct HeadRefusal
{
    int status = 400;
    const char *code = "bad-request";
    const char *message = "";
};

// The facts about a complete, valid request head the front needs; the head itself is then
// handed on byte for byte.
struct RequestHead
{
    std::size_t headBytes = 0; // up to and including the blank line
    std::uint64_t contentLength = 0;
    bool closeConnection = false; // "Connection: close", or HTTP/1.0 without keep-alive
    // "Expect: 100-continue": the front answers it and removes this line (offset, length)
    // before the request goes on, so it is not answered twice.
    bool expectContinue = false;
    std::size_t expectLineOffset = 0;
    std::size_t expectLineBytes = 0;
};

// Reads an HTTP/1.1 request head strictly and incrementally, from untrusted bytes, in time
// linear in the bytes given. Only what the API needs passes: a Content-Length body (no
// Transfer-Encoding, no Content-Encoding), lines ended by CRLF, no folded headers, header
// names that are tokens, no control characters, bounded line length, head size and header
// count. Everything else is refused with the reason, before any body is read.
class RequestHeadParser
{
public:
    enum class Outcome
    {
        NeedMore,
        Complete,
        Refused,
    };

    explicit RequestHeadParser(const HttpLimits &limits) : m_limits(limits) {}

    // `data` holds every byte received for this request so far (the head starts at data[0];
    // body bytes and later requests may follow). Call again with more bytes after NeedMore.
    Outcome parse(std::string_view data);
    void reset();

    [[nodiscard]] const RequestHead &head() const { return m_head; }
    [[nodiscard]] const HeadRefusal &refusal() const { return m_refusal; }

private:
    Outcome refuse(int status, const char *code, const char *message);
    Outcome parseRequestLine(std::string_view line);
    Outcome parseHeaderLine(std::string_view line, std::size_t offset);
    Outcome finish();

    HttpLimits m_limits;
    RequestHead m_head;
    HeadRefusal m_refusal;
    std::size_t m_lineStart = 0; // where the line being read starts
    std::size_t m_scanned = 0;   // bytes already searched for its end
    std::size_t m_headerCount = 0;
    bool m_haveRequestLine = false;
    bool m_http10 = false;
    bool m_keepAlive = false;
    bool m_haveContentLength = false;
    bool m_done = false;
};

} // namespace srs::server
