#include "AccessPolicy.h"

#include <QLocale>

#include <limits>
#include <optional>
#include <utility>

namespace srs::domain {
namespace {

Decision refuse(Reason reason, QString message, SettingKind setting = SettingKind::Unrecognised,
                QString settingName = {})
{
    Decision d;
    d.reason = reason;
    d.message = std::move(message);
    d.setting = setting;
    d.settingName = std::move(settingName);
    return d;
}

// Carries the recognised setting into a later decision.
Decision withSetting(Decision d, const Decision &setting)
{
    d.setting = setting.setting;
    d.settingName = setting.settingName;
    return d;
}

} // namespace

QString formatDay(QDate day)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(day, QStringLiteral("d MMMM yyyy"));
}

QString reasonCode(Reason reason)
{
    switch (reason) {
    case Reason::Allowed:
        return QStringLiteral("allowed");
    case Reason::UnknownDevice:
        return QStringLiteral("unknown-device");
    case Reason::InvalidSourceAddress:
        return QStringLiteral("source-address-invalid");
    case Reason::UnknownSite:
        return QStringLiteral("unknown-site");
    case Reason::SourceNotInSafeRoomNetwork:
        return QStringLiteral("source-not-in-safe-room-network");
    case Reason::UnknownOrganisation:
        return QStringLiteral("unknown-organisation");
    case Reason::NoAgreement:
        return QStringLiteral("no-agreement");
    case Reason::AgreementExpired:
        return QStringLiteral("agreement-expired");
    case Reason::OutsideUk:
        return QStringLiteral("outside-uk");
    case Reason::SourceNotInEgressRanges:
        return QStringLiteral("source-not-in-egress-ranges");
    case Reason::AccountDisabled:
        return QStringLiteral("account-disabled");
    case Reason::NotAccredited:
        return QStringLiteral("not-accredited");
    case Reason::AccreditationRevoked:
        return QStringLiteral("accreditation-revoked");
    case Reason::AccreditationNotYetValid:
        return QStringLiteral("accreditation-not-yet-valid");
    case Reason::AccreditationExpired:
        return QStringLiteral("accreditation-expired");
    case Reason::NotAMember:
        return QStringLiteral("not-a-member");
    case Reason::ProjectNotActive:
        return QStringLiteral("project-not-active");
    case Reason::ProjectNotStarted:
        return QStringLiteral("project-not-started");
    case Reason::ProjectEnded:
        return QStringLiteral("project-ended");
    case Reason::ProvisionalWithoutSupervisor:
        return QStringLiteral("provisional-without-supervisor");
    case Reason::SecurityDeclarationMissing:
        return QStringLiteral("security-declaration-missing");
    case Reason::HomeWorkingNotApproved:
        return QStringLiteral("home-working-not-approved");
    case Reason::ExtendedDeclarationMissing:
        return QStringLiteral("extended-declaration-missing");
    case Reason::DatasetNotInProject:
        return QStringLiteral("dataset-not-in-project");
    case Reason::SafeRoomOnlyDataset:
        return QStringLiteral("safe-room-only-dataset");
    case Reason::NotAnAdministrator:
        return QStringLiteral("not-an-administrator");
    case Reason::NotAnOutputChecker:
        return QStringLiteral("not-an-output-checker");
    case Reason::CheckingSettingRefused:
        return QStringLiteral("checking-setting-refused");
    }
    return QStringLiteral("refused");
}

AccessPolicy::AccessPolicy(PolicyConfig config) : m_config(std::move(config))
{
    if (!m_config.timeZone.isValid())
        m_config.timeZone = QTimeZone::utc();
}

