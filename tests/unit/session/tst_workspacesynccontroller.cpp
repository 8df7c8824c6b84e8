// The workspace sync over FakeApi: projects and a project's details from the typed API, and the
// workspace index walked a page at a time into the real encrypted cache, resumed, restarted and
// forgotten as the server and the session say.

#include "ControllerRig.h"

#include "protocol/Routes.h"

#include <QSignalSpy>
#include <QTest>

using namespace srs;
using session::WorkspaceSync;
using srs::api::testing::FakeApi;
using srs::testing::ControllerRig;
using srs::testing::openableProject;

namespace {

const QString Project = QStringLiteral("P-1");

protocol::WorkspaceEntryInfo file(const QString &path, qint64 revision)
{
    protocol::WorkspaceEntryInfo e;
    e.path = path;
    e.size = 100 + path.size();
    e.type = QStringLiteral("file");
    e.modifiedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), QTimeZone::utc());
    e.sha256 = QString(64, u'a');
    e.revision = revision;
    return e;
}

protocol::WorkspaceChangesInfo page(QList<protocol::WorkspaceEntryInfo> added, qint64 revision,
                                    const QString &nextCursor = {}, qint64 total = -1)
{
    protocol::WorkspaceChangesInfo p;
    p.projectId = Project;
    p.revision = revision;
    p.added = std::move(added);
    p.nextCursor = nextCursor;
    p.total = total;
    return p;
}

QStringList paths(const std::vector<domain::WorkspaceEntry> &entries)
{
    QStringList out;
    for (const domain::WorkspaceEntry &e : entries)
        out << e.path;
    out.sort();
    return out;
}

struct Rig : ControllerRig
{
    // Signed in with the cache open and the projects listed.
    bool start()
    {
        keepCache();
        listProjects({openableProject(Project, QStringLiteral("Housing")),
                      openableProject(QStringLiteral("P-2"), QStringLiteral("Schools"))});
        api.answer(protocol::route::Project, openableProject(Project, QStringLiteral("Housing, in full")));
        QSignalSpy opened(&store, &session::ClientStore::opened);
        QSignalSpy projects(&browser, &WorkspaceSync::projectsChanged);
        return signIn(QStringLiteral("U-1"), QStringLiteral("asha.patel")) &&
               (store.isOpen() || opened.wait()) && (!projects.isEmpty() || projects.wait()) &&
               browser.hasServerList();
    }

    // The query of each workspace call so far.
    QStringList workspaceQueries() const
    {
        QStringList out;
        for (const FakeApi::Sent &s : api.sentTo(protocol::route::Workspace))
            out << s.path.section(u'?', 1);
        return out;
    }
};

} // namespace

class TestWorkspaceSyncController : public QObject
{
    Q_OBJECT

private slots:
    void theProjectsComeFromTheServerAndAreKept()
    {
        Rig rig;
        QVERIFY(rig.start());
        QCOMPARE(rig.browser.projects().size(), 2);
        QCOMPARE(rig.api.sentTo(protocol::route::Projects).size(), 1);

        // Locked: nothing stays on screen; unlocked before the server answers, the cached list
        // is shown at once.
        QSignalSpy cleared(&rig.browser, &WorkspaceSync::cleared);
        rig.session.lock(session::Session::LockReason::Manual);
        QCOMPARE(cleared.size(), 1);
        QVERIFY(rig.browser.projects().isEmpty());
    }

    void aFailedListIsSaidWithTheServersWords()
    {
        Rig rig;
        rig.keepCache();
        rig.api.refuse(protocol::route::Projects, 503, QStringLiteral("maintenance"),
                       QStringLiteral("The service is being updated."));
        QSignalSpy failed(&rig.browser, &WorkspaceSync::projectsFailed);
        QVERIFY(rig.signIn(QStringLiteral("U-1"), QStringLiteral("asha.patel")));
        QVERIFY(failed.wait());
        const auto failure = failed.first().first().value<api::ApiFailure>();
        QCOMPARE(failure.httpStatus, 503);
        QCOMPARE(failure.message, QStringLiteral("The service is being updated."));
        QVERIFY(!rig.browser.hasServerList());
    }

    void aWorkspaceIsWalkedPageByPageIntoTheCache()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.api.answerOnce(protocol::route::Workspace,
                           page({file(QStringLiteral("a.csv"), 1), file(QStringLiteral("b.csv"), 2)}, 4,
                                QStringLiteral("4:cursor-b"), 3));
        rig.api.answerOnce(protocol::route::Workspace, page({file(QStringLiteral("c/d.csv"), 4)}, 4));
        QSignalSpy progress(&rig.browser, &WorkspaceSync::syncProgress);
        QSignalSpy finished(&rig.browser, &WorkspaceSync::syncFinished);
        QSignalSpy detail(&rig.browser, &WorkspaceSync::detailChanged);
        rig.browser.selectProject(Project);
        QVERIFY(finished.wait());
        QCOMPARE(finished.first().at(1).toBool(), true);

