#include "EventLoop.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <strings.h>

namespace srs::bench::day {

namespace {

// A connection per client, each kept open between its requests: the pool must hold them all (by
// default curl keeps only four times the transfers running at the moment).
constexpr long ConnectionPool = 8192;
// A request that takes longer than this is given up (an error in the figures).
constexpr long RequestTimeoutMs = 120'000;

} // namespace

EventLoop::EventLoop() : m_multi(curl_multi_init())
{
    if (!m_multi) {
        std::fprintf(stderr, "bench_service_day: curl_multi_init failed\n");
        std::exit(1);
    }
    curl_multi_setopt(m_multi, CURLMOPT_MAXCONNECTS, ConnectionPool);
}

EventLoop::~EventLoop()
{
    m_tasks.clear();
    curl_multi_cleanup(m_multi);
}

void EventLoop::spawn(Task<> task)
{
    m_tasks.push_back(std::move(task));
    m_tasks.back().start();
}

void EventLoop::addTimer(Clock::time_point at, std::coroutine_handle<> waiting)
{
    m_timers.push({at, m_timerOrder++, waiting});
}

void EventLoop::startTransfer(HttpChannel &channel)
{
    channel.prepare();
    channel.m_started = Clock::now();
    if (const CURLMcode rc = curl_multi_add_handle(m_multi, channel.m_easy); rc != CURLM_OK) {
        std::fprintf(stderr, "bench_service_day: curl_multi_add_handle: %s\n", curl_multi_strerror(rc));
        std::exit(1);
    }
}

void EventLoop::run()
{
    std::vector<HttpChannel *> done;
    while (true) {
        std::erase_if(m_tasks, [](const Task<> &t) { return t.done(); });
        if (m_tasks.empty())
            return;
        int running = 0;
        curl_multi_perform(m_multi, &running);
        int queued = 0;
        done.clear();
        while (CURLMsg *message = curl_multi_info_read(m_multi, &queued)) {
            if (message->msg != CURLMSG_DONE)
                continue;
            HttpChannel *channel = nullptr;
            curl_easy_getinfo(message->easy_handle, CURLINFO_PRIVATE, &channel);
            const CURLcode code = message->data.result;
            curl_multi_remove_handle(m_multi, message->easy_handle);
            channel->finished(code);
            done.push_back(channel);
        }
        // Resumed only now: a resumed client may start its next request on the same handle.
        for (HttpChannel *channel : done)
            std::exchange(channel->m_waiting, {}).resume();
        const Clock::time_point now = Clock::now();
        while (!m_timers.empty() && m_timers.top().at <= now) {
            const std::coroutine_handle<> waiting = m_timers.top().waiting;
            m_timers.pop();
            waiting.resume();
        }
        int timeoutMs = 50;
        if (!m_timers.empty()) {
            const auto untilNext =
                std::chrono::duration_cast<std::chrono::milliseconds>(m_timers.top().at - Clock::now())
                    .count();
            timeoutMs = static_cast<int>(std::clamp<long long>(untilNext, 0, timeoutMs));
        }
        if (timeoutMs > 0)
            curl_multi_poll(m_multi, nullptr, 0, timeoutMs, nullptr);
    }
}

HttpChannel::HttpChannel(EventLoop &loop, std::string baseUrl, const TlsFiles &tls,
                         const std::string &sourceAddress)
    : m_loop(loop), m_baseUrl(std::move(baseUrl)), m_easy(curl_easy_init())
{
    if (!m_easy) {
        std::fprintf(stderr, "bench_service_day: curl_easy_init failed\n");
        std::exit(1);
    }
    if (!sourceAddress.empty()) {
        m_interface = "host!" + sourceAddress; // an address, never an interface name
        curl_easy_setopt(m_easy, CURLOPT_INTERFACE, m_interface.c_str());
    }
    curl_easy_setopt(m_easy, CURLOPT_CAINFO, tls.ca.c_str());
    curl_easy_setopt(m_easy, CURLOPT_SSLCERT, tls.certificate.c_str());
    curl_easy_setopt(m_easy, CURLOPT_SSLKEY, tls.key.c_str());
    curl_easy_setopt(m_easy, CURLOPT_SSLVERSION, static_cast<long>(CURL_SSLVERSION_TLSv1_2));
    curl_easy_setopt(m_easy, CURLOPT_WRITEFUNCTION, &HttpChannel::onBody);
    curl_easy_setopt(m_easy, CURLOPT_WRITEDATA, this);
    curl_easy_setopt(m_easy, CURLOPT_HEADERFUNCTION, &HttpChannel::onHeader);
    curl_easy_setopt(m_easy, CURLOPT_HEADERDATA, this);
    curl_easy_setopt(m_easy, CURLOPT_PRIVATE, this);
    curl_easy_setopt(m_easy, CURLOPT_ERRORBUFFER, m_errorBuffer);
    curl_easy_setopt(m_easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(m_easy, CURLOPT_TCP_NODELAY, 1L);
    curl_easy_setopt(m_easy, CURLOPT_TIMEOUT_MS, RequestTimeoutMs);
}

HttpChannel::~HttpChannel()
{
    curl_easy_cleanup(m_easy);
    curl_slist_free_all(m_headers);
}

HttpChannel::SendAwaiter HttpChannel::send(std::string method, std::string path, std::string body,
                                           std::string token, std::string idempotencyKey)
{
    m_method = std::move(method);
    m_url = m_baseUrl + path;
    m_body = std::move(body);
    m_authorization = token.empty() ? std::string() : "Authorization: Bearer " + token;
    m_idempotencyKey = idempotencyKey.empty() ? std::string() : "Idempotency-Key: " + idempotencyKey;
    return SendAwaiter{*this};
}

void HttpChannel::prepare()
{
    m_reply = HttpReply{};
    m_errorBuffer[0] = '\0';
    curl_slist_free_all(m_headers);
    m_headers = curl_slist_append(nullptr, "Expect:"); // no 100-continue round trip
    if (!m_authorization.empty())
        m_headers = curl_slist_append(m_headers, m_authorization.c_str());
    if (!m_idempotencyKey.empty())
        m_headers = curl_slist_append(m_headers, m_idempotencyKey.c_str());
    curl_easy_setopt(m_easy, CURLOPT_URL, m_url.c_str());
    curl_easy_setopt(m_easy, CURLOPT_CUSTOMREQUEST, nullptr);
    if (m_method == "GET" || m_method == "DELETE") {
        curl_easy_setopt(m_easy, CURLOPT_HTTPGET, 1L);
        if (m_method == "DELETE")
            curl_easy_setopt(m_easy, CURLOPT_CUSTOMREQUEST, "DELETE");
    } else {
        m_headers = curl_slist_append(m_headers, "Content-Type: application/json");
        curl_easy_setopt(m_easy, CURLOPT_POSTFIELDS, m_body.c_str());
        curl_easy_setopt(m_easy, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(m_body.size()));
        if (m_method != "POST")
            curl_easy_setopt(m_easy, CURLOPT_CUSTOMREQUEST, m_method.c_str());
    }
    curl_easy_setopt(m_easy, CURLOPT_HTTPHEADER, m_headers);
}

void HttpChannel::finished(CURLcode code)
{
    m_reply.curl = code;
    if (code != CURLE_OK)
        m_reply.curlError = m_errorBuffer[0] ? m_errorBuffer : curl_easy_strerror(code);
    curl_easy_getinfo(m_easy, CURLINFO_RESPONSE_CODE, &m_reply.status);
    m_reply.ms = std::chrono::duration<double, std::milli>(Clock::now() - m_started).count();
}

size_t HttpChannel::onBody(char *data, size_t size, size_t count, void *channel)
{
    static_cast<HttpChannel *>(channel)->m_reply.body.append(data, size * count);
    return size * count;
}

size_t HttpChannel::onHeader(char *data, size_t size, size_t count, void *channel)
{
    const size_t length = size * count;
    static constexpr char Name[] = "x-content-sha256:";
    constexpr size_t NameLength = sizeof(Name) - 1;
    if (length > NameLength && strncasecmp(data, Name, NameLength) == 0) {
        std::string value(data + NameLength, length - NameLength);
        const auto first = value.find_first_not_of(" \t");
        const auto last = value.find_last_not_of(" \t\r\n");
        static_cast<HttpChannel *>(channel)->m_reply.contentSha256 =
            first == std::string::npos ? std::string() : value.substr(first, last - first + 1);
    }
    return length;
}

} // namespace srs::bench::day
