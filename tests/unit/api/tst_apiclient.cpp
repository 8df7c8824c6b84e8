// core/api over a scripted transport: what each call sends (method, path from Routes.h with its
// arguments encoded, body, token), how answers are decoded, that a call ends once, cancellation,
// and calls held when the server says the session has ended.

#include "FakeTransport.h"

#include "api/CallGroup.h"
#include "api/Client.h"
#include "api/IngestApi.h"
#include "api/IngestReviewsApi.h"
#include "api/ReleasesApi.h"
#include "api/ReviewsApi.h"
#include "api/SessionsApi.h"
#include "api/SubmissionsApi.h"
#include "api/WorkspaceApi.h"
#include "net/ApiJob.h"
#include "protocol/ApiError.h"

#include <QCryptographicHash>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace srs;
using net::testing::FakeTransport;

namespace {

const QString Server = QStringLiteral("https://server.test:8443");

std::shared_ptr<const crypto::SecureBuffer> tokenOf(const char *text)
{
    QByteArray bytes(text);
    return std::make_shared<const crypto::SecureBuffer>(crypto::SecureBuffer::takeFrom(bytes));
}

protocol::ReviewQueue someQueue()
{
    protocol::ReviewQueue queue;
    queue.generatedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 30), QTimeZone::utc());
    protocol::ReviewQueueItem item;
    item.id = QStringLiteral("S-1");
    item.projectId = QStringLiteral("P-1");
    item.projectTitle = QStringLiteral("Housing and health");
    item.title = QStringLiteral("Table 1");
    item.round = 2;
    item.files = 3;
    item.worstFinding = QStringLiteral("fail");
    item.submittedAt = queue.generatedAt.addDays(-3);
    item.expectedAnswerDate = QDate(2026, 11, 6);
    item.workingDaysWaiting = 3;
    queue.items = {item};
    return queue;
}

