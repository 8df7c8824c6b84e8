// The submission workflow: every action from every state by every kind of actor, allowed or
// refused with its code; requests at a state are built by walking the real transitions.

#include "domain/Submission.h"

#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace srs::domain;

Q_DECLARE_METATYPE(SubmissionState)
Q_DECLARE_METATYPE(SubmissionAction)
using Change = std::function<void(SubmissionContent &)>;
Q_DECLARE_METATYPE(Change)

namespace {

const QDateTime T0(QDate(2026, 3, 2), QTime(10, 0), QTimeZone::utc());

enum class Who
{
    Author,        // the author, an active member of the project
    OtherMember,   // a member of the project who is not the author
    FormerAuthor,  // the author, no longer an active member (project ended, or removed)
    Checker,       // an output checker who is not the author
    CheckerAuthor, // an output checker who is the author (and a member)
    Stranger,      // neither a member nor a checker
};

SubmissionActor actor(Who who)
{
    switch (who) {
    case Who::Author:
        return {"u-author", true, false};
    case Who::OtherMember:
        return {"u-colleague", true, false};
    case Who::FormerAuthor:
        return {"u-author", false, false};
    case Who::Checker:
        return {"u-checker", false, true};
    case Who::CheckerAuthor:
        return {"u-author", true, true};
    case Who::Stranger:
        return {"u-stranger", false, false};
    }
    return {};
}

SubmissionContent content()
{
    SubmissionContent c;
    c.title = "Income by region";
    c.clearanceType = ClearanceType::Publication;
    c.files = {{"outputs/income.csv", FileRole::Output, "Mean income by region", "Journal article", {}, 0},
               {"outputs/income_counts.csv", FileRole::Supporting, {}, {}, {}, 0}};
    TableSpec table;
    table.file = "outputs/income.csv";
    table.counts.file = "outputs/income_counts.csv";
    c.tables = {table};
    c.controls = "Cells under 10 suppressed";
    return c;
}

Submission draft()
{
    Submission s;
    s.id = "S-1";
    s.projectId = "P-1";
    s.authorId = "u-author";
    s.content = content();
    s.createdAt = T0;
    return s;
}

// A request at `state`, reached through the real transitions by the people who take them.
Submission at(SubmissionState state)
{
    const SubmissionActor author = actor(Who::Author);
    const SubmissionActor checker = actor(Who::Checker);
    auto step = [](srs::Result<Submission> r) {
        if (!r.ok())
            qFatal("walking to a state failed: %s", qPrintable(r.error().message));
        return std::move(r).value();
    };
    using S = SubmissionState;
    QDateTime t = T0;
    auto next = [&t] { return t = t.addSecs(60); };
    Submission s = draft();
    if (state == S::Draft)
        return s;
    if (state == S::Withdrawn)
        return step(SubmissionWorkflow::withdraw(s, author, next()));
    s = step(SubmissionWorkflow::submit(s, author, next(), QDate(2026, 3, 9)));
    if (state == S::Submitted)
        return s;
    s = step(SubmissionWorkflow::startReview(s, checker, next()));
    if (state == S::InReview)
        return s;
    if (state == S::Returned || state == S::Resubmitted) {
        s = step(SubmissionWorkflow::returnToAuthor(s, checker, next(), "Suppress the Newport cell."));
        if (state == S::Returned)
            return s;
        return step(SubmissionWorkflow::resubmit(s, author, content(), next(), QDate(2026, 3, 10)));
    }
    if (state == S::Rejected)
        return step(SubmissionWorkflow::reject(s, checker, next(), "Disclosive throughout."));
    if (state == S::PartlyApproved)
        return step(SubmissionWorkflow::partlyApprove(s, checker, next(), "Table 2 withheld."));
    s = step(SubmissionWorkflow::approve(s, checker, next()));
    if (state == S::Approved)
        return s;
    return step(SubmissionWorkflow::release(s, checker, next()));
}

bool authorAction(SubmissionAction a)
{
    return a == SubmissionAction::Submit || a == SubmissionAction::Withdraw ||
           a == SubmissionAction::Resubmit;
}

// The rule the table below is checked against, written out independently of the code.
QString expectedRefusal(SubmissionState from, SubmissionAction action, Who who)
{
    using S = SubmissionState;
    using A = SubmissionAction;
    const SubmissionActor a = actor(who);
    if (authorAction(action)) {
        if (!a.projectMember)
            return "submission-not-project-member";
        if (a.userId != "u-author")
            return "submission-not-author";
    } else {
        if (!a.outputChecker)
            return "not-an-output-checker";
        if (a.userId == "u-author")
            return "submission-own";
    }
    static const QHash<A, QList<S>> from_ = {
        {A::Submit, {S::Draft}},
        {A::Withdraw, {S::Draft, S::Submitted, S::InReview, S::Returned, S::Resubmitted}},
        {A::StartReview, {S::Submitted, S::Resubmitted}},
        {A::Return, {S::InReview}},
        {A::Resubmit, {S::Returned}},
        {A::Approve, {S::InReview}},
        {A::PartlyApprove, {S::InReview}},
        {A::Reject, {S::InReview}},
        {A::Release, {S::Approved, S::PartlyApproved}},
    };
    return from_.value(action).contains(from) ? QString() : "submission-wrong-state";
}

SubmissionState expectedTarget(SubmissionAction action)
{
    switch (action) {
    case SubmissionAction::Submit:
        return SubmissionState::Submitted;
    case SubmissionAction::Withdraw:
        return SubmissionState::Withdrawn;
    case SubmissionAction::StartReview:
        return SubmissionState::InReview;
    case SubmissionAction::Return:
        return SubmissionState::Returned;
    case SubmissionAction::Resubmit:
        return SubmissionState::Resubmitted;
    case SubmissionAction::Approve:
        return SubmissionState::Approved;
    case SubmissionAction::PartlyApprove:
        return SubmissionState::PartlyApproved;
    case SubmissionAction::Reject:
        return SubmissionState::Rejected;
    case SubmissionAction::Release:
        return SubmissionState::Released;
    }
    return SubmissionState::Draft;
}

} // namespace

