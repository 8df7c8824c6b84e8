#include "domain/AccessPolicy.h"

#include <QSet>
#include <QTest>

#include <functional>

using namespace srs::domain;

// Each row changes the baseline world (which is allowed) in one way.
using Mutation = std::function<void(AccessRequest &, PolicyConfig &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

QDateTime at(int y, int m, int d, int hour = 12, int minute = 0)
{
    return QDateTime(QDate(y, m, d), QTime(hour, minute), QTimeZone::utc());
}

IpAddress ip(const char *text)
{
    return *IpAddress::parse(QString::fromLatin1(text));
}

IpRange range(const char *text)
{
    return *IpRange::parse(QString::fromLatin1(text));
}

DeviceIdentity orgDevice(const QString &org)
{
    DeviceIdentity d;
    d.deviceClass = DeviceClass::OrganisationDevice;
    d.organisation = org;
    d.commonName = "laptop-1";
    return d;
}

DeviceIdentity safeRoomTerminal(const QString &site)
{
    DeviceIdentity d;
    d.deviceClass = DeviceClass::SafeRoomTerminal;
    d.organisation = "Secure Research Service";
    d.site = site;
    d.commonName = "sr-07";
    return d;
}

// The UK is played by the documentation ranges 203.0.113.0/24, 198.51.100.0/24, 2001:db8::/32;
// 192.0.2.0/24 and everything else is "abroad".
PolicyConfig baseConfig()
{
    PolicyConfig c;
    c.ukRanges = {range("203.0.113.0/24"), range("198.51.100.0/24"), range("2001:db8::/32")};
    c.sites = {{"site-newport", "Newport Safe Room", {range("10.20.0.0/16")}}};
    Organisation du;
    du.id = "org-du";
    du.name = "Demo University";
    du.agreementValidUntil = QDate(2026, 6, 30);
    du.egressRanges = {{range("203.0.113.0/28"), NetworkKind::Office},
                       {range("203.0.113.64/27"), NetworkKind::RemoteAccess},
                       {range("2001:db8:10::/48"), NetworkKind::Office},
                       {range("2001:db8:20::/48"), NetworkKind::RemoteAccess}};
    Organisation ex;
    ex.id = "org-ex";
    ex.name = "Example Institute";
    ex.egressRanges = {{range("198.51.100.0/24"), NetworkKind::Office}};
    Organisation abroad;
    abroad.id = "org-abroad";
    abroad.name = "Abroad Ltd";
    abroad.agreementValidUntil = QDate(2030, 1, 1);
    abroad.egressRanges = {{range("192.0.2.0/24"), NetworkKind::Office}};
    c.organisations = {du, ex, abroad};
    c.securityDeclarationVersion = 1;
    c.extendedSyopsVersion = 1;
    return c;
}

AccessRequest baseRequest()
{
    AccessRequest r;
    r.user.id = "u-alice";
    r.user.username = "alice";
    r.user.roles = {Role::Researcher};
    r.user.accreditation =
        Accreditation{AccreditationKind::Full, QDate(2021, 3, 4), QDate(2026, 3, 3), false};
    r.user.declarations = {{DeclarationKind::Security, 1, at(2025, 1, 10)}};
    r.setting.device = orgDevice("Demo University");
    r.setting.sourceAddress = ip("203.0.113.5");
    Project p;
    p.id = "P-2025-001";
    p.title = "Housing and health";
    p.leadUserId = "u-lead";
    p.status = ProjectStatus::Active;
    p.startDate = QDate(2025, 1, 1);
    p.endDate = QDate(2026, 12, 31);
    p.members = {
        {"u-lead", ProjectRole::Lead}, {"u-alice", ProjectRole::Member}, {"u-bob", ProjectRole::Supervisor}};
    p.datasetIds = {"D-remote", "D-saferoom"};
    r.project = p;
    r.memberAccreditations.insert("u-bob",
                                  Accreditation::standard(AccreditationKind::Full, QDate(2024, 1, 1)));
    r.now = at(2026, 1, 15);
    return r;
}

Dataset dataset(const char *id, DatasetAccess access)
{
    return {QString::fromLatin1(id), "Title", "Owner", access};
}

void goHome(AccessRequest &r)
{
    r.setting.sourceAddress = ip("203.0.113.70");
}

void makeProvisional(AccessRequest &r)
{
    r.user.accreditation = Accreditation::standard(AccreditationKind::Provisional, QDate(2025, 6, 1));
}

} // namespace

class TestAccessPolicy : public QObject
{
    Q_OBJECT
private slots:
    void decide_data();
    void decide();
    void messagesNameDatesAndNextSteps();
    void firstFailingRuleWins();
    void owedDeclarations();
    void datasetVisibility();
    void roleChecks();
    void pairedHelpersAgree();
    void reasonCodesAreUnique();
    void serviceDayIsTheZonesCalendarDay();
    void openForChecking_data();
    void openForChecking();
    void openForCheckingMessagesSayWhere();
};

