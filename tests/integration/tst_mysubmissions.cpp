// "My submissions" against the real server through the real client stack (a Workstation over
// mutual TLS): asha.patel makes a request in her demo project through the API, finds it in the
// Submissions service with its files, history and expected answer date, and withdraws it; a
// second withdrawal is refused by the server and the refusal reaches the service. And a client
// killed in the middle of the wizard (this program run again as a child, then SIGKILLed) leaves
// its draft in the encrypted cache, where the next start finds it.

#include "ClientRig.h"
#include "ServerProcess.h"

#include "crypto/Totp.h"
#include "net/ApiCall.h"
#include "protocol/SubmissionMessages.h"
#include "session/ClientConfig.h"
#include "session/Session.h"
#include "session/SubmissionWizard.h"
#include "session/Submissions.h"
#include "session/WorkspaceSync.h"
#include "session/Workstation.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace srs;
using session::Session;
using session::Submissions;
using testing::clientConfig;
using testing::ServerProcess;
using testing::signInWithCode;

namespace {

const QString &Project = testing::DemoProject;
const QString &Table = testing::DemoTable;
const QString &Counts = testing::DemoCounts;

// The child: signs in, prepares a request in the wizard up to the tables page, prints the
// draft's id, and waits to be killed.
int wizardChild()
{
    session::Workstation w(
        clientConfig(qEnvironmentVariable("SRS_CHILD_SERVER"), qEnvironmentVariable("SRS_CHILD_CACHES")));
    w.start();
    if (!signInWithCode(w, qEnvironmentVariable("SRS_CHILD_USER"), qEnvironmentVariable("SRS_CHILD_CODE")))
        return 2;
    QSignalSpy synced(w.workspaceSync(), &session::WorkspaceSync::syncFinished);
    w.workspaceSync()->selectProject(Project);
    if (!synced.wait(30'000))
        return 3;
    session::SubmissionWizard *wizard = w.wizard();
    wizard->start(Project);
    wizard->draft().typeChosen = true;
    wizard->draft().title = "Interrupted request";
    if (!wizard->goTo(session::SubmissionDraft::Page::Files).ok())
        return 4;
    wizard->setFile(Table, domain::FileRole::Output);
    wizard->guessTables();
    if (!wizard->goTo(session::SubmissionDraft::Page::Tables).ok())
        return 5;
    QTextStream out(stdout);
    out << "DRAFT " << wizard->draft().id << Qt::endl;
    return QCoreApplication::exec(); // until killed
}

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

    session::ClientConfig config() { return clientConfig(m_server.baseUrl(), m_caches.filePath("caches")); }

    QString nextCode(const QString &username) { return m_steps.next(username); }

    bool signIn(session::Workstation &w, const QString &username)
    {
        return signInWithCode(w, username, nextCode(username));
    }

    testing::TotpSteps m_steps{m_server};

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
        const QString id = testing::submitDemoTable(w, "Income by region and age");
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
        const auto failure = refused.first().at(1).value<api::ApiFailure>();
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

    // The client is killed (SIGKILL: no chance to save anything more) while the wizard is on the
    // tables page. The next start, signed in again, finds the draft as it was on that page.
    void aClientKilledMidWizardRestartsWithItsDraft()
    {
        const QString user = "eleanor.wright"; // a member of the project; signs in nowhere else here
        const QString caches = m_caches.filePath("killed");
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("SRS_CHILD_SERVER", m_server.baseUrl());
        env.insert("SRS_CHILD_CACHES", caches);
        env.insert("SRS_CHILD_USER", user);
        env.insert("SRS_CHILD_CODE", nextCode(user));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted(30'000));
        QByteArray line;
        QVERIFY(QTest::qWaitFor(
            [&] {
                if (child.canReadLine())
                    line = child.readLine().trimmed();
                return !line.isEmpty() || child.state() == QProcess::NotRunning;
            },
            60'000));
        QVERIFY2(line.startsWith("DRAFT D-"),
                 qPrintable("the child said: " + QString::fromUtf8(line) + " (exit code " +
                            QString::number(child.exitCode()) + ")"));
        const QString draftId = QString::fromLatin1(line.mid(6));
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(30'000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        session::Workstation w(clientConfig(m_server.baseUrl(), caches));
        w.start();
        QVERIFY(signIn(w, user));
        session::SubmissionWizard *wizard = w.wizard();
        const QList<session::SubmissionDraft> drafts = wizard->savedDrafts();
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.first().id, draftId);
        QVERIFY(wizard->resume(draftId).ok());
        const session::SubmissionDraft &d = wizard->draft();
        QCOMPARE(d.title, QString("Interrupted request"));
        QCOMPARE(d.projectId, Project);
        QCOMPARE(d.page, session::SubmissionDraft::Page::Tables);
        QStringList paths;
        for (const domain::SubmissionFile &f : d.files)
            paths << f.path + ':' + domain::fileRoleToString(f.role);
        QCOMPARE(paths, (QStringList{Table + ":output", Counts + ":supporting"}));
        QCOMPARE(d.tables.size(), 1);
        QCOMPARE(d.tables.first().counts.file, Counts); // guessed from the name, and kept
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("SRS_CHILD_SERVER"))
        return wizardChild();
    TestMySubmissions test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_mysubmissions.moc"
