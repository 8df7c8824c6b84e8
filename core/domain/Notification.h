#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace srs::domain {

// What a notification tells of: a change of state someone is waiting for, never a message per
// comment. The client words each kind in the person's language from the fields of the notice;
// the server's e-mail says only the kind and the project.
enum class NotificationKind
{
    RequestReturned,   // an output request came back to its author for changes
    RequestRejected,   // an output request was rejected
    RequestReleased,   // an output request's approved files were released
    IngestDecided,     // every file of an ingest request has its decision
    EndDateNear,       // the project ends within a warning threshold (state: the days left)
    ExtensionWaiting,  // a lead asked for an extension (to administrators)
    ExtensionDecided,  // an extension was approved or refused (state) (to the lead)
    ProjectSuspended,  // (to members)
    ProjectReopened,   // (to members)
    ProjectCompleted,  // (to members)
    ApprovalWaiting,   // a project asks to use an owner's dataset (to its data owners)
    ApprovalDecided,   // a data owner's decision on a dataset (state) (to the lead)
    ApprovalWithdrawn, // a data owner withdrew an approval (to the lead)
    BookingTomorrow,   // the person has a safe-room booking tomorrow
    BookingCancelled,  // the person's booking was cancelled by a block of its terminal
};

// "request-returned", "request-rejected", "request-released", "ingest-decided", "end-date-near",
// "extension-waiting", "extension-decided", "project-suspended", "project-reopened",
// "project-completed", "approval-waiting", "approval-decided", "approval-withdrawn",
// "booking-tomorrow", "booking-cancelled".
[[nodiscard]] QString notificationKindToString(NotificationKind kind);
[[nodiscard]] std::optional<NotificationKind> notificationKindFromString(QStringView text);

// One notice for one person. `subject` is the title of what changed (an output request's title,
// a dataset's title), `state` the state it changed to or a number the kind defines (the days
// left before the end date), and `detail` a short text the kind defines (a date).
struct Notice
{
    NotificationKind kind = NotificationKind::RequestReturned;
    QString projectId;
    QString subjectId;
    QString subject;
    QString state;
    QString detail;

    friend bool operator==(const Notice &, const Notice &) = default;
};

} // namespace srs::domain
