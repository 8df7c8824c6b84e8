// bench_http_attack: measures GET /api/v1/health over mutual TLS while srs-clearance-server is
// under connection-level attack, for a bounded time and with bounded counts:
//
//   * idle TCP connections that never send a byte;
//   * half TLS handshakes (a ClientHello, then silence);
//   * slow request lines (one byte a second, over TLS);
//   * chunked-body floods (a chunked POST, then chunks as fast as the server takes them);
//   * many connections from one source address (opened until refused, then again).
//
// Each attack comes from its own loopback address (127.0.0.2 and up) so that the per-source
// limit applies to it and not to the measuring client, which uses 127.0.0.1: a keep-alive
// connection (as the desktop client uses) and, every tenth request, a new connection. The
// attack threads run at the lowest CPU priority: on two shared cores, their own TLS work would
// otherwise measure the load generator rather than the server.
//
//   bench_http_attack --port PORT --ca ca.crt --cert laptop.crt --key laptop.key [--seconds 10]
//                     [--idle 400] [--half-handshakes 200] [--slow 50] [--floods 4] [--one-source 300]
//
// Loopback only. Prints p50/p99/max latency and errors; it asserts nothing.

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Options
{
    int port = 0;
    std::string ca, cert, key;
    int seconds = 10;
    int idle = 400;
    int halfHandshakes = 200;
    int slow = 50;
    int floods = 4;
    int oneSource = 300;
};

std::atomic<bool> g_stop{false};
std::atomic<long> g_refusedOneSource{0};
std::atomic<long> g_heldOneSource{0};
std::atomic<long> g_floodBytes{0};
std::atomic<long> g_floodConnections{0};

// A TCP connection to the server from `source` (127.0.0.x); -1 if refused.
int connectFrom(const char *source, int port, int timeoutSeconds = 5)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    sockaddr_in local{};
    local.sin_family = AF_INET;
    ::inet_pton(AF_INET, source, &local.sin_addr);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&local), sizeof local) != 0) {
        ::close(fd);
        return -1;
    }
    timeval tv{timeoutSeconds, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
    int yes = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
    sockaddr_in server{};
    server.sin_family = AF_INET;
    server.sin_port = htons(static_cast<uint16_t>(port));
    server.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&server), sizeof server) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

SSL_CTX *clientContext(const Options &o)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL_CTX_load_verify_locations(ctx, o.ca.c_str(), nullptr);
    SSL_CTX_use_certificate_file(ctx, o.cert.c_str(), SSL_FILETYPE_PEM);
    SSL_CTX_use_PrivateKey_file(ctx, o.key.c_str(), SSL_FILETYPE_PEM);
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, nullptr);
    return ctx;
}

struct Tls
{
    int fd = -1;
    SSL *ssl = nullptr;
    ~Tls() { reset(); }
    void reset()
    {
        if (ssl)
            SSL_free(ssl);
        if (fd >= 0)
            ::close(fd);
        ssl = nullptr;
        fd = -1;
    }
    bool open(SSL_CTX *ctx, const char *source, int port)
    {
        reset();
        fd = connectFrom(source, port);
        if (fd < 0)
            return false;
        ssl = SSL_new(ctx);
        SSL_set_fd(ssl, fd);
        const bool ok = SSL_connect(ssl) == 1;
        ERR_clear_error();
        return ok;
    }
    bool send(const std::string &s)
    {
        std::size_t done = 0;
        while (done < s.size()) {
            const int n = SSL_write(ssl, s.data() + done, static_cast<int>(s.size() - done));
            if (n <= 0) {
                ERR_clear_error();
                return false;
            }
            done += static_cast<std::size_t>(n);
        }
        return true;
    }
    // Reads one response with a Content-Length; its status, or 0.
    int readResponse()
    {
        std::string in;
        char buf[4096];
        for (;;) {
            const std::size_t headEnd = in.find("\r\n\r\n");
            if (headEnd != std::string::npos) {
                std::string lower = in.substr(0, headEnd);
                std::transform(lower.begin(), lower.end(), lower.begin(), ::tolower);
                const std::size_t at = lower.find("content-length:");
                const std::size_t length =
                    at == std::string::npos ? 0 : std::strtoul(lower.c_str() + at + 15, nullptr, 10);
                if (in.size() >= headEnd + 4 + length)
                    return in.size() > 12 ? std::atoi(in.c_str() + 9) : 0;
            }
            const int n = SSL_read(ssl, buf, sizeof buf);
            if (n <= 0) {
                ERR_clear_error();
                return 0;
            }
            in.append(buf, static_cast<std::size_t>(n));
        }
    }
};

