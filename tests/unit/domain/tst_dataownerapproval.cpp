// Data owners' approval: every transition of an approval request and every refusal, with who may
// decide (only the owner's own approvers: never a researcher, nor an administrator as such).

#include "domain/DataOwnerApproval.h"

#include <QTest>
#include <QTimeZone>

using namespace srs::domain;

Q_DECLARE_METATYPE(srs::domain::ApprovalState)

namespace {

const QDateTime At = QDateTime(QDate(2026, 12, 1), QTime(10, 0), QTimeZone::utc());

ApproverActor person(const char *id, QList<Role> roles, const char *owner = "")
{
    ApproverActor a;
    a.user.id = QString::fromLatin1(id);
    a.user.roles = std::move(roles);
    a.ownerId = QString::fromLatin1(owner);
    return a;
}

const ApproverActor Grace = person("u-grace", {Role::DataOwner}, "own-trust");
const ApproverActor Hugh = person("u-hugh", {Role::DataOwner}, "own-trust");
const ApproverActor Other = person("u-other", {Role::DataOwner}, "own-office");
const ApproverActor Admin = person("u-admin", {Role::Administrator}, "");
const ApproverActor AdminOwner = person("u-adminowner", {Role::Administrator, Role::DataOwner}, "own-trust");
const ApproverActor Researcher = person("u-res", {Role::Researcher}, "");
// A researcher linked to the owner but without the role (the role was taken away).
const ApproverActor LinkedOnly = person("u-linked", {Role::Researcher}, "own-trust");

ApprovalRequest pending(int needed = 1)
{
    ApprovalRequest r;
    r.id = QStringLiteral("A-1");
    r.projectId = QStringLiteral("P1");
    r.datasetId = QStringLiteral("D1");
    r.ownerId = QStringLiteral("own-trust");
    r.approvalsNeeded = needed;
    r.requestedAt = At;
    return r;
}

ApprovalRequest approved()
{
    return ApprovalWorkflow::decide(pending(), Grace, true, {}, At).value();
}

} // namespace

class TestDataOwnerApproval : public QObject
{
    Q_OBJECT
private slots:
    void statesRoundTrip()
    {
        for (const ApprovalState s : {ApprovalState::Pending, ApprovalState::Approved, ApprovalState::Refused,
                                      ApprovalState::Withdrawn})
            QCOMPARE(approvalStateFromString(approvalStateToString(s)), s);
        QVERIFY(!approvalStateFromString(u"maybe").has_value());
        QCOMPARE(roleFromString(u"data-owner"), Role::DataOwner);
        QCOMPARE(roleToString(Role::DataOwner), QStringLiteral("data-owner"));
    }

    void whoMayDecide_data()
    {
        QTest::addColumn<int>("who");
        QTest::addColumn<QString>("code"); // empty: allowed
        QTest::newRow("the owner's approver") << 0 << "";
        QTest::newRow("an approver of another owner") << 1 << "approval.other-owner";
        QTest::newRow("an administrator") << 2 << "approval.not-data-owner";
        QTest::newRow("an administrator who is also the owner's approver") << 3 << "";
        QTest::newRow("a researcher") << 4 << "approval.not-data-owner";
        QTest::newRow("linked to the owner without the role") << 5 << "approval.not-data-owner";
        QTest::newRow("a disabled approver") << 6 << "approval.not-data-owner";
    }
    void whoMayDecide()
    {
        QFETCH(int, who);
        QFETCH(QString, code);
        ApproverActor disabled = Grace;
        disabled.user.disabled = true;
        const ApproverActor actors[] = {Grace, Other, Admin, AdminOwner, Researcher, LinkedOnly, disabled};
        const ApproverActor &actor = actors[who];
        const srs::Status s = ApprovalWorkflow::checkCanDecide(pending(), actor);
        QCOMPARE(ApprovalWorkflow::canDecide(pending(), actor), code.isEmpty());
        if (code.isEmpty()) {
            QVERIFY(s.ok());
        } else {
            QCOMPARE(s.error().code, code);
            QVERIFY(!s.error().message.isEmpty());
        }
        // The same people may withdraw an approval in force, and only they.
        QCOMPARE(ApprovalWorkflow::canWithdraw(approved(), actor), code.isEmpty());
    }

