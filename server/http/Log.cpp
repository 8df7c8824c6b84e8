#include "Log.h"

#include <QDateTime>
#include <QJsonDocument>

#include <atomic>
#include <cstdio>
#include <mutex>

namespace srs::server {
namespace {

std::atomic<int> g_minimum{static_cast<int>(LogLevel::Info)};
std::mutex g_mutex;

const char *levelName(LogLevel l)
{
    switch (l) {
    case LogLevel::Debug:
        return "debug";
    case LogLevel::Info:
        return "info";
    case LogLevel::Warning:
        return "warning";
    case LogLevel::Error:
        return "error";
    }
    return "info";
}

} // namespace

void Log::setMinimumLevel(LogLevel level)
{
    g_minimum = static_cast<int>(level);
}

bool Log::isEnabled(LogLevel level)
{
    return static_cast<int>(level) >= g_minimum;
}

bool Log::parseLevel(const QString &text, LogLevel *level)
{
    for (LogLevel l : {LogLevel::Debug, LogLevel::Info, LogLevel::Warning, LogLevel::Error}) {
        if (text == QLatin1StringView(levelName(l))) {
            *level = l;
            return true;
        }
    }
    return false;
}

void Log::write(LogLevel level, const QString &event, const QJsonObject &fields)
{
    if (static_cast<int>(level) < g_minimum)
        return;
    QJsonObject line = fields;
    line.insert(QStringLiteral("ts"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    line.insert(QStringLiteral("level"), QLatin1StringView(levelName(level)));
    line.insert(QStringLiteral("event"), event);
    const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    std::lock_guard lock(g_mutex);
    std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stderr);
    std::fflush(stderr);
}

} // namespace srs::server