QDate AccessPolicy::serviceDay(const QDateTime &moment) const
{
    // moment.toTimeZone(zone).date(), which is the UTC time plus the zone's offset at that
    // moment. Converting cost more than the rest of a decision, and decisions are made several
    // times per server request, so each thread keeps the stretch of time (up to the zone's next
    // transition) over which it knows the offset stays the same.
    struct Known
    {
        QTimeZone zone;
        qint64 fromMs = 0;
        qint64 untilMs = 0; // exclusive
        qint64 offsetMs = 0;
    };
    thread_local std::optional<Known> known;
    if (!moment.isValid())
        return {};
    const qint64 ms = moment.toMSecsSinceEpoch();
    if (!known || known->zone != m_config.timeZone || ms < known->fromMs || ms >= known->untilMs) {
        const QTimeZone &zone = m_config.timeZone;
        qint64 until = std::numeric_limits<qint64>::max();
        if (zone.hasTransitions()) {
            const QTimeZone::OffsetData next = zone.nextTransition(moment);
            if (next.atUtc.isValid())
                until = next.atUtc.toMSecsSinceEpoch();
        }
        known = Known{zone, ms, until, qint64(zone.offsetFromUtc(moment)) * 1000};
    }
    constexpr qint64 DayMs = 24 * 3600 * 1000;
    constexpr qint64 UnixEpochJulianDay = 2440588;
    const qint64 local = ms + known->offsetMs;
    qint64 days = local / DayMs;
    if (local % DayMs < 0)
        --days;
    return QDate::fromJulianDay(UnixEpochJulianDay + days);
}

Decision AccessPolicy::checkSetting(const Setting &setting, const QDateTime &now) const
{
    const DeviceIdentity &device = setting.device;
    if (!device.isKnownClass()) {
        return refuse(
            Reason::UnknownDevice,
            QStringLiteral("This device is not recognised as a safe-room terminal or an organisation "
                           "device. Use a device issued for the service, or contact research support."));
    }
    if (!setting.sourceAddress.isValid()) {
        return refuse(
            Reason::InvalidSourceAddress,
            QStringLiteral("The service could not read the network address this connection comes from. "
                           "Contact research support."));
    }
    const QDate today = serviceDay(now);

    if (device.deviceClass == DeviceClass::SafeRoomTerminal) {
        const Site *site = nullptr;
        for (const Site &s : m_config.sites) {
            if (!device.site.isEmpty() && s.name == device.site)
                site = &s;
        }
        if (!site) {
            return refuse(
                Reason::UnknownSite,
                QStringLiteral("This safe-room terminal belongs to a site the service does not know. "
                               "Ask the safe room's staff to contact research support."));
        }
        if (!anyContains(site->networks, setting.sourceAddress)) {
            return refuse(
                Reason::SourceNotInSafeRoomNetwork,
                QStringLiteral("This terminal is not connected from the network of %1. Ask the safe "
                               "room's staff to check its connection.")
                    .arg(site->name),
                SettingKind::Unrecognised, site->name);
        }
        Decision ok;
        ok.setting = SettingKind::SafeRoom;
        ok.settingName = site->name;
        return ok;
    }

    // An organisation device.
    const Organisation *org = nullptr;
    for (const Organisation &o : m_config.organisations) {
        if (!device.organisation.isEmpty() && o.name == device.organisation)
            org = &o;
    }
    if (!org) {
        return refuse(
            Reason::UnknownOrganisation,
            QStringLiteral("Devices of this organisation are not approved for the service. Ask your "
                           "organisation's IT team to contact research support."));
    }
    if (!org->hasAgreement()) {
        return refuse(
            Reason::NoAgreement,
            QStringLiteral("%1 has no Assured Organisational Connectivity agreement with the service, "
                           "so its devices cannot connect. Ask your organisation's IT team to contact "
                           "research support.")
                .arg(org->name),
            SettingKind::Unrecognised, org->name);
    }
    if (!org->agreementValidOn(today)) {
        return refuse(
            Reason::AgreementExpired,
            QStringLiteral("The connectivity agreement between %1 and the service expired on %2. Ask "
                           "your organisation's IT team to renew it with research support.")
                .arg(org->name, formatDay(org->agreementValidUntil)),
            SettingKind::Unrecognised, org->name);
    }
    if (!anyContains(m_config.ukRanges, setting.sourceAddress)) {
        return refuse(
            Reason::OutsideUk,
            QStringLiteral("The service can only be used from inside the UK, and this connection comes "
                           "from %1, which is not a UK address. Connect from the UK through your "
                           "organisation's VPN.")
                .arg(setting.sourceAddress.toString()),
            SettingKind::Unrecognised, org->name);
    }
    const EgressRange *range = org->egressRangeFor(setting.sourceAddress);
    if (!range) {
        return refuse(
            Reason::SourceNotInEgressRanges,
            QStringLiteral("This connection does not come through the network of %1. Connect to your "
                           "organisation's VPN and try again.")
                .arg(org->name),
            SettingKind::Unrecognised, org->name);
    }
    Decision ok;
    ok.setting =
        range->kind == NetworkKind::Office ? SettingKind::OrganisationOffice : SettingKind::HomeWorking;
    ok.settingName = org->name;
    return ok;
}