class TestSubmission : public QObject
{
    Q_OBJECT
private slots:
    void namesRoundTrip()
    {
        QCOMPARE(allSubmissionStates().size(), 10);
        QCOMPARE(allSubmissionActions().size(), 9);
        for (SubmissionState s : allSubmissionStates())
            QCOMPARE(submissionStateFromString(submissionStateToString(s)), std::optional(s));
        for (SubmissionAction a : allSubmissionActions())
            QCOMPARE(submissionActionFromString(submissionActionToString(a)), std::optional(a));
        QCOMPARE(submissionStateToString(SubmissionState::PartlyApproved), QString("partly-approved"));
        QCOMPARE(submissionStateToString(SubmissionState::InReview), QString("in-review"));
        QCOMPARE(clearanceTypeFromString(u"pre-publication"), std::optional(ClearanceType::PrePublication));
        QCOMPARE(clearanceTypeFromString(u"prepublication"), std::nullopt);
        QCOMPARE(fileRoleFromString(u"supporting"), std::optional(FileRole::Supporting));
        QCOMPARE(fileRoleFromString(u"Output"), std::nullopt);
        QCOMPARE(submissionStateFromString(u"done"), std::nullopt);
    }

    void walkingReachesEveryState()
    {
        for (SubmissionState s : allSubmissionStates())
            QCOMPARE(at(s).state, s);
        const Submission released = at(SubmissionState::Released);
        QCOMPARE(released.history.size(), 4);
        QCOMPARE(released.history.at(0).action, SubmissionAction::Submit);
        QCOMPARE(released.history.at(1).actorId, QString("u-checker"));
        QCOMPARE(released.history.at(3).from, SubmissionState::Approved);
        QCOMPARE(released.history.at(3).to, SubmissionState::Released);
    }