void TestAccessPolicy::decide_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("setting");

    const auto row = [](const char *name, Mutation m, const char *code, const char *setting = "") {
        QTest::newRow(name) << m << QString::fromLatin1(code) << QString::fromLatin1(setting);
    };
    const auto none = [](AccessRequest &, PolicyConfig &) {};

    // Baselines.
    row("baseline: office, project", none, "allowed", "organisation-office");
    row(
        "sign-in level (no project)", [](AccessRequest &r, PolicyConfig &) { r.project.reset(); }, "allowed",
        "organisation-office");

    // --- Safe Settings: device ---
    row(
        "unknown device class",
        [](AccessRequest &r, PolicyConfig &) { r.setting.device.deviceClass = DeviceClass::Unknown; },
        "unknown-device");
    row(
        "no source address", [](AccessRequest &r, PolicyConfig &) { r.setting.sourceAddress = IpAddress(); },
        "source-address-invalid");

    // --- Safe room ---
    const auto safeRoomAt = [](const char *address) {
        return [address](AccessRequest &r, PolicyConfig &) {
            r.setting.device = safeRoomTerminal("Newport Safe Room");
            r.setting.sourceAddress = ip(address);
        };
    };
    row("safe room: network first address", safeRoomAt("10.20.0.0"), "allowed", "safe-room");
    row("safe room: network last address", safeRoomAt("10.20.255.255"), "allowed", "safe-room");
    row("safe room: just below network", safeRoomAt("10.19.255.255"), "source-not-in-safe-room-network");
    row("safe room: just above network", safeRoomAt("10.21.0.0"), "source-not-in-safe-room-network");
    row("safe room: from a UK address outside its network", safeRoomAt("203.0.113.5"),
        "source-not-in-safe-room-network");
    row(
        "safe room: unknown site",
        [](AccessRequest &r, PolicyConfig &) {
            r.setting.device = safeRoomTerminal("Elsewhere");
            r.setting.sourceAddress = ip("10.20.0.1");
        },
        "unknown-site");
    row(
        "safe room: no site field",
        [](AccessRequest &r, PolicyConfig &) {
            r.setting.device = safeRoomTerminal("");
            r.setting.sourceAddress = ip("10.20.0.1");
        },
        "unknown-site");

    // --- Organisation devices: agreement ---
    row(
        "unknown organisation",
        [](AccessRequest &r, PolicyConfig &) { r.setting.device = orgDevice("Nobody plc"); },
        "unknown-organisation");
    row(
        "organisation field empty",
        [](AccessRequest &r, PolicyConfig &) { r.setting.device = orgDevice(""); }, "unknown-organisation");
    row(
        "organisation without agreement",
        [](AccessRequest &r, PolicyConfig &) {
            r.setting.device = orgDevice("Example Institute");
            r.setting.sourceAddress = ip("198.51.100.9");
        },
        "no-agreement");
    row(
        "agreement: last day",
        [](AccessRequest &r, PolicyConfig &) {
            r.now = at(2026, 6, 30, 12);
            r.user.accreditation->validTo = QDate(2030, 1, 1);
        },
        "allowed", "organisation-office");
    row(
        "agreement: day after", [](AccessRequest &r, PolicyConfig &) { r.now = at(2026, 7, 1, 12); },
        "agreement-expired");
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
    row(
        "agreement: after midnight in London, still 30 June in UTC",
        [](AccessRequest &r, PolicyConfig &) { r.now = at(2026, 6, 30, 23, 30); }, "agreement-expired");
    row(
        "agreement: service zone set to UTC",
        [](AccessRequest &r, PolicyConfig &c) {
            r.now = at(2026, 6, 30, 23, 30);
            r.user.accreditation->validTo = QDate(2030, 1, 1);
            c.timeZone = QTimeZone::utc();
        },
        "allowed", "organisation-office");

    // --- Organisation devices: network ---
    const auto from = [](const char *address) {
        return [address](AccessRequest &r, PolicyConfig &) { r.setting.sourceAddress = ip(address); };
    };
    row("office range first address", from("203.0.113.0"), "allowed", "organisation-office");
    row("office range last address", from("203.0.113.15"), "allowed", "organisation-office");
    row("just past the office range (UK, not egress)", from("203.0.113.16"), "source-not-in-egress-ranges");
    // Remote-access ranges are home working; at sign-in level that is allowed.
    const auto fromAtSignIn = [](const char *address) {
        return [address](AccessRequest &r, PolicyConfig &) {
            r.setting.sourceAddress = ip(address);
            r.project.reset();
        };
    };
    row("remote-access range first address", fromAtSignIn("203.0.113.64"), "allowed", "home-working");
    row("remote-access range last address", fromAtSignIn("203.0.113.95"), "allowed", "home-working");
    row("just before the remote-access range", from("203.0.113.63"), "source-not-in-egress-ranges");
    row("just past the remote-access range", from("203.0.113.96"), "source-not-in-egress-ranges");
    row("other UK address", from("198.51.100.7"), "source-not-in-egress-ranges");
    row("outside the UK", from("192.0.2.10"), "outside-uk");
    row(
        "organisation egress outside the UK",
        [](AccessRequest &r, PolicyConfig &) {
            r.setting.device = orgDevice("Abroad Ltd");
            r.setting.sourceAddress = ip("192.0.2.10");
        },
        "outside-uk");
    row("ipv4-mapped ipv6 source", from("::ffff:203.0.113.5"), "allowed", "organisation-office");
    row("ipv6 office", from("2001:db8:10::1"), "allowed", "organisation-office");
    row("ipv6 remote-access last address", fromAtSignIn("2001:db8:20:ffff:ffff:ffff:ffff:ffff"), "allowed",
        "home-working");
    row("ipv6 UK, not egress", from("2001:db8:30::1"), "source-not-in-egress-ranges");
    row("ipv6 outside UK", from("2001:db9::1"), "outside-uk");
    row("private address from an organisation device", from("10.20.0.1"), "outside-uk");

    // --- Safe People ---
    row(
        "account disabled", [](AccessRequest &r, PolicyConfig &) { r.user.disabled = true; },
        "account-disabled");
    row(
        "no accreditation", [](AccessRequest &r, PolicyConfig &) { r.user.accreditation.reset(); },
        "not-accredited");
    row(
        "accreditation revoked",
        [](AccessRequest &r, PolicyConfig &) { r.user.accreditation->revoked = true; },
        "accreditation-revoked");
    row(
        "accreditation: first day",
        [](AccessRequest &r, PolicyConfig &) { r.user.accreditation->validFrom = QDate(2026, 1, 15); },
        "allowed", "organisation-office");
    row(
        "accreditation: day before it starts",
        [](AccessRequest &r, PolicyConfig &) { r.user.accreditation->validFrom = QDate(2026, 1, 16); },
        "accreditation-not-yet-valid");
    row(
        "accreditation: last day", [](AccessRequest &r, PolicyConfig &) { r.now = at(2026, 3, 3, 12); },
        "allowed", "organisation-office");
    row(
        "accreditation: last day, late evening in London (GMT)",
        [](AccessRequest &r, PolicyConfig &) { r.now = at(2026, 3, 3, 23, 59); }, "allowed",
        "organisation-office");
    row(
        "accreditation: day after", [](AccessRequest &r, PolicyConfig &) { r.now = at(2026, 3, 4, 0, 0); },
        "accreditation-expired");
    row(
        "output checker without accreditation, sign-in",
        [](AccessRequest &r, PolicyConfig &) {
            r.user.roles = {Role::OutputChecker};
            r.user.accreditation.reset();
            r.project.reset();
        },
        "allowed", "organisation-office");
    row(
        "administrator without accreditation, sign-in",
        [](AccessRequest &r, PolicyConfig &) {
            r.user.roles = {Role::Administrator};
            r.user.accreditation.reset();
            r.project.reset();
        },
        "allowed", "organisation-office");
    row(
        "disabled output checker",
        [](AccessRequest &r, PolicyConfig &) {
            r.user.roles = {Role::OutputChecker};
            r.user.disabled = true;
        },
        "account-disabled");

    // --- Safe Projects ---
    row(
        "not a member", [](AccessRequest &r, PolicyConfig &) { r.project->members.removeAt(1); },
        "not-a-member");
    row(
        "project completed",
        [](AccessRequest &r, PolicyConfig &) { r.project->status = ProjectStatus::Completed; },
        "project-not-active");
    row(
        "project suspended",
        [](AccessRequest &r, PolicyConfig &) { r.project->status = ProjectStatus::Suspended; },
        "project-not-active");
    row(
        "project: first day",
        [](AccessRequest &r, PolicyConfig &) { r.project->startDate = QDate(2026, 1, 15); }, "allowed",
        "organisation-office");
    row(
        "project: day before start",
        [](AccessRequest &r, PolicyConfig &) { r.project->startDate = QDate(2026, 1, 16); },
        "project-not-started");
    row(
        "project: last day",
        [](AccessRequest &r, PolicyConfig &) { r.project->endDate = QDate(2026, 1, 15); }, "allowed",
        "organisation-office");
    row(
        "project: day after end",
        [](AccessRequest &r, PolicyConfig &) { r.project->endDate = QDate(2026, 1, 14); }, "project-ended");
    row(
        "project: extended, last day of extension",
        [](AccessRequest &r, PolicyConfig &) {
            r.project->endDate = QDate(2025, 12, 31);
            r.project->extendedTo = QDate(2026, 1, 15);
        },
        "allowed", "organisation-office");
    row(
        "project: extended, day after extension",
        [](AccessRequest &r, PolicyConfig &) {
            r.project->endDate = QDate(2025, 12, 31);
            r.project->extendedTo = QDate(2026, 1, 14);
        },
        "project-ended");
    row(
        "project: no end date", [](AccessRequest &r, PolicyConfig &) { r.project->endDate = QDate(); },
        "project-ended");

    // Provisional researchers.
    row(
        "provisional with accredited supervisor",
        [](AccessRequest &r, PolicyConfig &) { makeProvisional(r); }, "allowed", "organisation-office");
    row(
        "provisional, no supervisor on project",
        [](AccessRequest &r, PolicyConfig &) {
            makeProvisional(r);
            r.project->members.removeLast();
        },
        "provisional-without-supervisor");
    row(
        "provisional, supervisor's accreditation expired",
        [](AccessRequest &r, PolicyConfig &) {
            makeProvisional(r);
            r.memberAccreditations["u-bob"].validTo = QDate(2026, 1, 14);
        },
        "provisional-without-supervisor");
    row(
        "provisional, supervisor's accreditation ends today",
        [](AccessRequest &r, PolicyConfig &) {
            makeProvisional(r);
            r.memberAccreditations["u-bob"].validTo = QDate(2026, 1, 15);
        },
        "allowed", "organisation-office");
    row(
        "provisional, supervisor only provisional",
        [](AccessRequest &r, PolicyConfig &) {
            makeProvisional(r);
            r.memberAccreditations["u-bob"].kind = AccreditationKind::Provisional;
        },
        "provisional-without-supervisor");
    row(
        "provisional, supervisor revoked",
        [](AccessRequest &r, PolicyConfig &) {
            makeProvisional(r);
            r.memberAccreditations["u-bob"].revoked = true;
        },
        "provisional-without-supervisor");
    row(
        "provisional, supervisor's accreditation unknown",
        [](AccessRequest &r, PolicyConfig &) {
            makeProvisional(r);
            r.memberAccreditations.clear();
        },
        "provisional-without-supervisor");
    row(
        "provisional, accredited lead is not a supervisor",
        [](AccessRequest &r, PolicyConfig &) {
            makeProvisional(r);
            r.project->members.removeLast();
            r.memberAccreditations.insert(
                "u-lead", Accreditation::standard(AccreditationKind::Full, QDate(2024, 1, 1)));
        },
        "provisional-without-supervisor");
    row(
        "provisional who is the supervisor themselves",
        [](AccessRequest &r, PolicyConfig &) {
            makeProvisional(r);
            r.project->members = {{"u-alice", ProjectRole::Supervisor}};
            r.memberAccreditations = {
                {"u-alice", Accreditation::standard(AccreditationKind::Full, QDate(2024, 1, 1))}};
        },
        "provisional-without-supervisor");
    row(
        "provisional at sign-in (no project)",
        [](AccessRequest &r, PolicyConfig &) {
            makeProvisional(r);
            r.project.reset();
        },
        "allowed", "organisation-office");

    // People with more than one role. Being a project member is acting as a researcher: the
    // researcher's rules hold whatever other roles the person has. Acting only as staff (signing
    // in to review or administer) needs no accreditation.
    const auto alsoChecker = [](AccessRequest &r) { r.user.roles = {Role::Researcher, Role::OutputChecker}; };
    row(
        "checker+member, valid accreditation",
        [alsoChecker](AccessRequest &r, PolicyConfig &) { alsoChecker(r); }, "allowed",
        "organisation-office");
    row(
        "checker+member, accreditation expired",
        [alsoChecker](AccessRequest &r, PolicyConfig &) {
            alsoChecker(r);
            r.now = at(2026, 3, 4, 12);
        },
        "accreditation-expired");
    row(
        "checker+member, accreditation revoked",
        [alsoChecker](AccessRequest &r, PolicyConfig &) {
            alsoChecker(r);
            r.user.accreditation->revoked = true;
        },
        "accreditation-revoked");
    row(
        "checker+member, accreditation not yet valid",
        [alsoChecker](AccessRequest &r, PolicyConfig &) {
            alsoChecker(r);
            r.user.accreditation->validFrom = QDate(2026, 1, 16);
        },
        "accreditation-not-yet-valid");
    row(
        "checker+member, provisional without supervisor",
        [alsoChecker](AccessRequest &r, PolicyConfig &) {
            alsoChecker(r);
            makeProvisional(r);
            r.project->members.removeLast();
        },
        "provisional-without-supervisor");
    row(
        "checker+member, provisional with accredited supervisor",
        [alsoChecker](AccessRequest &r, PolicyConfig &) {
            alsoChecker(r);
            makeProvisional(r);
        },
        "allowed", "organisation-office");
    row(
        "checker+member, accreditation revoked, sign-in still allowed",
        [alsoChecker](AccessRequest &r, PolicyConfig &) {
            alsoChecker(r);
            r.user.accreditation->revoked = true;
            r.project.reset();
        },
        "allowed", "organisation-office");
    row(
        "checker+member, provisional without supervisor, sign-in still allowed",
        [alsoChecker](AccessRequest &r, PolicyConfig &) {
            alsoChecker(r);
            makeProvisional(r);
            r.project->members.removeLast();
            r.project.reset();
        },
        "allowed", "organisation-office");
    row(
        "admin+member, accreditation revoked",
        [](AccessRequest &r, PolicyConfig &) {
            r.user.roles = {Role::Researcher, Role::Administrator};
            r.user.accreditation->revoked = true;
        },
        "accreditation-revoked");
    row(
        "admin+member, no accreditation",
        [](AccessRequest &r, PolicyConfig &) {
            r.user.roles = {Role::Administrator};
            r.user.accreditation.reset();
        },
        "not-accredited");
    row(
        "admin+member, valid accreditation",
        [](AccessRequest &r, PolicyConfig &) {
            r.user.roles = {Role::Researcher, Role::Administrator};
        },
        "allowed", "organisation-office");
    row(
        "unaccredited checker added to a project",
        [](AccessRequest &r, PolicyConfig &) {
            r.user.roles = {Role::OutputChecker};
            r.user.accreditation.reset();
        },
        "not-accredited");
    row(
        "unaccredited checker not on the project: told only that",
        [](AccessRequest &r, PolicyConfig &) {
            r.user.roles = {Role::OutputChecker};
            r.user.accreditation.reset();
            r.project->members.removeAt(1);
        },
        "not-a-member");
    row(
        "accredited checker added to a project",
        [](AccessRequest &r, PolicyConfig &) { r.user.roles = {Role::OutputChecker}; }, "allowed",
        "organisation-office");

    // Declarations.
    row(
        "security declaration missing", [](AccessRequest &r, PolicyConfig &) { r.user.declarations.clear(); },
        "security-declaration-missing");
    row(
        "security declaration outdated",
        [](AccessRequest &, PolicyConfig &c) { c.securityDeclarationVersion = 2; },
        "security-declaration-missing");
    row(
        "security declaration missing, sign-in still allowed",
        [](AccessRequest &r, PolicyConfig &) {
            r.user.declarations.clear();
            r.project.reset();
        },
        "allowed", "organisation-office");

    // Home working.
    row(
        "home working, project not approved", [](AccessRequest &r, PolicyConfig &) { goHome(r); },
        "home-working-not-approved");
    row(
        "home working, approved, no extended declaration",
        [](AccessRequest &r, PolicyConfig &) {
            goHome(r);
            r.project->homeWorkingApproved = true;
        },
        "extended-declaration-missing");
    row(
        "home working, approved, extended declaration outdated",
        [](AccessRequest &r, PolicyConfig &c) {
            goHome(r);
            r.project->homeWorkingApproved = true;
            r.user.declarations.append({DeclarationKind::ExtendedSyops, 1, at(2025, 1, 10)});
            c.extendedSyopsVersion = 2;
        },
        "extended-declaration-missing");
    row(
        "home working, approved and declared",
        [](AccessRequest &r, PolicyConfig &) {
            goHome(r);
            r.project->homeWorkingApproved = true;
            r.user.declarations.append({DeclarationKind::ExtendedSyops, 1, at(2025, 1, 10)});
        },
        "allowed", "home-working");
    row(
        "home working over ipv6, approved and declared",
        [](AccessRequest &r, PolicyConfig &) {
            r.setting.sourceAddress = ip("2001:db8:20::99");
            r.project->homeWorkingApproved = true;
            r.user.declarations.append({DeclarationKind::ExtendedSyops, 1, at(2025, 1, 10)});
        },
        "allowed", "home-working");
    row(
        "home working, sign-in allowed without approval",
        [](AccessRequest &r, PolicyConfig &) {
            goHome(r);
            r.project.reset();
        },
        "allowed", "home-working");
    row("office, project not approved for home working", none, "allowed", "organisation-office");

    // --- Safe Data ---
    row(
        "remote dataset from the office",
        [](AccessRequest &r, PolicyConfig &) {
            r.dataset = dataset("D-remote", DatasetAccess::RemoteAllowed);
        },
        "allowed", "organisation-office");
    row(
        "safe-room-only dataset from the office",
        [](AccessRequest &r, PolicyConfig &) {
            r.dataset = dataset("D-saferoom", DatasetAccess::SafeRoomOnly);
        },
        "safe-room-only-dataset");
    row(
        "safe-room-only dataset from home",
        [](AccessRequest &r, PolicyConfig &) {
            goHome(r);
            r.project->homeWorkingApproved = true;
            r.user.declarations.append({DeclarationKind::ExtendedSyops, 1, at(2025, 1, 10)});
            r.dataset = dataset("D-saferoom", DatasetAccess::SafeRoomOnly);
        },
        "safe-room-only-dataset");
    row(
        "safe-room-only dataset from a safe room",
        [](AccessRequest &r, PolicyConfig &) {
            r.setting.device = safeRoomTerminal("Newport Safe Room");
            r.setting.sourceAddress = ip("10.20.3.4");
            r.dataset = dataset("D-saferoom", DatasetAccess::SafeRoomOnly);
        },
        "allowed", "safe-room");
    row(
        "dataset not mapped to the project",
        [](AccessRequest &r, PolicyConfig &) {
            r.dataset = dataset("D-other", DatasetAccess::RemoteAllowed);
        },
        "dataset-not-in-project");
    row(
        "dataset without a project",
        [](AccessRequest &r, PolicyConfig &) {
            r.project.reset();
            r.dataset = dataset("D-remote", DatasetAccess::RemoteAllowed);
        },
        "dataset-not-in-project");
}