        QCOMPARE(paths(rig.browser.entries()),
                 QStringList({QStringLiteral("a.csv"), QStringLiteral("b.csv"), QStringLiteral("c/d.csv")}));
        QCOMPARE(rig.browser.freshness().revision, 4);
        QVERIFY(!rig.browser.freshness().partial);
        QVERIFY(rig.browser.freshness().syncedAt.isValid());
        // Progress counted against the total the first page gave.
        QCOMPARE(progress.size(), 2);
        QCOMPARE(progress.last().at(1).toLongLong(), 3);
        QCOMPARE(progress.last().at(2).toLongLong(), 3);
        // The second page asked from the cursor the first gave, with the same revision.
        const QStringList queries = rig.workspaceQueries();
        QCOMPARE(queries.size(), 2);
        QVERIFY2(queries.at(0).startsWith(QStringLiteral("since=0&limit=")), qPrintable(queries.at(0)));
        QVERIFY(!queries.at(0).contains(QStringLiteral("cursor")));
        QVERIFY2(queries.at(1).contains(QStringLiteral("cursor=4%3Acursor-b")), qPrintable(queries.at(1)));
        // The project's details came too, and are kept.
        QTRY_VERIFY(rig.browser.detail(Project).has_value());
        QCOMPARE(rig.browser.detail(Project)->project.title, QStringLiteral("Housing, in full"));
        QVERIFY(!detail.isEmpty());

        // The next sync asks only for what changed since the revision caught up with.
        rig.api.answerOnce(protocol::route::Workspace, page({}, 4));
        rig.browser.syncNow();
        QVERIFY(finished.wait());
        QVERIFY2(rig.workspaceQueries().constLast().startsWith(QStringLiteral("since=4&")),
                 qPrintable(rig.workspaceQueries().constLast()));
    }

    void aCursorTheServerNoLongerKnowsStartsTheWalkAgain()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.api.answerOnce(protocol::route::Workspace,
                           page({file(QStringLiteral("old.csv"), 1)}, 2, QStringLiteral("2:cursor-old")));
        rig.api.failOnce(protocol::route::Workspace, FakeApi::refusal(400, QStringLiteral("bad-cursor"),
                                                                      QStringLiteral("Unknown cursor.")));
        rig.api.answerOnce(protocol::route::Workspace, page({file(QStringLiteral("new.csv"), 7)}, 7));
        QSignalSpy finished(&rig.browser, &WorkspaceSync::syncFinished);
        rig.browser.selectProject(Project);
        QVERIFY(finished.wait());
        QCOMPARE(finished.first().at(1).toBool(), true);

        // What the old walk brought is gone with the old index; the new walk began at 0.
        QCOMPARE(paths(rig.browser.entries()), QStringList{QStringLiteral("new.csv")});
        QCOMPARE(rig.browser.freshness().revision, 7);
        const QStringList queries = rig.workspaceQueries();
        QCOMPARE(queries.size(), 3);
        QVERIFY(queries.at(1).contains(QStringLiteral("cursor=")));
        QVERIFY2(queries.at(2).startsWith(QStringLiteral("since=0&")) && !queries.at(2).contains(u"cursor"),
                 qPrintable(queries.at(2)));
    }

    void aWalkThatFailsKeepsItsPagesAndResumesFromThem()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.api.answerOnce(protocol::route::Workspace,
                           page({file(QStringLiteral("a.csv"), 1)}, 3, QStringLiteral("3:cursor-a"), 2));
        rig.api.failOnce(protocol::route::Workspace, FakeApi::unreachable());
        QSignalSpy failed(&rig.browser, &WorkspaceSync::syncFailed);
        rig.browser.selectProject(Project);
        QVERIFY(failed.wait());
        QCOMPARE(failed.first().at(1).toString(), FakeApi::unreachable().message);

        // The page that came is kept and shown, marked as partly updated.
        QCOMPARE(paths(rig.browser.entries()), QStringList{QStringLiteral("a.csv")});
        QVERIFY(rig.browser.freshness().partial);

        // The next sync goes on from the cursor, not from the start.
        rig.api.answerOnce(protocol::route::Workspace, page({file(QStringLiteral("b.csv"), 3)}, 3));
        QSignalSpy finished(&rig.browser, &WorkspaceSync::syncFinished);
        rig.browser.syncNow();
        QVERIFY(finished.wait());
        QVERIFY2(rig.workspaceQueries().constLast().contains(QStringLiteral("cursor=3%3Acursor-a")),
                 qPrintable(rig.workspaceQueries().constLast()));
        QCOMPARE(paths(rig.browser.entries()),
                 QStringList({QStringLiteral("a.csv"), QStringLiteral("b.csv")}));
        QVERIFY(!rig.browser.freshness().partial);
    }

    void cancellingStopsTheWalkAndNothingLateArrives()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.api.hold(protocol::route::Workspace);
        QSignalSpy finished(&rig.browser, &WorkspaceSync::syncFinished);
        rig.browser.selectProject(Project);
        QTRY_COMPARE(rig.api.sentTo(protocol::route::Workspace).size(), 1);
        QVERIFY(rig.browser.isSyncing());
        rig.browser.cancelSync();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).toBool(), false);
        QVERIFY(!rig.browser.isSyncing());
        QVERIFY(rig.browser.entries().empty());
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceSyncController)

#include "tst_workspacesynccontroller.moc"
