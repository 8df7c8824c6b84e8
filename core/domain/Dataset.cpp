#include "Dataset.h"

namespace srs::domain {

QString datasetAccessToString(DatasetAccess access)
{
    return access == DatasetAccess::SafeRoomOnly ? QStringLiteral("safe-room-only")
                                                 : QStringLiteral("remote-allowed");
}

std::optional<DatasetAccess> datasetAccessFromString(QStringView text)
{
    if (text == QLatin1String("remote-allowed"))
        return DatasetAccess::RemoteAllowed;
    if (text == QLatin1String("safe-room-only"))
        return DatasetAccess::SafeRoomOnly;
    return std::nullopt;
}

} // namespace srs::domain
