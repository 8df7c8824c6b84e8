// "My submissions" against the real server through the real client stack (a Workstation over
// mutual TLS): asha.patel makes a request in her demo project through the API, finds it in the
// Submissions service with its files, history and expected answer date, and withdraws it; a
// second withdrawal is refused by the server and the refusal reaches the service.

#include "ServerProcess.h"

#include "crypto/Totp.h"
#include "net/ApiCall.h"
#include "protocol/SubmissionMessages.h"
#include "session/ClientConfig.h"
#include "session/ProjectBrowser.h"
#include "session/Session.h"
#include "session/Submissions.h"
#include "session/Workstation.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace srs;
using session::Session;
using session::Submissions;
using testing::ServerProcess;

namespace {

const QString Project = "P-2026-001";
const QString Table = "outputs/income_by_region.csv";
const QString Counts = "outputs/income_by_region_counts.csv";

QString sha256Of(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestMySubmissions : public QObject
{
    Q_OBJECT

    ServerProcess m_server{[] {
        ServerProcess::Options o;
        o.seedDemo = true;
        return o;
    }()};
    QTemporaryDir m_caches;

    session::ClientConfig config()
    {
        session::ClientConfig c;
        c.serverUrl = m_server.baseUrl();
        c.setting = domain::DeviceClass::OrganisationDevice;
        c.tls.caFile = ServerProcess::pkiFile("ca.crt");
        QFile pin(ServerProcess::pkiFile("server.pin"));
        if (pin.open(QIODevice::ReadOnly))
            c.tls.pinnedKeys = {QString::fromLatin1(pin.readAll().trimmed())};
        c.tls.certificateFile = ServerProcess::pkiFile("laptop.crt");
        c.tls.keyFile = ServerProcess::pkiFile("laptop.key");
        c.vpnInterfaces = {"lo"}; // the server is on this machine
        c.cacheDirectory = m_caches.filePath("caches");
        c.cacheKeyMilliseconds = 1;
        return c;
    }

    // Signs in with a current code, accepts what is owed, and waits for the project list.
    bool signIn(session::Workstation &w, const QString &username)
    {
        auto secret = crypto::base32Decode(m_server.totpSecret(username).toLatin1());
        if (!secret)
            return false;
        crypto::Totp totp(std::move(*secret));
        const QString code =
            QString::fromLatin1(totp.codeForStep(totp.stepAt(QDateTime::currentSecsSinceEpoch())));
        QSignalSpy in(w.session(), &Session::signedIn);
        QSignalSpy refused(w.session(), &Session::signInFailed);
        QByteArray password = "demo-" + username.toUtf8();
        w.session()->signIn(username, crypto::SecureBuffer::takeFrom(password), code);
        if (!QTest::qWaitFor([&] { return !in.isEmpty() || !refused.isEmpty(); }, 30'000) || in.isEmpty())
            return false;
        while (!w.session()->declarationsOwed().isEmpty()) {
            QSignalSpy accepted(w.session(), &Session::declarationAccepted);
            w.session()->acceptDeclaration(w.session()->declarationsOwed().constFirst());
            if (!accepted.wait(30'000))
                return false;
        }
        return QTest::qWaitFor([&] { return w.browser()->hasServerList(); }, 30'000);
    }

    // A POST through the session: the 2xx body, or an empty one.
    QByteArray post(session::Workstation &w, const QString &path, const QByteArray &body)
    {
        QByteArray out;
        bool done = false;
        auto *call = w.session()->call("POST", path, body);
        connect(call, &net::ApiCall::succeeded, this, [&](const net::HttpResponse &r) { out = r.body; });
        connect(call, &net::ApiJob::failed, this, [](const net::NetFailure &f) {
            qWarning("%s: %s", qPrintable(f.message), qPrintable(f.detail));
        });
        connect(call, &net::ApiCall::finished, this, [&] { done = true; });
        call->start();
        if (!QTest::qWaitFor([&] { return done; }, 30'000))
            qWarning("the call did not finish");
        delete call;
        return out;
    }

    // Makes a request of the demo table as asha would with the wizard: checks it, asks an
    // exception for each failing cell, and submits. Returns its id.
    QString submitDemoTable(session::Workstation &w)
    {
        const QString base = "/api/v1/projects/" + Project;
        const QJsonObject spec{{"file", Table}, {"statistic", "frequency"}, {"counts", Counts}};
        protocol::CheckRequest check;
        check.tables = {spec};
        auto checked = protocol::CheckResultInfo::fromJson(post(w, base + "/checks", check.toJson()));
        if (!checked.ok())
            return {};
        protocol::SubmissionRequest request;
        domain::SubmissionContent &c = request.content;
        c.title = "Income by region and age";
        c.clearanceType = domain::ClearanceType::Publication;
        domain::SubmissionFile table;
        table.path = Table;
        table.role = domain::FileRole::Output;
        table.description = "People by region and age group";
        table.destination = "Journal article";
        domain::SubmissionFile counts;
        counts.path = Counts;
        counts.role = domain::FileRole::Supporting;
        c.files = {table, counts};
        c.tables = {spec};
        c.controls = "None yet: an exception is asked for the small cell.";
        for (const protocol::CheckItemInfo &item : checked->items) {
            for (const protocol::CheckFindingInfo &f : item.findings) {
                if (f.outcome != "fail")
                    continue;
                domain::ExceptionRequest e;
                e.path = f.path;
                e.rule = f.rule;
                e.row = f.row;
                e.column = f.column;
                e.line = f.line;
                e.justification = "The same figure is published in the regional statistics bulletin.";
                c.exceptions.append(e);
            }
        }
        auto made = protocol::SubmissionInfo::fromJson(post(w, base + "/submissions", request.toJson()));
        return made.ok() ? made->submission.id : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_caches.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void ashaSeesHerRequestAndWithdrawsIt()
    {
        session::Workstation w(config());
        w.start();
        QVERIFY(signIn(w, "asha.patel"));
        const QString id = submitDemoTable(w);
        QVERIFY(!id.isEmpty());

        Submissions *subs = w.submissions();
        QSignalSpy changed(subs, &Submissions::listChanged);
        subs->refresh();
        QVERIFY(QTest::qWaitFor([&] { return subs->hasLoaded() && !subs->isLoading(); }, 30'000));
        QVERIFY(subs->problems().isEmpty());
        QCOMPARE(subs->list().size(), 1);
        const protocol::SubmissionSummary &summary = subs->list().constFirst();
        QCOMPARE(summary.id, id);
        QCOMPARE(summary.projectId, Project);
        QCOMPARE(summary.state, domain::SubmissionState::Submitted);
        QVERIFY(summary.expectedAnswerDate.isValid());

        QSignalSpy loaded(subs, &Submissions::detailLoaded);
        subs->fetchDetail(id);
        QVERIFY(loaded.wait(30'000));
        const auto info = subs->detail(id);
        QVERIFY(info.has_value());
        const domain::Submission &s = info->submission;
        QCOMPARE(s.content.files.size(), 2);
        // The snapshot's hash is the hash of the workspace file on the server.
        QCOMPARE(s.content.file(Table)->sha256, sha256Of(m_server.workspaceFolder(Project) + "/" + Table));
        QCOMPARE(s.history.size(), 1);
        QCOMPARE(s.history.constFirst().action, domain::SubmissionAction::Submit);
        QCOMPARE(info->actorNames.value(s.history.constFirst().actorId), w.session()->me().user.displayName);
        QCOMPARE(info->check.status, QString("fail")); // the small cell, with its exception
        // The client counts working days as the server does (the same bank holiday list).
        const QDate day = s.submittedAt.toTimeZone(QTimeZone("Europe/London")).date();
        QCOMPARE(s.expectedAnswerDate, subs->workingDays().addWorkingDays(day, 5));
        QVERIFY(subs->canWithdraw(*info));
        QVERIFY(!subs->canResubmit(*info));

        QSignalSpy withdrawn(subs, &Submissions::withdrawn);
        subs->withdraw(id, "A corrected table follows.");
        QVERIFY(withdrawn.wait(30'000));
        const auto after = subs->detail(id);
        QCOMPARE(after->submission.state, domain::SubmissionState::Withdrawn);
        QCOMPARE(after->submission.history.constLast().note, QString("A corrected table follows."));
        QVERIFY(!after->submission.expectedAnswerDate.isValid());
        QCOMPARE(subs->list().constFirst().state, domain::SubmissionState::Withdrawn);
        QVERIFY(!subs->canWithdraw(*after));

        // The server refuses a second withdrawal; the service says so and reloads the request.
        QSignalSpy refused(subs, &Submissions::withdrawFailed);
        subs->withdraw(id);
        QVERIFY(refused.wait(30'000));
        const auto failure = refused.first().at(1).value<net::NetFailure>();
        QCOMPARE(failure.httpStatus, 409);
        QCOMPARE(failure.serverCode, QString("submission-wrong-state"));
        QVERIFY(!failure.message.isEmpty());

        // Listed again from the server: still there, withdrawn.
        subs->refresh();
        QVERIFY(QTest::qWaitFor([&] { return !subs->isLoading(); }, 30'000));
        QCOMPARE(subs->list().size(), 1);
        QCOMPARE(subs->list().constFirst().state, domain::SubmissionState::Withdrawn);

        // Signing out clears everything.
        QSignalSpy cleared(subs, &Submissions::cleared);
        w.session()->signOut();
        QCOMPARE(cleared.size(), 1);
        QVERIFY(subs->list().isEmpty());
        QVERIFY(!subs->detail(id).has_value());
    }
};

QTEST_GUILESS_MAIN(TestMySubmissions)
#include "tst_mysubmissions.moc"