    // Every action from every state by every kind of actor: allowed exactly where the rule says,
    // otherwise refused with the rule's code, by both halves of the pair and by the transition.
    void everyTransition_data()
    {
        QTest::addColumn<SubmissionState>("from");
        QTest::addColumn<SubmissionAction>("action");
        QTest::addColumn<int>("who");
        const QList<std::pair<Who, const char *>> people{{Who::Author, "author"},
                                                         {Who::OtherMember, "other member"},
                                                         {Who::FormerAuthor, "former member author"},
                                                         {Who::Checker, "checker"},
                                                         {Who::CheckerAuthor, "checker who is the author"},
                                                         {Who::Stranger, "stranger"}};
        for (SubmissionState s : allSubmissionStates())
            for (SubmissionAction a : allSubmissionActions())
                for (const auto &[who, name] : people)
                    QTest::addRow("%s %s by %s", qPrintable(submissionStateToString(s)),
                                  qPrintable(submissionActionToString(a)), name)
                        << s << a << int(who);
    }
    void everyTransition()
    {
        QFETCH(SubmissionState, from);
        QFETCH(SubmissionAction, action);
        QFETCH(int, who);
        const Submission s = at(from);
        const SubmissionActor a = actor(Who(who));
        const QString expected = expectedRefusal(from, action, Who(who));
        const srs::Status check = SubmissionWorkflow::checkCan(action, s, a);
        QCOMPARE(check.ok(), expected.isEmpty());
        QCOMPARE(SubmissionWorkflow::can(action, s, a), expected.isEmpty());
        if (!expected.isEmpty()) {
            QCOMPARE(check.error().code, expected);
            QVERIFY(!check.error().message.isEmpty());
        }
        const QDateTime when = T0.addDays(1);
        const srs::Result<Submission> moved = SubmissionWorkflow::apply(
            action, s, a, when, "A reason the author can read.", QDate(2026, 3, 10));
        QCOMPARE(moved.ok(), expected.isEmpty());
        if (!moved.ok()) {
            QCOMPARE(moved.error().code, expected);
            return;
        }
        const Submission &after = moved.value();
        QCOMPARE(after.state, expectedTarget(action));
        QCOMPARE(after.history.size(), s.history.size() + 1);
        const SubmissionEvent &step = after.history.constLast();
        QCOMPARE(step.action, action);
        QCOMPARE(step.from, from);
        QCOMPARE(step.to, after.state);
        QCOMPARE(step.actorId, a.userId);
        QCOMPARE(step.at, when);
        QCOMPARE(after.updatedAt, when);
        QCOMPARE(s.state, from); // pure: the input is unchanged
        if (isFinalState(after.state)) {
            for (SubmissionAction next : allSubmissionActions())
                QVERIFY(!SubmissionWorkflow::target(after.state, next));
        }
    }

    // The named pairs agree with the generic rule.
    void namedPairsAgree()
    {
        const Submission submitted = at(SubmissionState::Submitted);
        const Submission inReview = at(SubmissionState::InReview);
        const SubmissionActor author = actor(Who::Author);
        const SubmissionActor checker = actor(Who::Checker);
        QVERIFY(SubmissionWorkflow::canSubmit(at(SubmissionState::Draft), author));
        QVERIFY(!SubmissionWorkflow::canSubmit(submitted, author));
        QCOMPARE(SubmissionWorkflow::checkCanSubmit(submitted, author).error().code,
                 QString("submission-wrong-state"));
        QVERIFY(SubmissionWorkflow::canWithdraw(submitted, author));
        QVERIFY(!SubmissionWorkflow::canWithdraw(submitted, checker));
        QVERIFY(SubmissionWorkflow::canStartReview(submitted, checker));
        QVERIFY(!SubmissionWorkflow::canStartReview(submitted, author));
        QVERIFY(SubmissionWorkflow::canReturn(inReview, checker));
        QVERIFY(SubmissionWorkflow::canApprove(inReview, checker));
        QVERIFY(SubmissionWorkflow::canPartlyApprove(inReview, checker));
        QVERIFY(SubmissionWorkflow::canReject(inReview, checker));
        QVERIFY(!SubmissionWorkflow::canRelease(inReview, checker));
        QVERIFY(SubmissionWorkflow::canRelease(at(SubmissionState::Approved), checker));
        QVERIFY(SubmissionWorkflow::canResubmit(at(SubmissionState::Returned), author));
        QCOMPARE(SubmissionWorkflow::checkCanResubmit(at(SubmissionState::Returned), actor(Who::OtherMember))
                     .error()
                     .code,
                 QString("submission-not-author"));
    }

    void submitSetsTheRoundAndTheAnswerDate()
    {
        const Submission s = at(SubmissionState::Submitted);
        QCOMPARE(s.round, 1);
        QCOMPARE(s.expectedAnswerDate, QDate(2026, 3, 9));
        QVERIFY(s.submittedAt.isValid());
        const Submission again = at(SubmissionState::Resubmitted);
        QCOMPARE(again.round, 2);
        QCOMPARE(again.history.constLast().round, 2);
        QCOMPARE(again.expectedAnswerDate, QDate(2026, 3, 10));
        // The history of the first round is kept.
        QCOMPARE(again.history.first().action, SubmissionAction::Submit);
        QCOMPARE(again.history.first().round, 1);
        QVERIFY(!at(SubmissionState::Returned).expectedAnswerDate.isValid());
        QVERIFY(!at(SubmissionState::Withdrawn).expectedAnswerDate.isValid());
    }