void TestAccessPolicy::decide()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, code);
    QFETCH(QString, setting);
    AccessRequest request = baseRequest();
    PolicyConfig config = baseConfig();
    mutate(request, config);
    const AccessPolicy policy(config);
    const Decision d = policy.decide(request);
    QCOMPARE(d.code(), code);
    QCOMPARE(d.allowed(), code == "allowed");
    if (d.allowed()) {
        QCOMPARE(settingKindToString(d.setting), setting);
        QVERIFY(!d.settingName.isEmpty());
    } else {
        QVERIFY2(!d.message.isEmpty(), "every refusal explains itself");
        QVERIFY(d.message.endsWith('.'));
    }
}

void TestAccessPolicy::messagesNameDatesAndNextSteps()
{
    AccessRequest r = baseRequest();
    r.user.accreditation->validTo = QDate(2025, 3, 3);
    const AccessPolicy policy(baseConfig());
    QCOMPARE(policy.decide(r).message,
             QString("Your accreditation expired on 3 March 2025. Contact research support to renew it."));

    AccessRequest late = baseRequest();
    late.now = at(2026, 7, 1);
    late.user.accreditation->validTo = QDate(2030, 1, 1);
    const Decision d = policy.decide(late);
    QCOMPARE(d.code(), QString("agreement-expired"));
    QVERIFY(d.message.contains("30 June 2026"));
    QVERIFY(d.message.contains("Demo University"));

    // A member who is also support staff is told that the project is why an accreditation is needed.
    AccessRequest dual = baseRequest();
    dual.user.roles = {Role::Researcher, Role::OutputChecker};
    dual.user.accreditation->revoked = true;
    const Decision revoked = policy.decide(dual);
    QCOMPARE(revoked.code(), QString("accreditation-revoked"));
    QVERIFY2(revoked.message.contains("P-2025-001") && revoked.message.contains("as a researcher") &&
                 revoked.message.contains("revoked"),
             qPrintable(revoked.message));
    QVERIFY(policy.canSignIn(dual));
    QVERIFY(!policy.canAccessProject(dual));

    AccessRequest abroad = baseRequest();
    abroad.setting.sourceAddress = ip("192.0.2.10");
    QVERIFY(policy.decide(abroad).message.contains("192.0.2.10"));
}