std::string clientHello()
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL *ssl = SSL_new(ctx);
    BIO *in = BIO_new(BIO_s_mem());
    BIO *out = BIO_new(BIO_s_mem());
    SSL_set_bio(ssl, in, out);
    SSL_connect(ssl);
    char buf[4096];
    const int n = BIO_read(out, buf, sizeof buf);
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    ERR_clear_error();
    return std::string(buf, static_cast<std::size_t>(std::max(n, 0)));
}

// Keeps `count` connections open from `sources`, each made by `open`; reopens closed ones.
template <typename Open>
void holdConnections(int count, const std::vector<std::string> &sources, Open open)
{
    std::vector<int> fds(static_cast<std::size_t>(count), -1);
    while (!g_stop) {
        for (std::size_t i = 0; i < fds.size() && !g_stop; ++i) {
            if (fds[i] >= 0) {
                char c;
                const ssize_t n = ::recv(fds[i], &c, 1, MSG_DONTWAIT);
                if (n == 0 || (n < 0 && errno != EAGAIN)) {
                    ::close(fds[i]);
                    fds[i] = -1;
                }
            }
            if (fds[i] < 0)
                fds[i] = open(sources[i % sources.size()].c_str());
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    for (int fd : fds)
        if (fd >= 0)
            ::close(fd);
}

// The attackers' own work (TLS encryption of the floods above all) would otherwise take the
// shared cores from the server and the measuring client; a real attacker's CPU is elsewhere.
void lowerPriority()
{
    ::setpriority(PRIO_PROCESS, static_cast<id_t>(::syscall(SYS_gettid)), 19);
}

std::vector<std::string> addresses(int third, int count)
{
    std::vector<std::string> out;
    for (int i = 1; i <= count; ++i)
        out.push_back("127.0." + std::to_string(third) + '.' + std::to_string(i));
    return out;
}

void printLatency(const char *what, std::vector<double> ms, long errors)
{
    if (ms.empty()) {
        std::printf("%-22s no answers, %ld errors\n", what, errors);
        return;
    }
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) {
        return ms[std::min(ms.size() - 1, static_cast<std::size_t>(q * double(ms.size())))];
    };
    std::printf("%-22s n=%zu p50=%.2f ms p99=%.2f ms max=%.2f ms errors=%ld\n", what, ms.size(), at(0.50),
                at(0.99), ms.back(), errors);
}

[[noreturn]] void usage(const char *why)
{
    std::fprintf(stderr, "bench_http_attack: %s\n", why);
    std::fprintf(stderr,
                 "usage: bench_http_attack --port PORT --ca FILE --cert FILE --key FILE [--seconds N] "
                 "[--idle N] [--half-handshakes N] [--slow N] [--floods N] [--one-source N]\n");
    std::exit(2);
}

} // namespace

