#pragma once

// The session's controllers over FakeApi: a real Session signed in by one typed answer, the real
// client store (its cache under a temporary folder) and workspace sync, and a clock the test sets. The test
// says what each route answers and checks what the controller did with it.

#include "FakeApi.h"

#include "cache/CacheFolder.h"
#include "session/ClientStore.h"
#include "session/Clock.h"
#include "session/Session.h"
#include "session/WorkspaceSync.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace srs::testing {

class SetClock final : public session::Clock
{
public:
    QDateTime now() const override { return m_now; }
    qint64 steadyMs() const override { return m_steadyMs; }
    void setNow(const QDateTime &t) { m_now = t; }
    // Moves both clocks on, as time passing would.
    void advanceSeconds(qint64 s)
    {
        m_now = m_now.addSecs(s);
        m_steadyMs += s * 1000;
    }

private:
    QDateTime m_now{QDate(2026, 11, 2), QTime(10, 0), QTimeZone::utc()};
    qint64 m_steadyMs = 1'000'000;
};

inline protocol::SessionInfo sessionFor(const QString &userId, const QString &username,
                                        QList<domain::Role> roles, const QDateTime &now)
{
    protocol::SessionInfo info;
    info.token = QStringLiteral("tok-") + username;
    info.expiresAt = now.addSecs(8 * 3600);
    info.idleTimeoutSeconds = 900;
    info.cacheKeyShare = QString::fromLatin1(QByteArray(32, 'k').toBase64());
    info.me.user.id = userId;
    info.me.user.username = username;
    info.me.user.displayName = username;
    info.me.user.roles = std::move(roles);
    return info;
}

inline protocol::ProjectInfo openableProject(const QString &id, const QString &title)
{
    protocol::ProjectInfo p;
    p.project.id = id;
    p.project.title = title;
    p.project.startDate = QDate(2026, 1, 1);
    p.project.endDate = QDate(2027, 12, 31);
    p.access.allowed = true;
    return p;
}

struct ControllerRig
{
    // The store first, then the sync, as the Workstation makes them.
    ControllerRig()
        : session(&api, 15, clock), store(&session, clock, storing(caches.path())),
          browser(&session, &store, clock, session::WorkspaceSync::Options{})
    {}

    static session::ClientStore::Options storing(const QString &folder)
    {
        session::ClientStore::Options o;
        o.cacheDirectory = folder;
        return o;
    }

    // The store opens its cache (under the temporary folder) at the next sign-in; without this
    // no cache key is made and the store stays closed.
    void keepCache()
    {
        session.setCacheKeyDeriver([dir = caches.path()](const QString &user,
                                                         const crypto::SecureBuffer &password,
                                                         const crypto::SecureBuffer &share) {
            return cache::cacheKeyFor(cache::CacheFolder(dir), {user, QStringLiteral("https://server.test")},
                                      password, share, 1);
        });
    }

    // Signs in as this person: the sign-in answered by the fake, nothing scripted in order.
    bool signIn(const QString &userId, const QString &username, QList<domain::Role> roles = {})
    {
        api.answer(protocol::route::SignIn, sessionFor(userId, username, std::move(roles), clock.now()));
        session.signIn(username, crypto::SecureBuffer("a password", 10), QStringLiteral("123456"));
        return QTest::qWaitFor([this] { return session.state() == session::Session::State::Active; }, 5000);
    }

    // The projects the browser lists.
    void listProjects(const QList<protocol::ProjectInfo> &projects)
    {
        api.answer(protocol::route::Projects, projects);
    }

    QTemporaryDir caches;
    SetClock clock;
    api::testing::FakeApi api;
    session::Session session;
    session::ClientStore store;
    session::WorkspaceSync browser;
};

} // namespace srs::testing