    void resubmitReplacesTheContent()
    {
        SubmissionContent changed = content();
        changed.files[0].description = "Mean income by region, Newport merged with Cardiff";
        changed.exceptions = {
            {"outputs/income.csv", "threshold", "C3", 0, "The cell is a published total from ONS table X."}};
        auto r = SubmissionWorkflow::resubmit(at(SubmissionState::Returned), actor(Who::Author), changed,
                                              T0.addDays(3), QDate(2026, 3, 12), "Merged Newport");
        QVERIFY(r.ok());
        QCOMPARE(r.value().content, changed);
        QCOMPARE(r.value().history.constLast().note, QString("Merged Newport"));
    }

    void checkersMustSayWhy_data()
    {
        QTest::addColumn<SubmissionAction>("action");
        QTest::newRow("return") << SubmissionAction::Return;
        QTest::newRow("partly approve") << SubmissionAction::PartlyApprove;
        QTest::newRow("reject") << SubmissionAction::Reject;
    }
    void checkersMustSayWhy()
    {
        QFETCH(SubmissionAction, action);
        auto r =
            SubmissionWorkflow::apply(action, at(SubmissionState::InReview), actor(Who::Checker), T0, "  ");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QString("invalid-submission"));
        QCOMPARE(r.error().field, QString("note"));
        // Approval needs no note.
        QVERIFY(SubmissionWorkflow::approve(at(SubmissionState::InReview), actor(Who::Checker), T0).ok());
    }

    void incompleteContentIsRefusedNamingTheField_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("field");
        QTest::newRow("no title") << Change([](SubmissionContent &c) { c.title = " "; }) << "title";
        QTest::newRow("no files") << Change([](SubmissionContent &c) { c.files.clear(); }) << "files";
        QTest::newRow("only supporting files")
            << Change([](SubmissionContent &c) { c.files.removeFirst(); }) << "files";
        QTest::newRow("a path twice")
            << Change([](SubmissionContent &c) { c.files[1].path = c.files[0].path; }) << "files[1].path";
        QTest::newRow("an empty path")
            << Change([](SubmissionContent &c) { c.files[1].path.clear(); }) << "files[1].path";
        QTest::newRow("an output without a description")
            << Change([](SubmissionContent &c) { c.files[0].description.clear(); }) << "files[0].description";
        QTest::newRow("an output without a destination")
            << Change([](SubmissionContent &c) { c.files[0].destination.clear(); }) << "files[0].destination";
        QTest::newRow("a table in a code request")
            << Change([](SubmissionContent &c) { c.clearanceType = ClearanceType::Code; }) << "files[0].role";
        QTest::newRow("no controls") << Change([](SubmissionContent &c) { c.controls.clear(); })
                                     << "controls";
        QTest::newRow("an exception for another file") << Change([](SubmissionContent &c) {
            c.exceptions = {{"outputs/other.csv", "threshold", "B2", 0, "Because it is safe."}};
        }) << "exceptions[0].path";
        QTest::newRow("an exception without a justification") << Change([](SubmissionContent &c) {
            c.exceptions = {{"outputs/income.csv", "threshold", "B2", 0, "ok"}};
        }) << "exceptions[0].justification";
    }
    void incompleteContentIsRefusedNamingTheField()
    {
        QFETCH(Change, change);
        QFETCH(QString, field);
        Submission s = draft();
        change(s.content);
        auto r = SubmissionWorkflow::submit(s, actor(Who::Author), T0, QDate(2026, 3, 9));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QString("invalid-submission"));
        QCOMPARE(r.error().field, field);
        QVERIFY2(r.error().message.startsWith(field + ": "), qPrintable(r.error().message));
    }

    void codeRequestsReleaseCodeFiles()
    {
        Submission s = draft();
        s.content.clearanceType = ClearanceType::Code;
        s.content.files = {{"code/analysis.R", FileRole::Code, "Models of income", {}, {}, 0}};
        s.content.tables.clear();
        QVERIFY(SubmissionWorkflow::submit(s, actor(Who::Author), T0, QDate(2026, 3, 9)).ok());
    }
};

QTEST_GUILESS_MAIN(TestSubmission)
#include "tst_submission.moc"