void TestAccessPolicy::firstFailingRuleWins()
{
    // Wrong network and expired accreditation: the setting is reported first.
    AccessRequest r = baseRequest();
    r.setting.sourceAddress = ip("192.0.2.10");
    r.now = at(2026, 4, 1);
    const AccessPolicy policy(baseConfig());
    QCOMPARE(policy.decide(r).code(), QString("outside-uk"));
    // A non-member is told only that, not the state of the project.
    AccessRequest n = baseRequest();
    n.project->members.removeAt(1);
    n.project->status = ProjectStatus::Suspended;
    QCOMPARE(policy.decide(n).code(), QString("not-a-member"));
    // A refusal after the setting check still reports the setting.
    AccessRequest s = baseRequest();
    s.user.accreditation.reset();
    const Decision d = policy.decide(s);
    QCOMPARE(d.setting, SettingKind::OrganisationOffice);
    QCOMPARE(d.settingName, QString("Demo University"));
}

void TestAccessPolicy::owedDeclarations()
{
    const AccessPolicy policy(baseConfig());
    User u = baseRequest().user;
    QCOMPARE(policy.owedDeclarations(u, SettingKind::OrganisationOffice), QList<DeclarationKind>{});
    QCOMPARE(policy.owedDeclarations(u, SettingKind::HomeWorking),
             QList<DeclarationKind>{DeclarationKind::ExtendedSyops});
    u.declarations.clear();
    QCOMPARE(policy.owedDeclarations(u, SettingKind::SafeRoom),
             QList<DeclarationKind>{DeclarationKind::Security});
    QCOMPARE(policy.owedDeclarations(u, SettingKind::HomeWorking),
             (QList<DeclarationKind>{DeclarationKind::Security, DeclarationKind::ExtendedSyops}));
    // The newest signature counts.
    u.declarations = {{DeclarationKind::Security, 2, at(2025, 1, 1)},
                      {DeclarationKind::Security, 1, at(2025, 6, 1)}};
    PolicyConfig c = baseConfig();
    c.securityDeclarationVersion = 2;
    QVERIFY(AccessPolicy(c).owedDeclarations(u, SettingKind::SafeRoom).isEmpty());
}

