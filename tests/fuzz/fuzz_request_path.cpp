// libFuzzer target for a request's path on its way to a handler: the bytes a client sends go
// through the HTTP front's head parser (server/http/RequestHeadParser), and each complete request
// is handed on as the front hands it (the Expect line taken out, the declared body after the
// head) to cpp-httplib, which parses the target (path, percent-decoding, query string) and
// matches the path against every route of the API (protocol::allRoutes(), the regular expressions
// the server registers). Up to four requests are read from one input, as on a kept-alive
// connection. Checked:
// * no path is matched by two routes of one method, so the order in which the server registers
//   its handlers cannot change which one answers; the handler cpp-httplib calls is the one route
//   whose pattern matches, and none is called when no route matches;
// * the handler of a POST, PUT or DELETE gets the body the front read (the declared
//   Content-Length), and its parameters formatted back into the route (RouteSpec::format, what
//   the client calls) give its path;
// * what the client's percent-encoding (QUrl::toPercentEncoding, as RouteSpec::format and the
//   workspace query use it) makes of any path segment or query value the server decoded (when
//   it is UTF-8, as every text the client sends is), cpp-httplib's decoding
//   (httplib::detail::decode_url, parse_query_text) gives back unchanged.
#include "http/RequestHeadParser.h"
#include "protocol/Routes.h"

#include <httplib.h>

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QUtf8StringView>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

using srs::protocol::RouteSpec;
using srs::server::HttpLimits;
using srs::server::RequestHeadParser;

namespace {

[[noreturn]] void fail(const char *what, const std::string &path)
{
    std::fprintf(stderr, "fuzz_request_path: %s (path \"%s\")\n", what, path.c_str());
    std::abort();
}

// One complete request's bytes, read by cpp-httplib; what it answers is dropped.
class RequestStream final : public httplib::Stream
{
public:
    explicit RequestStream(std::string_view bytes) : m_bytes(bytes) {}
    bool is_readable() const override { return m_position < m_bytes.size(); }
    bool is_writable() const override { return true; }
    ssize_t read(char *ptr, size_t size) override
    {
        const std::size_t n = std::min(size, m_bytes.size() - m_position);
        std::memcpy(ptr, m_bytes.data() + m_position, n);
        m_position += n;
        return static_cast<ssize_t>(n);
    }
    ssize_t write(const char *, size_t size) override { return static_cast<ssize_t>(size); }
    void get_remote_ip_and_port(std::string &ip, int &port) const override
    {
        ip = "127.0.0.1";
        port = 40000;
    }
    void get_local_ip_and_port(std::string &ip, int &port) const override
    {
        ip = "127.0.0.1";
        port = 8443;
    }
    socket_t socket() const override { return INVALID_SOCKET; }

private:
    std::string_view m_bytes;
    std::size_t m_position = 0;
};

struct Route
{
    const RouteSpec *spec;
    std::regex pattern;
};

// What one request came to: the route whose handler cpp-httplib called, with what it was given,
// and what the logger saw of every answered request.
struct Seen
{
    const RouteSpec *handled = nullptr;
    std::vector<std::string> captures;
    std::string body;
    bool logged = false;
    std::string method;
    std::string path;
    httplib::Params params;
    int status = 0;
};

Seen t_seen;

// cpp-httplib's routing, with a handler for every route of the table that records the call.
class Router : public httplib::Server
{
public:
    Router()
    {
        for (const RouteSpec &spec : srs::protocol::allRoutes()) {
            const std::string pattern = spec.serverPattern();
            m_routes.push_back({&spec, std::regex(pattern)});
            const RouteSpec *route = &spec;
            auto handler = [route](const httplib::Request &req, httplib::Response &res) {
                t_seen.handled = route;
                for (std::size_t i = 1; i < req.matches.size(); ++i)
                    t_seen.captures.push_back(req.matches[i].str());
                t_seen.body = req.body;
                res.status = route->successStatus;
            };
            if (spec.method == "GET")
                Get(pattern, handler);
            else if (spec.method == "POST")
                Post(pattern, handler);
            else if (spec.method == "PUT")
                Put(pattern, handler);
            else if (spec.method == "DELETE")
                Delete(pattern, handler);
            else
                fail("a route with a method the table should not hold", pattern);
        }
        set_logger([](const httplib::Request &req, const httplib::Response &res) {
            t_seen.logged = true;
            t_seen.method = req.method;
            t_seen.path = req.path;
            t_seen.params = req.params;
            t_seen.status = res.status;
        });
    }

    void answer(std::string_view request)
    {
        RequestStream stream(request);
        bool closed = false;
        (void)process_request(stream, false, closed, nullptr);
    }

