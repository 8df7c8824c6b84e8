// Every demo persona signs in through the real client stack (Workstation, Session,
// CurlTransport over mutual TLS) against the real server seeded with the demo world, and
// gets the outcome the README promises.

#include "ServerProcess.h"

#include "api/ProjectsApi.h"
#include "api/SubmissionsApi.h"
#include "crypto/Totp.h"
#include "protocol/Messages.h"
#include "protocol/SubmissionMessages.h"
#include "session/ClientConfig.h"
#include "session/DataOwnerDesk.h"
#include "session/Session.h"
#include "session/Workstation.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace srs;
using session::Session;
using testing::ServerProcess;

namespace {

const char *Password(const QString &username)
{
    static QByteArray keep;
    keep = "demo-" + username.toUtf8();
    return keep.constData();
}

} // namespace

class TestPersonas : public QObject
{
    Q_OBJECT

    ServerProcess m_server{[] {
        ServerProcess::Options o;
        o.seedDemo = true;
        return o;
    }()};
    qint64 m_stepOffset = 0;

    session::ClientConfig config(bool safeRoom)
    {
        session::ClientConfig c;
        c.serverUrl = m_server.baseUrl();
        c.setting =
            safeRoom ? domain::DeviceClass::SafeRoomTerminal : domain::DeviceClass::OrganisationDevice;
        c.tls.caFile = ServerProcess::pkiFile("ca.crt");
        QFile pin(ServerProcess::pkiFile("server.pin"));
        if (pin.open(QIODevice::ReadOnly))
            c.tls.pinnedKeys = {QString::fromLatin1(pin.readAll().trimmed())};
        c.tls.certificateFile =
            ServerProcess::pkiFile(safeRoom ? QStringLiteral("safe-room.crt") : QStringLiteral("laptop.crt"));
        c.tls.keyFile =
            ServerProcess::pkiFile(safeRoom ? QStringLiteral("safe-room.key") : QStringLiteral("laptop.key"));
        c.vpnInterfaces = {QStringLiteral("lo")}; // the server is on this machine
        c.cacheDirectory = m_caches.filePath(QStringLiteral("caches"));
        c.cacheKeyMilliseconds = 1;
        return c;
    }
    QTemporaryDir m_caches;

    // A current code; each sign-in of the same person must use a later step than the last.
    QString code(const QString &username, qint64 laterSteps = 0)
    {
        auto secret = crypto::base32Decode(m_server.totpSecret(username).toLatin1());
        if (!secret)
            return {};
        crypto::Totp totp(std::move(*secret));
        return QString::fromLatin1(
            totp.codeForStep(totp.stepAt(QDateTime::currentSecsSinceEpoch()) + laterSteps));
    }

