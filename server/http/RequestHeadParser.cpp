#include "RequestHeadParser.h"

#include <algorithm>

namespace srs::server {

namespace {

// RFC 9110 token characters.
bool isTokenChar(unsigned char c)
{
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               const auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; };
               return lower(x) == lower(y);
           });
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

// Does the comma-separated list `value` hold `token` (case-insensitive)?
bool listContains(std::string_view value, std::string_view token)
{
    while (!value.empty()) {
        const std::size_t comma = value.find(',');
        if (equalsIgnoringCase(trimmed(value.substr(0, comma)), token))
            return true;
        if (comma == std::string_view::npos)
            break;
        value.remove_prefix(comma + 1);
    }
    return false;
}

} // namespace

void RequestHeadParser::reset()
{
    const HttpLimits limits = m_limits;
    *this = RequestHeadParser(limits);
}

RequestHeadParser::Outcome RequestHeadParser::refuse(int status, const char *code, const char *message)
{
    m_refusal = {status, code, message};
    m_done = true;
    return Outcome::Refused;
}

RequestHeadParser::Outcome RequestHeadParser::parse(std::string_view data)
{
    if (m_done)
        return m_refusal.message[0] ? Outcome::Refused : Outcome::Complete;
    for (;;) {
        std::size_t end = std::string_view::npos; // where the CR of this line's CRLF is
        for (std::size_t i = std::max(m_scanned, m_lineStart); i < data.size(); ++i) {
            const char c = data[i];
            if (c == '\n')
                return refuse(400, "bad-request", "A line of the request ends without a carriage return.");
            if (c == '\r') {
                if (i + 1 >= data.size()) {
                    m_scanned = i; // look at the CR again when the next byte is here
                    break;
                }
                if (data[i + 1] != '\n')
                    return refuse(400, "bad-request", "The request holds a carriage return inside a line.");
                end = i;
                break;
            }
            m_scanned = i + 1;
        }
        const std::size_t lineLength =
            (end == std::string_view::npos ? m_scanned : end) - m_lineStart;
        if (lineLength > m_limits.maxLineBytes) {
            if (!m_haveRequestLine)
                return refuse(414, "uri-too-long", "The request line is longer than this server accepts.");
            return refuse(431, "header-fields-too-large", "A header line is longer than this server accepts.");
        }
        if (end == std::string_view::npos) {
            if (data.size() > m_limits.maxHeadBytes)
                return refuse(431, "header-fields-too-large",
                              "The request headers are larger than this server accepts.");
            return Outcome::NeedMore;
        }
        const std::size_t next = end + 2;
        if (next > m_limits.maxHeadBytes)
            return refuse(431, "header-fields-too-large",
                          "The request headers are larger than this server accepts.");
        const std::string_view line = data.substr(m_lineStart, end - m_lineStart);
        Outcome outcome = Outcome::NeedMore;
        if (!m_haveRequestLine) {
            outcome = parseRequestLine(line);
        } else if (line.empty()) {
            m_head.headBytes = next;
            return finish();
        } else {
            outcome = parseHeaderLine(line, m_lineStart);
        }
        if (outcome == Outcome::Refused)
            return outcome;
        m_lineStart = next;
        m_scanned = next;
    }
}

