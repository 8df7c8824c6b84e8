#pragma once

// A lazily started C++20 coroutine with a result, so that a virtual client's day reads as the
// steps a person takes ("sign in, poll, wait, check a table ...") while one thread drives every
// client. A Task starts when it is awaited (or, at the top, by start()) and resumes whoever awaited
// it when it finishes. Single-threaded; no exceptions (an exception escaping a flow stops the
// program).
//
// Two things GCC 12 gets wrong in coroutines, so the flows avoid them: a co_await inside an if's
// condition (`if (!co_await f())` resumed at a wrong point and stopped on an illegal instruction:
// await into a variable, then test it), and a braced list in the same expression as a co_await
// ("array used as initializer"; see pathOf in VirtualClient.h).

#include <coroutine>
#include <exception>
#include <optional>
#include <utility>

namespace srs::bench::day {

namespace detail {

template <class T>
struct TaskResult
{
    std::optional<T> value;
    void return_value(T v) { value = std::move(v); }
    T take() { return std::move(*value); }
};

template <>
struct TaskResult<void>
{
    void return_void() {}
    void take() {}
};

} // namespace detail

template <class T = void>
class [[nodiscard]] Task
{
public:
    struct promise_type : detail::TaskResult<T>
    {
        std::coroutine_handle<> continuation;

        Task get_return_object() { return Task(std::coroutine_handle<promise_type>::from_promise(*this)); }
        std::suspend_always initial_suspend() noexcept { return {}; }
        auto final_suspend() noexcept
        {
            struct Resumer
            {
                bool await_ready() noexcept { return false; }
                std::coroutine_handle<> await_suspend(std::coroutine_handle<promise_type> h) noexcept
                {
                    const std::coroutine_handle<> next = h.promise().continuation;
                    return next ? next : std::noop_coroutine();
                }
                void await_resume() noexcept {}
            };
            return Resumer{};
        }
        void unhandled_exception() noexcept { std::terminate(); }
    };

    Task() = default;
    Task(Task &&other) noexcept : m_handle(std::exchange(other.m_handle, {})) {}
    Task &operator=(Task &&other) noexcept
    {
        if (this != &other) {
            if (m_handle)
                m_handle.destroy();
            m_handle = std::exchange(other.m_handle, {});
        }
        return *this;
    }
    Task(const Task &) = delete;
    Task &operator=(const Task &) = delete;
    ~Task()
    {
        if (m_handle)
            m_handle.destroy();
    }

    // Awaiting a task runs it; the awaiting coroutine carries on with its result.
    bool await_ready() const noexcept { return false; }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<> awaiting) noexcept
    {
        m_handle.promise().continuation = awaiting;
        return m_handle;
    }
    T await_resume() { return m_handle.promise().take(); }

    // For a task nobody awaits (a client's whole day): runs it up to its first wait.
    void start() { m_handle.resume(); }
    [[nodiscard]] bool done() const { return !m_handle || m_handle.done(); }

private:
    explicit Task(std::coroutine_handle<promise_type> handle) : m_handle(handle) {}
    std::coroutine_handle<promise_type> m_handle;
};

} // namespace srs::bench::day
