// Administrators managing accounts through the real client stack (Workstations over mutual TLS)
// against the real server with the demo world: priya.shah, the demo administrator, disables
// asha.patel while she is signed in, and asha's very next request is refused and throws her out
// (her workstation locks with the server's reason, and signing in again is refused); and a
// person added through session::Accounts signs in with the initial password and the
// authenticator secret shown once.

#include "ClientRig.h"
#include "ServerProcess.h"

#include "api/Client.h"
#include "crypto/Totp.h"
#include "session/Accounts.h"
#include "session/Session.h"
#include "session/WorkspaceSync.h"
#include "session/Workstation.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace srs;
using session::Session;
using session::Workstation;
using testing::ServerProcess;

class TestAccountsFlow : public QObject
{
    Q_OBJECT

    ServerProcess m_server{[] {
        ServerProcess::Options o;
        o.seedDemo = true;
        return o;
    }()};
    QTemporaryDir m_caches;
    testing::TotpSteps m_steps{m_server};

    // The administrator at the safe-room terminal; researchers on the laptop.
    std::unique_ptr<Workstation> signedIn(const QString &user, bool safeRoom)
    {
        auto w = std::make_unique<Workstation>(
            testing::clientConfig(m_server.baseUrl(), m_caches.filePath(user), safeRoom));
        w->start();
        if (!testing::signInWithCode(*w, user, m_steps.next(user)))
            return nullptr;
        return w;
    }

    static std::optional<protocol::AccountSummary> waitForPerson(session::Accounts &accounts)
    {
        QSignalSpy changed(&accounts, &session::Accounts::personChanged);
        QSignalSpy failed(&accounts, &session::Accounts::actionFailed);
        if (!QTest::qWaitFor([&] { return !changed.isEmpty() || !failed.isEmpty(); }, 30'000))
            return std::nullopt;
        if (!failed.isEmpty()) {
            qWarning("%s", qPrintable(failed.first().first().toString()));
            return std::nullopt;
        }
        return changed.first().first().value<protocol::AccountSummary>();
    }

    QString idOf(session::Accounts &accounts, const QString &username)
    {
        for (const protocol::AccountSummary &p : accounts.directory().people)
            if (p.user.username == username)
                return p.user.id;
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_caches.isValid(), "no temporary folder");
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void aResearcherDisabledMidSessionIsThrownOutAtTheirNextRequest()
    {
        auto asha = signedIn("asha.patel", false);
        QVERIFY(asha);
        auto priya = signedIn("priya.shah", true);
        QVERIFY(priya);
        session::Accounts accounts(priya->session());
        QSignalSpy listed(&accounts, &session::Accounts::directoryChanged);
        accounts.refresh();
        QVERIFY(QTest::qWaitFor([&] { return accounts.fromServer(); }, 30'000));
        const QString ashaId = idOf(accounts, "asha.patel");
        QVERIFY(!ashaId.isEmpty());

        // Nobody disables themselves: the server says why.
        QSignalSpy refused(&accounts, &session::Accounts::actionFailed);
        accounts.disable(accounts.ownUserId(), "testing");
        QVERIFY(refused.wait(30'000));
        QVERIFY2(refused.first().first().toString().contains("your own account"),
                 qPrintable(refused.first().first().toString()));

        accounts.disable(ashaId, "Left the university");
        const auto disabled = waitForPerson(accounts);
        QVERIFY(disabled);
        QVERIFY(disabled->user.disabled);

        // asha's very next request: refused, and her workstation locks with the server's reason.
        QCOMPARE(asha->session()->state(), Session::State::Active);
        QSignalSpy locked(asha->session(), &Session::locked);
        asha->workspaceSync()->refreshProjects();
        QVERIFY(locked.wait(30'000));
        QCOMPARE(asha->session()->state(), Session::State::Locked);
        QVERIFY2(asha->session()->lockMessage().contains("disabled"),
                 qPrintable(asha->session()->lockMessage()));

        // Signing in again from the lock screen is refused with the same reason.
        QSignalSpy signInRefused(asha->session(), &Session::signInFailed);
        QByteArray password = "demo-asha.patel";
        asha->session()->unlock(crypto::SecureBuffer::takeFrom(password), m_steps.next("asha.patel"));
        QVERIFY(signInRefused.wait(30'000));
        QCOMPARE(signInRefused.first().first().value<api::ApiFailure>().serverCode,
                 QString("account-disabled"));

        // Enabled again, for the tests after this one.
        accounts.enable(ashaId, {});
        const auto enabled = waitForPerson(accounts);
        QVERIFY(enabled && !enabled->user.disabled);
    }

    void aPersonAddedSignsInWithTheSecretsShownOnce()
    {
        auto priya = signedIn("priya.shah", true);
        QVERIFY(priya);
        session::Accounts accounts(priya->session());
        QSignalSpy issued(&accounts, &session::Accounts::secretsIssued);
        protocol::NewAccountRequest request;
        request.username = "gwen.morgan";
        request.displayName = "Gwen Morgan";
        request.roles = {domain::Role::OutputChecker};
        accounts.create(request);
        QVERIFY(issued.wait(30'000));
        auto secrets = issued.first().first().value<std::shared_ptr<const session::IssuedSecrets>>();
        QVERIFY(secrets);
        QCOMPARE(secrets->username, QString("gwen.morgan"));
        QVERIFY(!secrets->initialPassword.isEmpty());

        auto totpKey = crypto::base32Decode(secrets->totpSecret.view());
        QVERIFY(totpKey);
        const crypto::Totp totp(std::move(*totpKey));
        const QString code = QString::fromLatin1(totp.codeAt(QDateTime::currentSecsSinceEpoch()));

        Workstation gwen(testing::clientConfig(m_server.baseUrl(), m_caches.filePath("gwen"), true));
        gwen.start();
        QSignalSpy in(gwen.session(), &Session::signedIn);
        QSignalSpy failed(gwen.session(), &Session::signInFailed);
        gwen.session()->signIn("gwen.morgan", secrets->initialPassword.clone(), code);
        QVERIFY(QTest::qWaitFor([&] { return !in.isEmpty() || !failed.isEmpty(); }, 30'000));
        QVERIFY2(!in.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.first().first().value<api::ApiFailure>().message));
        QCOMPARE(gwen.session()->me().user.username, QString("gwen.morgan"));
    }
};

QTEST_GUILESS_MAIN(TestAccountsFlow)
#include "tst_accounts_flow.moc"
