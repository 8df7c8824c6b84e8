#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace srs::domain {

enum class DatasetAccess
{
    RemoteAllowed, // from a safe room or an approved organisation device
    SafeRoomOnly,  // only from a safe-room terminal; invisible elsewhere
};

[[nodiscard]] QString datasetAccessToString(DatasetAccess access); // "remote-allowed", "safe-room-only"
[[nodiscard]] std::optional<DatasetAccess> datasetAccessFromString(QStringView text);

// Safe Data: a de-identified dataset held by the service for its owner, mapped to the
// projects approved to use it (Project::datasetIds).
struct Dataset
{
    QString id;
    QString title;
    QString owner; // the data owner, for example "Office for Example Statistics"
    DatasetAccess access = DatasetAccess::RemoteAllowed;

    friend bool operator==(const Dataset &, const Dataset &) = default;
};

} // namespace srs::domain
