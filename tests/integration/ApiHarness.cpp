#include "ApiHarness.h"

#include "ServerProcess.h"
#include "TestDatabase.h"

#include "crypto/PasswordHasher.h"
#include "crypto/Totp.h"
#include "http/ClearanceServer.h"
#include "services/ProjectService.h"
#include "store/AuditLog.h"
#include "store/BookingRepository.h"
#include "store/DataOwnerRepository.h"
#include "store/OrganisationRepository.h"
#include "store/ProjectRepository.h"
#include "store/UserRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>

namespace srs::testing {

using namespace srs;

ApiHarness::ApiHarness() = default;

ApiHarness::~ApiHarness()
{
    if (m_server) {
        m_server->stop();
        if (m_thread.joinable())
            m_thread.join();
    }
}

QDateTime ApiHarness::now() const
{
    return QDateTime::currentDateTimeUtc().addSecs(m_offsetSeconds.load());
}

bool ApiHarness::start()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_testDb = std::make_unique<TestDatabase>(TestDatabase::create());
    if (!m_testDb->db) {
        m_error = QStringLiteral("test database: ") + m_testDb->error;
        return false;
    }
    server::ServerConfig config;
    config.dataDir = m_dir->path();
    config.database = m_testDb->config;
    config.listenHost = QStringLiteral("127.0.0.1");
    config.listenPort = 0;
    config.certificateFile = ServerProcess::pkiFile(QStringLiteral("server.crt"));
    config.keyFile = ServerProcess::pkiFile(QStringLiteral("server.key"));
    config.deviceCaFile = ServerProcess::pkiFile(QStringLiteral("ca.crt"));
    config.crlFile = m_crlFile;
    config.ukRanges = {*domain::IpRange::parse(u"127.0.0.0/8")};
    config.threads = 8;
    if (m_configure)
        m_configure(config);
    auto context = server::ServerContext::open(config);
    if (!context) {
        m_error = context.error().message;
        return false;
    }
    m_context = std::move(context).value();
    m_context->setClock([this] { return now(); });
    if (!buildWorld())
        return false;
    m_server = std::make_unique<server::ClearanceServer>(*m_context);
    if (const Status s = m_server->bind(); !s) {
        m_error = s.error().message;
        return false;
    }
    m_port = m_server->port();
    m_thread = std::thread([this] {
        m_server->run();
        m_context->database().releaseThreadConnection();
    });
    return true;
}

