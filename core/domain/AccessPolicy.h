#pragma once

#include "Dataset.h"
#include "Organisation.h"
#include "Project.h"
#include "Setting.h"
#include "User.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace srs::domain {

// Why access was refused. Each has a stable code (reasonCode()) that the wire format,
// the audit log and the client's translations use; never renumber or rename a code.
enum class Reason
{
    Allowed,
    // Safe Settings
    UnknownDevice,              // "unknown-device"
    InvalidSourceAddress,       // "source-address-invalid"
    UnknownSite,                // "unknown-site"
    SourceNotInSafeRoomNetwork, // "source-not-in-safe-room-network"
    UnknownOrganisation,        // "unknown-organisation"
    NoAgreement,                // "no-agreement"
    AgreementExpired,           // "agreement-expired"
    OutsideUk,                  // "outside-uk"
    SourceNotInEgressRanges,    // "source-not-in-egress-ranges"
    // Safe People
    AccountDisabled,          // "account-disabled"
    NotAccredited,            // "not-accredited"
    AccreditationRevoked,     // "accreditation-revoked"
    AccreditationNotYetValid, // "accreditation-not-yet-valid"
    AccreditationExpired,     // "accreditation-expired"
    // Safe Projects
    NotAMember,                   // "not-a-member"
    ProjectNotActive,             // "project-not-active"
    ProjectNotStarted,            // "project-not-started"
    ProjectEnded,                 // "project-ended"
    ProvisionalWithoutSupervisor, // "provisional-without-supervisor"
    SecurityDeclarationMissing,   // "security-declaration-missing"
    HomeWorkingNotApproved,       // "home-working-not-approved"
    ExtendedDeclarationMissing,   // "extended-declaration-missing"
    // Safe Data
    DatasetNotInProject, // "dataset-not-in-project"
    SafeRoomOnlyDataset, // "safe-room-only-dataset"
    // Roles
    NotAnAdministrator, // "not-an-administrator"
    NotAnOutputChecker, // "not-an-output-checker"
    // Where checkers may look
    CheckingSettingRefused, // "checking-setting-refused"
};

[[nodiscard]] QString reasonCode(Reason reason);

// The answer: allowed, or refused with a stable reason code and a plain-English message
// that says what happened and what to do next. The recognised setting is filled in as
// far as the policy got, so a sign-in response can report it.
struct Decision
{
    Reason reason = Reason::Allowed;
    QString message;
    SettingKind setting = SettingKind::Unrecognised;
    QString settingName; // the site or the organisation

    [[nodiscard]] bool allowed() const { return reason == Reason::Allowed; }
    [[nodiscard]] QString code() const { return reasonCode(reason); }
    explicit operator bool() const { return allowed(); }
};

// The server's network and declaration configuration.
struct PolicyConfig
{
    // Public address ranges allocated to the UK. Organisation devices must connect from one.
    QList<IpRange> ukRanges;
    // Safe rooms and their networks. Safe-room networks are on UK premises by definition
    // and may be private addresses, so the UK-range rule does not apply to them.
    QList<Site> sites;
    QList<Organisation> organisations;
    // The current versions of the declaration texts: an older signature is not enough.
    int securityDeclarationVersion = 1;
    int extendedSyopsVersion = 1;
    // The settings in which output checkers may claim a request and open anything of it that is
    // not yet released (round files, previews, findings, the review itself). Home working is left
    // out unless a deployment lists it.
    QList<SettingKind> checkingSettings = {SettingKind::SafeRoom, SettingKind::OrganisationOffice};
    // Dates (accreditation, project, agreement) are calendar days in this zone.
    QTimeZone timeZone = QTimeZone(QByteArrayLiteral("Europe/London"));
};

// Everything decide() looks at. `project` is empty for sign-in-level checks; `dataset`
// is empty unless a dataset is being used.
struct AccessRequest
{
    User user;
    Setting setting;
    std::optional<Project> project;
    std::optional<Dataset> dataset;
    QDateTime now;
    // The current accreditation of each project member by user id, used to find an
    // accredited supervisor for a provisional researcher.
    QHash<QString, Accreditation> memberAccreditations;
};

