#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace srs::store {

// Why a store operation failed. Messages describe the failure for the server's log and
// the admin command line; they never contain secrets (bound values are not included).
struct StoreError
{
    enum class Code
    {
        Database, // the database refused or could not be reached
        NotFound,
        Conflict, // a unique key or a concurrent change
        Invalid,  // bad input or bad stored data
        NoSpace,  // the disk (or the quota) holding the files is full: nothing was written
    };
    Code code = Code::Database;
    QString message;
};

// A value or a StoreError, in the manner of std::expected (C++23).
template <class T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(StoreError error) : m_state(std::move(error)) {}

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] T &value() & { return std::get<T>(m_state); }
    [[nodiscard]] const T &value() const & { return std::get<T>(m_state); }
    [[nodiscard]] T &&value() && { return std::get<T>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    [[nodiscard]] const StoreError &error() const { return std::get<StoreError>(m_state); }
    [[nodiscard]] StoreError::Code code() const { return error().code; }
    [[nodiscard]] QString errorString() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, StoreError> m_state;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(StoreError error) : m_error(std::move(error)) {}

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const StoreError &error() const { return *m_error; }
    [[nodiscard]] StoreError::Code code() const { return m_error->code; }
    [[nodiscard]] QString errorString() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<StoreError> m_error;
};

using Status = Result<void>;

inline StoreError notFound(QString message)
{
    return {StoreError::Code::NotFound, std::move(message)};
}
inline StoreError invalid(QString message)
{
    return {StoreError::Code::Invalid, std::move(message)};
}

} // namespace srs::store