void TestAccessPolicy::datasetVisibility()
{
    const AccessPolicy policy(baseConfig());
    const Dataset remote = dataset("D1", DatasetAccess::RemoteAllowed);
    const Dataset safeRoom = dataset("D2", DatasetAccess::SafeRoomOnly);
    QVERIFY(policy.canSeeDataset(remote, SettingKind::HomeWorking));
    QVERIFY(policy.canSeeDataset(remote, SettingKind::OrganisationOffice));
    QVERIFY(policy.canSeeDataset(safeRoom, SettingKind::SafeRoom));
    QVERIFY(!policy.canSeeDataset(safeRoom, SettingKind::OrganisationOffice));
    QVERIFY(!policy.canSeeDataset(safeRoom, SettingKind::HomeWorking));
    QVERIFY(!policy.canSeeDataset(remote, SettingKind::Unrecognised));
}

void TestAccessPolicy::roleChecks()
{
    User u;
    u.roles = {Role::Researcher};
    QCOMPARE(AccessPolicy::checkCanAdminister(u).code(), QString("not-an-administrator"));
    QVERIFY(!AccessPolicy::canCheckOutputs(u));
    u.roles.append(Role::OutputChecker);
    QVERIFY(AccessPolicy::canCheckOutputs(u));
    QVERIFY(!AccessPolicy::canAdminister(u));
    u.roles.append(Role::Administrator);
    QVERIFY(AccessPolicy::canAdminister(u));
    u.disabled = true;
    QVERIFY(!AccessPolicy::canAdminister(u));
    QVERIFY(!AccessPolicy::canCheckOutputs(u));
}