QByteArray errorBody(const char *code, const char *message, const char *field = "")
{
    return protocol::ApiError{QString::fromLatin1(code), QString::fromLatin1(message),
                              QString::fromLatin1(field)}
        .toJson();
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT
private slots:
    void aCallSendsItsRouteAndDecodesTheAnswer()
    {
        FakeTransport transport;
        api::Client client(&transport, Server + u'/');
        client.setToken(tokenOf("tok-1"));
        transport.queueResponse(200, someQueue().toJson());
        auto *call = api::ReviewsApi(client).queue();
        QSignalSpy ok(call, &api::PendingCall::succeeded);
        QSignalSpy failed(call, &api::PendingCall::failed);
        QSignalSpy done(call, &api::PendingCall::finished);
        protocol::ReviewQueue got;
        call->onSucceeded(this, [&got](const protocol::ReviewQueue &queue) { got = queue; });
        QVERIFY(done.wait());
        QCOMPARE(ok.size(), 1);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(done.size(), 1);
        QCOMPARE(got.items.size(), 1);
        QCOMPARE(got.items[0].id, QString("S-1"));
        QCOMPARE(got.items[0].workingDaysWaiting, 3);
        QCOMPARE(got.generatedAt, someQueue().generatedAt);

        QCOMPARE(transport.requests.size(), 1);
        QCOMPARE(transport.requests[0].method, QByteArray("GET"));
        QCOMPARE(transport.requests[0].url, Server + QStringLiteral("/api/v1/review/queue"));
        QCOMPARE(transport.requests[0].bearerToken->view(), QByteArrayView("tok-1"));
    }

    void argumentsAreEncodedAndBodiesAreTheMessages()
    {
        FakeTransport transport;
        api::Client client(&transport, Server);
        protocol::VoteRequest votes;
        votes.summary = QStringLiteral("All fine");
        (void)api::ReviewsApi(client).vote(QStringLiteral("S 1/2"), votes);
        (void)api::ReviewsApi(client).roundFile(QStringLiteral("S-9"), 2, 4);
        (void)api::ReviewsApi(client).statistics(12);
        (void)api::SubmissionsApi(client).withdraw(QStringLiteral("P-1"), QStringLiteral("S-2"), {});
        (void)api::ReleasesApi(client).pendingDestruction();
        (void)api::WorkspaceApi(client).changes(QStringLiteral("P-1"), {7, 100, QStringLiteral("c-1")});
        QCOMPARE(transport.requests.size(), 6);
        QCOMPARE(transport.requests[0].method, QByteArray("PUT"));
        QCOMPARE(transport.requests[0].url,
                 Server + QStringLiteral("/api/v1/submissions/S%201%2F2/reviews/mine"));
        const auto sent = protocol::VoteRequest::fromJson(transport.requests[0].body);
        QVERIFY(sent.ok());
        QCOMPARE(sent->summary, QString("All fine"));
        QCOMPARE(transport.requests[1].url,
                 Server + QStringLiteral("/api/v1/submissions/S-9/rounds/2/files/4"));
        QCOMPARE(transport.requests[2].url, Server + QStringLiteral("/api/v1/review/statistics?weeks=12"));
        QCOMPARE(transport.requests[3].method, QByteArray("POST"));
        QCOMPARE(transport.requests[3].url,
                 Server + QStringLiteral("/api/v1/projects/P-1/submissions/S-2/withdraw"));
        QCOMPARE(transport.requests[3].body, QByteArray("{}"));
        QCOMPARE(transport.requests[4].url,
                 Server + QStringLiteral("/api/v1/releases?pending-destruction=1"));
        QCOMPARE(transport.requests[5].url,
                 Server + QStringLiteral("/api/v1/projects/P-1/workspace?since=7&limit=100&cursor=c-1"));
    }

    // A chunk goes as its bytes with their SHA-256 in a header, not as JSON.
    void aChunkIsSentAsBytesWithItsHash()
    {
        FakeTransport transport;
        api::Client client(&transport, Server);
        static constexpr char raw[] = "\0\xff\x80 not text"; // a NUL and bytes that are not UTF-8
        const QByteArray bytes(raw, sizeof raw - 1);
        (void)api::IngestApi(client).sendChunk(QStringLiteral("P-1"), QStringLiteral("I-2"), 3, 7, bytes);
        (void)api::IngestApi(client).finish(QStringLiteral("P-1"), QStringLiteral("I-2"));
        QCOMPARE(transport.requests.size(), 2);
        const net::HttpRequest &chunk = transport.requests[0];
        QCOMPARE(chunk.method, QByteArray("PUT"));
        QCOMPARE(chunk.url, Server + QStringLiteral("/api/v1/projects/P-1/ingests/I-2/files/3/chunks/7"));
        QCOMPARE(chunk.body, bytes);
        QVERIFY(
            chunk.headers.contains({QByteArray("X-Chunk-SHA256"),
                                    QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()}));
        QVERIFY(chunk.headers.contains({QByteArray("Content-Type"), QByteArray("application/octet-stream")}));
        QCOMPARE(transport.requests[1].method, QByteArray("POST"));
        QCOMPARE(transport.requests[1].url,
                 Server + QStringLiteral("/api/v1/projects/P-1/ingests/I-2/finish"));
    }

    // The checkers' ingest routes: the queue, one request, a file and a vote with its body.
    void ingestReviewCallsTheirRoutes()
    {
        FakeTransport transport;
        api::Client client(&transport, Server);
        api::IngestReviewsApi reviews(client);
        (void)reviews.queue();
        (void)reviews.review(QStringLiteral("I-2"));
        (void)reviews.file(QStringLiteral("I-2"), 3);
        (void)reviews.vote(QStringLiteral("I-2"), 1,
                           {QStringLiteral("reject"), QStringLiteral("holds names")});
        QCOMPARE(transport.requests.size(), 4);
        QCOMPARE(transport.requests[0].url, Server + QStringLiteral("/api/v1/review/ingests"));
        QCOMPARE(transport.requests[1].url, Server + QStringLiteral("/api/v1/review/ingests/I-2"));
        QCOMPARE(transport.requests[2].url, Server + QStringLiteral("/api/v1/review/ingests/I-2/files/3"));
        QCOMPARE(transport.requests[3].method, QByteArray("PUT"));
        QCOMPARE(transport.requests[3].url,
                 Server + QStringLiteral("/api/v1/review/ingests/I-2/files/1/votes/mine"));
        const auto sent = protocol::IngestVoteRequest::fromJson(transport.requests[3].body);
        QVERIFY(sent.ok());
        QCOMPARE(sent->decision, QString("reject"));
        QCOMPARE(sent->comment, QString("holds names"));
    }

    void aFileArrivesAsItsBytes()
    {
        FakeTransport transport;
        api::Client client(&transport, Server);
        const QByteArray bytes("a,b\n1,2\n\0\xff", 10);
        transport.queueResponse(200, bytes);
        auto *call = api::ReleasesApi(client).file(QStringLiteral("R-1"), 0);
        QByteArray got;
        call->onSucceeded(this, [&got](const QByteArray &b) { got = b; });
        QSignalSpy done(call, &api::PendingCall::finished);
        QVERIFY(done.wait());
        QCOMPARE(got, bytes);
    }

    void aRefusalIsOneFailureWithTheServersWords()
    {
        FakeTransport transport;
        api::Client client(&transport, Server);
        transport.queueResponse(409, errorBody("wrong-state", "The request is in review now.", "state"));
        auto *call = api::SubmissionsApi(client).withdraw(QStringLiteral("P-1"), QStringLiteral("S-2"), {});
        QSignalSpy ok(call, &api::PendingCall::succeeded);
        QSignalSpy failed(call, &api::PendingCall::failed);
        QSignalSpy done(call, &api::PendingCall::finished);
        int heard = 0;
        call->onFailed(this, [&heard](const api::ApiFailure &) { ++heard; });
        QVERIFY(done.wait());
        QCOMPARE(ok.size(), 0);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(done.size(), 1);
        QCOMPARE(heard, 1);
        const auto f = failed.first().first().value<api::ApiFailure>();
        QCOMPARE(f.kind, api::ApiFailure::Kind::Refused);
        QCOMPARE(f.httpStatus, 409);
        QCOMPARE(f.serverCode, QString("wrong-state"));
        QCOMPARE(f.serverMessage, QString("The request is in review now."));
        QCOMPARE(f.message, QString("The request is in review now."));
        QCOMPARE(f.field, QString("state"));
        QCOMPARE(api::failureKindName(f.kind), QString("refused"));
    }

    void anAnswerThatCannotBeReadIsABadResponse()
    {
        FakeTransport transport;
        api::Client client(&transport, Server);
        transport.queueResponse(200, R"({"items": "not a list"})");
        auto *call = api::ReviewsApi(client).queue();
        QSignalSpy ok(call, &api::PendingCall::succeeded);
        QSignalSpy failed(call, &api::PendingCall::failed);
        QSignalSpy done(call, &api::PendingCall::finished);
        QVERIFY(done.wait());
        QCOMPARE(ok.size(), 0);
        QCOMPARE(failed.size(), 1);
        const auto f = failed.first().first().value<api::ApiFailure>();
        QCOMPARE(f.kind, api::ApiFailure::Kind::BadResponse);
        QVERIFY(!f.detail.isEmpty());
        QVERIFY(!f.message.isEmpty());
    }

    void aTransportFailureKeepsItsKindAndWords()
    {
        FakeTransport transport;
        api::Client client(&transport, Server);
        transport.queueFailure(net::NetError::PinMismatch, QStringLiteral("curl error 90"));
        auto *call = api::SessionsApi(client).health();
        QSignalSpy failed(call, &api::PendingCall::failed);
        QVERIFY(failed.wait());
        const auto f = failed.first().first().value<api::ApiFailure>();
        QCOMPARE(f.kind, api::ApiFailure::Kind::PinMismatch);
        QCOMPARE(f.message, net::netErrorMessage(net::NetError::PinMismatch, QStringLiteral("server.test")));
        QCOMPARE(f.detail, QString("curl error 90"));
        QVERIFY(f.serverCode.isEmpty());
        // Health and sign-in go without a token.
        QVERIFY(!transport.requests[0].bearerToken);
    }

    // A write the server de-duplicates goes with an Idempotency-Key, and is sent again, with the
    // same key, when the connection breaks before its answer; up to three sendings in all.
    void aSubmissionIsSentAgainWithItsKeyWhenTheConnectionBreaks()
    {
        FakeTransport transport;
        api::Client client(&transport, Server);
        transport.queueConnectionLost();
        transport.queueConnectionLost();
        protocol::SubmissionInfo made;
        made.submission.id = QStringLiteral("S-7");
        made.submission.projectId = QStringLiteral("P-1");
        transport.queueResponse(201, made.toJson());
        auto *call = api::SubmissionsApi(client).submit(QStringLiteral("P-1"), {});
        QSignalSpy ok(call, &api::PendingCall::succeeded);
        QVERIFY(ok.wait(5000));
        QCOMPARE(transport.requests.size(), 3);
        QByteArray key;
        for (const net::HttpRequest &r : std::as_const(transport.requests)) {
            QByteArray sentKey;
            for (const auto &[name, value] : r.headers)
                if (name == "Idempotency-Key")
                    sentKey = value;
            QVERIFY(sentKey.size() >= 16);
            QVERIFY(key.isEmpty() || sentKey == key);
            key = sentKey;
        }
        // Another submission has a key of its own.
        transport.queueResponse(201, made.toJson());
        (void)api::SubmissionsApi(client).submit(QStringLiteral("P-1"), {});
        bool other = false;
        for (const auto &[name, value] : transport.requests.constLast().headers)
            other = other || (name == "Idempotency-Key" && value != key);
        QVERIFY(other);
    }

    void aWriteWithoutAKeyIsNotSentAgain()
    {
        FakeTransport transport;
        api::Client client(&transport, Server);
        transport.queueConnectionLost();
        auto *call = api::SubmissionsApi(client).withdraw(QStringLiteral("P-1"), QStringLiteral("S-2"), {});
        QSignalSpy failed(call, &api::PendingCall::failed);
        QVERIFY(failed.wait());
        QCOMPARE(transport.requests.size(), 1);
        for (const auto &[name, value] : transport.requests.first().headers)
            QVERIFY(name != "Idempotency-Key");
    }

    void aReadGivesUpAfterThreeBrokenConnections()
    {
        FakeTransport transport;
        api::Client client(&transport, Server);
        for (int i = 0; i < 4; ++i)
            transport.queueConnectionLost();
        auto *call = api::ReviewsApi(client).queue();
        QSignalSpy failed(call, &api::PendingCall::failed);
        QVERIFY(failed.wait(5000));
        QCOMPARE(transport.requests.size(), net::ApiJob::MaxAttempts);
        QCOMPARE(failed.first().first().value<api::ApiFailure>().kind, api::ApiFailure::Kind::Unreachable);
    }

    // The server could not reach its database (503 service-unavailable): nothing was done, so a
    // read is sent again after a pause, and succeeds once the server has reconnected.
    void aReadIsSentAgainWhenTheServerCannotReachItsDatabase()
    {
        FakeTransport transport;
        api::Client client(&transport, Server);
        const QByteArray unavailable = "{\"code\":\"service-unavailable\",\"message\":\"The clearance server "
                                       "cannot reach its database.\"}";
        transport.queueResponse(503, unavailable);
        transport.queueResponse(200, someQueue().toJson());
        auto *call = api::ReviewsApi(client).queue();
        QSignalSpy ok(call, &api::PendingCall::succeeded);
        QVERIFY(ok.wait(5000));
        QCOMPARE(transport.requests.size(), 2);

        // A write without a key is not: the person sees the server's words and decides.
        transport.queueResponse(503, unavailable);
        auto *withdraw =
            api::SubmissionsApi(client).withdraw(QStringLiteral("P-1"), QStringLiteral("S-2"), {});
        QSignalSpy failed(withdraw, &api::PendingCall::failed);
        QVERIFY(failed.wait(5000));
        QCOMPARE(transport.requests.size(), 3);
        const auto failure = failed.first().first().value<api::ApiFailure>();
        QCOMPARE(failure.serverCode, QStringLiteral("service-unavailable"));

        // Nor is any other 503, and a read gives up after three sendings.
        for (int i = 0; i < net::ApiJob::MaxAttempts; ++i)
            transport.queueResponse(503, unavailable);
        auto *read = api::ReviewsApi(client).queue();
        QSignalSpy gaveUp(read, &api::PendingCall::failed);
        QVERIFY(gaveUp.wait(10000));
        QCOMPARE(transport.requests.size(), 3 + net::ApiJob::MaxAttempts);
        transport.queueResponse(503, "{\"code\":\"too-many-connections\",\"message\":\"busy\"}");
        auto *busy = api::ReviewsApi(client).queue();
        QSignalSpy refused(busy, &api::PendingCall::failed);
        QVERIFY(refused.wait(5000));
        QCOMPARE(transport.requests.size(), 4 + net::ApiJob::MaxAttempts);
    }

    void cancellingWhileWaitingToSendAgainEndsTheCall()
    {
        FakeTransport transport;
        api::Client client(&transport, Server);
        transport.queueConnectionLost();
        auto *call = api::ReviewsApi(client).queue();
        QSignalSpy failed(call, &api::PendingCall::failed);
        QTRY_COMPARE(transport.requests.size(), 1);
        QTest::qWait(20); // the broken connection has been heard of: waiting to send again
        call->cancel();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<api::ApiFailure>().kind, api::ApiFailure::Kind::Cancelled);
        QTest::qWait(400);
        QCOMPARE(transport.requests.size(), 1); // never sent again
    }

    void cancellingEndsTheCallAtOnceAndNothingLaterArrives()
    {
        FakeTransport transport;
        api::Client client(&transport, Server);
        transport.queueResponse(200, someQueue().toJson());
        auto *call = api::ReviewsApi(client).queue();
        QPointer<api::PendingCall> alive(call);
        QSignalSpy ok(call, &api::PendingCall::succeeded);
        QSignalSpy failed(call, &api::PendingCall::failed);
        QSignalSpy done(call, &api::PendingCall::finished);
        int handled = 0;
        call->onSucceeded(this, [&handled] { ++handled; });
        call->onFailed(this, [&handled](const api::ApiFailure &) { ++handled; });
        call->cancel();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<api::ApiFailure>().kind, api::ApiFailure::Kind::Cancelled);
        QCOMPARE(done.size(), 1);
        call->cancel(); // once only
        QCOMPARE(done.size(), 1);
        QTRY_VERIFY(alive.isNull()); // it goes by itself
        QCOMPARE(ok.size(), 0);
        QCOMPARE(handled, 0); // onFailed does not hear of a cancellation
    }

    void aGroupCancelsAndForgetsItsCalls()
    {
        FakeTransport transport;
        api::Client client(&transport, Server);
        transport.queueResponse(200, someQueue().toJson());
        transport.queueResponse(200, R"({"weeks":[]})");
        api::CallGroup group;
        int heard = 0;
        auto *queue = group.add(api::ReviewsApi(client).queue());
        auto *statistics = group.add(api::ReviewsApi(client).statistics(12));
        for (api::PendingCall *call :
             {static_cast<api::PendingCall *>(queue), static_cast<api::PendingCall *>(statistics)}) {
            QObject::connect(call, &api::PendingCall::failed, this, [&heard] { ++heard; });
            QObject::connect(call, &api::PendingCall::finished, this, [&heard] { ++heard; });
        }
        queue->onSucceeded(this, [&heard] { ++heard; });
        QCOMPARE(group.pending(), 2);
        group.cancelAll();
        QCOMPARE(group.pending(), 0);
        QVERIFY(group.isEmpty());
        QTest::qWait(20);
        QCOMPARE(heard, 0); // no handler ran: not the answer, not the cancellation
    }

    void aGroupGoingOutOfScopeStopsItsCalls()
    {
        FakeTransport transport;
        api::Client client(&transport, Server);
        int heard = 0;
        {
            api::CallGroup group;
            transport.queueResponse(200, someQueue().toJson());
            group.add(api::ReviewsApi(client).queue())->onSucceeded(this, [&heard] { ++heard; });
        }
        QTest::qWait(20);
        QCOMPARE(heard, 0);
    }

    void aCallRefusedForAnEndedSessionIsHeldAndSentAgainWithTheNewToken()
    {
        FakeTransport transport;
        api::Client client(&transport, Server);
        client.setToken(tokenOf("tok-old"));
        int endedSaid = 0;
        client.setSessionEndedHandler([&](const api::ApiFailure &f) {
            ++endedSaid;
            return f.serverCode == QLatin1StringView(protocol::errc::SessionExpired);
        });
        transport.queueResponse(401, errorBody("session-expired", "Your session has ended."));
        auto *call = api::ReviewsApi(client).queue();
        QSignalSpy done(call, &api::PendingCall::finished);
        protocol::ReviewQueue got;
        call->onSucceeded(this, [&got](const protocol::ReviewQueue &q) { got = q; });
        QTRY_COMPARE(client.parkedCalls(), 1);
        QCOMPARE(endedSaid, 1);
        QCOMPARE(done.size(), 0);
        QVERIFY(!call->isFinished());

        client.setToken(tokenOf("tok-new"));
        transport.queueResponse(200, someQueue().toJson());
        client.resumeParked();
        QCOMPARE(client.parkedCalls(), 0);
        QVERIFY(done.wait());
        QCOMPARE(got.items.size(), 1);
        QCOMPARE(transport.requests.size(), 2);
        QCOMPARE(transport.requests[1].url, Server + QStringLiteral("/api/v1/review/queue"));
        QCOMPARE(transport.requests[1].bearerToken->view(), QByteArrayView("tok-new"));
    }

    void aHeldCallGivenUpOnFailsOnceAsCancelled()
    {
        FakeTransport transport;
        api::Client client(&transport, Server);
        client.setSessionEndedHandler([](const api::ApiFailure &) { return true; });
        transport.queueResponse(401, errorBody("not-signed-in", "Sign in first."));
        auto *call = api::ReviewsApi(client).queue();
        QSignalSpy failed(call, &api::PendingCall::failed);
        QSignalSpy done(call, &api::PendingCall::finished);
        QTRY_COMPARE(client.parkedCalls(), 1);
        client.cancelParked();
        QCOMPARE(client.parkedCalls(), 0);
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<api::ApiFailure>().kind, api::ApiFailure::Kind::Cancelled);
        client.resumeParked(); // nothing is sent again
        QTest::qWait(20);
        QCOMPARE(transport.requests.size(), 1);
    }

    void aCallCancelledWhileHeldIsNotSentAgain()
    {
        FakeTransport transport;
        api::Client client(&transport, Server);
        client.setSessionEndedHandler([](const api::ApiFailure &) { return true; });
        transport.queueResponse(401, errorBody("session-expired", "Your session has ended."));
        auto *call = api::ReviewsApi(client).queue();
        QTRY_COMPARE(client.parkedCalls(), 1);
        call->cancel();
        QTRY_COMPARE(client.parkedCalls(), 0);
        client.resumeParked();
        QTest::qWait(20);
        QCOMPARE(transport.requests.size(), 1);
    }

    void withoutAHandlerAn401IsAFailure()
    {
        FakeTransport transport;
        api::Client client(&transport, Server);
        client.setSessionEndedHandler([](const api::ApiFailure &) { return false; });
        transport.queueResponse(401, errorBody("session-expired", "Your session has ended."));
        auto *call = api::ReviewsApi(client).queue();
        QSignalSpy failed(call, &api::PendingCall::failed);
        QVERIFY(failed.wait());
        const auto f = failed.first().first().value<api::ApiFailure>();
        QCOMPARE(f.httpStatus, 401);
        QCOMPARE(f.serverCode, QString("session-expired"));
        QCOMPARE(client.parkedCalls(), 0);
    }

    void signInAndSignOutCarryTheirOwnCredentials()
    {
        FakeTransport transport;
        api::Client client(&transport, Server);
        client.setToken(tokenOf("tok-session"));
        QByteArray secret(R"({"username":"a","password":"p","totp_code":"1"})");
        (void)api::SessionsApi(client).signIn(
            std::make_shared<const crypto::SecureBuffer>(crypto::SecureBuffer::takeFrom(secret)));
        (void)api::SessionsApi(client).signOut(tokenOf("tok-ending"));
        QCOMPARE(transport.requests.size(), 2);
        QCOMPARE(transport.requests[0].method, QByteArray("POST"));
        QCOMPARE(transport.requests[0].url, Server + QStringLiteral("/api/v1/sessions"));
        QVERIFY(transport.requests[0].body.isEmpty());
        QVERIFY(transport.requests[0].secretBody);
        QVERIFY(!transport.requests[0].bearerToken);
        QCOMPARE(transport.requests[1].method, QByteArray("DELETE"));
        QCOMPARE(transport.requests[1].url, Server + QStringLiteral("/api/v1/sessions/current"));
        QCOMPARE(transport.requests[1].bearerToken->view(), QByteArrayView("tok-ending"));
    }

    void aClientGoingAwayStopsItsCalls()
    {
        FakeTransport transport;
        int heard = 0;
        {
            api::Client client(&transport, Server);
            transport.queueResponse(200, someQueue().toJson());
            api::ReviewsApi(client).queue()->onSucceeded(this, [&heard] { ++heard; });
        }
        QTest::qWait(20);
        QCOMPARE(heard, 0);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