// The Five Safes access policy, shared by the server (which enforces it) and the client
// (which explains it). decide() is pure: the answer depends only on the configuration
// and the request, and the checks run in a fixed order so the first failing rule names
// the reason:
//
//  1. Safe Settings. The device certificate must name a known class.
//     - A safe-room terminal must name a known site (L) and connect from that site's
//       networks. The setting is "safe-room".
//     - An organisation device must name (O) a known organisation with an Assured
//       Organisational Connectivity agreement valid today, connect from a UK address and
//       from one of that organisation's egress ranges.
//       Home working, concretely: an organisation device connecting from one of its
//       organisation's *office* ranges is at the organisation ("organisation-office");
//       from any other of its egress ranges (the remote-access VPN) it is away from the
//       organisation's premises, which is home working ("home-working"). Ranges are
//       remote-access unless the organisation declares them as office, so an unsure
//       configuration errs towards asking for home-working approval.
//  2. Safe People. The account is enabled. Researchers need an accreditation valid today
//     (validFrom..validTo inclusive, not revoked); support staff (output checkers and
//     administrators) acting only as staff (signing in, reviewing, administering) do not.
//  3. Safe Projects (when a project is given). The person is a member. Being a member is
//     acting as a researcher, so from here the researcher's rules hold for everyone, whatever
//     other roles they have: support staff, who skipped it in 2, need an accreditation valid
//     today (checked right after membership). The project is active, has started and has not
//     passed its end date (or extension); a provisional accreditation (anyone's) needs a member
//     with the supervisor role whose full accreditation is valid today; the current security
//     declaration is signed; home working needs the project's approval and a signed current
//     extended SyOps declaration.
//  4. Safe Data (when a dataset is given). The dataset is mapped to the project, and a
//     safe-room-only dataset needs the safe-room setting.
class AccessPolicy
{
public:
    explicit AccessPolicy(PolicyConfig config);

    [[nodiscard]] const PolicyConfig &config() const { return m_config; }
    [[nodiscard]] QDate serviceDay(const QDateTime &moment) const;

    [[nodiscard]] Decision decide(const AccessRequest &request) const;

    // Safe Settings alone: what the setting is, or why it is refused.
    [[nodiscard]] Decision checkSetting(const Setting &setting, const QDateTime &now) const;

    // The declarations the person still has to sign for the recognised setting: the
    // security declaration always; the extended SyOps declaration when home working.
    [[nodiscard]] QList<DeclarationKind> owedDeclarations(const User &user, SettingKind setting) const;
    [[nodiscard]] bool hasCurrentDeclaration(const User &user, DeclarationKind kind) const;

    // Paired helpers: checkCanX() says why not, canX() is for greying out.
    [[nodiscard]] Decision checkCanSignIn(const AccessRequest &request) const; // ignores project and dataset
    [[nodiscard]] bool canSignIn(const AccessRequest &request) const
    {
        return checkCanSignIn(request).allowed();
    }
    [[nodiscard]] Decision checkCanAccessProject(const AccessRequest &request) const; // ignores dataset
    [[nodiscard]] bool canAccessProject(const AccessRequest &request) const
    {
        return checkCanAccessProject(request).allowed();
    }
    [[nodiscard]] Decision checkCanUseDataset(const AccessRequest &request) const { return decide(request); }
    [[nodiscard]] bool canUseDataset(const AccessRequest &request) const { return decide(request).allowed(); }
    // Whether a dataset may even be listed in this setting (safe-room-only datasets are
    // invisible outside safe rooms).
    [[nodiscard]] bool canSeeDataset(const Dataset &dataset, SettingKind setting) const;

    // Where checkers may look: claiming a request, and opening anything of it not yet released,
    // happen only in a setting listed in PolicyConfig::checkingSettings; a checker owes the
    // current security declaration as everyone does, and the extended SyOps declaration when a
    // deployment allows checking from home; a request that draws on a safe-room-only dataset
    // (`requestDatasets`: those the request may come from) is opened only from a safe room.
    // The role itself is checked by checkCanCheckOutputs().
    [[nodiscard]] Decision checkCanOpenForChecking(const User &user, SettingKind setting,
                                                   const QList<Dataset> &requestDatasets = {}) const;
    [[nodiscard]] bool canOpenForChecking(const User &user, SettingKind setting,
                                          const QList<Dataset> &requestDatasets = {}) const
    {
        return checkCanOpenForChecking(user, setting, requestDatasets).allowed();
    }

    [[nodiscard]] static Decision checkCanAdminister(const User &user);
    [[nodiscard]] static bool canAdminister(const User &user) { return checkCanAdminister(user).allowed(); }
    [[nodiscard]] static Decision checkCanCheckOutputs(const User &user);
    [[nodiscard]] static bool canCheckOutputs(const User &user)
    {
        return checkCanCheckOutputs(user).allowed();
    }

private:
    [[nodiscard]] Decision checkPerson(const User &user, QDate today) const;
    [[nodiscard]] Decision checkAccreditation(const User &user, QDate today) const;
    [[nodiscard]] Decision checkProject(const AccessRequest &request, QDate today, SettingKind setting) const;
    [[nodiscard]] Decision checkDataset(const AccessRequest &request, SettingKind setting) const;

    PolicyConfig m_config;
};

// "3 March 2026"
[[nodiscard]] QString formatDay(QDate day);

} // namespace srs::domain
