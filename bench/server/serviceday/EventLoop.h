#pragma once

// One thread drives every virtual client: a curl multi handle carries their HTTPS requests and a
// timer queue their think times. Coroutines wait on either (HttpChannel::send, EventLoop::sleepFor)
// and are resumed from run().

#include "Task.h"

#include <curl/curl.h>

#include <chrono>
#include <coroutine>
#include <cstdint>
#include <functional>
#include <queue>
#include <string>
#include <vector>

namespace srs::bench::day {

using Clock = std::chrono::steady_clock;

class HttpChannel;

class EventLoop
{
public:
    EventLoop();
    ~EventLoop();
    EventLoop(const EventLoop &) = delete;
    EventLoop &operator=(const EventLoop &) = delete;

    struct SleepAwaiter
    {
        EventLoop &loop;
        Clock::time_point until;
        bool await_ready() const noexcept { return Clock::now() >= until; }
        void await_suspend(std::coroutine_handle<> waiting) { loop.addTimer(until, waiting); }
        void await_resume() const noexcept {}
    };
    [[nodiscard]] SleepAwaiter sleepUntil(Clock::time_point until) { return {*this, until}; }
    [[nodiscard]] SleepAwaiter sleepFor(std::chrono::milliseconds duration)
    {
        return {*this, Clock::now() + duration};
    }

    // Starts a task at once (up to its first wait); run() serves it until it has finished.
    void spawn(Task<> task);
    // Serves every spawned task (and those they spawn) until all have finished.
    void run();

private:
    friend class HttpChannel;
    void addTimer(Clock::time_point at, std::coroutine_handle<> waiting);
    void startTransfer(HttpChannel &channel);

    struct Timer
    {
        Clock::time_point at;
        std::uint64_t order = 0; // equal times in the order they were set
        std::coroutine_handle<> waiting;
        bool operator>(const Timer &other) const
        {
            return at != other.at ? at > other.at : order > other.order;
        }
    };
    std::priority_queue<Timer, std::vector<Timer>, std::greater<>> m_timers;
    std::uint64_t m_timerOrder = 0;
    std::vector<Task<>> m_tasks;
    CURLM *m_multi = nullptr;
};

// The answer to one request; `curl` is not CURLE_OK when no answer came (then status is 0).
struct HttpReply
{
    CURLcode curl = CURLE_OK;
    std::string curlError;
    long status = 0;
    std::string body;
    std::string contentSha256; // the X-Content-SHA256 header, when sent
    double ms = 0;             // from handing the request to curl to the whole answer
};

// The device certificate a client presents, and the service's CA.
struct TlsFiles
{
    std::string ca;
    std::string certificate;
    std::string key;
};

// One virtual client's connection to the service (kept alive between requests, as the client's
// own is), bound to the client's own loopback address so that the server, through the balancer's
// PROXY header, sees each client at an address of its own. One request at a time.
class HttpChannel
{
public:
    HttpChannel(EventLoop &loop, std::string baseUrl, const TlsFiles &tls, const std::string &sourceAddress);
    ~HttpChannel();
    HttpChannel(const HttpChannel &) = delete;
    HttpChannel &operator=(const HttpChannel &) = delete;

    struct SendAwaiter
    {
        HttpChannel &channel;
        bool await_ready() const noexcept { return false; }
        void await_suspend(std::coroutine_handle<> waiting)
        {
            channel.m_waiting = waiting;
            channel.m_loop.startTransfer(channel);
        }
        HttpReply await_resume() { return std::move(channel.m_reply); }
    };
    // METHOD of ApiPrefix-rooted `path` (with its query), with a JSON body (POST and PUT), the
    // session's bearer token and an Idempotency-Key, each when not empty.
    [[nodiscard]] SendAwaiter send(std::string method, std::string path, std::string body, std::string token,
                                   std::string idempotencyKey = {});

private:
    friend class EventLoop;
    void prepare();
    void finished(CURLcode code);
    static size_t onBody(char *data, size_t size, size_t count, void *channel);
    static size_t onHeader(char *data, size_t size, size_t count, void *channel);

    EventLoop &m_loop;
    std::string m_baseUrl;
    std::string m_interface;
    CURL *m_easy = nullptr;
    curl_slist *m_headers = nullptr;
    char m_errorBuffer[CURL_ERROR_SIZE] = {};
    std::string m_method, m_url, m_body, m_authorization, m_idempotencyKey;
    HttpReply m_reply;
    Clock::time_point m_started;
    std::coroutine_handle<> m_waiting;
};

} // namespace srs::bench::day