    // Signs in; true when signed in, false with the failure when refused.
    bool signIn(session::Workstation &w, const QString &username, api::ApiFailure *failure,
                qint64 laterSteps = 0)
    {
        QSignalSpy in(w.session(), &Session::signedIn);
        QSignalSpy refused(w.session(), &Session::signInFailed);
        QByteArray password(Password(username));
        w.session()->signIn(username, crypto::SecureBuffer::takeFrom(password), code(username, laterSteps));
        if (!QTest::qWaitFor([&] { return !in.isEmpty() || !refused.isEmpty(); }, 30'000))
            return false;
        if (!refused.isEmpty() && failure)
            *failure = refused.first().first().value<api::ApiFailure>();
        return !in.isEmpty();
    }

    // Waits for a typed call; its answer, or nothing (the failure logged).
    template <typename Answer>
    static std::optional<typename api::Codec<Answer>::Value> await(api::Call<Answer> *call)
    {
        std::optional<typename api::Codec<Answer>::Value> out;
        bool done = false;
        QObject context;
        call->onSucceeded(&context, [&](const auto &answer) { out = answer; });
        call->onFailed(&context, [](const api::ApiFailure &f) {
            qWarning("%s: %s", qPrintable(f.message), qPrintable(f.detail));
        });
        call->onFinished(&context, [&] { done = true; });
        if (!QTest::qWaitFor([&] { return done; }, 30'000)) {
            qWarning("the %s call did not finish", qPrintable(call->routeName()));
            call->cancel();
        }
        return out;
    }

    QList<protocol::ProjectInfo> projects(session::Workstation &w)
    {
        return await(api::ProjectsApi(*w.session()->api()).list()).value_or(QList<protocol::ProjectInfo>());
    }

    static const protocol::ProjectInfo *find(const QList<protocol::ProjectInfo> &list, const char *id)
    {
        for (const auto &p : list)
            if (p.project.id == QLatin1StringView(id))
                return &p;
        return nullptr;
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.errorString())); }

    void ashaAcceptsHerDeclarationsThenWorksFromHome()
    {
        session::Workstation w(config(false));
        api::ApiFailure failure;
        QVERIFY2(signIn(w, "asha.patel", &failure), qPrintable(failure.message));
        Session *s = w.session();
        QCOMPARE(s->me().setting.kind, domain::SettingKind::HomeWorking);
        QCOMPARE(s->declarationsOwed().size(), 2);
        QCOMPARE(s->cacheKeyShare().size(), std::size_t(32));
        // Before accepting, the project is closed to her.
        const auto before = projects(w);
        QVERIFY(find(before, "P-2026-001"));
        QVERIFY(!find(before, "P-2026-001")->access.allowed);
        while (!s->declarationsOwed().isEmpty()) {
            QSignalSpy accepted(s, &Session::declarationAccepted);
            s->acceptDeclaration(s->declarationsOwed().constFirst());
            QVERIFY(accepted.wait(30'000));
        }
        const auto after = projects(w);
        QVERIFY(find(after, "P-2026-001")->access.allowed);

        QSignalSpy out(s, &Session::signedOut);
        s->signOut();
        QCOMPARE(out.size(), 1);
        QVERIFY(!s->token());
    }

    // The demo flow for output checks: asha checks the table with a small cell in her
    // project's workspace, sees the finding named by its labels, suppresses the cell, checks
    // again and submits; the client decodes every answer with the protocol's decoders.
    void ashaChecksFixesAndSubmitsTheDemoTable()
    {
        session::Workstation w(config(false));
        api::ApiFailure failure;
        QVERIFY2(signIn(w, "asha.patel", &failure, 1), qPrintable(failure.message));
        Session *s = w.session();
        while (!s->declarationsOwed().isEmpty()) { // when run on its own
            QSignalSpy accepted(s, &Session::declarationAccepted);
            s->acceptDeclaration(s->declarationsOwed().constFirst());
            QVERIFY(accepted.wait(30'000));
        }
        const QString project = "P-2026-001";
        api::SubmissionsApi submissions(*w.session()->api());
        protocol::CheckRequest check;
        domain::TableSpec spec;
        spec.file = "outputs/income_by_region.csv";
        spec.counts.file = "outputs/income_by_region_counts.csv";
        check.tables = {spec};
        auto first = await(submissions.check(project, check));
        QVERIFY(first.has_value());
        QCOMPARE(first.value().status, QString("fail"));
        QCOMPARE(first.value().items.size(), 1);
        QCOMPARE(first.value().items.at(0).findings.size(), 1);
        const protocol::CheckFindingInfo finding = first.value().items.at(0).findings.at(0);
        QCOMPARE(finding.rule, QString("threshold"));
        QCOMPARE(finding.cell, QString("B4"));
        QVERIFY(finding.rowLabel.isEmpty() && finding.columnLabel.isEmpty());

        // The fix, made in the workspace (where the researcher works, inside the service).
        QFile table(m_server.dataDir() + "/workspaces/P-2026-001/outputs/income_by_region.csv");
        QVERIFY(table.open(QIODevice::ReadOnly));
        QByteArray fixed = table.readAll();
        table.close();
        QVERIFY(fixed.contains("Wales,6,"));
        fixed.replace("Wales,6,", "Wales,[c],");
        QVERIFY(table.open(QIODevice::WriteOnly | QIODevice::Truncate));
        table.write(fixed);
        table.close();
        auto second = await(submissions.check(project, check));
        QVERIFY(second.has_value());
        QCOMPARE(second.value().status, QString("pass"));

        protocol::SubmissionRequest request;
        request.content.title = "Income by region and age";
        request.content.clearanceType = domain::ClearanceType::Publication;
        request.content.files = {
            {"outputs/income_by_region.csv",
             domain::FileRole::Output,
             "People by region and age band",
             "Journal article",
             {},
             0},
            {"outputs/income_by_region_counts.csv", domain::FileRole::Supporting, {}, {}, {}, 0}};
        request.content.tables = check.tables;
        request.content.controls = "Cells under 10 suppressed with [c]";
        auto submitted = await(submissions.submit(project, request));
        QVERIFY(submitted.has_value());
        QCOMPARE(submitted.value().submission.state, domain::SubmissionState::Submitted);
        QVERIFY(submitted.value().submission.expectedAnswerDate.isValid());
        QCOMPARE(submitted.value().submission.content.files.at(0).sha256,
                 QString::fromLatin1(QCryptographicHash::hash(fixed, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(submitted.value().author.username, QString("asha.patel"));
    }

    void provisionalAndSupervisorSignIn()
    {
        for (const char *who : {"tom.hughes", "eleanor.wright"}) {
            session::Workstation w(config(false));
            api::ApiFailure failure;
            QVERIFY2(signIn(w, QString::fromLatin1(who), &failure), qPrintable(failure.message));
            QCOMPARE(w.session()->me().user.username, QString::fromLatin1(who));
            w.session()->signOut();
        }
    }

    void meganIsRefusedHerProjectFromHomeButNotInTheSafeRoom()
    {
        {
            session::Workstation w(config(false));
            api::ApiFailure failure;
            QVERIFY2(signIn(w, "megan.davies", &failure), qPrintable(failure.message));
            const auto list = projects(w);
            const auto *p = find(list, "P-2026-002");
            QVERIFY(p);
            QVERIFY(!p->access.allowed);
            QCOMPARE(p->access.code, QString("home-working-not-approved"));
            w.session()->signOut();
        }
        session::Workstation w(config(true));
        api::ApiFailure failure;
        QVERIFY2(signIn(w, "megan.davies", &failure, 1), qPrintable(failure.message));
        QCOMPARE(w.session()->me().setting.kind, domain::SettingKind::SafeRoom);
        const auto list = projects(w);
        const auto *p = find(list, "P-2026-002");
        QVERIFY(p);
        QVERIFY2(p->access.allowed, qPrintable(p->access.message));
        w.session()->signOut();
    }

    void jamesIsRefusedForHisExpiredAccreditation()
    {
        session::Workstation w(config(false));
        api::ApiFailure failure;
        QVERIFY(!signIn(w, "james.okafor", &failure));
        QCOMPARE(failure.httpStatus, 403);
        QCOMPARE(failure.serverCode, QString("accreditation-expired"));
        QVERIFY(failure.message.contains("expired"));
        QCOMPARE(w.session()->state(), Session::State::SignedOut);
    }

    void supportStaffSignIn()
    {
        const QList<QPair<const char *, domain::Role>> staff{{"fiona.campbell", domain::Role::OutputChecker},
                                                             {"daniel.reid", domain::Role::OutputChecker},
                                                             {"priya.shah", domain::Role::Administrator}};
        for (const auto &[who, role] : staff) {
            session::Workstation w(config(false));
            api::ApiFailure failure;
            QVERIFY2(signIn(w, QString::fromLatin1(who), &failure), qPrintable(failure.message));
            QVERIFY(w.session()->me().user.hasRole(role));
            w.session()->signOut();
        }
    }

    // The data owner's approver signs in without an accreditation and finds the demo's request
    // waiting for her, with the team's accreditation, and the project already approved.
    void dataOwnerSeesTheRequestWaiting()
    {
        session::Workstation w(config(false));
        api::ApiFailure failure;
        QVERIFY2(signIn(w, "grace.morgan", &failure), qPrintable(failure.message));
        QVERIFY(w.session()->me().user.hasRole(domain::Role::DataOwner));
        session::DataOwnerDesk desk(w.session());
        QSignalSpy requests(&desk, &session::DataOwnerDesk::requestsChanged);
        QSignalSpy projects(&desk, &session::DataOwnerDesk::projectsChanged);
        desk.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!requests.isEmpty() && !projects.isEmpty(), 30'000);
        QCOMPARE(desk.requests().size(), 2); // P-2026-002 waiting, P-2026-001 approved
        const protocol::OwnerRequestInfo &waiting = desk.requests().first();
        QCOMPARE(waiting.projectId, QString("P-2026-002"));
        QCOMPARE(waiting.state, domain::ApprovalState::Pending);
        QVERIFY(session::DataOwnerDesk::canAnswer(waiting));
        QVERIFY(std::any_of(waiting.team.cbegin(), waiting.team.cend(), [](const auto &m) {
            return m.displayName == QString("James Okafor") && m.accreditation == QString("expired");
        }));
        QCOMPARE(desk.projects().size(), 1);
        QCOMPARE(desk.projects().first().projectId, QString("P-2026-001"));
        w.session()->signOut();
    }

    void wrongPasswordIsRefused()
    {
        session::Workstation w(config(false));
        QSignalSpy refused(w.session(), &Session::signInFailed);
        QByteArray wrong("not-her-password");
        w.session()->signIn("eleanor.wright", crypto::SecureBuffer::takeFrom(wrong),
                            code("eleanor.wright", 1));
        QVERIFY(refused.wait(30'000));
        const auto failure = refused.first().first().value<api::ApiFailure>();
        QCOMPARE(failure.serverCode, QString("bad-credentials"));
    }

    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }
};

QTEST_GUILESS_MAIN(TestPersonas)
#include "tst_personas.moc"
