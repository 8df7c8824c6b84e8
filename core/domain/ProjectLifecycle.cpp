#include "ProjectLifecycle.h"

#include "AccessPolicy.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace srs::domain {

namespace {

Error lifecycleError(const char *code, const QString &message, const QString &field = {})
{
    return Error{QString::fromLatin1(code), message, field};
}

Status adminOnly(const User &user)
{
    const Decision d = AccessPolicy::checkCanAdminister(user);
    if (!d)
        return Error{d.code(), d.message};
    return {};
}

bool isLead(const Project &project, QStringView userId)
{
    if (userId.isEmpty())
        return false;
    if (project.leadUserId == userId)
        return true;
    const ProjectMember *m = project.member(userId);
    return m && m->role == ProjectRole::Lead;
}

} // namespace

QString extensionStateToString(ExtensionState state)
{
    switch (state) {
    case ExtensionState::Pending:
        return QStringLiteral("pending");
    case ExtensionState::Approved:
        return QStringLiteral("approved");
    case ExtensionState::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

std::optional<ExtensionState> extensionStateFromString(QStringView text)
{
    for (const auto s : {ExtensionState::Pending, ExtensionState::Approved, ExtensionState::Refused}) {
        if (text == extensionStateToString(s))
            return s;
    }
    return std::nullopt;
}

QList<int> defaultEndWarningDays()
{
    return {60, 30, 7};
}

std::optional<QList<int>> parseEndWarningDays(QStringView text)
{
    QList<int> days;
    for (QStringView part : text.split(u',')) {
        bool ok = false;
        const int n = part.trimmed().toInt(&ok);
        if (!ok || n < 1 || n > 3650)
            return std::nullopt;
        if (!days.contains(n))
            days.append(n);
    }
    if (days.isEmpty())
        return std::nullopt;
    std::sort(days.begin(), days.end(), std::greater<>());
    return days;
}

std::optional<int> endWarningDue(const Project &project, QDate today, const QList<int> &days)
{
    if (project.status != ProjectStatus::Active || !today.isValid())
        return std::nullopt;
    const QDate end = project.effectiveEndDate();
    if (!end.isValid())
        return std::nullopt;
    const qint64 left = today.daysTo(end);
    if (left < 0)
        return std::nullopt;
    std::optional<int> due;
    for (int d : days) {
        if (d >= left && (!due || d < *due))
            due = d;
    }
    return due;
}

bool ProjectLifecycle::isLegalTransition(ProjectStatus from, ProjectStatus to)
{
    switch (from) {
    case ProjectStatus::Active:
        return to == ProjectStatus::Suspended || to == ProjectStatus::Completed;
    case ProjectStatus::Suspended:
        return to == ProjectStatus::Active || to == ProjectStatus::Completed;
    case ProjectStatus::Completed:
        return false; // final
    }
    return false;
}

Status ProjectLifecycle::checkCanAskForExtension(const Project &project, QStringView userId,
                                                 bool hasOpenRequest)
{
    if (!isLead(project, userId))
        return lifecycleError(
            lifecycleerr::NotLead,
            QStringLiteral("Only the lead of project %1 can ask for an extension.").arg(project.id));
    if (project.status == ProjectStatus::Completed)
        return lifecycleError(
            lifecycleerr::WrongStatus,
            QStringLiteral("Project %1 is completed, so it can no longer be extended.").arg(project.id));
    if (hasOpenRequest)
        return lifecycleError(lifecycleerr::RequestOpen,
                              QStringLiteral("Project %1 already has an extension request waiting for a "
                                             "decision. Wait for that decision before asking again.")
                                  .arg(project.id));
    return {};
}

Status ProjectLifecycle::checkExtensionRequest(const Project &project, QDate newEndDate,
                                               const QString &reason)
{
    const QDate current = project.effectiveEndDate();
    if (!newEndDate.isValid())
        return lifecycleError(lifecycleerr::DateNotLater, QStringLiteral("Give the new end date."),
                              QStringLiteral("new_end_date"));
    if (current.isValid() && newEndDate <= current)
        return lifecycleError(lifecycleerr::DateNotLater,
                              QStringLiteral("The new end date must be after the current end date, %1.")
                                  .arg(formatDay(current)),
                              QStringLiteral("new_end_date"));
    return checkReason(reason);
}

Status ProjectLifecycle::checkReason(const QString &reason)
{
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty())
        return lifecycleError(lifecycleerr::ReasonRequired, QStringLiteral("Give a reason."),
                              QStringLiteral("reason"));
    if (reason.size() > MaxReasonLength)
        return lifecycleError(
            lifecycleerr::ReasonRequired,
            QStringLiteral("The reason is too long: at most %1 characters.").arg(MaxReasonLength),
            QStringLiteral("reason"));
    return {};
}

Status ProjectLifecycle::checkCanDecideExtension(const User &user, const Project &project,
                                                 const ExtensionRequest &request)
{
    if (const Status s = adminOnly(user); !s)
        return s;
    if (request.requestedBy == user.id)
        return lifecycleError(
            lifecycleerr::OwnRequest,
            QStringLiteral("You asked for this extension yourself, so another administrator "
                           "must decide it."));
    if (request.state != ExtensionState::Pending)
        return lifecycleError(lifecycleerr::RequestDecided,
                              QStringLiteral("This extension request has been %1 already.")
                                  .arg(extensionStateToString(request.state)));
    if (project.status == ProjectStatus::Completed)
        return lifecycleError(
            lifecycleerr::WrongStatus,
            QStringLiteral("Project %1 is completed, so it can no longer be extended.").arg(project.id));
    return {};
}

Status ProjectLifecycle::checkCanReportCompletion(const Project &project, QStringView userId)
{
    if (!isLead(project, userId))
        return lifecycleError(
            lifecycleerr::NotLead,
            QStringLiteral("Only the lead of project %1 can report it complete.").arg(project.id));
    if (project.status != ProjectStatus::Active)
        return lifecycleError(
            lifecycleerr::WrongStatus,
            project.status == ProjectStatus::Completed
                ? QStringLiteral("Project %1 is completed already.").arg(project.id)
                : QStringLiteral("Project %1 is suspended. Ask research support to reopen it first.")
                      .arg(project.id));
    return {};
}

bool ProjectLifecycle::isPublicationLink(const QString &link)
{
    if (link.size() > MaxLinkLength || link.isEmpty())
        return false;
    for (QChar c : link) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return false;
    }
    static const QRegularExpression doi(QStringLiteral("^(?:doi:)?10\\.[0-9]{4,9}/\\S+$"),
                                        QRegularExpression::CaseInsensitiveOption);
    if (doi.match(link).hasMatch())
        return true;
    const QUrl url(link, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1StringView("https") || scheme == QLatin1StringView("http")) &&
           !url.host().isEmpty() && url.userInfo().isEmpty();
}