    void oneApprovalApprovesWhenOneIsNeeded()
    {
        auto r = ApprovalWorkflow::decide(pending(), Grace, true, QStringLiteral(" fine "), At);
        QVERIFY(r.ok());
        QCOMPARE(r->state, ApprovalState::Approved);
        QCOMPARE(r->decidedAt, At);
        QCOMPARE(r->votes.size(), 1);
        QCOMPARE(r->votes.at(0).reason, QStringLiteral("fine")); // a note may go with an approval
    }

    void twoApprovalsNeedTwoPeople()
    {
        auto first = ApprovalWorkflow::decide(pending(2), Grace, true, {}, At);
        QVERIFY(first.ok());
        QCOMPARE(first->state, ApprovalState::Pending);
        QCOMPARE(first->approvals(), 1);
        QVERIFY(!first->decidedAt.isValid());
        // Not the same person twice.
        auto again = ApprovalWorkflow::decide(first.value(), Grace, true, {}, At);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("approval.already-voted"));
        QVERIFY(!ApprovalWorkflow::canDecide(first.value(), Grace));
        auto second = ApprovalWorkflow::decide(first.value(), Hugh, true, {}, At.addSecs(60));
        QVERIFY(second.ok());
        QCOMPARE(second->state, ApprovalState::Approved);
        QCOMPARE(second->decidedAt, At.addSecs(60));
    }

    void anyRefusalRefuses()
    {
        auto first = ApprovalWorkflow::decide(pending(2), Grace, true, {}, At);
        auto refused =
            ApprovalWorkflow::decide(first.value(), Hugh, false, QStringLiteral("No public benefit."), At);
        QVERIFY(refused.ok());
        QCOMPARE(refused->state, ApprovalState::Refused);
        QCOMPARE(refused->votes.last().reason, QStringLiteral("No public benefit."));
        // Decided: nobody answers it again, nor withdraws it.
        QCOMPARE(ApprovalWorkflow::checkCanDecide(refused.value(), AdminOwner).error().code,
                 QStringLiteral("approval.wrong-state"));
        QCOMPARE(ApprovalWorkflow::checkCanWithdraw(refused.value(), Grace).error().code,
                 QStringLiteral("approval.wrong-state"));
    }

    void refusingNeedsAReason_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("  \n ");
        QTest::newRow("too long") << QString(ApprovalWorkflow::MaxReasonLength + 1, u'x');
    }
    void refusingNeedsAReason()
    {
        QFETCH(QString, reason);
        auto r = ApprovalWorkflow::decide(pending(), Grace, false, reason, At);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("approval.reason-required"));
    }

    void anOverlongNoteIsRefusedWithAnApproval()
    {
        auto r = ApprovalWorkflow::decide(pending(), Grace, true,
                                          QString(ApprovalWorkflow::MaxReasonLength + 1, u'x'), At);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("approval.reason-required"));
    }

    void withdrawingEndsAnApprovalWithAReason()
    {
        QVERIFY(!ApprovalWorkflow::withdraw(approved(), Grace, QString(), At).ok());
        QCOMPARE(ApprovalWorkflow::withdraw(approved(), Grace, QString(), At).error().code,
                 QStringLiteral("approval.reason-required"));
        auto w =
            ApprovalWorkflow::withdraw(approved(), Hugh, QStringLiteral("Consent withdrawn."), At.addDays(3));
        QVERIFY(w.ok());
        QCOMPARE(w->state, ApprovalState::Withdrawn);
        QCOMPARE(w->withdrawnBy, QStringLiteral("u-hugh"));
        QCOMPARE(w->withdrawnAt, At.addDays(3));
        QCOMPARE(w->withdrawalReason, QStringLiteral("Consent withdrawn."));
        // Once withdrawn, not again; a pending request is not withdrawn either.
        QCOMPARE(ApprovalWorkflow::checkCanWithdraw(w.value(), Grace).error().code,
                 QStringLiteral("approval.wrong-state"));
        QCOMPARE(ApprovalWorkflow::checkCanWithdraw(pending(), Grace).error().code,
                 QStringLiteral("approval.wrong-state"));
        QCOMPARE(ApprovalWorkflow::withdraw(approved(), Other, QStringLiteral("x"), At).error().code,
                 QStringLiteral("approval.other-owner"));
        QCOMPARE(ApprovalWorkflow::withdraw(approved(), Admin, QStringLiteral("x"), At).error().code,
                 QStringLiteral("approval.not-data-owner"));
    }
};

QTEST_GUILESS_MAIN(TestDataOwnerApproval)
#include "tst_dataownerapproval.moc"