    // The routes of `method` (HEAD is answered by GET's) whose pattern matches all of `path`.
    std::vector<const RouteSpec *> matching(std::string_view method, const std::string &path) const
    {
        const std::string_view as = method == "HEAD" ? std::string_view("GET") : method;
        std::vector<const RouteSpec *> out;
        for (const Route &r : m_routes) {
            if (r.spec->method == as && std::regex_match(path, r.pattern))
                out.push_back(r.spec);
        }
        return out;
    }

private:
    std::vector<Route> m_routes;
};

QString formatRoute(const RouteSpec &spec, const std::vector<std::string> &captures)
{
    auto arg = [&](std::size_t i) { return QString::fromStdString(captures[i]); };
    switch (captures.size()) {
    case 0:
        return spec.format({});
    case 1:
        return spec.format({arg(0)});
    case 2:
        return spec.format({arg(0), arg(1)});
    case 3:
        return spec.format({arg(0), arg(1), arg(2)});
    case 4:
        return spec.format({arg(0), arg(1), arg(2), arg(3)});
    default:
        return {};
    }
}

// What the client sends for a text that is these bytes in UTF-8; nothing for bytes that are not
// UTF-8, which no client text can be.
std::optional<std::string> percentEncoded(const std::string &bytes)
{
    if (!QUtf8StringView(bytes).isValidUtf8())
        return std::nullopt;
    return QUrl::toPercentEncoding(QString::fromStdString(bytes)).toStdString();
}

void checkRequest(const Router &router, std::uint64_t contentLength)
{
    const Seen &s = t_seen;
    if (!s.logged)
        fail("a complete request was not answered", {});
    // A request cpp-httplib could not read (its own stricter rules, an unknown method) is
    // answered 400 or 414 without routing.
    if (!s.handled && (s.status == 400 || s.status == 414))
        return;
    const auto routes = router.matching(s.method, s.path);
    if (routes.size() > 1)
        fail("two routes of one method match one path", s.path);
    if (routes.empty() != (s.handled == nullptr))
        fail("the handler called is not the one route that matches", s.path);
    if (s.handled) {
        if (s.handled != routes.front())
            fail("the handler called is not the route that matches", s.path);
        // cpp-httplib reads the body of these methods only; the front takes the declared bytes
        // off the connection either way, so a GET's body never becomes the next request.
        const bool bodyRead = s.method == "POST" || s.method == "PUT" || s.method == "DELETE";
        if (s.body.size() != (bodyRead ? contentLength : 0))
            fail("the handler's body is not the declared Content-Length", s.path);
        if (s.captures.size() != static_cast<std::size_t>(s.handled->parameters().size()))
            fail("a handler got a different number of parameters than its route has", s.path);
        if (formatRoute(*s.handled, s.captures).toStdString() != s.path)
            fail("the parameters formatted back into the route do not give the path", s.path);
    }
    // Client encoding, server decoding: every segment of the decoded path, and every query value.
    std::size_t at = 0;
    while (at <= s.path.size()) {
        const std::size_t slash = std::min(s.path.find('/', at), s.path.size());
        const std::string segment = s.path.substr(at, slash - at);
        const auto encoded = percentEncoded(segment);
        if (encoded && httplib::detail::decode_url(*encoded, false) != segment)
            fail("a percent-encoded path segment does not decode to itself", s.path);
        at = slash + 1;
    }
    for (const auto &[key, value] : s.params) {
        const auto encoded = percentEncoded(value);
        if (!encoded)
            continue;
        httplib::Params decoded;
        httplib::detail::parse_query_text("v=" + *encoded, decoded);
        const auto it = decoded.find("v");
        if (decoded.size() != 1 || it == decoded.end() || it->second != value)
            fail("a percent-encoded query value does not decode to itself", s.path);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Router router;
    HttpLimits limits;
    limits.maxBodyBytes = 4096; // bodies are not what this target is about
    std::string buffer(reinterpret_cast<const char *>(data), size);
    for (int request = 0; request < 4 && !buffer.empty(); ++request) {
        RequestHeadParser parser(limits);
        if (parser.parse(buffer) != RequestHeadParser::Outcome::Complete)
            return 0;
        auto head = parser.head();
        // As the front does: "100 Continue" is its own answer, and the line goes.
        if (head.expectContinue) {
            buffer.erase(head.expectLineOffset, head.expectLineBytes);
            head.headBytes -= head.expectLineBytes;
        }
        const std::size_t requestBytes = head.headBytes + static_cast<std::size_t>(head.contentLength);
        if (buffer.size() < requestBytes)
            buffer.resize(requestBytes, 'x'); // the rest of the body, as if it had arrived
        t_seen = Seen{};
        router.answer(std::string_view(buffer).substr(0, requestBytes));
        checkRequest(router, head.contentLength);
        buffer.erase(0, requestBytes);
    }
    return 0;
}