bool ApiHarness::buildWorld()
{
    store::Database &db = m_context->database();
    const QDate today = now().date();
    auto fail = [this](const QString &what, const QString &why) {
        m_error = what + QStringLiteral(": ") + why;
        return false;
    };
    store::OrganisationRepository orgs(db);
    domain::Site site{QStringLiteral("site-1"),
                      QStringLiteral("Demo Safe Room"),
                      {*domain::IpRange::parse(u"127.0.0.0/8")}};
    if (auto s = orgs.saveSite(site); !s)
        return fail(QStringLiteral("site"), s.errorString());
    // Its terminals, for bookings: the test PKI's safe-room certificate is sr-demo-01.
    for (const char *terminal : {"sr-demo-01", "sr-demo-02"})
        if (auto s = store::BookingRepository(db).addTerminal(site.id, QString::fromLatin1(terminal)); !s)
            return fail(QStringLiteral("terminal"), s.errorString());
    domain::Organisation uni;
    uni.id = QStringLiteral("org-1");
    uni.name = QStringLiteral("Demo University");
    uni.agreementValidUntil = today.addDays(365);
    uni.egressRanges = {{*domain::IpRange::parse(u"127.0.0.0/8"), domain::NetworkKind::RemoteAccess}};
    if (auto s = orgs.save(uni); !s)
        return fail(QStringLiteral("organisation"), s.errorString());

    store::UserRepository users(db);
    const crypto::PasswordHasher hasher(crypto::Argon2Parameters::fastForTests());
    struct Person
    {
        const char *username;
        QList<domain::Role> roles;
        std::optional<domain::Accreditation> accreditation;
        bool declarations;
    };
    using domain::AccreditationKind;
    const QList<Person> people{
        {"res",
         {domain::Role::Researcher},
         domain::Accreditation::standard(AccreditationKind::Full, today.addDays(-30)),
         true},
        {"sup",
         {domain::Role::Researcher},
         domain::Accreditation::standard(AccreditationKind::Full, today.addDays(-30)),
         true},
        {"prov",
         {domain::Role::Researcher},
         domain::Accreditation::standard(AccreditationKind::Provisional, today.addDays(-3)),
         true},
        {"expired",
         {domain::Role::Researcher},
         domain::Accreditation{AccreditationKind::Full, today.addYears(-5), today.addDays(-1), false},
         true},
        {"nodecl",
         {domain::Role::Researcher},
         domain::Accreditation::standard(AccreditationKind::Full, today.addDays(-30)),
         false},
        {"checker", {domain::Role::OutputChecker}, std::nullopt, true},
        // Two more output checkers (two review each request; a third is refused), and a
        // researcher who is also an output checker, a member of P1 (never reviews its requests).
        {"checker2", {domain::Role::OutputChecker}, std::nullopt, true},
        {"checker3", {domain::Role::OutputChecker}, std::nullopt, true},
        {"rescheck",
         {domain::Role::Researcher, domain::Role::OutputChecker},
         domain::Accreditation::standard(AccreditationKind::Full, today.addDays(-30)),
         true},
        // Data owners' approvers: two for OWN1 (the panel trust), one for OWN2.
        {"owner", {domain::Role::DataOwner}, std::nullopt, true},
        {"ownerb", {domain::Role::DataOwner}, std::nullopt, true},
        {"owner2", {domain::Role::DataOwner}, std::nullopt, true},
        // An administrator: support staff who manage people's accounts and run the service desk
        // (deciding extensions, suspending and reopening; a room's day, terminal blocks).
        {"admin", {domain::Role::Administrator}, std::nullopt, true},
    };
    for (const Person &p : people) {
        const QString username = QString::fromLatin1(p.username);
        store::UserRecord r;
        r.profile.id = QStringLiteral("u-") + username;
        r.profile.username = username;
        r.profile.displayName = username.toUpper();
        r.profile.roles = p.roles;
        r.passwordHash = QString::fromLatin1(hasher.hash(Password));
        crypto::SecureBuffer secret = crypto::Totp::generateSecret();
        m_totpSecrets.insert(username, secret.view().toByteArray());
        r.totpSecret = QString::fromLatin1(
            m_context->secrets().seal(secret.view(), (QStringLiteral("totp:") + r.profile.id).toUtf8()));
        r.createdAt = now();
        if (auto s = users.create(r); !s)
            return fail(username, s.errorString());
        if (p.accreditation)
            if (auto s = users.addAccreditation(r.profile.id, *p.accreditation, now()); !s)
                return fail(username, s.errorString());
        if (p.declarations) {
            for (auto kind : {domain::DeclarationKind::Security, domain::DeclarationKind::ExtendedSyops})
                if (auto s = users.addDeclaration(r.profile.id, {kind, 1, now()}); !s)
                    return fail(username, s.errorString());
        }
    }

    store::ProjectRepository projects(db);
    auto project = [&](const char *id, domain::ProjectStatus status, bool home,
                       QList<domain::ProjectMember> members) {
        domain::Project p;
        p.id = QString::fromLatin1(id);
        p.title = QStringLiteral("Project ") + p.id;
        p.leadUserId = QStringLiteral("u-res");
        p.status = status;
        p.startDate = today.addDays(-100);
        p.endDate = today.addDays(100);
        p.homeWorkingApproved = home;
        if (auto saved = projects.save(p); !saved)
            return saved;
        for (const domain::ProjectMember &m : members)
            if (auto added = projects.setMember(p.id, m.userId, m.role); !added)
                return added;
        return store::Status{};
    };
    using domain::ProjectRole;
    using domain::ProjectStatus;
    const QList<domain::ProjectMember> everyone{{QStringLiteral("u-res"), ProjectRole::Lead},
                                                {QStringLiteral("u-sup"), ProjectRole::Supervisor},
                                                {QStringLiteral("u-prov"), ProjectRole::Member},
                                                {QStringLiteral("u-nodecl"), ProjectRole::Member},
                                                {QStringLiteral("u-expired"), ProjectRole::Member},
                                                {QStringLiteral("u-rescheck"), ProjectRole::Member}};
    if (auto s = project("P1", ProjectStatus::Active, true, everyone); !s)
        return fail(QStringLiteral("P1"), s.errorString());
    if (auto s = project("P2", ProjectStatus::Active, false, {{QStringLiteral("u-res"), ProjectRole::Lead}});
        !s)
        return fail(QStringLiteral("P2"), s.errorString());
    if (auto s =
            project("P3", ProjectStatus::Completed, true, {{QStringLiteral("u-res"), ProjectRole::Lead}});
        !s)
        return fail(QStringLiteral("P3"), s.errorString());
    if (auto s = project(
            "P4", ProjectStatus::Active, true,
            {{QStringLiteral("u-res"), ProjectRole::Lead}, {QStringLiteral("u-prov"), ProjectRole::Member}});
        !s)
        return fail(QStringLiteral("P4"), s.errorString());
    const domain::Dataset open{QStringLiteral("D1"), QStringLiteral("Census extract"), QStringLiteral("ONS"),
                               domain::DatasetAccess::RemoteAllowed};
    const domain::Dataset closed{QStringLiteral("D2"), QStringLiteral("Hospital episodes"),
                                 QStringLiteral("NHS"), domain::DatasetAccess::SafeRoomOnly};
    for (const auto &d : {open, closed})
        if (auto s = projects.saveDataset(d); !s)
            return fail(d.id, s.errorString());
    for (const auto &[p, d] : {std::pair{"P1", "D1"}, std::pair{"P2", "D1"}, std::pair{"P2", "D2"}})
        if (auto s = projects.mapDataset(QString::fromLatin1(p), QString::fromLatin1(d)); !s)
            return fail(QStringLiteral("map"), s.errorString());

    // Data owners: OWN1 requires one approval for its dataset D3; a request of P4 for D3 (A-1)
    // waits for it. OWN2 owns nothing yet.
    store::DataOwnerRepository owners(db);
    for (const domain::DataOwner &o :
         {domain::DataOwner{QStringLiteral("OWN1"), QStringLiteral("Panel Trust"), true, 1},
          domain::DataOwner{QStringLiteral("OWN2"), QStringLiteral("Statistics Office"), true, 1}})
        if (auto s = owners.saveOwner(o); !s)
            return fail(o.id, s.errorString());
    const domain::Dataset panel{QStringLiteral("D3"), QStringLiteral("Household panel"),
                                QStringLiteral("Panel Trust"), domain::DatasetAccess::RemoteAllowed};
    if (auto s = projects.saveDataset(panel); !s)
        return fail(panel.id, s.errorString());
    if (auto s = owners.setDatasetOwner(panel.id, QStringLiteral("OWN1")); !s)
        return fail(panel.id, s.errorString());
    for (const auto &[user, owner] :
         {std::pair{"u-owner", "OWN1"}, std::pair{"u-ownerb", "OWN1"}, std::pair{"u-owner2", "OWN2"}})
        if (auto s = owners.setApprover(QString::fromLatin1(user), QString::fromLatin1(owner)); !s)
            return fail(QStringLiteral("approver"), s.errorString());
    domain::ApprovalRequest waiting;
    waiting.id = QStringLiteral("A-1");
    waiting.projectId = QStringLiteral("P4");
    waiting.datasetId = panel.id;
    waiting.ownerId = QStringLiteral("OWN1");
    waiting.requestedAt = now();
    if (auto s = owners.createRequest(waiting); !s)
        return fail(waiting.id, s.errorString());

    // A small workspace for P1, indexed by the same code the server runs.
    const QString folder = m_context->workspaceFolder(QStringLiteral("P1"));
    QDir().mkpath(folder + QStringLiteral("/code"));
    for (const char *name : {"code/analysis.R", "README.md"}) {
        QFile f(folder + QLatin1Char('/') + QString::fromLatin1(name));
        if (!f.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("workspace"), f.errorString());
        f.write("# synthetic\n");
    }
    auto scanned = server::WorkspaceScanner(*m_context).scanAll();
    if (!scanned)
        return fail(QStringLiteral("workspace scan"), scanned.error().message);
    return true;
}