Decision AccessPolicy::checkPerson(const User &user, QDate today) const
{
    if (user.disabled) {
        return refuse(Reason::AccountDisabled,
                      QStringLiteral("This account is disabled. Contact research support."));
    }
    // Support staff sign in, review and administer without an accreditation, and a data owner's
    // approvers sign in to decide on their data without one. Whoever works on a project as a
    // researcher needs one, whatever else they are: checkProject() asks for it.
    if (user.isSupportStaff() || user.hasRole(Role::DataOwner))
        return {};
    return checkAccreditation(user, today);
}

Decision AccessPolicy::checkAccreditation(const User &user, QDate today) const
{
    if (!user.accreditation) {
        return refuse(
            Reason::NotAccredited,
            QStringLiteral("You do not hold a researcher accreditation. Contact research support to "
                           "apply for one."));
    }
    const Accreditation &a = *user.accreditation;
    if (a.revoked) {
        return refuse(Reason::AccreditationRevoked,
                      QStringLiteral("Your accreditation has been revoked. Contact research support."));
    }
    if (!a.validFrom.isValid() || today < a.validFrom) {
        return refuse(
            Reason::AccreditationNotYetValid,
            QStringLiteral("Your accreditation starts on %1. You can sign in from that day.")
                .arg(a.validFrom.isValid() ? formatDay(a.validFrom) : QStringLiteral("a date not yet set")));
    }
    if (!a.validTo.isValid() || today > a.validTo) {
        return refuse(
            Reason::AccreditationExpired,
            QStringLiteral("Your accreditation expired on %1. Contact research support to renew it.")
                .arg(formatDay(a.validTo)));
    }
    return {};
}

