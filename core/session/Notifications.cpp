#include "Notifications.h"

#include "Session.h"

#include "RefusalTexts.h"
#include "api/Client.h"
#include "api/NotificationsApi.h"

namespace srs::session {

Notifications::Notifications(Session *session, const Clock &clock, QObject *parent)
    : QObject(parent), m_session(session),
      m_schedule(
          session, clock, this, [this] { refresh(); }, [this] { return isLoading(); })
{
    connect(m_session, &Session::signedIn, this, [this] {
        m_schedule.want();
        refresh();
    });
    connect(m_session, &Session::unlocked, this, [this] {
        m_schedule.want();
        refresh();
    });
    connect(m_session, &Session::locked, this, [this] { wipe(false); });
    connect(m_session, &Session::signedOut, this, [this] { wipe(true); });
}

Notifications::~Notifications() = default;

void Notifications::refresh()
{
    m_schedule.setWanted();
    if (m_session->state() != Session::State::Active)
        return;
    m_listCalls.cancelAll();
    m_schedule.asked();
    auto *call = m_listCalls.add(api::NotificationsApi(*m_session->api()).list());
    call->onSucceeded(this, [this](const protocol::NotificationList &list) {
        int fresh = 0;
        for (const protocol::NotificationInfo &n : list.items) {
            if (!n.read && !m_seen.contains(n.id))
                ++fresh;
        }
        // The first answer of a session counts every unread notice as news.
        for (const protocol::NotificationInfo &n : list.items)
            m_seen.insert(n.id);
        m_list = list;
        m_loaded = true;
        emit changed();
        if (fresh > 0)
            emit arrived(fresh);
    });
    call->onFailed(this, [this](const api::ApiFailure &failure) { emit failed(refusalMessage(failure)); });
}

void Notifications::refreshIfDue()
{
    m_schedule.runIfDue();
}

void Notifications::markRead(const QStringList &ids)
{
    QStringList marking;
    for (protocol::NotificationInfo &n : m_list.items) {
        if (ids.contains(n.id) && !n.read) {
            n.read = true;
            marking.append(n.id);
        }
    }
    if (marking.isEmpty())
        return;
    m_list.unread = qMax(0, m_list.unread - int(marking.size()));
    emit changed();
    protocol::MarkReadRequest request;
    request.ids = marking;
    auto *call = m_markCalls.add(api::NotificationsApi(*m_session->api()).markRead(request));
    call->onFailed(this, [this](const api::ApiFailure &failure) {
        emit failed(refusalMessage(failure));
        refresh();
    });
}

void Notifications::markAllRead()
{
    for (protocol::NotificationInfo &n : m_list.items)
        n.read = true;
    m_list.unread = 0;
    emit changed();
    protocol::MarkReadRequest request;
    request.all = true;
    auto *call = m_markCalls.add(api::NotificationsApi(*m_session->api()).markRead(request));
    call->onFailed(this, [this](const api::ApiFailure &failure) {
        emit failed(refusalMessage(failure));
        refresh();
    });
}

void Notifications::wipe(bool forget)
{
    m_listCalls.cancelAll();
    m_markCalls.cancelAll();
    m_schedule.stop(forget);
    m_list = {};
    m_loaded = false;
    m_seen.clear();
    emit changed();
}

} // namespace srs::session
