#include "NotificationModel.h"

#include <QFont>
#include <QLocale>

namespace srs::ui {

namespace {

// A researcher's title on one line and not so long it hides the rest.
QString titleOf(const QString &subject)
{
    QString t = subject.simplified();
    if (t.size() > 90)
        t = t.left(89) + QChar(0x2026);
    return t;
}

QString dayOf(const QString &isoDay)
{
    const QDate d = QDate::fromString(isoDay, Qt::ISODate);
    return d.isValid() ? QLocale().toString(d, QStringLiteral("d MMMM yyyy")) : isoDay;
}

} // namespace

QString noticeText(const protocol::NotificationInfo &n)
{
    using K = domain::NotificationKind;
    const domain::Notice &x = n.notice;
    const QString title = titleOf(x.subject);
    if (!domain::notificationKindFromString(n.kind))
        return NotificationModel::tr("Something changed in project %1.").arg(x.projectId);
    switch (x.kind) {
    case K::RequestReturned:
        return NotificationModel::tr("Your request '%1' (%2) came back for changes.").arg(title, x.projectId);
    case K::RequestRejected:
        return NotificationModel::tr("Your request '%1' (%2) was rejected.").arg(title, x.projectId);
    case K::RequestReleased:
        return NotificationModel::tr("The outputs of '%1' (%2) were released.").arg(title, x.projectId);
    case K::IngestDecided:
        return NotificationModel::tr("Files you brought into %1: %2 of %3 approved.")
            .arg(x.projectId, x.state, x.detail);
    case K::EndDateNear:
        return NotificationModel::tr("Project %1 ends on %2 (in %n day(s)).", nullptr, x.state.toInt())
            .arg(x.projectId, dayOf(x.detail));
    case K::ExtensionWaiting:
        return NotificationModel::tr("Project %1 asks for an extension to %2.")
            .arg(x.projectId, dayOf(x.detail));
    case K::ExtensionDecided:
        return x.state == QLatin1StringView("approved")
                   ? NotificationModel::tr("The extension of project %1 was approved: it now ends on %2.")
                         .arg(x.projectId, dayOf(x.detail))
                   : NotificationModel::tr("The extension of project %1 was refused.").arg(x.projectId);
    case K::ProjectSuspended:
        return NotificationModel::tr("Project %1 was suspended.").arg(x.projectId);
    case K::ProjectReopened:
        return NotificationModel::tr("Project %1 was reopened.").arg(x.projectId);
    case K::ProjectCompleted:
        return NotificationModel::tr("Project %1 is completed.").arg(x.projectId);
    case K::ApprovalWaiting:
        return NotificationModel::tr("Project %1 asks to use '%2': your decision is waited for.")
            .arg(x.projectId, title);
    case K::ApprovalDecided:
        return x.state == QLatin1StringView("approved")
                   ? NotificationModel::tr("The owner of '%1' approved its use in project %2.")
                         .arg(title, x.projectId)
                   : NotificationModel::tr("The owner of '%1' refused its use in project %2.")
                         .arg(title, x.projectId);
    case K::ApprovalWithdrawn:
        return NotificationModel::tr("The owner of '%1' withdrew its approval for project %2.")
            .arg(title, x.projectId);
    case K::BookingTomorrow:
        return NotificationModel::tr("You have a safe-room booking tomorrow: %1.").arg(title);
    case K::BookingCancelled:
        return NotificationModel::tr("Your safe-room booking of %1 was cancelled.").arg(dayOf(x.detail));
    }
    return NotificationModel::tr("Something changed in project %1.").arg(x.projectId);
}

void NotificationModel::setNotices(const QList<protocol::NotificationInfo> &notices)
{
    beginResetModel();
    m_notices = notices;
    endResetModel();
}

const protocol::NotificationInfo *NotificationModel::notice(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_notices.size())
        return nullptr;
    return &m_notices.at(index.row());
}

int NotificationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_notices.size());
}

QVariant NotificationModel::data(const QModelIndex &index, int role) const
{
    const protocol::NotificationInfo *n = notice(index);
    if (!n)
        return {};
    const QString when = QLocale().toString(n->createdAt.toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm"));
    switch (role) {
    case Qt::DisplayRole:
        return noticeText(*n);
    case Qt::ToolTipRole:
        return when;
    case Qt::AccessibleTextRole:
        return n->read ? tr("%1 (%2)").arg(noticeText(*n), when)
                       : tr("Unread: %1 (%2)").arg(noticeText(*n), when);
    case Qt::FontRole: {
        if (n->read)
            return {};
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case IdRole:
        return n->id;
    case ReadRole:
        return n->read;
    case KindRole:
        return n->kind;
    default:
        return {};
    }
}

} // namespace srs::ui
