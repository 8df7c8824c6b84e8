#pragma once

// The life of a project after approval: asking for a later end date (an extension), reporting
// the project complete with its publications, and support staff deciding extensions and
// suspending or reopening a project. Pure rules, shared by the server (which enforces them) and
// the client (which greys out and explains with the same answers).

#include "Project.h"
#include "Result.h"
#include "User.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace srs::domain {

// Refusal codes of the project lifecycle (stable: the wire format and the client's texts).
namespace lifecycleerr {
inline constexpr char NotLead[] = "lifecycle-not-lead";               // only the project's lead asks
inline constexpr char WrongStatus[] = "lifecycle-wrong-status";       // not a transition from this status
inline constexpr char ReasonRequired[] = "lifecycle-reason-required"; // a reason is missing
inline constexpr char DateNotLater[] = "lifecycle-date-not-later"; // the new end is not after the current one
inline constexpr char RequestOpen[] = "lifecycle-request-open";    // one open extension request a project
inline constexpr char RequestDecided[] = "lifecycle-request-decided"; // decided already
inline constexpr char OwnRequest[] = "lifecycle-own-request";         // nobody decides their own request
inline constexpr char PublicationInvalid[] = "lifecycle-publication-invalid"; // title or link/DOI
} // namespace lifecycleerr

enum class ExtensionState
{
    Pending,
    Approved,
    Refused,
};

[[nodiscard]] QString extensionStateToString(ExtensionState state); // "pending", "approved", "refused"
[[nodiscard]] std::optional<ExtensionState> extensionStateFromString(QStringView text);

// A lead's request for a later end date, and the decision on it.
struct ExtensionRequest
{
    QString id;
    QString projectId;
    QString requestedBy;  // user id
    QDate currentEndDate; // the project's effective end date when asked
    QDate newEndDate;
    QString reason;
    ExtensionState state = ExtensionState::Pending;
    QString decidedBy; // user id; empty while pending
    QString decisionReason;
    QDateTime createdAt;
    QDateTime decidedAt;

    friend bool operator==(const ExtensionRequest &, const ExtensionRequest &) = default;
};

// A publication reported on completion: a title and where to find it (an http(s) link or a DOI).
struct Publication
{
    QString title;
    QString link;

    friend bool operator==(const Publication &, const Publication &) = default;
};

// The default end-date warnings: 60, 30 and 7 days before a project's (effective) end date.
[[nodiscard]] QList<int> defaultEndWarningDays();
// "60,30,7" as days (any order, duplicates dropped, sorted from the largest); nothing when a
// part is not a whole number from 1 to 3650 or the list is empty.
[[nodiscard]] std::optional<QList<int>> parseEndWarningDays(QStringView text);

// The end-date warning a project is within on `today`: the smallest of `days` that is at least
// the days left until its effective end date (0 on the last day). Nothing for a project that is
// not active, has ended already, or is further from its end than every threshold. A daily sweep
// tells the members when the answer changes; the client shows it as it stands.
[[nodiscard]] std::optional<int> endWarningDue(const Project &project, QDate today,
                                               const QList<int> &days = defaultEndWarningDays());

// The rules, in pairs: checkCanX says why not (a lifecycleerr code or the policy's
// "not-an-administrator"), canX is for greying out. Who does what:
//  - Extension requests: the project's lead, while the project is active or suspended (a
//    suspended project may need more time once reopened); whether or not its end date has passed
//    (a lead whose project has just ended must still be able to ask); one open (pending) request a
//    project; the new end date after the current effective end date; a reason.
//  - Completion: the project's lead, while the project is active (a suspended project is reopened
//    by support staff first, or closed by an administrator on the command line). Publications may
//    be none (said so in the report): each has a title and an http(s) link or a DOI.
//  - Deciding extensions: administrators, never on a request they made themselves; a reason for
//    approval and for refusal; the request pending and its project not completed.
//  - Suspension (active to suspended) and reopening (suspended to active): administrators, with a
//    reason. Completed is final.
class ProjectLifecycle
{
public:
    static constexpr qsizetype MaxReasonLength = 2000;
    static constexpr qsizetype MaxTitleLength = 500;
    static constexpr qsizetype MaxLinkLength = 2000;
    static constexpr qsizetype MaxPublications = 200;

    // Whether moving a project from one status to another is a legal transition.
    [[nodiscard]] static bool isLegalTransition(ProjectStatus from, ProjectStatus to);

    // Asking for an extension: who and when (`hasOpenRequest`: the project has a pending one).
    [[nodiscard]] static Status checkCanAskForExtension(const Project &project, QStringView userId,
                                                        bool hasOpenRequest);
    [[nodiscard]] static bool canAskForExtension(const Project &project, QStringView userId,
                                                 bool hasOpenRequest)
    {
        return checkCanAskForExtension(project, userId, hasOpenRequest).ok();
    }
    // What is asked: a new end date after the current effective end, and a reason (the error's
    // field names what to fix: "new_end_date", "reason").
    [[nodiscard]] static Status checkExtensionRequest(const Project &project, QDate newEndDate,
                                                      const QString &reason);

    [[nodiscard]] static Status checkCanDecideExtension(const User &user, const Project &project,
                                                        const ExtensionRequest &request);
    [[nodiscard]] static bool canDecideExtension(const User &user, const Project &project,
                                                 const ExtensionRequest &request)
    {
        return checkCanDecideExtension(user, project, request).ok();
    }
    // The reason every decision, suspension and reopening needs (field "reason").
    [[nodiscard]] static Status checkReason(const QString &reason);

    [[nodiscard]] static Status checkCanReportCompletion(const Project &project, QStringView userId);
    [[nodiscard]] static bool canReportCompletion(const Project &project, QStringView userId)
    {
        return checkCanReportCompletion(project, userId).ok();
    }
    // Each publication's title and link (field "publications[i].title" / ".link").
    [[nodiscard]] static Status checkPublications(const QList<Publication> &publications);
    // An http:// or https:// URL with a host, or a DOI ("10.1234/abc", "doi:10.1234/abc").
    [[nodiscard]] static bool isPublicationLink(const QString &link);

    [[nodiscard]] static Status checkCanSuspend(const User &user, const Project &project);
    [[nodiscard]] static bool canSuspend(const User &user, const Project &project)
    {
        return checkCanSuspend(user, project).ok();
    }
    [[nodiscard]] static Status checkCanReopen(const User &user, const Project &project);
    [[nodiscard]] static bool canReopen(const User &user, const Project &project)
    {
        return checkCanReopen(user, project).ok();
    }
};

} // namespace srs::domain
