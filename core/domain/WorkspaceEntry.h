#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <array>

namespace srs::domain {

// One file or folder of a project's workspace as a client knows it: metadata only (path, size,
// time, digest), never content. The client's cache keeps these, and the screens show them.
struct WorkspaceEntry
{
    QString path;
    qint64 size = 0;
    qint64 modifiedMs = 0; // milliseconds since the epoch, UTC
    qint64 revision = 0;
    std::array<quint8, 32> sha256{};
    bool directory = false;

    // The SHA-256 in lower-case hex; empty for a folder.
    [[nodiscard]] QString sha256Hex() const;
    [[nodiscard]] QDateTime modified() const
    {
        return QDateTime::fromMSecsSinceEpoch(modifiedMs, QTimeZone::utc());
    }
    friend bool operator==(const WorkspaceEntry &, const WorkspaceEntry &) = default;
};

} // namespace srs::domain