RequestHeadParser::Outcome RequestHeadParser::parseRequestLine(std::string_view line)
{
    const std::size_t firstSpace = line.find(' ');
    const std::size_t secondSpace =
        firstSpace == std::string_view::npos ? std::string_view::npos : line.find(' ', firstSpace + 1);
    if (secondSpace == std::string_view::npos || line.find(' ', secondSpace + 1) != std::string_view::npos)
        return refuse(400, "bad-request", "The request line is not METHOD TARGET VERSION.");
    const std::string_view method = line.substr(0, firstSpace);
    const std::string_view target = line.substr(firstSpace + 1, secondSpace - firstSpace - 1);
    const std::string_view version = line.substr(secondSpace + 1);
    if (method.empty() || method.size() > 16 ||
        !std::all_of(method.begin(), method.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
        return refuse(400, "bad-request", "The request method is not one this server knows.");
    if (target.empty() || target.front() != '/' ||
        !std::all_of(target.begin(), target.end(), [](char c) { return c > ' ' && c < 0x7f; }))
        return refuse(400, "bad-request", "The request target is not a path of this server.");
    if (version == "HTTP/1.0")
        m_http10 = true;
    else if (version != "HTTP/1.1")
        return refuse(505, "http-version-not-supported", "This server speaks HTTP/1.1 only.");
    m_haveRequestLine = true;
    return Outcome::NeedMore;
}

RequestHeadParser::Outcome RequestHeadParser::parseHeaderLine(std::string_view line, std::size_t offset)
{
    if (line.front() == ' ' || line.front() == '\t')
        return refuse(400, "bad-request", "The request has a folded header line.");
    if (++m_headerCount > m_limits.maxHeaderCount)
        return refuse(431, "header-fields-too-large", "The request has more headers than this server accepts.");
    const std::size_t colon = line.find(':');
    if (colon == 0 || colon == std::string_view::npos)
        return refuse(400, "bad-request", "A header line has no name.");
    const std::string_view name = line.substr(0, colon);
    if (!std::all_of(name.begin(), name.end(), [](char c) { return isTokenChar(static_cast<unsigned char>(c)); }))
        return refuse(400, "bad-request", "A header name holds a character that is not allowed.");
    const std::string_view value = trimmed(line.substr(colon + 1));
    if (!std::all_of(value.begin(), value.end(), [](char c) {
            const auto u = static_cast<unsigned char>(c);
            return u == '\t' || (u >= 0x20 && u != 0x7f);
        }))
        return refuse(400, "bad-request", "A header value holds a control character.");

    if (equalsIgnoringCase(name, "Content-Length")) {
        if (m_haveContentLength)
            return refuse(400, "bad-request", "The request has more than one Content-Length.");
        m_haveContentLength = true;
        if (value.empty() || !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return refuse(400, "bad-request", "The Content-Length is not a number.");
        std::uint64_t length = 0;
        for (const char c : value) {
            if (length > m_limits.maxBodyBytes / 10)
                return refuse(413, "payload-too-large", "The request is larger than this server accepts.");
            length = length * 10 + static_cast<std::uint64_t>(c - '0');
            if (length > m_limits.maxBodyBytes)
                return refuse(413, "payload-too-large", "The request is larger than this server accepts.");
        }
        m_head.contentLength = length;
    } else if (equalsIgnoringCase(name, "Transfer-Encoding")) {
        return refuse(411, "length-required",
                      "This server accepts a request body only with a Content-Length; chunked or other "
                      "transfer encodings are refused.");
    } else if (equalsIgnoringCase(name, "Content-Encoding")) {
        if (!equalsIgnoringCase(value, "identity"))
            return refuse(415, "unsupported-content-encoding",
                          "This server accepts request bodies only uncompressed (no Content-Encoding).");
    } else if (equalsIgnoringCase(name, "Expect")) {
        if (m_head.expectContinue || !equalsIgnoringCase(value, "100-continue"))
            return refuse(417, "expectation-failed", "This server can meet only \"Expect: 100-continue\".");
        m_head.expectContinue = true;
        m_head.expectLineOffset = offset;
        m_head.expectLineBytes = line.size() + 2;
    } else if (equalsIgnoringCase(name, "Connection")) {
        if (listContains(value, "close"))
            m_head.closeConnection = true;
        if (listContains(value, "keep-alive"))
            m_keepAlive = true;
    }
    return Outcome::NeedMore;
}

RequestHeadParser::Outcome RequestHeadParser::finish()
{
    if (m_http10 && !m_keepAlive)
        m_head.closeConnection = true;
    m_done = true;
    return Outcome::Complete;
}

} // namespace srs::server
