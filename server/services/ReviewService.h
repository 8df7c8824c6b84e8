#pragma once

#include "AccountService.h"

#include "domain/Review.h"
#include "domain/WorkingDays.h"
#include "protocol/ReviewMessages.h"
#include "store/StoreResult.h"

#include <functional>
#include <optional>

namespace srs::server {

class SubmissionService;

// Reviewing for output checkers: the queue and its answer times, claiming a request, the review
// context (blinded while the other checker's votes are not to be seen), the snapshot files of
// any round (to a checker who has claimed the request), and the votes, which decide the round
// when they are the second. Every rule is domain::ReviewRules'; every change is written with its
// audit event in one transaction, the request row locked first (PostgreSQL) or the transaction
// taken for writing (SQLite) so that two checkers racing for a claim or a vote are serialised.
class ReviewService
{
public:
    ReviewService(ServerContext &context, SubmissionService &submissions);

    [[nodiscard]] Result<protocol::ReviewQueue> queue(const Caller &caller);
    // `weeks` of answer times (1 to MaxWeeks), oldest first, ending with this week.
    [[nodiscard]] Result<protocol::ReviewStatistics> statistics(const Caller &caller, int weeks);
    static constexpr int MaxWeeks = 104;
    [[nodiscard]] Result<protocol::ReviewContext> claim(const Caller &caller, const QString &submissionId);
    // `insist`: refuse with review-blinded instead of withholding the other checker's votes.
    [[nodiscard]] Result<protocol::ReviewContext> context(const Caller &caller, const QString &submissionId,
                                                          bool insist);
    [[nodiscard]] Result<protocol::ReviewContext> vote(const Caller &caller, const QString &submissionId,
                                                       const protocol::VoteRequest &request);

    struct FileContents
    {
        QString path;
        QString sha256;
        QByteArray bytes;
    };
    // File `index` of round `round`, from the blob store, its SHA-256 checked against the one
    // stored at submission.
    [[nodiscard]] Result<FileContents> roundFile(const Caller &caller, const QString &submissionId, int round,
                                                 int index);

    // The current round's tables compared afresh with every release of the project so far (never a
    // release of this request), releases made since the round was submitted included: for a
    // checker who may open the request's review context, on the same rules. The snapshots are
    // read and checked as for a round file, and the comparison is an audit event
    // (review.release-compare). In ReviewReleaseDifferences.cpp.
    [[nodiscard]] Result<protocol::ReleaseComparison> releaseDifferences(const Caller &caller,
                                                                         const QString &submissionId);

    // Working days (England and Wales) from the service day of `from` to that of `to`.
    [[nodiscard]] int workingDaysBetween(QDate from, QDate to) const;

private:
    struct Loaded
    {
        domain::Submission submission;
        domain::Project project;
        QList<domain::Review> reviews; // every round's
        [[nodiscard]] QList<domain::Review> round() const;
    };
    [[nodiscard]] Result<Loaded> load(const QString &submissionId);
    [[nodiscard]] domain::SubmissionActor actorFor(const Caller &caller,
                                                   const domain::Project &project) const;
    // Who may read a request's review context and what is found of it: an output checker, where
    // checkers may look, neither its author nor a member of its project. The other checker's votes
    // may still be withheld (blinded), which does not refuse.
    [[nodiscard]] Status checkCanReadContext(const Caller &caller, const Loaded &loaded);
    // Fills in each finding's labels from the round's stored findings, for checkers.
    [[nodiscard]] Status addLabels(protocol::CheckResultInfo &check, const domain::Submission &submission);
    [[nodiscard]] Result<protocol::ReviewContext> describe(const Loaded &loaded, const Caller &caller,
                                                           bool insist);
    // A claim or a vote: an output checker only; in one transaction, the request's row locked,
    // `step` checks the rule and writes the change with its audit events (or sets the refusal);
    // a conflict in the store is answered with `conflictCode`. Then the caller's context.
    using Step = std::function<store::Status(Loaded &loaded, std::optional<Error> &refused)>;
    [[nodiscard]] Result<protocol::ReviewContext> change(const Caller &caller, const QString &submissionId,
                                                         const char *conflictCode, const Step &step);

    ServerContext &m_context;
    SubmissionService &m_submissions;
};

} // namespace srs::server
