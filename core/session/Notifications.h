#pragma once

#include "RefreshSchedule.h"

#include "api/CallGroup.h"
#include "protocol/NotificationMessages.h"

#include <QObject>
#include <QSet>

namespace srs::session {

class Clock;
class Session;

// The notification centre's state: the person's notices of status changes, asked of the server
// at sign-in and unlock and then every minute while the session is active, and marked read on
// the server (read or unread is kept there, so every workstation agrees). Wiped on lock and
// sign-out.
class Notifications : public QObject
{
    Q_OBJECT
public:
    Notifications(Session *session, const Clock &clock, QObject *parent = nullptr);
    ~Notifications() override;

    void refresh();
    void refreshIfDue();
    // Marks these read here at once and on the server; a refusal asks the list again.
    void markRead(const QStringList &ids);
    void markAllRead();

    [[nodiscard]] const QList<protocol::NotificationInfo> &items() const { return m_list.items; }
    [[nodiscard]] int unread() const { return m_list.unread; }
    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] bool isLoading() const { return !m_listCalls.isEmpty(); }
    [[nodiscard]] RefreshSchedule &schedule() { return m_schedule; }

signals:
    void changed();
    // Notices not seen in an earlier answer of this session, unread (for the window's alert).
    void arrived(int count);
    void failed(const QString &message);

private:
    void wipe(bool forget);

    Session *m_session;
    RefreshSchedule m_schedule;
    protocol::NotificationList m_list;
    QSet<QString> m_seen; // ids listed before in this session
    bool m_loaded = false;
    api::CallGroup m_listCalls;
    api::CallGroup m_markCalls;
};

} // namespace srs::session