int main(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (i + 1 >= argc)
            usage(("missing value for " + a).c_str());
        const char *v = argv[++i];
        if (a == "--port")
            o.port = std::atoi(v);
        else if (a == "--ca")
            o.ca = v;
        else if (a == "--cert")
            o.cert = v;
        else if (a == "--key")
            o.key = v;
        else if (a == "--seconds")
            o.seconds = std::clamp(std::atoi(v), 1, 120);
        else if (a == "--idle")
            o.idle = std::clamp(std::atoi(v), 0, 2000);
        else if (a == "--half-handshakes")
            o.halfHandshakes = std::clamp(std::atoi(v), 0, 2000);
        else if (a == "--slow")
            o.slow = std::clamp(std::atoi(v), 0, 500);
        else if (a == "--floods")
            o.floods = std::clamp(std::atoi(v), 0, 16);
        else if (a == "--one-source")
            o.oneSource = std::clamp(std::atoi(v), 0, 2000);
        else
            usage(("unknown option " + a).c_str());
    }
    if (o.port <= 0 || o.ca.empty() || o.cert.empty() || o.key.empty())
        usage("--port, --ca, --cert and --key are required");
    std::signal(SIGPIPE, SIG_IGN);
    SSL_CTX *ctx = clientContext(o);
    const std::string hello = clientHello();

    std::vector<std::thread> attackers;
    // Idle TCP connections, 100 per source address.
    attackers.emplace_back([&] {
        lowerPriority();
        holdConnections(o.idle, addresses(1, std::max(1, o.idle / 100)),
                        [&](const char *src) { return connectFrom(src, o.port); });
    });
    // Half handshakes: a ClientHello, then nothing.
    attackers.emplace_back([&] {
        lowerPriority();
        holdConnections(o.halfHandshakes, addresses(2, std::max(1, o.halfHandshakes / 100)),
                        [&](const char *src) {
                            const int fd = connectFrom(src, o.port);
                            if (fd >= 0 && ::send(fd, hello.data(), hello.size(), MSG_NOSIGNAL) < 0) {
                                ::close(fd);
                                return -1;
                            }
                            return fd;
                        });
    });
    // Slow request lines over TLS: one byte a second per connection.
    attackers.emplace_back([&] {
        lowerPriority();
        std::vector<Tls> conns(static_cast<std::size_t>(o.slow));
        std::vector<std::size_t> sent(conns.size(), 0);
        const std::string line = "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n";
        while (!g_stop) {
            for (std::size_t i = 0; i < conns.size() && !g_stop; ++i) {
                if (conns[i].ssl == nullptr || sent[i] >= line.size()) {
                    sent[i] = 0;
                    if (!conns[i].open(ctx, "127.0.3.1", o.port)) {
                        conns[i].reset();
                        continue;
                    }
                }
                if (!conns[i].send(line.substr(sent[i]++, 1)))
                    conns[i].reset();
            }
            std::this_thread::sleep_for(std::chrono::seconds(1));
        }
    });
    // Chunked floods.
    for (int f = 0; f < o.floods; ++f) {
        attackers.emplace_back([&, f] {
            lowerPriority();
            const std::string source = "127.0.4." + std::to_string(f + 1);
            const std::string chunk = "4000\r\n" + std::string(0x4000, 'x') + "\r\n";
            while (!g_stop) {
                Tls t;
                if (!t.open(ctx, source.c_str(), o.port))
                    continue;
                ++g_floodConnections;
                if (!t.send(
                        "POST /api/v1/sessions HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"))
                    continue;
                for (int i = 0; i < 4096 && !g_stop && t.send(chunk); ++i)
                    g_floodBytes += static_cast<long>(chunk.size());
            }
        });
    }
    // Many connections from one source.
    attackers.emplace_back([&] {
        lowerPriority();
        std::vector<int> fds;
        while (!g_stop) {
            for (int i = 0; i < o.oneSource && !g_stop; ++i) {
                const int fd = connectFrom("127.0.5.1", o.port, 1);
                if (fd < 0)
                    continue;
                fds.push_back(fd);
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(500));
            for (int &fd : fds) {
                char c;
                const ssize_t n = ::recv(fd, &c, 1, MSG_DONTWAIT);
                if (n == 0 || (n < 0 && errno != EAGAIN))
                    ++g_refusedOneSource;
                else
                    ++g_heldOneSource;
                ::close(fd);
            }
            fds.clear();
        }
    });

    // Let the attacks build up, then measure.
    std::this_thread::sleep_for(std::chrono::seconds(1));
    std::vector<double> keepAlive, fresh;
    long keepAliveErrors = 0, freshErrors = 0;
    const Clock::time_point end = Clock::now() + std::chrono::seconds(o.seconds);
    Tls measured;
    const std::string request = "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    for (long n = 0; Clock::now() < end; ++n) {
        const bool newConnection = n % 10 == 0;
        const Clock::time_point start = Clock::now();
        bool ok = true;
        if (newConnection || measured.ssl == nullptr)
            ok = measured.open(ctx, "127.0.0.1", o.port);
        ok = ok && measured.send(request) && measured.readResponse() == 200;
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
        if (!ok) {
            measured.reset();
            ++(newConnection ? freshErrors : keepAliveErrors);
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
            continue;
        }
        (newConnection ? fresh : keepAlive).push_back(ms);
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    g_stop = true;
    for (auto &t : attackers)
        t.join();
    std::printf(
        "attack                 idle=%d half-handshakes=%d slow=%d chunked-floods=%d one-source=%d, %d s\n",
        o.idle, o.halfHandshakes, o.slow, o.floods, o.oneSource, o.seconds);
    printLatency("health keep-alive", keepAlive, keepAliveErrors);
    printLatency("health new connection", fresh, freshErrors);
    std::printf("chunked floods         %ld connections; %.1f MiB written by the flooders before the server "
                "closed them (most of it into socket buffers)\n",
                g_floodConnections.load(), double(g_floodBytes.load()) / (1024.0 * 1024.0));
    std::printf("one source             %ld connections held open, %ld closed or reset by the server\n",
                g_heldOneSource.load(), g_refusedOneSource.load());
    SSL_CTX_free(ctx);
    return 0;
}