Status ProjectLifecycle::checkPublications(const QList<Publication> &publications)
{
    if (publications.size() > MaxPublications)
        return lifecycleError(lifecycleerr::PublicationInvalid,
                              QStringLiteral("At most %1 publications can be reported.").arg(MaxPublications),
                              QStringLiteral("publications"));
    for (qsizetype i = 0; i < publications.size(); ++i) {
        const Publication &p = publications.at(i);
        const QString at = QStringLiteral("publications[%1]").arg(i);
        if (p.title.trimmed().isEmpty() || p.title.size() > MaxTitleLength)
            return lifecycleError(lifecycleerr::PublicationInvalid,
                                  QStringLiteral("Publication %1 needs a title of at most %2 characters.")
                                      .arg(i + 1)
                                      .arg(MaxTitleLength),
                                  at + QStringLiteral(".title"));
        if (!isPublicationLink(p.link))
            return lifecycleError(lifecycleerr::PublicationInvalid,
                                  QStringLiteral("Publication %1 needs a link (starting https://) or a DOI "
                                                 "(such as 10.1234/abcd).")
                                      .arg(i + 1),
                                  at + QStringLiteral(".link"));
    }
    return {};
}

Status ProjectLifecycle::checkCanSuspend(const User &user, const Project &project)
{
    if (const Status s = adminOnly(user); !s)
        return s;
    if (!isLegalTransition(project.status, ProjectStatus::Suspended))
        return lifecycleError(lifecycleerr::WrongStatus,
                              QStringLiteral("Project %1 is %2, so it cannot be suspended.")
                                  .arg(project.id, projectStatusToString(project.status)));
    return {};
}

Status ProjectLifecycle::checkCanReopen(const User &user, const Project &project)
{
    if (const Status s = adminOnly(user); !s)
        return s;
    if (project.status != ProjectStatus::Suspended)
        return lifecycleError(lifecycleerr::WrongStatus,
                              QStringLiteral("Project %1 is %2; only a suspended project can be reopened.")
                                  .arg(project.id, projectStatusToString(project.status)));
    return {};
}

} // namespace srs::domain
