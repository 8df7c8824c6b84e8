// A project's lifecycle through the real client stack (Workstations over mutual TLS, the
// LifecycleDesk controller) against the real server with the demo world: eleanor.wright's project
// P-2025-031 ends in 20 days, within the 30-day warning; she asks for an extension, the
// administrator priya.shah finds it on her desk beside megan.davies's and approves it, and the
// project's end date moves for eleanor. A second request is refused, and eleanor reads the reason.
// A request without a reason is refused by the server, naming the field.

#include "ClientRig.h"
#include "ServerProcess.h"

#include "session/LifecycleDesk.h"
#include "session/Session.h"
#include "session/WorkspaceSync.h"
#include "session/Workstation.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace srs;
using session::LifecycleDesk;
using testing::clientConfig;
using testing::ServerProcess;

namespace {

const QString Project = QStringLiteral("P-2025-031");

std::optional<protocol::ProjectInfo> find(LifecycleDesk *desk, const QString &id)
{
    for (const protocol::ProjectInfo &p : desk->memberProjects()) {
        if (p.project.id == id)
            return p;
    }
    return std::nullopt;
}

} // namespace

class TestProjectLifecycle : public QObject
{
    Q_OBJECT

    ServerProcess m_server{[] {
        ServerProcess::Options o;
        o.seedDemo = true;
        return o;
    }()};
    QTemporaryDir m_caches;
    testing::TotpSteps m_steps{m_server};

    bool signIn(session::Workstation &w, const QString &username)
    {
        return testing::signInWithCode(w, username, m_steps.next(username));
    }

    // Decides the request on the administrator's desk, after finding it there.
    bool decide(session::Workstation &admin, const QString &requestId, bool approve, const QString &reason)
    {
        LifecycleDesk *desk = admin.lifecycle();
        QSignalSpy loaded(desk, &LifecycleDesk::deskChanged);
        desk->refreshDesk();
        if (!loaded.wait(30'000))
            return false;
        const auto &pending = desk->pendingExtensions();
        if (std::none_of(pending.cbegin(), pending.cend(), [&](const auto &x) { return x.id == requestId; }))
            return false;
        QSignalSpy decided(desk, &LifecycleDesk::extensionDecided);
        desk->decide(requestId, approve, reason);
        return decided.wait(30'000) &&
               decided.at(0).at(0).value<protocol::ExtensionRequestInfo>().state ==
                   (approve ? domain::ExtensionState::Approved : domain::ExtensionState::Refused);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_caches.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void leadAsksAndAdministratorDecides()
    {
        session::Workstation lead(clientConfig(m_server.baseUrl(), m_caches.filePath("lead")));
        lead.start();
        QVERIFY(signIn(lead, "eleanor.wright"));
        LifecycleDesk *desk = lead.lifecycle();
        QTRY_VERIFY_WITH_TIMEOUT(find(desk, Project).has_value(), 30'000);
        const protocol::ProjectInfo before = *find(desk, Project);
        QCOMPARE(before.myRole, std::optional(domain::ProjectRole::Lead));
        QCOMPARE(before.endWarningDays, 30);
        QVERIFY(!before.openExtension);
        const QDate end = before.project.effectiveEndDate();

        // No reason: the server refuses, naming the field.
        QSignalSpy failed(desk, &LifecycleDesk::actionFailed);
        desk->askExtension(Project, end.addDays(180), QString());
        QVERIFY(failed.wait(30'000));
        QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("reason"));

        QSignalSpy asked(desk, &LifecycleDesk::extensionAsked);
        desk->askExtension(Project, end.addDays(180), QStringLiteral("The survey's last wave arrives late"));
        QVERIFY(asked.wait(30'000));
        const QString first = asked.at(0).at(0).value<protocol::ExtensionRequestInfo>().id;
        QTRY_VERIFY_WITH_TIMEOUT(find(desk, Project)->openExtension.has_value(), 30'000);
        QCOMPARE(find(desk, Project)->openExtension->id, first);

        session::Workstation admin(clientConfig(m_server.baseUrl(), m_caches.filePath("admin"), true));
        admin.start();
        QVERIFY(signIn(admin, "priya.shah"));
        QVERIFY(decide(admin, first, true, QStringLiteral("Agreed with the data owners")));
        // The desk is asked for again after the decision: the demo's own request, megan.davies's, is
        // still waiting.
        QTRY_COMPARE_WITH_TIMEOUT(admin.lifecycle()->pendingExtensions().size(), 1, 30'000);
        QCOMPARE(admin.lifecycle()->pendingExtensions().at(0).requestedBy, QStringLiteral("megan.davies"));

        // The end date has moved for the lead, and the warning has gone.
        desk->refreshProjects();
        QTRY_COMPARE_WITH_TIMEOUT(find(desk, Project)->project.effectiveEndDate(), end.addDays(180), 30'000);
        QCOMPARE(find(desk, Project)->endWarningDays, 0);
        QVERIFY(!find(desk, Project)->openExtension);

        // A second request, refused with a reason the lead then reads.
        asked.clear();
        desk->askExtension(Project, end.addDays(400), QStringLiteral("A further year of follow-up"));
        QVERIFY(asked.wait(30'000));
        const QString second = asked.at(0).at(0).value<protocol::ExtensionRequestInfo>().id;
        QVERIFY(decide(admin, second, false, QStringLiteral("The data owners allow one extension only")));
        QSignalSpy history(desk, &LifecycleDesk::extensionsLoaded);
        desk->loadExtensions(Project);
        QVERIFY(history.wait(30'000));
        const auto requests = history.at(0).at(1).value<QList<protocol::ExtensionRequestInfo>>();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).id, second);
        QCOMPARE(requests.at(0).state, domain::ExtensionState::Refused);
        QCOMPARE(requests.at(0).decisionReason, QStringLiteral("The data owners allow one extension only"));
        QCOMPARE(requests.at(1).state, domain::ExtensionState::Approved);
        desk->refreshProjects();
        QTRY_VERIFY_WITH_TIMEOUT(!find(desk, Project)->openExtension, 30'000);
        QCOMPARE(find(desk, Project)->project.effectiveEndDate(), end.addDays(180));
    }
};

QTEST_GUILESS_MAIN(TestProjectLifecycle)
#include "tst_project_lifecycle.moc"