QByteArray ApiHarness::totpCode(const QString &username, qint64 offsetSteps) const
{
    crypto::Totp totp(crypto::SecureBuffer::fromBytes(m_totpSecrets.value(username)));
    return totp.codeAt(now().toSecsSinceEpoch() + offsetSteps * 30);
}

Reply ApiHarness::call(const QByteArray &method, const QString &path, const QByteArray &body,
                       const QString &token, Device device, Connection *connection,
                       const QList<QByteArray> &headers)
{
    return callServer(m_port, method, path, body, token, device, connection, headers);
}

QString ApiHarness::signIn(const QString &username, Device device, Reply *out)
{
    const QJsonObject body{{QStringLiteral("username"), username},
                           {QStringLiteral("password"), QString::fromLatin1(Password)},
                           {QStringLiteral("totp_code"), QString::fromLatin1(totpCode(username))}};
    Reply r = call("POST", QStringLiteral("/api/v1/sessions"), QJsonDocument(body).toJson(), {}, device);
    if (out)
        *out = r;
    return r.status == 201 ? r.json.value(QStringLiteral("token")).toString() : QString();
}

QString ApiHarness::dataDir() const
{
    return m_dir ? m_dir->path() : QString();
}

int ApiHarness::auditEventCount()
{
    auto events = store::AuditLog(m_context->database()).list(0, 1000000);
    return events ? static_cast<int>(events.value().size()) : -1;
}

} // namespace srs::testing
