#include "SubmissionNotices.h"

#include "ClientStore.h"
#include "Clock.h"
#include "Session.h"
#include "Submissions.h"

#include "cache/MetadataCache.h"

#include <QDataStream>
#include <QIODevice>
#include <QLoggingCategory>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace srs::session {

Q_LOGGING_CATEGORY(lcNotices, "srs.notices")

namespace {

// The record of what the person last saw, in the encrypted cache: a small binary document
// (id, state, round per request), so that nothing here needs the wire format's JSON.
const QString SeenDocument = u"submission-seen"_s;
constexpr quint32 RecordMagic = 0x53524e31; // "SRN1"
constexpr quint16 RecordVersion = 1;
constexpr quint32 MostRequests = 100'000; // far more than anyone has; a bigger count is a bad record

QString toldKey(const SubmissionNotice &n)
{
    return n.submissionId + u' ' + domain::submissionStateToString(n.state) + u' ' + QString::number(n.round);
}

} // namespace

SubmissionNotices::SubmissionNotices(Session *session, ClientStore *store, Submissions *submissions,
                                     const Clock &clock, QObject *parent)
    : QObject(parent), m_session(session), m_store(store), m_submissions(submissions), m_clock(clock)
{
    connect(m_store, &ClientStore::opened, this, &SubmissionNotices::onOpened);
    // The cache could not be opened: the record is kept in memory for this sign-in.
    connect(m_store, &ClientStore::cacheProblem, this, [this] {
        if (!m_store->isOpen())
            evaluate();
    });
    connect(m_store, &ClientStore::closed, this, [this] {
        if (!m_inCache)
            return;
        m_inCache = false;
        m_recordReady = false;
        m_recordBegun = false;
        m_seen.clear();
    });
    connect(m_submissions, &Submissions::listChanged, this, &SubmissionNotices::onListChanged);
    connect(m_session, &Session::locked, this, [this] { forget(false); });
    connect(m_session, &Session::signedOut, this, [this] { forget(true); });
}

SubmissionNotices::~SubmissionNotices() = default;

bool SubmissionNotices::needsAuthor(domain::SubmissionState state)
{
    using domain::SubmissionState;
    switch (state) {
    case SubmissionState::Returned:
    case SubmissionState::Rejected:
    case SubmissionState::Approved:
    case SubmissionState::PartlyApproved:
    case SubmissionState::Released:
        return true;
    case SubmissionState::Draft:
    case SubmissionState::Submitted:
    case SubmissionState::InReview:
    case SubmissionState::Resubmitted:
    case SubmissionState::Withdrawn:
        return false;
    }
    return false;
}

void SubmissionNotices::onOpened()
{
    loadRecord();
    evaluate();
}

void SubmissionNotices::onListChanged()
{
    evaluate();
}

void SubmissionNotices::loadRecord()
{
    // What was marked seen before the cache opened is newer than what the cache holds.
    const QHash<QString, Seen> marked = std::exchange(m_seen, {});
    const bool begun = m_recordBegun;
    const QDateTime since = m_since;
    m_recordReady = true;
    m_inCache = true;
    m_recordBegun = false;
    if (const auto doc = m_store->document(SeenDocument)) {
        QDataStream in(doc->body);
        in.setVersion(QDataStream::Qt_6_4);
        quint32 magic = 0;
        quint16 version = 0;
        quint32 count = 0;
        QDateTime recordSince;
        in >> magic >> version >> recordSince >> count;
        QHash<QString, Seen> seen;
        bool good = in.status() == QDataStream::Ok && magic == RecordMagic && version == RecordVersion &&
                    recordSince.isValid() && count <= MostRequests;
        for (quint32 i = 0; good && i < count; ++i) {
            QString id;
            QString state;
            qint32 round = 0;
            in >> id >> state >> round;
            const auto parsed = domain::submissionStateFromString(state);
            good = in.status() == QDataStream::Ok && !id.isEmpty() && parsed.has_value() && round >= 0;
            if (good)
                seen.insert(id, Seen{*parsed, round});
        }
        if (good) {
            m_seen = std::move(seen);
            m_since = recordSince;
            m_recordBegun = true;
        } else {
            qCWarning(lcNotices, "the record of seen requests could not be read; starting a new one");
        }
    }
    if (!m_recordBegun && begun) { // kept in memory before the cache opened
        m_recordBegun = true;
        m_since = since;
    }
    for (auto it = marked.cbegin(); it != marked.cend(); ++it)
        m_seen.insert(it.key(), it.value());
    if (!marked.isEmpty())
        saveRecord();
}

