// bench_baseline_server: the yardstick for the clearance server's own speed. A trivial handler
// on cpp-httplib's own server (the library the clearance server routes with) over mutual TLS
// with the same certificates: GET /api/v1/health answers a fixed JSON body of the size the
// clearance server's health answer has. Nothing else: no front, no limits, no identity, no log.
// What the clearance server's health route serves as a share of this is its own ceiling.
//
//   bench_baseline_server --cert server.crt --key server.key --ca ca.crt --port-file FILE [--threads N]
//
// Listens on 127.0.0.1 only, on a free port written to FILE; serves until SIGTERM or SIGINT.

#include <httplib.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>

namespace {

httplib::SSLServer *g_server = nullptr;

void onSignal(int)
{
    if (g_server)
        g_server->stop();
}

[[noreturn]] void usage(const char *why)
{
    std::fprintf(stderr, "bench_baseline_server: %s\n", why);
    std::fprintf(stderr, "usage: bench_baseline_server --cert FILE --key FILE --ca FILE --port-file FILE "
                         "[--threads N]\n");
    std::exit(2);
}

// cpp-httplib listens with a backlog of 5 (CPPHTTPLIB_LISTEN_BACKLOG, fixed when the system's
// library was built): 64 connections opened at once (a balancer's, or the load generator's) then
// overflow it, and those dropped wait a second for the SYN to be sent again, which a run's
// throughput then shows. The listening socket is found by its port and given the clearance
// server's backlog (1024); listen() again on a listening socket only changes its backlog.
void widenBacklog(int port)
{
    for (int fd = 3; fd < 1024; ++fd) {
        int accepting = 0;
        socklen_t len = sizeof accepting;
        if (::getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &accepting, &len) != 0 || !accepting)
            continue;
        sockaddr_in addr{};
        socklen_t addrLen = sizeof addr;
        if (::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &addrLen) == 0 &&
            addr.sin_family == AF_INET && ntohs(addr.sin_port) == port) {
            if (::listen(fd, 1024) != 0)
                std::perror("bench_baseline_server: listen");
            return;
        }
    }
    std::fprintf(stderr, "bench_baseline_server: the listening socket was not found; the backlog stays 5\n");
}

} // namespace

int main(int argc, char **argv)
{
    std::string cert, key, ca, portFile;
    int threads = 80;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (i + 1 >= argc)
            usage("every option takes a value");
        const std::string v = argv[++i];
        if (a == "--cert")
            cert = v;
        else if (a == "--key")
            key = v;
        else if (a == "--ca")
            ca = v;
        else if (a == "--port-file")
            portFile = v;
        else if (a == "--threads")
            threads = std::atoi(v.c_str());
        else
            usage("unknown option");
    }
    if (cert.empty() || key.empty() || ca.empty() || portFile.empty() || threads < 1)
        usage("--cert, --key, --ca and --port-file are needed");

    // Mutual TLS: the client must present a certificate the CA signed.
    httplib::SSLServer server(cert.c_str(), key.c_str(), ca.c_str());
    if (!server.is_valid())
        usage("the certificate, key or CA could not be loaded");
    server.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
    server.set_keep_alive_max_count(1000000);
    // As the clearance server's front does: small answers are not held back for the client's
    // acknowledgement (Nagle's algorithm against delayed ACKs costs 40 ms a request).
    server.set_tcp_nodelay(true);
    const std::string body =
        R"({"api_version":1,"device":{"class":"organisation-laptop","organisation":"Demo University",)"
        R"("subject":"CN=laptop-demo-01,OU=organisation-laptop,O=Demo University,C=GB"},"server_version":"1.0.0"})";
    server.Get("/api/v1/health", [&body](const httplib::Request &, httplib::Response &res) {
        res.set_content(body, "application/json");
    });
    const int port = server.bind_to_any_port("127.0.0.1");
    if (port <= 0)
        usage("could not listen on 127.0.0.1");
    widenBacklog(port);
    {
        std::ofstream out(portFile);
        out << port << '\n';
    }
    g_server = &server;
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    return server.listen_after_bind() ? 0 : 1;
}
