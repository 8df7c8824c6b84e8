#pragma once

#include "AccountService.h"
#include "IngestService.h"
#include "Quarantine.h"

#include "protocol/IngestReviewMessages.h"
#include "store/IngestRepository.h"
#include "store/IngestReviewRepository.h"

#include <QByteArray>
#include <QString>

namespace srs::server {

// Reviewing ingest requests: the checkers' queue, one request with its files' decisions and
// votes, a file's bytes from quarantine (for preview), and a checker's vote on one file, which
// decides it when it is a rejection or the approval that makes ingest.approvals_needed; an
// approved file is then delivered into the project's workspace (IngestDelivery) and indexed at
// once. The sweep retries deliveries that were refused (a link in the way, say) and deletes the
// quarantined copies of rejected and cancelled files once ingest.rejected_retention_days have
// passed.
//
// Who: holders of ingest.reviewer_role (the output checkers by default), never for a request of
// a project they are listed in or that they made (review-project-member), and only where
// checkers may open what is not yet released (the same setting policy as the output review,
// with every dataset of the project counted, since files brought in may be meant for any of
// them). The queue, metadata only, is listed anywhere and says what would refuse the checker.
// Only these routes ever send a quarantined file's bytes; the researcher's routes never do.
//
// Rules: a vote is "approve" or "reject", once per checker per file, while the request is
// awaiting review and the file pending. A rejection needs a comment and rejects the file at once;
// an approval of a file with a "flag" finding needs a comment; a file with a "refused" finding
// can never be approved. When every file is decided the request is "decided". Every change is
// written with its audit event in one transaction, the request's row locked first (PostgreSQL)
// or the database taken for writing (SQLite): "ingest.vote", "ingest.approved",
// "ingest.rejected", "ingest.decided", "ingest.delivered", "ingest.delivery-refused",
// "ingest.file-read", "ingest.purged".
class IngestReviewService
{
public:
    IngestReviewService(ServerContext &context, IngestService &ingests);

    // Largest file sent for preview (the code scanner's limit: text and code are shown whole).
    static constexpr qint64 PreviewMaxBytes = 16LL * 1024 * 1024;
    // How long decided requests stay in the queue.
    static constexpr int RecentDays = 30;

    [[nodiscard]] Result<protocol::IngestReviewQueue> queue(const Caller &caller);
    [[nodiscard]] Result<protocol::IngestReviewContext> review(const Caller &caller, const QString &ingestId);
    struct FileContents
    {
        QString name;
        QString sha256;
        QByteArray bytes;
    };
    [[nodiscard]] Result<FileContents> file(const Caller &caller, const QString &ingestId, int index);
    [[nodiscard]] Result<protocol::IngestReviewContext>
    vote(const Caller &caller, const QString &ingestId, int index, const protocol::IngestVoteRequest &vote);

    struct SweepSummary
    {
        int delivered = 0;
        int deliveryRefused = 0;
        int purged = 0;
    };
    // Deliveries still owed, and quarantined copies past their retention (by the server's clock).
    [[nodiscard]] Result<SweepSummary> sweep();

private:
    struct Loaded
    {
        store::IngestRecord record;
        domain::Project project;
    };
    [[nodiscard]] Error notAReviewer() const;
    [[nodiscard]] Result<Loaded> load(const QString &ingestId);
    // Where and who: the setting policy for checkers, then the own-project rule.
    [[nodiscard]] Status checkCanReview(const Caller &caller, const Loaded &loaded);
    [[nodiscard]] Result<protocol::IngestReviewContext> describe(const Loaded &loaded);
    // Delivers one approved file and records it (or why not); true when delivered.
    [[nodiscard]] Result<bool> deliver(const QString &actor, const store::IngestRecord &record, int position);
    void removeQuarantined(const QString &ingestId, int position);
    // The actor of the sweep's audit events.
    [[nodiscard]] static QString SystemActor() { return QStringLiteral("system"); }

    ServerContext &m_context;
    IngestService &m_ingests;
    Quarantine m_quarantine;
};

} // namespace srs::server
