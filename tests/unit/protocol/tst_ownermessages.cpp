// The wire format of data owners' approval and the data-access register: each answer read back
// as it was written, and requests decoded strictly (unknown fields, a missing reason, a reason
// too long are refused naming the field).

#include "protocol/OwnerMessages.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace srs;
using namespace srs::protocol;

class TestOwnerMessages : public QObject
{
    Q_OBJECT
private slots:
    void requestRoundTrips()
    {
        OwnerRequestInfo r;
        r.id = QStringLiteral("A-1");
        r.state = domain::ApprovalState::Pending;
        r.projectId = QStringLiteral("P1");
        r.projectTitle = QStringLiteral("Title");
        r.purpose = QStringLiteral("Purpose");
        r.leadOrganisation = QStringLiteral("Demo University");
        r.leadName = QStringLiteral("Asha");
        r.startDate = QDate(2026, 1, 1);
        r.endDate = QDate(2027, 1, 1);
        r.team = {
            {QStringLiteral("Asha"), domain::ProjectRole::Lead, QStringLiteral("full"), QDate(2030, 1, 1)},
            {QStringLiteral("Tom"), domain::ProjectRole::Member, QStringLiteral("none"), QDate()}};
        r.dataset = {QStringLiteral("D3"), QStringLiteral("Panel"), QStringLiteral("Trust"),
                     domain::DatasetAccess::RemoteAllowed};
        r.approvalsNeeded = 2;
        r.votes = {{QStringLiteral("Grace"), true, QStringLiteral("fine"),
                    QDateTime(QDate(2026, 2, 1), QTime(9, 0), QTimeZone::utc())}};
        r.answeredByMe = true;
        r.requestedAt = QDateTime(QDate(2026, 1, 30), QTime(9, 0), QTimeZone::utc());
        auto back = decodeOwnerRequests(encodeOwnerRequests({r}));
        QVERIFY(back.ok());
        QCOMPARE(back->size(), 1);
        const OwnerRequestInfo &b = back->first();
        QCOMPARE(b.id, r.id);
        QCOMPARE(b.state, r.state);
        QCOMPARE(b.purpose, r.purpose);
        QCOMPARE(b.team.size(), 2);
        QCOMPARE(b.team.at(1).accreditation, QStringLiteral("none"));
        QVERIFY(!b.team.at(1).accreditedUntil.isValid());
        QCOMPARE(b.dataset, r.dataset);
        QCOMPARE(b.approvalsNeeded, 2);
        QCOMPARE(b.votes.size(), 1);
        QCOMPARE(b.votes.at(0).at, r.votes.at(0).at);
        QVERIFY(b.answeredByMe);
        QVERIFY(!b.decidedAt.isValid());
    }

    void anUnknownStateIsRefused()
    {
        const QByteArray body =
            R"({"requests":[{"id":"A-1","state":"maybe","project_id":"P1","team":[],)"
            R"("dataset":{"id":"D","title":"T","access":"remote-allowed"},"other_datasets":[],)"
            R"("approvals_needed":1,"votes":[],"answered_by_me":false}]})";
        auto r = decodeOwnerRequests(body);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("state")), qPrintable(r.error().message));
    }

    void decisionsAreDecodedStrictly()
    {
        auto ok = OwnerDecisionRequest::fromJson(R"({"approve":false,"reason":"no"})");
        QVERIFY(ok.ok());
        QVERIFY(!ok->approve);
        QCOMPARE(ok->reason, QStringLiteral("no"));
        QVERIFY(!OwnerDecisionRequest::fromJson(R"({"approve":true,"as":"admin"})").ok());
        QVERIFY(!OwnerDecisionRequest::fromJson(R"({"reason":"x"})").ok());
        const QByteArray tooLong =
            QJsonDocument(
                QJsonObject{{QStringLiteral("approve"), true},
                            {QStringLiteral("reason"), QString(ownerlimits::MaxReasonLength + 1, u'x')}})
                .toJson();
        auto refused = OwnerDecisionRequest::fromJson(tooLong);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("reason")));
    }

    void aWithdrawalNeedsAReasonField()
    {
        QVERIFY(!OwnerWithdrawalRequest::fromJson(R"({})").ok());
        QVERIFY(!OwnerWithdrawalRequest::fromJson(R"({"reason":"x","project":"P2"})").ok());
        auto w = OwnerWithdrawalRequest::fromJson(
            OwnerWithdrawalRequest{QStringLiteral("Consent withdrawn.")}.toJson());
        QVERIFY(w.ok());
        QCOMPARE(w->reason, QStringLiteral("Consent withdrawn."));
    }

    void registerRoundTrips()
    {
        ProjectRegisterEntry e;
        e.projectId = QStringLiteral("P1");
        e.purpose = QStringLiteral("Purpose");
        e.leadOrganisation = QStringLiteral("Demo University");
        e.status = domain::ProjectStatus::Completed;
        e.datasets = {{QStringLiteral("D3"), QStringLiteral("Panel"), QStringLiteral("Trust"), true,
                       QDateTime(QDate(2026, 2, 1), QTime(9, 0), QTimeZone::utc()), QDateTime()}};
        e.releaseIds = {QStringLiteral("R-1"), QStringLiteral("R-2")};
        auto back = decodeProjectRegister(encodeProjectRegister({e}));
        QVERIFY(back.ok());
        QCOMPARE(back->size(), 1);
        QCOMPARE(back->first().status, domain::ProjectStatus::Completed);
        QCOMPARE(back->first().datasets.size(), 1);
        QVERIFY(back->first().datasets.first().approvalNeeded);
        QVERIFY(!back->first().datasets.first().withdrawnAt.isValid());
        QCOMPARE(back->first().releaseIds, e.releaseIds);
    }
};

QTEST_GUILESS_MAIN(TestOwnerMessages)
#include "tst_ownermessages.moc"
