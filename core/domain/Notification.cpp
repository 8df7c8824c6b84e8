#include "Notification.h"

#include <array>
#include <utility>

namespace srs::domain {

namespace {

using namespace Qt::Literals::StringLiterals;

constexpr std::array<std::pair<NotificationKind, QLatin1StringView>, 15> Kinds{{
    {NotificationKind::RequestReturned, "request-returned"_L1},
    {NotificationKind::RequestRejected, "request-rejected"_L1},
    {NotificationKind::RequestReleased, "request-released"_L1},
    {NotificationKind::IngestDecided, "ingest-decided"_L1},
    {NotificationKind::EndDateNear, "end-date-near"_L1},
    {NotificationKind::ExtensionWaiting, "extension-waiting"_L1},
    {NotificationKind::ExtensionDecided, "extension-decided"_L1},
    {NotificationKind::ProjectSuspended, "project-suspended"_L1},
    {NotificationKind::ProjectReopened, "project-reopened"_L1},
    {NotificationKind::ProjectCompleted, "project-completed"_L1},
    {NotificationKind::ApprovalWaiting, "approval-waiting"_L1},
    {NotificationKind::ApprovalDecided, "approval-decided"_L1},
    {NotificationKind::ApprovalWithdrawn, "approval-withdrawn"_L1},
    {NotificationKind::BookingTomorrow, "booking-tomorrow"_L1},
    {NotificationKind::BookingCancelled, "booking-cancelled"_L1},
}};

} // namespace

QString notificationKindToString(NotificationKind kind)
{
    for (const auto &[k, text] : Kinds) {
        if (k == kind)
            return QString(text);
    }
    return {};
}

std::optional<NotificationKind> notificationKindFromString(QStringView text)
{
    for (const auto &[k, name] : Kinds) {
        if (text == name)
            return k;
    }
    return std::nullopt;
}

} // namespace srs::domain
