#include "ConfigFilePermissions.h"

#include <QFileDevice>
#include <QFileInfo>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace srs::protocol {

std::optional<ConfigFileProblem> configFileProblem(const QString &file, bool currentUserMayOwn)
{
    const QFileInfo info(file);
    for (const QFileInfo &i : {info, QFileInfo(info.absolutePath())}) {
        if (!i.exists())
            continue;
        const QString path = i.absoluteFilePath();
        if (i.permissions() & (QFileDevice::WriteGroup | QFileDevice::WriteOther))
            return ConfigFileProblem{path, QStringLiteral("is writable by its group or by others")};
#if defined(Q_OS_UNIX)
        const uint owner = i.ownerId();
        const uint me = ::geteuid();
        if (owner != 0 && !(currentUserMayOwn && owner == me)) {
            return ConfigFileProblem{
                path,
                currentUserMayOwn
                    ? QStringLiteral("belongs to user %1, neither root nor the user running this program")
                          .arg(owner)
                    : QStringLiteral("belongs to user %1, not to root").arg(owner)};
        }
#endif
    }
    return std::nullopt;
}

} // namespace srs::protocol