void SubmissionNotices::saveRecord()
{
    if (!m_inCache || !m_store->isOpen() || !m_recordBegun)
        return;
    QByteArray body;
    QDataStream out(&body, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << RecordMagic << RecordVersion << m_since << static_cast<quint32>(m_seen.size());
    for (auto it = m_seen.cbegin(); it != m_seen.cend(); ++it)
        out << it.key() << domain::submissionStateToString(it->state) << static_cast<qint32>(it->round);
    if (Status s = m_store->setDocument({SeenDocument, m_clock.now(), body}); !s.ok())
        qCWarning(lcNotices, "keeping the record of seen requests: %s", qUtf8Printable(s.error().message));
}

void SubmissionNotices::evaluate()
{
    if (m_session->state() != Session::State::Active || !m_submissions->hasLoaded() ||
        m_submissions->isLoading())
        return;
    if (!m_recordReady) {
        if (m_store->isOpen())
            loadRecord();
        else if (m_store->isOpening())
            return; // compared once the cache has opened (onOpened)
        else
            m_recordReady = true; // no cache: in memory until sign-out
    }

    const QString me = m_session->me().user.id;
    const bool first = !m_recordBegun;
    bool changed = false;
    QList<SubmissionNotice> unseen;
    QList<SubmissionNotice> fresh;
    for (const protocol::SubmissionSummary &s : m_submissions->list()) {
        if (me.isEmpty() || s.author.id != me)
            continue; // a project member's request is theirs to be told of
        const Seen now{s.state, s.round};
        const auto it = m_seen.constFind(s.id);
        const bool known = it != m_seen.cend();
        if (known && *it == now)
            continue;
        // Seen as it is: the first picture, the request on screen, a change that does not need
        // the author, or a request answered before the record began.
        if (first || s.id == m_onScreen || !needsAuthor(s.state) || (!known && s.updatedAt < m_since)) {
            m_seen.insert(s.id, now);
            changed = true;
            continue;
        }
        const SubmissionNotice notice{s.id, s.projectId, s.title, s.state, s.round, s.updatedAt};
        unseen.append(notice);
        const QString key = toldKey(notice);
        if (!m_told.contains(key)) {
            m_told.insert(key);
            fresh.append(notice);
        }
    }
    if (first) {
        m_recordBegun = true;
        m_since = m_clock.now();
        changed = true;
    }
    if (changed)
        saveRecord();
    setUnseen(std::move(unseen));
    if (!fresh.isEmpty())
        emit arrived(fresh);
}

void SubmissionNotices::markSeen(const QString &submissionId)
{
    if (submissionId.isEmpty())
        return;
    for (const protocol::SubmissionSummary &s : m_submissions->list()) {
        if (s.id != submissionId)
            continue;
        const Seen now{s.state, s.round};
        const auto it = m_seen.constFind(s.id);
        if (it == m_seen.cend() || *it != now) {
            m_seen.insert(s.id, now);
            saveRecord();
        }
        break;
    }
    QList<SubmissionNotice> unseen = m_unseen;
    unseen.removeIf([&](const SubmissionNotice &n) { return n.submissionId == submissionId; });
    setUnseen(std::move(unseen));
}

void SubmissionNotices::setOnScreen(const QString &submissionId)
{
    m_onScreen = submissionId;
    markSeen(submissionId);
}

void SubmissionNotices::setUnseen(QList<SubmissionNotice> unseen)
{
    if (unseen == m_unseen)
        return;
    m_unseen = std::move(unseen);
    emit unseenChanged();
}

void SubmissionNotices::forget(bool signedOut)
{
    m_onScreen.clear();
    if (signedOut) {
        m_told.clear();
        m_seen.clear();
        m_recordReady = false;
        m_recordBegun = false;
        m_inCache = false;
        m_since = {};
    }
    setUnseen({});
}

} // namespace srs::session
