#pragma once

#include <QJsonObject>
#include <QString>

namespace srs::server {

enum class LogLevel
{
    Debug,
    Info,
    Warning,
    Error,
};

// Structured log: one JSON object per line on standard error, with a UTC timestamp, a level
// and an event name. Safe to call from any thread. Never pass secrets or personal data.
class Log
{
public:
    static void setMinimumLevel(LogLevel level);
    [[nodiscard]] static bool isEnabled(LogLevel level);
    [[nodiscard]] static bool parseLevel(const QString &text, LogLevel *level);
    static void write(LogLevel level, const QString &event, const QJsonObject &fields = {});
    static void info(const QString &event, const QJsonObject &fields = {})
    {
        write(LogLevel::Info, event, fields);
    }
    static void warning(const QString &event, const QJsonObject &fields = {})
    {
        write(LogLevel::Warning, event, fields);
    }
    static void error(const QString &event, const QJsonObject &fields = {})
    {
        write(LogLevel::Error, event, fields);
    }
};

} // namespace srs::server