Decision AccessPolicy::checkProject(const AccessRequest &request, QDate today, SettingKind setting) const
{
    const Project &p = *request.project;
    const User &user = request.user;
    if (!p.isMember(user.id)) {
        return refuse(
            Reason::NotAMember,
            QStringLiteral("You are not a member of project %1. Ask the project lead to add you.").arg(p.id));
    }
    // Being a member is acting as a researcher: support staff on the project team are held to the
    // researcher's rules too (accreditation valid today; a provisional one needs a supervisor).
    // Checked after membership, so someone not on the project is told only that.
    if (user.isSupportStaff() || user.hasRole(Role::DataOwner)) {
        if (Decision d = checkAccreditation(user, today); !d.allowed()) {
            d.message = QStringLiteral("Working on project %1 as a researcher needs a valid accreditation, "
                                       "whatever other roles you hold. %2")
                            .arg(p.id, d.message);
            return d;
        }
    }
    if (p.status != ProjectStatus::Active) {
        return refuse(
            Reason::ProjectNotActive,
            QStringLiteral("Project %1 is %2, so its workspace is closed. Contact research support if "
                           "you still need access.")
                .arg(p.id, projectStatusToString(p.status)));
    }
    if (p.startDate.isValid() && today < p.startDate) {
        return refuse(Reason::ProjectNotStarted,
                      QStringLiteral("Project %1 starts on %2. You can work on it from that day.")
                          .arg(p.id, formatDay(p.startDate)));
    }
    const QDate end = p.effectiveEndDate();
    if (!end.isValid() || today > end) {
        return refuse(
            Reason::ProjectEnded,
            QStringLiteral("Project %1 ended on %2. Ask the project lead to apply for an extension.")
                .arg(p.id, end.isValid() ? formatDay(end) : QStringLiteral("an unknown date")));
    }
    if (user.accreditation && user.accreditation->kind == AccreditationKind::Provisional) {
        bool supervised = false;
        for (const ProjectMember &m : p.members) {
            if (m.role != ProjectRole::Supervisor || m.userId == user.id)
                continue;
            const auto it = request.memberAccreditations.constFind(m.userId);
            if (it != request.memberAccreditations.constEnd() && it->kind == AccreditationKind::Full &&
                it->isValidOn(today))
                supervised = true;
        }
        if (!supervised) {
            return refuse(
                Reason::ProvisionalWithoutSupervisor,
                QStringLiteral("Your accreditation is provisional, and project %1 has no supervisor with "
                               "a current full accreditation. Ask the project lead to add one.")
                    .arg(p.id));
        }
    }
    if (!hasCurrentDeclaration(user, DeclarationKind::Security)) {
        return refuse(Reason::SecurityDeclarationMissing,
                      QStringLiteral("Sign the current security declaration (version %1) before working on a "
                                     "project.")
                          .arg(m_config.securityDeclarationVersion));
    }
    if (setting == SettingKind::HomeWorking) {
        if (!p.homeWorkingApproved) {
            return refuse(
                Reason::HomeWorkingNotApproved,
                QStringLiteral("Project %1 is not approved for home working. Work from a safe room or "
                               "your organisation's office, or ask the project lead to apply for "
                               "home-working approval.")
                    .arg(p.id));
        }
        if (!hasCurrentDeclaration(user, DeclarationKind::ExtendedSyops)) {
            return refuse(Reason::ExtendedDeclarationMissing,
                          QStringLiteral("Home working needs the extended security operating procedures "
                                         "declaration (version %1). Sign it, then try again.")
                              .arg(m_config.extendedSyopsVersion));
        }
    }
    return {};
}

Decision AccessPolicy::checkDataset(const AccessRequest &request, SettingKind setting) const
{
    const Dataset &d = *request.dataset;
    if (!request.project || !request.project->datasetIds.contains(d.id)) {
        return refuse(
            Reason::DatasetNotInProject,
            QStringLiteral("Dataset %1 is not part of this project. Ask the project lead whether it can "
                           "be added.")
                .arg(d.id));
    }
    if (!canSeeDataset(d, setting)) {
        return refuse(
            Reason::SafeRoomOnlyDataset,
            QStringLiteral("Dataset %1 can only be used from a safe room. Book a session at a safe room "
                           "to work with it.")
                .arg(d.id));
    }
    return {};
}

Decision AccessPolicy::decide(const AccessRequest &request) const
{
    const Decision setting = checkSetting(request.setting, request.now);
    if (!setting.allowed())
        return setting;
    const QDate today = serviceDay(request.now);
    if (Decision d = checkPerson(request.user, today); !d.allowed())
        return withSetting(std::move(d), setting);
    if (request.project) {
        if (Decision d = checkProject(request, today, setting.setting); !d.allowed())
            return withSetting(std::move(d), setting);
    }
    if (request.dataset) {
        if (Decision d = checkDataset(request, setting.setting); !d.allowed())
            return withSetting(std::move(d), setting);
    }
    return setting;
}

Decision AccessPolicy::checkCanSignIn(const AccessRequest &request) const
{
    AccessRequest r = request;
    r.project.reset();
    r.dataset.reset();
    return decide(r);
}

Decision AccessPolicy::checkCanAccessProject(const AccessRequest &request) const
{
    AccessRequest r = request;
    r.dataset.reset();
    return decide(r);
}

bool AccessPolicy::hasCurrentDeclaration(const User &user, DeclarationKind kind) const
{
    const int required = kind == DeclarationKind::Security ? m_config.securityDeclarationVersion
                                                           : m_config.extendedSyopsVersion;
    const auto latest = user.latestDeclaration(kind);
    return latest && latest->version >= required && latest->signedAt.isValid();
}

