#pragma once

#include "domain/Submission.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

namespace srs::session {

class ClientStore;
class Clock;
class Session;
class Submissions;

// A clearance request of the person's that came back from the checkers and that they have not
// opened since: metadata only (id, title, state), never anything of the workspace.
struct SubmissionNotice
{
    QString submissionId;
    QString projectId;
    QString title;
    domain::SubmissionState state = domain::SubmissionState::Returned;
    int round = 0;
    QDateTime updatedAt;

    friend bool operator==(const SubmissionNotice &, const SubmissionNotice &) = default;
};

// Tells the person when a request of theirs comes back: each time the list of My submissions
// (Submissions, refreshed periodically while the session is active) has loaded, every request
// the person wrote is compared with the state and round they last saw it in. One that has moved
// to a state that needs them (changes requested, rejected, approved, partly approved, released)
// is a notice until they open it (markSeen(), or setOnScreen() while it is shown); any other
// change (submitted, being checked, resubmitted, withdrawn) is simply taken as seen.
//
// What was last seen is kept per person in the encrypted cache (ClientStore, the document
// "submission-seen"), so a decision made while the person was away is noticed at their next
// sign-in on this computer. The first time there is no record (a new cache, or one removed at
// sign-out on a safe-room terminal), the requests as they are then are taken as seen: only
// later changes are noticed. A request first listed after that, already answered, is a notice
// when it was answered after the record began. When the cache cannot be opened the record is
// kept in memory until sign-out.
class SubmissionNotices : public QObject
{
    Q_OBJECT
public:
    SubmissionNotices(Session *session, ClientStore *store, Submissions *submissions, const Clock &clock,
                      QObject *parent = nullptr);
    ~SubmissionNotices() override;

    // The states in which a request waits for its author, or tells them the outcome.
    [[nodiscard]] static bool needsAuthor(domain::SubmissionState state);

    // Requests that came back and have not been opened since, most recently changed first.
    [[nodiscard]] const QList<SubmissionNotice> &unseen() const { return m_unseen; }
    [[nodiscard]] int unseenCount() const { return static_cast<int>(m_unseen.size()); }
    // The requests have been compared once with the record (or taken as its first picture):
    // from now on a change is noticed.
    [[nodiscard]] bool isWatching() const { return m_recordReady && m_recordBegun; }

    // The person opened the request: what it is now has been seen.
    void markSeen(const QString &submissionId);
    // The request shown in full now (empty when none, or the view is hidden): it is seen as it
    // is, and whatever happens to it while it stays on screen is seen too.
    void setOnScreen(const QString &submissionId);

signals:
    // The unseen list changed (a request came back, or one was opened).
    void unseenChanged();
    // Requests that have just come back, not told before in this sign-in: to announce.
    void arrived(const QList<srs::session::SubmissionNotice> &notices);

private:
    struct Seen
    {
        domain::SubmissionState state = domain::SubmissionState::Draft;
        int round = 0;
        friend bool operator==(const Seen &, const Seen &) = default;
    };

    void onOpened();
    void onListChanged();
    void evaluate();
    void loadRecord();
    void saveRecord();
    void forget(bool signedOut);
    void setUnseen(QList<SubmissionNotice> unseen);

    Session *m_session;
    ClientStore *m_store;
    Submissions *m_submissions;
    const Clock &m_clock;
    bool m_recordReady = false; // loaded from the cache, or kept in memory
    bool m_recordBegun = false; // the record has a first picture of the requests
    bool m_inCache = false;     // the record is the cache's (false: in memory only)
    QDateTime m_since;          // when the record began
    QHash<QString, Seen> m_seen;
    QList<SubmissionNotice> m_unseen;
    QSet<QString> m_told; // "id state round" of the notices announced since sign-in
    QString m_onScreen;
};

} // namespace srs::session
