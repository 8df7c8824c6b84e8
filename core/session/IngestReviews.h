#pragma once

#include "api/ApiFailure.h"
#include "api/CallGroup.h"
#include "protocol/IngestReviewMessages.h"

#include <QObject>

namespace srs::session {

class Session;

// The checkers' side of files brought into projects: the queue of ingest requests (awaiting a
// decision, and decided lately), one request opened with each file's findings, decision and
// votes, a file's bytes from quarantine for its preview (checked against the SHA-256 the
// researcher declared before anything is shown), and a checker's vote on one file. The server
// decides who may see and vote on what; this class only asks and keeps the answers, wiped on
// lock and sign-out.
class IngestReviews : public QObject
{
    Q_OBJECT
public:
    explicit IngestReviews(Session *session, QObject *parent = nullptr);
    ~IngestReviews() override;

    void refresh();
    [[nodiscard]] const protocol::IngestReviewQueue &queue() const { return m_queue; }
    [[nodiscard]] bool queueFromServer() const { return m_fromServer; }

    // Loads one request (reviewLoaded or reviewFailed).
    void open(const QString &ingestId);
    // Loads a file's bytes (fileLoaded, or fileFailed with the reason in words).
    void loadFile(const QString &ingestId, int index);
    // Votes on one file: "approve" or "reject" (voted with the request after it, or voteFailed).
    void vote(const QString &ingestId, int index, const QString &decision, const QString &comment);

    // A file's bytes match the SHA-256 declared for it (lower-case hex).
    [[nodiscard]] static bool matchesDeclared(const QByteArray &bytes, const QString &sha256);

signals:
    void queueChanged();
    void queueFailed(const api::ApiFailure &failure);
    void reviewLoaded(const protocol::IngestReviewContext &review);
    void reviewFailed(const QString &ingestId, const api::ApiFailure &failure);
    void fileLoaded(const QString &ingestId, int index, const QByteArray &bytes);
    void fileFailed(const QString &ingestId, int index, const QString &message);
    void voted(const protocol::IngestReviewContext &review);
    void voteFailed(const QString &ingestId, int index, const api::ApiFailure &failure);

private:
    void wipe();

    Session *m_session;
    protocol::IngestReviewQueue m_queue;
    bool m_fromServer = false;
    api::CallGroup m_queueCalls;
    api::CallGroup m_calls;
};

} // namespace srs::session