QList<DeclarationKind> AccessPolicy::owedDeclarations(const User &user, SettingKind setting) const
{
    QList<DeclarationKind> owed;
    if (!hasCurrentDeclaration(user, DeclarationKind::Security))
        owed.append(DeclarationKind::Security);
    if (setting == SettingKind::HomeWorking && !hasCurrentDeclaration(user, DeclarationKind::ExtendedSyops))
        owed.append(DeclarationKind::ExtendedSyops);
    return owed;
}

bool AccessPolicy::canSeeDataset(const Dataset &dataset, SettingKind setting) const
{
    if (setting == SettingKind::Unrecognised)
        return false;
    return dataset.access == DatasetAccess::RemoteAllowed || setting == SettingKind::SafeRoom;
}

Decision AccessPolicy::checkCanOpenForChecking(const User &user, SettingKind setting,
                                               const QList<Dataset> &requestDatasets) const
{
    QStringList where;
    for (SettingKind k : {SettingKind::SafeRoom, SettingKind::OrganisationOffice, SettingKind::HomeWorking}) {
        if (m_config.checkingSettings.contains(k))
            where.append(k == SettingKind::HomeWorking ? QStringLiteral("home working (with the extended "
                                                                        "security operating procedures "
                                                                        "declaration)")
                                                       : settingKindDisplayName(k));
    }
    if (setting == SettingKind::Unrecognised || !m_config.checkingSettings.contains(setting)) {
        return refuse(
            Reason::CheckingSettingRefused,
            where.isEmpty()
                ? QStringLiteral("This service lists no setting for checking outputs, so requests cannot be "
                                 "claimed or opened. Contact research support.")
                : QStringLiteral("Outputs that are not yet released can be claimed and opened for checking "
                                 "only from %1, and this connection counts as %2. The queue stays visible "
                                 "here; claim and review the request from %1.")
                      .arg(where.join(QStringLiteral(" or ")), settingKindDisplayName(setting)),
            setting);
    }
    if (!hasCurrentDeclaration(user, DeclarationKind::Security)) {
        return refuse(Reason::SecurityDeclarationMissing,
                      QStringLiteral("Sign the current security declaration (version %1) before checking "
                                     "outputs.")
                          .arg(m_config.securityDeclarationVersion),
                      setting);
    }
    if (setting == SettingKind::HomeWorking && !hasCurrentDeclaration(user, DeclarationKind::ExtendedSyops)) {
        return refuse(Reason::ExtendedDeclarationMissing,
                      QStringLiteral("Checking outputs from home needs the extended security operating "
                                     "procedures declaration (version %1). Sign it, then try again.")
                          .arg(m_config.extendedSyopsVersion),
                      setting);
    }
    for (const Dataset &d : requestDatasets) {
        if (d.access == DatasetAccess::SafeRoomOnly && setting != SettingKind::SafeRoom) {
            return refuse(Reason::CheckingSettingRefused,
                          QStringLiteral("This request may draw on dataset %1, which can only be used from a "
                                         "safe room, so it can be opened for checking only from a safe-room "
                                         "terminal.")
                              .arg(d.id),
                          setting);
        }
    }
    Decision ok;
    ok.setting = setting;
    return ok;
}

Decision AccessPolicy::checkCanAdminister(const User &user)
{
    if (user.disabled || !user.hasRole(Role::Administrator)) {
        return refuse(Reason::NotAnAdministrator,
                      QStringLiteral("Only administrators can do this. Ask an administrator for help."));
    }
    return {};
}

Decision AccessPolicy::checkCanCheckOutputs(const User &user)
{
    if (user.disabled || !user.hasRole(Role::OutputChecker)) {
        return refuse(Reason::NotAnOutputChecker,
                      QStringLiteral("Only output checkers can do this. Ask the statistical support team."));
    }
    return {};
}

} // namespace srs::domain
