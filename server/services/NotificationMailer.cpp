#include "NotificationMailer.h"

#include "NotificationService.h"
#include "SmtpSender.h"

#include "store/NotificationRepository.h"
#include "store/UserRepository.h"

#include <QLoggingCategory>
#include <QTimeZone>

Q_LOGGING_CATEGORY(lcNotifications, "srs.notifications")

namespace srs::server {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int SendBatch = 100;

} // namespace

NotificationMailer::NotificationMailer(ServerContext &context)
    : m_context(context),
      m_thread(
          context.database(), std::chrono::seconds(context.config().notificationSendSeconds),
          [this] { sendPending(); }, u"notification-mail"_s),
      m_sweep(
          context.database(), std::chrono::seconds(context.config().notificationSweepSeconds),
          [this] { sweep(); }, u"notification-sweep"_s)
{}

NotificationMailer::~NotificationMailer() = default;

void NotificationMailer::start()
{
    m_sweep.start();
    m_thread.start();
}

void NotificationMailer::stop()
{
    m_sweep.stop();
    m_thread.stop();
}

int NotificationMailer::sweep()
{
    // The service's days are London's, as the projects' dates are.
    static const QTimeZone london("Europe/London");
    const QDateTime now = m_context.now();
    auto made = NotificationService(m_context).sweep(london.isValid() ? now.toTimeZone(london).date()
                                                                      : now.toUTC().date());
    if (!made) {
        qCWarning(lcNotifications, "the notices' sweep failed: %s", qUtf8Printable(made.errorString()));
        return 0;
    }
    return made.value();
}

QString NotificationMailer::subjectOf(const domain::Notice &notice)
{
    using K = domain::NotificationKind;
    switch (notice.kind) {
    case K::RequestReturned:
        return u"An output request came back for changes"_s;
    case K::RequestRejected:
        return u"An output request was rejected"_s;
    case K::RequestReleased:
        return u"Outputs were released"_s;
    case K::IngestDecided:
        return u"Files you brought in have been decided"_s;
    case K::EndDateNear:
        return u"A project is ending soon"_s;
    case K::ExtensionWaiting:
        return u"An extension is waiting for a decision"_s;
    case K::ExtensionDecided:
        return u"An extension was decided"_s;
    case K::ProjectSuspended:
        return u"A project was suspended"_s;
    case K::ProjectReopened:
        return u"A project was reopened"_s;
    case K::ProjectCompleted:
        return u"A project was completed"_s;
    case K::ApprovalWaiting:
        return u"A project asks to use your organisation's data"_s;
    case K::ApprovalDecided:
        return u"A data owner has decided"_s;
    case K::ApprovalWithdrawn:
        return u"A data owner withdrew an approval"_s;
    case K::BookingTomorrow:
        return u"You have a safe-room booking tomorrow"_s;
    case K::BookingCancelled:
        return u"A safe-room booking was cancelled"_s;
    }
    return u"Something changed"_s;
}

QString NotificationMailer::bodyOf(const domain::Notice &notice, const QString &displayName)
{
    // Only the project's id, which is not a researcher's text (ids are made by the service).
    QString project;
    for (QChar c : notice.projectId)
        project += (c.isLetterOrNumber() && c.unicode() < 0x80) || c == u'-' || c == u'_' ? c : QChar(u'_');
    QString text = u"Hello %1,\n\n"_s.arg(displayName.simplified());
    text += subjectOf(notice);
    text += project.isEmpty() ? u"."_s : u" (project %1)."_s.arg(project);
    text +=
        u"\n\nSign in to SRS Workstation to see what changed: this e-mail says no more, since the "
        u"details stay inside the service.\n\n-- \nThe secure research service (an automatic message)\n"_s;
    return text;
}

int NotificationMailer::sendPending()
{
    store::Database &db = m_context.database();
    store::NotificationRepository notices(db);
    const ServerConfig &config = m_context.config();
    if (config.smtpUrl.isEmpty()) {
        if (auto s = notices.markAllEmailed(m_context.now()); !s)
            qCWarning(lcNotifications, "marking notices as needing no e-mail failed: %s",
                      qUtf8Printable(s.errorString()));
        return 0;
    }
    auto unsent = notices.unsent(SendBatch);
    if (!unsent) {
        qCWarning(lcNotifications, "reading unsent notices failed: %s", qUtf8Printable(unsent.errorString()));
        return 0;
    }
    int sent = 0;
    for (const store::StoredNotification &n : unsent.value()) {
        auto person = store::UserRepository(db).findById(n.userId);
        const bool canSend = person && !person->profile.disabled && isPlainMailAddress(person->profile.email);
        if (canSend) {
            const MailMessage message{config.smtpFrom, person->profile.email,
                                      u"SRS: "_s + subjectOf(n.notice),
                                      bodyOf(n.notice, person->profile.displayName)};
            if (const Status s = sendMail(config.smtpUrl, message); !s) {
                // The server may be down: the rest wait for the next pass too.
                qCWarning(lcNotifications, "sending a notice by e-mail failed: %s",
                          qUtf8Printable(s.error().message));
                break;
            }
            ++sent;
        }
        if (auto s = notices.markEmailed(n.id, m_context.now()); !s) {
            qCWarning(lcNotifications, "marking a notice sent failed: %s", qUtf8Printable(s.errorString()));
            break;
        }
    }
    return sent;
}

} // namespace srs::server
