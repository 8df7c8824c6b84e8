// bench_http_load: drives one HTTPS route of srs-clearance-server over mutual TLS with keep-alive
// from N concurrent connections, and prints throughput and latency percentiles.
//
//   bench_http_load --url https://127.0.0.1:PORT/api/v1/health --ca ca.crt --cert dev.crt --key dev.key
//                   [--connections 64] [--requests 50000] [--header "Authorization: Bearer ..."]
//
// One thread drives a curl multi handle with N transfers in flight; each finished transfer is
// started again on its (reused) connection until the request count is reached. Loopback only:
// the URL must name 127.0.0.1, [::1] or localhost.

#include <curl/curl.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Slot
{
    CURL *easy = nullptr;
    Clock::time_point started;
    std::string body;
    curl_slist *headers = nullptr;
};

size_t sink(char *data, size_t size, size_t n, void *user)
{
    static_cast<Slot *>(user)->body.append(data, size * n);
    return size * n;
}

[[noreturn]] void usage(const char *why)
{
    std::fprintf(stderr, "bench_http_load: %s\n", why);
    std::fprintf(stderr,
                 "usage: bench_http_load --url URL --ca FILE --cert FILE --key FILE [--connections N] "
                 "[--requests N] [--header H]...\n");
    std::exit(2);
}

bool isLoopback(const std::string &url)
{
    for (const char *prefix : {"https://127.", "https://[::1]", "https://localhost"})
        if (url.rfind(prefix, 0) == 0)
            return true;
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    std::string url, ca, cert, key;
    std::vector<std::string> headers;
    long connections = 64;
    long total = 50'000;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc)
                usage(("missing value after " + a).c_str());
            return argv[++i];
        };
        if (a == "--url")
            url = next();
        else if (a == "--ca")
            ca = next();
        else if (a == "--cert")
            cert = next();
        else if (a == "--key")
            key = next();
        else if (a == "--connections")
            connections = std::strtol(next().c_str(), nullptr, 10);
        else if (a == "--requests")
            total = std::strtol(next().c_str(), nullptr, 10);
        else if (a == "--header")
            headers.push_back(next());
        else
            usage(("unknown option " + a).c_str());
    }
    if (url.empty() || ca.empty() || cert.empty() || key.empty())
        usage("--url, --ca, --cert and --key are required");
    if (!isLoopback(url))
        usage("only loopback addresses may be load-tested");
    if (connections < 1 || connections > 1024 || total < connections)
        usage("--connections must be 1..1024 and --requests at least as many");

    curl_global_init(CURL_GLOBAL_DEFAULT);
    CURLM *multi = curl_multi_init();
    curl_multi_setopt(multi, CURLMOPT_MAXCONNECTS, connections);
    curl_multi_setopt(multi, CURLMOPT_MAX_HOST_CONNECTIONS, connections);

    std::vector<Slot> slots(static_cast<size_t>(connections));
    std::vector<double> latenciesMs;
    latenciesMs.reserve(static_cast<size_t>(total));
    long started = 0, ok = 0, failed = 0;

    auto start = [&](Slot &s) {
        s.body.clear();
        s.started = Clock::now();
        curl_multi_add_handle(multi, s.easy);
        ++started;
    };
    for (Slot &s : slots) {
        s.easy = curl_easy_init();
        curl_easy_setopt(s.easy, CURLOPT_URL, url.c_str());
        curl_easy_setopt(s.easy, CURLOPT_CAINFO, ca.c_str());
        curl_easy_setopt(s.easy, CURLOPT_SSLCERT, cert.c_str());
        curl_easy_setopt(s.easy, CURLOPT_SSLKEY, key.c_str());
        curl_easy_setopt(s.easy, CURLOPT_SSLVERSION, static_cast<long>(CURL_SSLVERSION_TLSv1_2));
        curl_easy_setopt(s.easy, CURLOPT_WRITEFUNCTION, &sink);
        curl_easy_setopt(s.easy, CURLOPT_WRITEDATA, &s);
        curl_easy_setopt(s.easy, CURLOPT_PRIVATE, &s);
        curl_easy_setopt(s.easy, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(s.easy, CURLOPT_TCP_NODELAY, 1L);
        for (const std::string &h : headers)
            s.headers = curl_slist_append(s.headers, h.c_str());
        if (s.headers)
            curl_easy_setopt(s.easy, CURLOPT_HTTPHEADER, s.headers);
        start(s);
    }

    const auto t0 = Clock::now();
    int running = 1;
    while (ok + failed < total) {
        curl_multi_perform(multi, &running);
        int queued = 0;
        while (CURLMsg *m = curl_multi_info_read(multi, &queued)) {
            if (m->msg != CURLMSG_DONE)
                continue;
            Slot *s = nullptr;
            curl_easy_getinfo(m->easy_handle, CURLINFO_PRIVATE, &s);
            long status = 0;
            curl_easy_getinfo(m->easy_handle, CURLINFO_RESPONSE_CODE, &status);
            const CURLcode code = m->data.result;
            curl_multi_remove_handle(multi, m->easy_handle);
            const double ms = std::chrono::duration<double, std::milli>(Clock::now() - s->started).count();
            if (code == CURLE_OK && status >= 200 && status < 300) {
                ++ok;
                latenciesMs.push_back(ms);
            } else {
                ++failed;
                if (failed <= 3)
                    std::fprintf(stderr, "request failed: curl %d, HTTP %ld: %s\n", code, status,
                                 s->body.substr(0, 200).c_str());
            }
            if (ok == 0 && failed >= connections) {
                std::fprintf(stderr, "bench_http_load: every request so far failed; stopping\n");
                return 1;
            }
            if (started < total)
                start(*s);
        }
        if (ok + failed < total)
            curl_multi_poll(multi, nullptr, 0, 100, nullptr);
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - t0).count();

    std::sort(latenciesMs.begin(), latenciesMs.end());
    auto pct = [&](double p) {
        if (latenciesMs.empty())
            return 0.0;
        const size_t i =
            std::min(latenciesMs.size() - 1, static_cast<size_t>(p / 100.0 * double(latenciesMs.size())));
        return latenciesMs[i];
    };
    std::printf("url            %s\n", url.c_str());
    std::printf("connections    %ld\n", connections);
    std::printf("requests       %ld ok, %ld failed\n", ok, failed);
    std::printf("elapsed        %.2f s\n", seconds);
    std::printf("throughput     %.0f requests/s\n", double(ok) / seconds);
    std::printf("latency ms     p50 %.2f  p90 %.2f  p99 %.2f  max %.2f\n", pct(50), pct(90), pct(99),
                latenciesMs.empty() ? 0.0 : latenciesMs.back());

    for (Slot &s : slots) {
        curl_slist_free_all(s.headers);
        curl_easy_cleanup(s.easy);
    }
    curl_multi_cleanup(multi);
    curl_global_cleanup();
    return failed == 0 ? 0 : 1;
}
