#pragma once

#include "api/ApiFailure.h"
#include "api/CallGroup.h"
#include "domain/Review.h"
#include "protocol/ReviewMessages.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

namespace srs::session {

class ClientStore;
class Clock;
class Session;

// The output checker's desk: the queue of requests waiting for checkers and its answer times
// (kept in the encrypted cache, so the queue shows at once next time), and the one request the
// checker is reviewing: claiming it, its context, its files' contents, a fresh comparison of its
// tables with the project's releases, the votes and the release.
//
// File contents are held in memory only, each checked against the SHA-256 the server stored at
// submission; they are never written to disk and are wiped when the review closes, the
// workstation locks or the person signs out. The server decides every permission: the desk only
// offers what the same rules (domain::ReviewRules) allow.
class ReviewDesk : public QObject
{
    Q_OBJECT
public:
    ReviewDesk(Session *session, ClientStore *store, const Clock &clock, QObject *parent = nullptr);
    ~ReviewDesk() override;

    // Whether the signed-in person is an output checker (the desk is offered only to them).
    [[nodiscard]] bool isChecker() const;

    // The queue: from the cache at once when the cache opens, then from the server.
    [[nodiscard]] const protocol::ReviewQueue &queue() const { return m_queue; }
    [[nodiscard]] bool queueFromServer() const { return m_queueFromServer; }
    [[nodiscard]] const protocol::ReviewStatistics &statistics() const { return m_statistics; }
    void refresh();

    // One request.
    void claim(const QString &submissionId);
    void open(const QString &submissionId);
    void close();
    [[nodiscard]] const std::optional<protocol::ReviewContext> &context() const { return m_context; }
    // The checker's own review of the current round, if claimed.
    [[nodiscard]] const domain::Review *myReview() const;

    // A file of a round (by its index in that round's files), fetched into memory.
    void fetchFile(int round, int index);
    [[nodiscard]] std::optional<QByteArray> file(int round, int index) const;
    // The same path in the round before, if it was there (for the cell by cell comparison).
    [[nodiscard]] std::optional<std::pair<int, int>> previousVersion(int round, int index) const;

    // The open request's tables compared afresh with every release the project has made so far,
    // those made since the request was submitted too (its stored findings know only the earlier
    // ones). Asked for when a request is opened or claimed; compareWithReleases() asks again.
    // Forgotten with the review.
    void compareWithReleases();
    [[nodiscard]] const std::optional<protocol::ReleaseComparison> &releaseComparison() const
    {
        return m_comparison;
    }
    [[nodiscard]] bool isComparingWithReleases() const;

    void vote(const protocol::VoteRequest &votes);
    void release();

signals:
    void queueChanged();
    void statisticsChanged();
    void queueFailed(const srs::api::ApiFailure &failure);
    void contextChanged();
    void contextFailed(const srs::api::ApiFailure &failure);
    void fileLoaded(int round, int index);
    void fileFailed(int round, int index, const QString &message);
    // The comparison with the releases has started or its answer has come.
    void releaseComparisonChanged();
    void releaseComparisonFailed(const QString &message);
    void voted(bool decided);
    void voteFailed(const QString &message, const QString &field);
    void released(const srs::protocol::ReleaseInfo &release);
    void releaseFailed(const QString &message);
    // Locked or signed out, or the review closed: everything shown of it must go.
    void cleared();

private:
    void loadCached();
    // A claim, an opening or a vote: each answers with the request's review context.
    enum class ContextAction
    {
        Claim,
        Open,
        Vote,
    };
    void contextCall(ContextAction action, const QString &submissionId,
                     const protocol::VoteRequest &votes = {});
    void wipe(bool forgetQueue);

    Session *m_session;
    ClientStore *m_store;
    const Clock &m_clock;
    protocol::ReviewQueue m_queue;
    bool m_queueFromServer = false;
    protocol::ReviewStatistics m_statistics;
    QPointer<api::PendingCall> m_queueCall;
    QPointer<api::PendingCall> m_statisticsCall;
    QPointer<api::PendingCall> m_contextCall;
    std::optional<protocol::ReviewContext> m_context;
    std::optional<protocol::ReleaseComparison> m_comparison;
    QPointer<api::PendingCall> m_comparisonCall;
    QHash<QPair<int, int>, QByteArray> m_files;
    QHash<QPair<int, int>, QPointer<api::PendingCall>> m_fileCalls;
    api::CallGroup m_calls;       // everything under way, stopped on lock and sign-out
    api::CallGroup m_reviewCalls; // the open request's context and files, stopped when it closes
};

} // namespace srs::session
