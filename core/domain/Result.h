#pragma once

#include <QMap>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace srs {

// An error that crosses a module boundary: a stable machine-readable code and a
// plain-language message for people (already translated where it is shown).
struct Error
{
    QString code;
    QString message;
    // The request field to fix, when one is to blame ("files[1].path"); empty otherwise.
    QString field = {};
    // For a refusal that passes: how many seconds until it is worth asking again (HTTP
    // Retry-After); 0 when not known or not relevant.
    qint64 retryAfterSeconds = 0;
    // Particulars of a refusal a client may show besides the message (the next booking of a
    // person refused at a safe-room terminal), each a plain string; empty for most errors.
    QMap<QString, QString> details = {};
};

// A value or an Error, for operations that can fail without it being a bug.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_v(std::move(value)) {}     // NOLINT(google-explicit-constructor)
    Result(Error error) : m_v(std::move(error)) {} // NOLINT(google-explicit-constructor)
    static Result failure(QString code, QString message)
    {
        return Error{std::move(code), std::move(message)};
    }

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const T &value() const & { return std::get<T>(m_v); }
    [[nodiscard]] T &value() & { return std::get<T>(m_v); }
    [[nodiscard]] T &&value() && { return std::get<T>(std::move(m_v)); }
    [[nodiscard]] const Error &error() const { return std::get<Error>(m_v); }
    [[nodiscard]] const T *operator->() const { return &value(); }
    [[nodiscard]] T *operator->() { return &value(); }
    [[nodiscard]] const T &operator*() const & { return value(); }
    [[nodiscard]] T &operator*() & { return value(); }

private:
    std::variant<T, Error> m_v;
};

// For operations that return nothing but may fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {} // NOLINT(google-explicit-constructor)
    static Status failure(QString code, QString message)
    {
        return Error{std::move(code), std::move(message)};
    }
    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace srs
