#pragma once

#include "PeriodicThread.h"
#include "ServerContext.h"

#include "domain/Notification.h"

namespace srs::server {

// Runs the notices' sweep (an end date near...) every notifications.sweep_seconds, and e-mails
// notices on a thread of its own, every notifications.send_seconds: each notice not yet
// sent goes to its person's address through the SMTP server of notifications.smtp_url, then is
// marked sent. An e-mail says what kind of change happened and in which project, and asks the
// person to sign in to see it: never a title, a comment or anything else a researcher wrote,
// since e-mail leaves the service's safe settings. With no SMTP server set, notices are marked
// as needing none. A send that fails is tried again at the next pass (the notice stays unsent).
// Several servers sharing one database may each run it: a notice marked sent by one is not sent
// by the others, though two passing at the same moment could each send it once.
class NotificationMailer
{
public:
    explicit NotificationMailer(ServerContext &context);
    ~NotificationMailer();
    NotificationMailer(const NotificationMailer &) = delete;
    NotificationMailer &operator=(const NotificationMailer &) = delete;

    void start();
    void stop();
    // One pass now, on the calling thread (tests). Answers how many e-mails were sent.
    int sendPending();
    // The sweep's pass now (NotificationService::sweep for the service's today), on the calling
    // thread. Answers how many notices it made.
    int sweep();

    // The e-mail's subject and body for a notice.
    [[nodiscard]] static QString subjectOf(const domain::Notice &notice);
    [[nodiscard]] static QString bodyOf(const domain::Notice &notice, const QString &displayName);

private:
    ServerContext &m_context;
    PeriodicThread m_thread;
    PeriodicThread m_sweep; // every notifications.sweep_seconds
};

} // namespace srs::server
