// The rules of reviewing: who may claim, vote, see the other checker's votes and release, at each
// step of a request's review, allowed or refused with its code; what two reviews decide. Requests
// and reviews at a step are built by walking the real transitions (submit, claim, vote).

#include "domain/Review.h"

#include <QTest>
#include <QTimeZone>

using namespace srs::domain;

Q_DECLARE_METATYPE(FileDecision)
Q_DECLARE_METATYPE(SubmissionState)
Q_DECLARE_METATYPE(SubmissionAction)
Q_DECLARE_METATYPE(FileReview)

namespace {

const QDateTime T0(QDate(2026, 3, 2), QTime(10, 0), QTimeZone::utc());

const SubmissionActor Author{"u-author", true, false};
const SubmissionActor CheckerA{"u-checker-a", false, true};
const SubmissionActor CheckerB{"u-checker-b", false, true};
const SubmissionActor CheckerC{"u-checker-c", false, true};
const SubmissionActor CheckerAuthor{"u-author", true, true};
const SubmissionActor CheckerMember{"u-checker-m", true, true}; // a checker on the project's team
const SubmissionActor Researcher{"u-colleague", true, false};

SubmissionContent content()
{
    SubmissionContent c;
    c.title = "Income by region";
    c.clearanceType = ClearanceType::Publication;
    c.files = {{"outputs/income.csv", FileRole::Output, "Mean income by region", "Journal article", {}, 0},
               {"outputs/income_counts.csv", FileRole::Supporting, {}, {}, {}, 0},
               {"code/model.R", FileRole::Code, "The model", {}, {}, 0}};
    c.controls = "Cells under 10 suppressed";
    return c;
}

template <class T>
T step(srs::Result<T> r)
{
    if (!r.ok())
        qFatal("walking to a step failed: %s", qPrintable(r.error().message));
    return std::move(r).value();
}

Submission submitted()
{
    Submission s;
    s.id = "S-1";
    s.projectId = "P-1";
    s.authorId = "u-author";
    s.content = content();
    s.createdAt = T0;
    return step(SubmissionWorkflow::submit(s, Author, T0.addSecs(60), QDate(2026, 3, 9)));
}

QList<FileReview> votes(FileDecision d)
{
    QList<FileReview> out;
    for (const SubmissionFile &f : content().files)
        out.append({f.path, d, d == FileDecision::Approve ? QString() : "Suppress the Newport cell.",
                    "internal note"});
    return out;
}

// A request and its round's reviews at one step of reviewing.
struct Stage
{
    Submission submission;
    QList<Review> reviews;
};

enum class Step
{
    Submitted, // nobody has claimed it
    OneClaim,  // checker A claimed it
    TwoClaims, // A and B claimed it
    AVoted,    // A voted (approve), B has not
    BothVoted, // both approved: approved
    Withdrawn, // withdrawn during review (A claimed)
};

void replace(QList<Review> &reviews, const Review &r)
{
    for (Review &existing : reviews) {
        if (existing.checkerId == r.checkerId)
            existing = r;
    }
}

Stage at(Step target)
{
    Stage st{submitted(), {}};
    QDateTime t = T0.addSecs(120);
    auto claim = [&](const SubmissionActor &a) {
        auto c = step(ReviewRules::claim(st.submission, st.reviews, a, t = t.addSecs(60)));
        st.submission = c.submission;
        st.reviews.append(c.review);
    };
    auto vote = [&](const SubmissionActor &a, FileDecision d) {
        auto v = step(ReviewRules::vote(st.submission, st.reviews, a, votes(d), "Fine.", t = t.addSecs(60)));
        st.submission = v.submission;
        replace(st.reviews, v.review);
    };
    if (target == Step::Submitted)
        return st;
    claim(CheckerA);
    if (target == Step::OneClaim)
        return st;
    if (target == Step::Withdrawn) {
        st.submission = step(SubmissionWorkflow::withdraw(st.submission, Author, t.addSecs(60)));
        return st;
    }
    claim(CheckerB);
    if (target == Step::TwoClaims)
        return st;
    vote(CheckerA, FileDecision::Approve);
    if (target == Step::AVoted)
        return st;
    vote(CheckerB, FileDecision::Approve);
    return st;
}

// The people of the rows, by the names the rows use.
SubmissionActor person(const QString &who)
{
    const QHash<QString, SubmissionActor> people{{"A", CheckerA},
                                                 {"B", CheckerB},
                                                 {"C", CheckerC},
                                                 {"author-checker", CheckerAuthor},
                                                 {"member-checker", CheckerMember},
                                                 {"researcher", Researcher}};
    return people.value(who);
}

Review submittedReview(const QString &checker, const QList<FileReview> &files, const QString &summary = {})
{
    Review r;
    r.checkerId = checker;
    r.submissionId = "S-1";
    r.round = 1;
    r.claimedAt = T0;
    r.submittedAt = T0.addSecs(600);
    r.files = files;
    r.summary = summary;
    return r;
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT
private slots:
    void namesRoundTrip()
    {
        for (FileDecision d : {FileDecision::Approve, FileDecision::RequestChanges, FileDecision::Reject})
            QCOMPARE(fileDecisionFromString(fileDecisionToString(d)), std::optional(d));
        QCOMPARE(fileDecisionToString(FileDecision::RequestChanges), QString("request-changes"));
        QCOMPARE(fileDecisionFromString(u"Approve"), std::nullopt);
        QCOMPARE(fileDecisionFromString(u""), std::nullopt);
    }

    void stricterOrdersDecisions_data()
    {
        QTest::addColumn<FileDecision>("a");
        QTest::addColumn<FileDecision>("b");
        QTest::addColumn<FileDecision>("expected");
        using D = FileDecision;
        QTest::newRow("approve, approve") << D::Approve << D::Approve << D::Approve;
        QTest::newRow("approve, changes") << D::Approve << D::RequestChanges << D::RequestChanges;
        QTest::newRow("changes, approve") << D::RequestChanges << D::Approve << D::RequestChanges;
        QTest::newRow("changes, reject") << D::RequestChanges << D::Reject << D::Reject;
        QTest::newRow("reject, approve") << D::Reject << D::Approve << D::Reject;
        QTest::newRow("reject, reject") << D::Reject << D::Reject << D::Reject;
    }
    void stricterOrdersDecisions()
    {
        QFETCH(FileDecision, a);
        QFETCH(FileDecision, b);
        QFETCH(FileDecision, expected);
        QCOMPARE(stricter(a, b), expected);
    }

    void claim_data()
    {
        QTest::addColumn<int>("stage");
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("first claim") << int(Step::Submitted) << "C"
                                     << "";
        QTest::newRow("second claim") << int(Step::OneClaim) << "C"
                                      << "";
        QTest::newRow("third claim") << int(Step::TwoClaims) << "C"
                                     << "review-third";
        QTest::newRow("same checker twice") << int(Step::OneClaim) << "A"
                                            << "review-already-claimed";
        QTest::newRow("own request") << int(Step::Submitted) << "author-checker"
                                     << "submission-own";
        QTest::newRow("project member") << int(Step::Submitted) << "member-checker"
                                        << "review-project-member";
        QTest::newRow("not a checker") << int(Step::Submitted) << "researcher"
                                       << "not-an-output-checker";
        QTest::newRow("approved already") << int(Step::BothVoted) << "C"
                                          << "submission-wrong-state";
        QTest::newRow("withdrawn") << int(Step::Withdrawn) << "C"
                                   << "submission-wrong-state";
    }
    void claim()
    {
        QFETCH(int, stage);
        QFETCH(QString, who);
        QFETCH(QString, refusal);
        const Stage st = at(Step(stage));
        const SubmissionActor a = person(who);
        const srs::Status checked = ReviewRules::checkCanClaim(st.submission, st.reviews, a);
        QCOMPARE(ReviewRules::canClaim(st.submission, st.reviews, a), refusal.isEmpty());
        auto claimed = ReviewRules::claim(st.submission, st.reviews, a, T0.addDays(1));
        if (refusal.isEmpty()) {
            QVERIFY(checked.ok());
            QVERIFY(claimed.ok());
            QCOMPARE(claimed->submission.state, SubmissionState::InReview);
            QCOMPARE(claimed->review.checkerId, a.userId);
            QCOMPARE(claimed->review.round, 1);
            QVERIFY(!claimed->review.isSubmitted());
            // The first claim takes the request into review through the workflow, once.
            const qsizetype added = claimed->submission.history.size() - st.submission.history.size();
            QCOMPARE(added, st.reviews.isEmpty() ? 1 : 0);
            if (added)
                QCOMPARE(claimed->submission.history.constLast().action, SubmissionAction::StartReview);
        } else {
            QVERIFY(!checked.ok());
            QCOMPARE(checked.error().code, refusal);
            QVERIFY(!claimed.ok());
            QCOMPARE(claimed.error().code, refusal);
        }
    }

    void voteRights_data()
    {
        QTest::addColumn<int>("stage");
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("claimed, first vote") << int(Step::TwoClaims) << "A"
                                             << "";
        QTest::newRow("claimed, second vote") << int(Step::AVoted) << "B"
                                              << "";
        QTest::newRow("not claimed") << int(Step::TwoClaims) << "C"
                                     << "review-not-claimed";
        QTest::newRow("votes final") << int(Step::AVoted) << "A"
                                     << "review-already-submitted";
        QTest::newRow("withdrawn meanwhile") << int(Step::Withdrawn) << "A"
                                             << "submission-wrong-state";
        QTest::newRow("not a checker") << int(Step::TwoClaims) << "researcher"
                                       << "not-an-output-checker";
        QTest::newRow("own request") << int(Step::TwoClaims) << "author-checker"
                                     << "submission-own";
    }
    void voteRights()
    {
        QFETCH(int, stage);
        QFETCH(QString, who);
        QFETCH(QString, refusal);
        const Stage st = at(Step(stage));
        const SubmissionActor a = person(who);
        QCOMPARE(ReviewRules::canVote(st.submission, st.reviews, a), refusal.isEmpty());
        auto voted =
            ReviewRules::vote(st.submission, st.reviews, a, votes(FileDecision::Approve), {}, T0.addDays(1));
        QCOMPARE(voted.ok(), refusal.isEmpty());
        if (!refusal.isEmpty()) {
            QCOMPARE(ReviewRules::checkCanVote(st.submission, st.reviews, a).error().code, refusal);
            QCOMPARE(voted.error().code, refusal);
            return;
        }
        QVERIFY(voted->review.isSubmitted());
        QCOMPARE(voted->review.files, votes(FileDecision::Approve));
        // The second vote decides the round; the first leaves the request in review.
        QCOMPARE(voted->decided.has_value(), who == "B");
        QCOMPARE(voted->submission.state, who == "B" ? SubmissionState::Approved : SubmissionState::InReview);
    }

    // The votes must be complete: every file, a shared comment with every request for changes and
    // rejection, a reason when anything is rejected. The field named is the one to fix.
    void voteCompleteness_data()
    {
        QTest::addColumn<QList<FileReview>>("files");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("field");
        using D = FileDecision;
        const QList<FileReview> all = votes(D::Approve);
        QTest::newRow("all approved") << all << QString() << QString();
        QList<FileReview> missingSupporting = all;
        missingSupporting.removeAt(1);
        QTest::newRow("supporting file without a decision") << missingSupporting << QString() << "files";
        QTest::newRow("no decisions") << QList<FileReview>{} << QString() << "files";
        QList<FileReview> unknown = all;
        unknown.append({"outputs/other.csv", D::Approve, {}, {}});
        QTest::newRow("a file not in the round") << unknown << QString() << "files[3].path";
        QList<FileReview> twice = all;
        twice.append(all.first());
        QTest::newRow("a file twice") << twice << QString() << "files[3].path";
        QList<FileReview> changesSilent = all;
        changesSilent[2] = {"code/model.R", D::RequestChanges, "  ", "internal only"};
        QTest::newRow("changes without a shared comment")
            << changesSilent << QString() << "files[2].sharedComment";
        QList<FileReview> changes = all;
        changes[2] = {"code/model.R", D::RequestChanges, "Add comments.", {}};
        QTest::newRow("changes with a shared comment") << changes << QString() << QString();
        QList<FileReview> rejectSilent = all;
        rejectSilent[0] = {"outputs/income.csv", D::Reject, {}, "internal"};
        QTest::newRow("reject without a shared comment") << rejectSilent << "Disclosive."
                                                         << "files[0].sharedComment";
        QList<FileReview> reject = all;
        reject[0] = {"outputs/income.csv", D::Reject, "Cells under 10.", {}};
        QTest::newRow("reject without a reason") << reject << QString() << "summary";
        QTest::newRow("reject with a reason") << reject << "Disclosive throughout." << QString();
        QList<FileReview> longComment = all;
        longComment[0].internalComment = QString(4001, 'x');
        QTest::newRow("over-long internal comment") << longComment << QString() << "files[0].internalComment";
    }
    void voteCompleteness()
    {
        QFETCH(QList<FileReview>, files);
        QFETCH(QString, summary);
        QFETCH(QString, field);
        const Stage st = at(Step::TwoClaims);
        const srs::Status checked = ReviewRules::checkVotes(st.submission, files, summary);
        auto voted = ReviewRules::vote(st.submission, st.reviews, CheckerA, files, summary, T0.addDays(1));
        QCOMPARE(checked.ok(), field.isEmpty());
        QCOMPARE(voted.ok(), field.isEmpty());
        if (!field.isEmpty()) {
            QCOMPARE(checked.error().code, QString("review-incomplete"));
            QCOMPARE(checked.error().field, field);
            QVERIFY2(checked.error().message.startsWith(field + ": "), qPrintable(checked.error().message));
            QCOMPARE(voted.error().field, field);
        }
    }

    // A file whose checks fail is approved only with the checker's reason (their note for
    // checkers); other decisions on it, and files that pass, need none.
    void approvingAFailingFile_data()
    {
        QTest::addColumn<QList<FileReview>>("files");
        QTest::addColumn<QString>("field");
        using D = FileDecision;
        QList<FileReview> all = votes(D::Approve);
        all[0].internalComment.clear();
        QTest::newRow("approved without a reason") << all << "files[0].internalComment";
        QList<FileReview> blank = all;
        blank[0].internalComment = "  \n ";
        QTest::newRow("approved with a blank reason") << blank << "files[0].internalComment";
        QList<FileReview> sharedOnly = all;
        sharedOnly[0].sharedComment = "Fine.";
        QTest::newRow("a comment for the author is not the reason")
            << sharedOnly << "files[0].internalComment";
        QList<FileReview> reasoned = all;
        reasoned[0].internalComment = "Published at this level by the statistics office.";
        QTest::newRow("approved with a reason") << reasoned << QString();
        QList<FileReview> changes = all;
        changes[0] = {"outputs/income.csv", D::RequestChanges, "Suppress B3.", {}};
        QTest::newRow("changes asked: no reason needed") << changes << QString();
    }
    void approvingAFailingFile()
    {
        QFETCH(QList<FileReview>, files);
        QFETCH(QString, field);
        const Stage st = at(Step::TwoClaims);
        const QSet<QString> failing{"outputs/income.csv"};
        const srs::Status checked = ReviewRules::checkVotes(st.submission, files, {}, failing);
        auto voted =
            ReviewRules::vote(st.submission, st.reviews, CheckerA, files, {}, T0.addDays(1), failing);
        QCOMPARE(checked.ok(), field.isEmpty());
        QCOMPARE(voted.ok(), field.isEmpty());
        // Without failing checks the same votes are complete.
        QVERIFY(ReviewRules::checkVotes(st.submission, files, {}).ok());
        if (!field.isEmpty()) {
            QCOMPARE(checked.error().code, QString("review-approval-needs-reason"));
            QCOMPARE(checked.error().field, field);
            QVERIFY(checked.error().message.contains("outputs/income.csv"));
            QCOMPARE(voted.error().code, QString("review-approval-needs-reason"));
        }
    }

    // Blinded: a checker sees the other's votes of the round once their own are in, or once the
    // round is decided.
    void seeingReviews_data()
    {
        QTest::addColumn<int>("stage");
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("claimed, not voted, other not voted") << int(Step::TwoClaims) << "A"
                                                             << "review-blinded";
        QTest::newRow("claimed, not voted, other voted") << int(Step::AVoted) << "B"
                                                         << "review-blinded";
        QTest::newRow("voted, other not voted") << int(Step::AVoted) << "A"
                                                << "";
        QTest::newRow("not claimed, one vote in") << int(Step::AVoted) << "C"
                                                  << "review-blinded";
        QTest::newRow("decided, any checker") << int(Step::BothVoted) << "C"
                                              << "";
        QTest::newRow("decided, the author") << int(Step::BothVoted) << "author-checker"
                                             << "submission-own";
        QTest::newRow("a researcher") << int(Step::AVoted) << "researcher"
                                      << "not-an-output-checker";
    }
    void seeingReviews()
    {
        QFETCH(int, stage);
        QFETCH(QString, who);
        QFETCH(QString, refusal);
        const Stage st = at(Step(stage));
        const SubmissionActor a = person(who);
        const srs::Status checked = ReviewRules::checkCanSeeReviews(st.submission, st.reviews, a);
        QCOMPARE(ReviewRules::canSeeReviews(st.submission, st.reviews, a), refusal.isEmpty());
        QCOMPARE(checked.ok() ? QString() : checked.error().code, refusal);
    }

    void release_data()
    {
        QTest::addColumn<int>("stage");
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("approved by both, a reviewer releases") << int(Step::BothVoted) << "A"
                                                               << "";
        QTest::newRow("approved by both, a third checker releases") << int(Step::BothVoted) << "C"
                                                                    << "";
        QTest::newRow("one vote in") << int(Step::AVoted) << "C"
                                     << "release-needs-two-approvals";
        QTest::newRow("no votes") << int(Step::TwoClaims) << "A"
                                  << "release-needs-two-approvals";
        QTest::newRow("not claimed") << int(Step::Submitted) << "A"
                                     << "release-needs-two-approvals";
        QTest::newRow("withdrawn") << int(Step::Withdrawn) << "A"
                                   << "submission-wrong-state";
        QTest::newRow("the author") << int(Step::BothVoted) << "author-checker"
                                    << "submission-own";
        QTest::newRow("a member") << int(Step::BothVoted) << "member-checker"
                                  << "review-project-member";
        QTest::newRow("a researcher") << int(Step::BothVoted) << "researcher"
                                      << "not-an-output-checker";
    }
    void release()
    {
        QFETCH(int, stage);
        QFETCH(QString, who);
        QFETCH(QString, refusal);
        const Stage st = at(Step(stage));
        const SubmissionActor a = person(who);
        const srs::Status checked = ReviewRules::checkCanRelease(st.submission, st.reviews, a);
        QCOMPARE(ReviewRules::canRelease(st.submission, st.reviews, a), refusal.isEmpty());
        QCOMPARE(checked.ok() ? QString() : checked.error().code, refusal);
        if (refusal.isEmpty()) {
            // The workflow agrees: the release transition is open.
            QVERIFY(SubmissionWorkflow::release(st.submission, a, T0.addDays(2)).ok());
        }
    }

    // A round's files (any round, for the diff) go to a checker who has claimed the request.
    void readingFiles_data()
    {
        QTest::addColumn<int>("stage");
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("claimed") << int(Step::OneClaim) << "A"
                                 << "";
        QTest::newRow("claimed, decided since") << int(Step::BothVoted) << "B"
                                                << "";
        QTest::newRow("not claimed") << int(Step::TwoClaims) << "C"
                                     << "review-not-claimed";
        QTest::newRow("nobody claimed") << int(Step::Submitted) << "A"
                                        << "review-not-claimed";
        QTest::newRow("the author") << int(Step::OneClaim) << "author-checker"
                                    << "submission-own";
        QTest::newRow("a member") << int(Step::OneClaim) << "member-checker"
                                  << "review-project-member";
        QTest::newRow("a researcher") << int(Step::OneClaim) << "researcher"
                                      << "not-an-output-checker";
    }
    void readingFiles()
    {
        QFETCH(int, stage);
        QFETCH(QString, who);
        QFETCH(QString, refusal);
        const Stage st = at(Step(stage));
        const SubmissionActor a = person(who);
        const srs::Status checked = ReviewRules::checkCanReadFiles(st.submission, st.reviews, a);
        QCOMPARE(ReviewRules::canReadFiles(st.submission, st.reviews, a), refusal.isEmpty());
        QCOMPARE(checked.ok() ? QString() : checked.error().code, refusal);
    }

    // The rule of the header, file by file: the stricter decision counts.
    void decide_data()
    {
        QTest::addColumn<QList<FileDecision>>("first"); // output, supporting, code
        QTest::addColumn<QList<FileDecision>>("second");
        QTest::addColumn<SubmissionState>("state");
        QTest::addColumn<QStringList>("releasable");
        using D = FileDecision;
        using S = SubmissionState;
        const QStringList both{"outputs/income.csv", "code/model.R"};
        QTest::newRow("all approved") << QList<D>{D::Approve, D::Approve, D::Approve}
                                      << QList<D>{D::Approve, D::Approve, D::Approve} << S::Approved << both;
        QTest::newRow("one asks for changes on one file")
            << QList<D>{D::Approve, D::Approve, D::Approve}
            << QList<D>{D::Approve, D::Approve, D::RequestChanges} << S::Returned << QStringList{};
        QTest::newRow("changes on a supporting file return it")
            << QList<D>{D::Approve, D::RequestChanges, D::Approve}
            << QList<D>{D::Approve, D::Approve, D::Approve} << S::Returned << QStringList{};
        QTest::newRow("changes win over a rejection elsewhere")
            << QList<D>{D::Reject, D::Approve, D::Approve}
            << QList<D>{D::Approve, D::Approve, D::RequestChanges} << S::Returned << QStringList{};
        QTest::newRow("all rejected")
            << QList<D>{D::Reject, D::Reject, D::Reject} << QList<D>{D::Reject, D::Reject, D::Reject}
            << S::Rejected << QStringList{};
        QTest::newRow("one rejects the code, the other approves")
            << QList<D>{D::Approve, D::Approve, D::Reject} << QList<D>{D::Approve, D::Approve, D::Approve}
            << S::PartlyApproved << QStringList{"outputs/income.csv"};
        QTest::newRow("only the supporting file approved")
            << QList<D>{D::Reject, D::Approve, D::Reject} << QList<D>{D::Reject, D::Approve, D::Reject}
            << S::Rejected << QStringList{};
        QTest::newRow("supporting rejected, outputs approved")
            << QList<D>{D::Approve, D::Reject, D::Approve} << QList<D>{D::Approve, D::Approve, D::Approve}
            << S::PartlyApproved << both;
    }
    void decide()
    {
        QFETCH(QList<FileDecision>, first);
        QFETCH(QList<FileDecision>, second);
        QFETCH(SubmissionState, state);
        QFETCH(QStringList, releasable);
        const SubmissionContent c = content();
        QList<FileReview> a, b;
        for (qsizetype i = 0; i < c.files.size(); ++i) {
            a.append({c.files.at(i).path, first.at(i), QString("A on %1").arg(i), "A internal"});
            b.append({c.files.at(i).path, second.at(i), i == 0 ? QString() : QString("B on %1").arg(i),
                      "B internal"});
        }
        const ReviewOutcome o =
            ReviewRules::decide(submittedReview("u-a", a, "A says"), submittedReview("u-b", b), c);
        QCOMPARE(o.state, state);
        QCOMPARE(o.releasable, releasable);
        QCOMPARE(o.summary, QString("A says"));
        QCOMPARE(o.files.size(), c.files.size());
        for (qsizetype i = 0; i < c.files.size(); ++i) {
            QCOMPARE(o.files.at(i).path, c.files.at(i).path);
            QCOMPARE(o.files.at(i).decision, stricter(first.at(i), second.at(i)));
            // Both shared comments reach the author; internal ones never enter the outcome.
            QCOMPARE(o.files.at(i).sharedComment,
                     i == 0 ? QString("A on 0") : QString("A on %1\n\nB on %1").arg(i));
            QVERIFY(o.files.at(i).internalComment.isEmpty());
        }
    }

    // The second vote takes the request through the workflow's transition for the outcome, with
    // the reviewers' summaries as the step's note.
    void secondVoteMovesTheRequest_data()
    {
        QTest::addColumn<FileDecision>("decision");
        QTest::addColumn<SubmissionState>("state");
        QTest::addColumn<SubmissionAction>("action");
        QTest::newRow("approve") << FileDecision::Approve << SubmissionState::Approved
                                 << SubmissionAction::Approve;
        QTest::newRow("changes") << FileDecision::RequestChanges << SubmissionState::Returned
                                 << SubmissionAction::Return;
        QTest::newRow("reject") << FileDecision::Reject << SubmissionState::Rejected
                                << SubmissionAction::Reject;
    }
    void secondVoteMovesTheRequest()
    {
        QFETCH(FileDecision, decision);
        QFETCH(SubmissionState, state);
        QFETCH(SubmissionAction, action);
        Stage st = at(Step::TwoClaims);
        auto first = step(ReviewRules::vote(st.submission, st.reviews, CheckerA, votes(decision),
                                            "First says.", T0.addDays(1)));
        QCOMPARE(first.submission.state, SubmissionState::InReview);
        QVERIFY(!first.decided);
        replace(st.reviews, first.review);
        auto second = step(ReviewRules::vote(first.submission, st.reviews, CheckerB, votes(decision),
                                             "Second says.", T0.addDays(2)));
        QVERIFY(second.decided);
        QCOMPARE(second.decided->state, state);
        QCOMPARE(second.submission.state, state);
        QCOMPARE(second.submission.history.constLast().action, action);
        QCOMPARE(second.submission.history.constLast().actorId, CheckerB.userId);
        QCOMPARE(second.submission.history.constLast().note,
                 QString("Second says.\n\nThe other output checker wrote: First says."));
        // Both votes carried it: both checkers, the one it is recorded in the name of first.
        QCOMPARE(second.carriedBy, (QStringList{CheckerB.userId, CheckerA.userId}));
        QVERIFY(!first.carriedBy.size());
        QVERIFY(!second.submission.expectedAnswerDate.isValid());
    }

    // When only the first checker asked for changes, the return is theirs, with their summary
    // first: the checker who approved everything and completed the round is not named for it.
    void returnIsCreditedToTheCheckerWhoAskedForChanges()
    {
        Stage st = at(Step::TwoClaims);
        auto first =
            step(ReviewRules::vote(st.submission, st.reviews, CheckerA, votes(FileDecision::RequestChanges),
                                   "One small cell to suppress.", T0.addDays(1)));
        replace(st.reviews, first.review);
        auto second = step(ReviewRules::vote(first.submission, st.reviews, CheckerB,
                                             votes(FileDecision::Approve), "Fine by me.", T0.addDays(2)));
        QCOMPARE(second.submission.state, SubmissionState::Returned);
        QCOMPARE(second.submission.history.constLast().actorId, CheckerA.userId);
        QCOMPARE(second.submission.history.constLast().note,
                 QString("One small cell to suppress.\n\nThe other output checker wrote: Fine by me."));
        // The checker whose votes carried it, alone: the audit event of the decision names them.
        QCOMPARE(second.carriedBy, QStringList{CheckerA.userId});
    }

    // A returned request resubmitted opens a new round with no claims: two checkers again.
    void resubmissionOpensANewRound()
    {
        Stage st = at(Step::TwoClaims);
        auto a = step(ReviewRules::vote(st.submission, st.reviews, CheckerA,
                                        votes(FileDecision::RequestChanges), {}, T0.addDays(1)));
        replace(st.reviews, a.review);
        auto b = step(ReviewRules::vote(a.submission, st.reviews, CheckerB, votes(FileDecision::Approve), {},
                                        T0.addDays(1)));
        QCOMPARE(b.submission.state, SubmissionState::Returned);
        QVERIFY(!b.submission.history.constLast().note.isEmpty());
        const Submission again = step(
            SubmissionWorkflow::resubmit(b.submission, Author, content(), T0.addDays(2), QDate(2026, 3, 12)));
        QCOMPARE(again.round, 2);
        QVERIFY(ReviewRules::canClaim(again, {}, CheckerA));
        auto claimed = step(ReviewRules::claim(again, {}, CheckerA, T0.addDays(3)));
        QCOMPARE(claimed.review.round, 2);
        QCOMPARE(claimed.submission.state, SubmissionState::InReview);
    }
};

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