void TestAccessPolicy::pairedHelpersAgree()
{
    const AccessPolicy policy(baseConfig());
    AccessRequest r = baseRequest();
    r.project->status = ProjectStatus::Completed;
    r.dataset = dataset("D-saferoom", DatasetAccess::SafeRoomOnly);
    QVERIFY(policy.canSignIn(r)); // project and dataset are ignored
    QCOMPARE(policy.checkCanAccessProject(r).code(), QString("project-not-active"));
    QVERIFY(!policy.canAccessProject(r));
    r.project->status = ProjectStatus::Active;
    QVERIFY(policy.canAccessProject(r)); // dataset is ignored
    QCOMPARE(policy.checkCanUseDataset(r).code(), QString("safe-room-only-dataset"));
    QVERIFY(!policy.canUseDataset(r));
}

void TestAccessPolicy::reasonCodesAreUnique()
{
    QSet<QString> seen;
    for (int i = int(Reason::Allowed); i <= int(Reason::CheckingSettingRefused); ++i) {
        const QString code = reasonCode(static_cast<Reason>(i));
        QVERIFY(!code.isEmpty());
        QVERIFY2(!seen.contains(code), qPrintable(code));
        seen.insert(code);
    }
}

// serviceDay() keeps, per thread, the stretch of time over which the zone's offset does not
// change; its answers must stay those of converting each moment. Zones with transitions at
// midnight (Santiago), half-hour ones (Lord Howe) and a skipped day (Apia, 30 December 2011),
// walked forwards, backwards and across every transition, alternating between policies.
void TestAccessPolicy::serviceDayIsTheZonesCalendarDay()
{
    QList<AccessPolicy> policies;
    for (const char *id :
         {"Europe/London", "America/Santiago", "Australia/Lord_Howe", "Pacific/Apia", "UTC"}) {
        PolicyConfig c = baseConfig();
        c.timeZone = QTimeZone(QByteArray(id));
        QVERIFY2(c.timeZone.isValid(), id);
        policies.append(AccessPolicy(c));
    }
    const QDateTime from(QDate(2011, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime to(QDate(2013, 1, 1), QTime(0, 0), QTimeZone::utc());
    QList<QDateTime> moments;
    for (QDateTime t = from; t < to; t = t.addSecs(97 * 60 + 13))
        moments.append(t);
    for (const AccessPolicy &p : std::as_const(policies)) {
        for (const QTimeZone::OffsetData &transition : p.config().timeZone.transitions(from, to)) {
            for (qint64 ms : {-3600 * 1000, -1, 0, 1, 3600 * 1000})
                moments.append(transition.atUtc.addMSecs(ms));
        }
    }
    std::sort(moments.begin(), moments.end());
    QList<QDateTime> backwards = moments;
    std::reverse(backwards.begin(), backwards.end());
    moments += backwards;
    int checked = 0;
    auto check = [&checked](const AccessPolicy &p, const QDateTime &m) {
        const QDate expected = m.toTimeZone(p.config().timeZone).date();
        const QDate got = p.serviceDay(m);
        ++checked;
        if (got == expected)
            return true;
        qWarning("%s at %s: %s, expected %s", p.config().timeZone.id().constData(),
                 qPrintable(m.toString(Qt::ISODateWithMs)), qPrintable(got.toString(Qt::ISODate)),
                 qPrintable(expected.toString(Qt::ISODate)));
        return false;
    };
    for (const AccessPolicy &p : std::as_const(policies)) { // one zone after another
        for (const QDateTime &m : std::as_const(moments))
            QVERIFY(check(p, m));
    }
    for (const QDateTime &m : std::as_const(moments)) { // zones alternating
        for (const AccessPolicy &p : std::as_const(policies))
            QVERIFY(check(p, m));
    }
    QVERIFY(checked > 50000);
    QCOMPARE(policies.first().serviceDay(QDateTime()), QDate());
}

QTEST_GUILESS_MAIN(TestAccessPolicy)

namespace {

User checker()
{
    User u;
    u.id = "u-sam";
    u.username = "sam.checker";
    u.roles = {Role::OutputChecker};
    u.declarations = {{DeclarationKind::Security, 1, at(2025, 1, 10)}};
    return u;
}

struct CheckingCase
{
    SettingKind setting = SettingKind::SafeRoom;
    QList<Dataset> datasets;
    std::function<void(User &, PolicyConfig &)> change;
};

} // namespace

Q_DECLARE_METATYPE(CheckingCase)

// Where checkers may look: one row per rule, each a change from an allowed checker.
void TestAccessPolicy::openForChecking_data()
{
    QTest::addColumn<CheckingCase>("given");
    QTest::addColumn<QString>("code");
    const Dataset remote = dataset("D-remote", DatasetAccess::RemoteAllowed);
    const Dataset safeRoom = dataset("D-saferoom", DatasetAccess::SafeRoomOnly);
    const auto keep = [](User &, PolicyConfig &) {};
    const auto allowHome = [](User &, PolicyConfig &c) {
        c.checkingSettings.append(SettingKind::HomeWorking);
    };
    const auto row = [](const char *name, CheckingCase c, const char *code) {
        QTest::newRow(name) << c << QString::fromLatin1(code);
    };
    row("safe room", {SettingKind::SafeRoom, {}, keep}, "allowed");
    row("office", {SettingKind::OrganisationOffice, {}, keep}, "allowed");
    row("office, remote-allowed data", {SettingKind::OrganisationOffice, {remote}, keep}, "allowed");
    row("home working: not a checking setting by default", {SettingKind::HomeWorking, {}, keep},
        "checking-setting-refused");
    row("unrecognised setting", {SettingKind::Unrecognised, {}, keep}, "checking-setting-refused");
    row("home working listed, extended SyOps signed",
        {SettingKind::HomeWorking,
         {},
         [](User &u, PolicyConfig &c) {
             c.checkingSettings.append(SettingKind::HomeWorking);
             u.declarations.append({DeclarationKind::ExtendedSyops, 1, at(2025, 2, 1)});
         }},
        "allowed");
    row("home working listed, extended SyOps not signed", {SettingKind::HomeWorking, {}, allowHome},
        "extended-declaration-missing");
    row("checker without the security declaration",
        {SettingKind::SafeRoom, {}, [](User &u, PolicyConfig &) { u.declarations.clear(); }},
        "security-declaration-missing");
    row("checker with an old security declaration",
        {SettingKind::SafeRoom, {}, [](User &, PolicyConfig &c) { c.securityDeclarationVersion = 2; }},
        "security-declaration-missing");
    row("safe-room-only data from the office", {SettingKind::OrganisationOffice, {remote, safeRoom}, keep},
        "checking-setting-refused");
    row("safe-room-only data from the safe room", {SettingKind::SafeRoom, {remote, safeRoom}, keep},
        "allowed");
    row("safe-room-only data from home, even where home is listed",
        {SettingKind::HomeWorking,
         {safeRoom},
         [](User &u, PolicyConfig &c) {
             c.checkingSettings.append(SettingKind::HomeWorking);
             u.declarations.append({DeclarationKind::ExtendedSyops, 1, at(2025, 2, 1)});
         }},
        "checking-setting-refused");
    row("a deployment that checks only in safe rooms: office refused",
        {SettingKind::OrganisationOffice,
         {},
         [](User &, PolicyConfig &c) { c.checkingSettings = {SettingKind::SafeRoom}; }},
        "checking-setting-refused");
    row("no checking setting at all",
        {SettingKind::SafeRoom, {}, [](User &, PolicyConfig &c) { c.checkingSettings.clear(); }},
        "checking-setting-refused");
}

void TestAccessPolicy::openForChecking()
{
    QFETCH(CheckingCase, given);
    QFETCH(QString, code);
    PolicyConfig config = baseConfig();
    User user = checker();
    given.change(user, config);
    const AccessPolicy policy(config);
    const Decision d = policy.checkCanOpenForChecking(user, given.setting, given.datasets);
    QCOMPARE(d.code(), code);
    QCOMPARE(policy.canOpenForChecking(user, given.setting, given.datasets), code == "allowed");
    QCOMPARE(d.message.isEmpty(), code == "allowed");
}

// A refusal says why and where it can be done instead.
void TestAccessPolicy::openForCheckingMessagesSayWhere()
{
    const AccessPolicy policy(baseConfig());
    const Decision home = policy.checkCanOpenForChecking(checker(), SettingKind::HomeWorking);
    QVERIFY2(home.message.contains("home working"), qPrintable(home.message));
    QVERIFY2(home.message.contains("a safe room or your organisation's premises"), qPrintable(home.message));
    const Decision data = policy.checkCanOpenForChecking(
        checker(), SettingKind::OrganisationOffice, {dataset("D-saferoom", DatasetAccess::SafeRoomOnly)});
    QVERIFY2(data.message.contains("D-saferoom"), qPrintable(data.message));
    QVERIFY2(data.message.contains("safe-room terminal"), qPrintable(data.message));
}

#include "tst_accesspolicy.moc"
