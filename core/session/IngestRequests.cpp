#include "IngestRequests.h"

#include "ClientStore.h"
#include "Clock.h"
#include "RefusalTexts.h"
#include "Session.h"
#include "WorkspaceSync.h"

#include "api/Client.h"
#include "api/IngestApi.h"
#include "cache/MetadataCache.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace srs::session {

Q_LOGGING_CATEGORY(lcIngestRequests, "srs.ingest.requests")

namespace {
// The states the person's requests were last seen in: {"<ingest id>": "<state>", ...}.
const QString SeenDocument = u"ingest-seen"_s;
constexpr qsizetype MostRemembered = 5000;
} // namespace

IngestRequests::IngestRequests(Session *session, WorkspaceSync *projects, ClientStore *store,
                               const Clock &clock, QObject *parent)
    : QObject(parent), m_session(session), m_projects(projects), m_store(store), m_clock(clock),
      m_schedule(
          session, clock, this, [this] { refresh(); }, [this] { return isLoading(); })
{
    connect(m_projects, &WorkspaceSync::projectsChanged, this, [this] {
        if (m_schedule.wanted())
            refresh();
    });
    connect(m_session, &Session::signedIn, this, [this] { m_schedule.want(); });
    connect(m_session, &Session::unlocked, this, [this] { m_schedule.want(); });
    connect(m_session, &Session::locked, this, [this] { clear(false); });
    connect(m_session, &Session::signedOut, this, [this] { clear(true); });
    connect(m_store, &ClientStore::opened, this, [this] {
        loadSeen();
        noticeChanges();
    });
    // No cache this time: what is seen is kept in memory until sign-out.
    connect(m_store, &ClientStore::cacheProblem, this, [this] {
        if (!m_store->isOpen() && !m_store->isOpening()) {
            m_seenLoaded = true;
            noticeChanges();
        }
    });
}

IngestRequests::~IngestRequests() = default;

std::optional<protocol::IngestInfo> IngestRequests::request(const QString &ingestId) const
{
    for (const protocol::IngestInfo &info : m_list) {
        if (info.id == ingestId)
            return info;
    }
    return std::nullopt;
}

QString IngestRequests::projectTitle(const QString &projectId) const
{
    for (const protocol::ProjectInfo &p : m_projects->projects()) {
        if (p.project.id == projectId)
            return p.project.title;
    }
    return {};
}

bool IngestRequests::isMine(const protocol::IngestInfo &info) const
{
    return info.requesterId == m_session->me().user.id;
}

void IngestRequests::refresh()
{
    m_schedule.setWanted();
    if (!m_session->readyForProjectWork())
        return;
    m_calls.cancelAll();
    m_schedule.asked();
    const QStringList openable = m_projects->openableProjectIds();
    keepOnly(m_byProject, openable);
    keepOnly(m_problems, openable);
    if (openable.isEmpty()) {
        m_loaded = m_projects->hasServerList();
        rebuildList();
        emit listChanged();
        return;
    }
    api::IngestApi ingests(*m_session->api());
    for (const QString &projectId : openable) {
        auto *call = m_calls.add(ingests.list(projectId));
        call->onSucceeded(this, [this, projectId](const QList<protocol::IngestInfo> &list) {
            m_byProject.insert(projectId, list);
            m_problems.remove(projectId);
        });
        call->onFailed(this, [this, projectId](const api::ApiFailure &failure) {
            m_problems.insert(projectId, refusalMessage(failure));
        });
        call->onFinished(this, [this] {
            if (!m_calls.isEmpty())
                return;
            m_loaded = true;
            rebuildList();
            noticeChanges();
            emit listChanged();
        });
    }
}

void IngestRequests::take(const protocol::IngestInfo &info)
{
    auto &requests = m_byProject[info.projectId];
    auto it = std::find_if(requests.begin(), requests.end(),
                           [&](const protocol::IngestInfo &r) { return r.id == info.id; });
    if (it == requests.end())
        requests.append(info);
    else
        *it = info;
    rebuildList();
    noticeChanges();
    emit listChanged();
}

void IngestRequests::cancel(const QString &ingestId)
{
    const std::optional<protocol::IngestInfo> info = request(ingestId);
    if (!info || !m_session->readyForProjectWork())
        return;
    auto *call = m_otherCalls.add(api::IngestApi(*m_session->api()).cancel(info->projectId, ingestId));
    call->onSucceeded(this, [this](const protocol::IngestInfo &answer) { take(answer); });
    call->onFailed(this, [this, ingestId](const api::ApiFailure &failure) {
        emit cancelFailed(ingestId, refusalMessage(failure));
    });
}

void IngestRequests::rebuildList()
{
    m_list.clear();
    for (const auto &requests : std::as_const(m_byProject))
        m_list.append(requests);
    std::stable_sort(m_list.begin(), m_list.end(),
                     [](const protocol::IngestInfo &a, const protocol::IngestInfo &b) {
                         if (a.updatedAt != b.updatedAt)
                             return a.updatedAt > b.updatedAt;
                         return a.id > b.id;
                     });
}

// Each of the person's own requests against the state it was last seen in. A request not seen
// before is taken as seen (the person started it here, or before the record began) unless the
// record was begun and the request is no longer uploading, which means a change happened while
// the person was away.
void IngestRequests::noticeChanges()
{
    if (!m_loaded || !m_seenLoaded || m_session->state() != Session::State::Active)
        return;
    bool dirty = false;
    for (const protocol::IngestInfo &info : std::as_const(m_list)) {
        if (!isMine(info))
            continue;
        const auto it = m_seen.constFind(info.id);
        if (it != m_seen.cend() && *it == info.state)
            continue;
        const QString was = it == m_seen.cend() ? QString() : *it;
        m_seen.insert(info.id, info.state);
        dirty = true;
        if (!was.isEmpty())
            emit changed(info, was);
    }
    if (dirty)
        saveSeen();
}

void IngestRequests::loadSeen()
{
    m_seenLoaded = true;
    const auto doc = m_store->document(SeenDocument);
    if (!doc)
        return;
    const QJsonObject seen = QJsonDocument::fromJson(doc->body).object();
    for (auto it = seen.begin(); it != seen.end(); ++it) {
        if (it.value().isString() && !m_seen.contains(it.key()))
            m_seen.insert(it.key(), it.value().toString());
    }
}

void IngestRequests::saveSeen()
{
    if (!m_store->isOpen())
        return; // kept in memory for this sign-in
    QJsonObject seen;
    for (auto it = m_seen.cbegin(); it != m_seen.cend() && seen.size() < MostRemembered; ++it)
        seen.insert(it.key(), it.value());
    if (Status s = m_store->setDocument({SeenDocument, m_clock.now(), QJsonDocument(seen).toJson()}); !s.ok())
        qCWarning(lcIngestRequests, "keeping the states seen: %s", qUtf8Printable(s.error().message));
}

void IngestRequests::clear(bool forget)
{
    m_calls.cancelAll();
    m_otherCalls.cancelAll();
    const bool hadAnything = !m_list.isEmpty() || !m_problems.isEmpty();
    m_byProject.clear();
    m_problems.clear();
    m_list.clear();
    m_loaded = false;
    m_schedule.stop(forget);
    if (forget) {
        m_seen.clear();
        m_seenLoaded = false;
    }
    if (hadAnything || forget)
        emit cleared();
}

} // namespace srs::session
