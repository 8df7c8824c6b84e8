// The server's API over real mutual TLS: an authorisation matrix (route x role x membership x
// setting, each cell allowed or the exact refusal), lockout, source slow-down, replayed TOTP
// codes, session expiry and device binding, and bad input on every route answered with a 4xx
// JSON error and nothing changed. Runs on SQLite and on PostgreSQL (SRS_TEST_BACKEND).

#include "ApiHarness.h"

#include "http/ClearanceServer.h"
#include "protocol/Messages.h"
#include "protocol/Routes.h"

#include "store/AuditLog.h"
#include "store/ProjectRepository.h"
#include "store/SessionRepository.h"
#include "store/UserRepository.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

#include <algorithm>
#include <chrono>
#include <future>
#include <string>

using namespace srs::testing;

Q_DECLARE_METATYPE(srs::testing::Device)

namespace {

// The authorisation matrix: route x role x membership x setting, each cell allowed or the exact
// refusal. Every route of protocol/Routes.h but the two open ones has a row here
// (everyRouteIsInTheMatrix).
struct MatrixRow
{
    const char *name, *user;
    Device device;
    const char *method, *path;
    int status;
    const char *code;
    const char *body = nullptr; // a valid request body, so the refusal is the authorisation's
};

// Valid bodies for the routes that take one.
constexpr const char *CheckBody = R"({"tables":[{"file":"outputs/table.csv"}]})";
constexpr const char *SubmitBody =
    R"({"title":"Table","clearance_type":"publication",)"
    R"("files":[{"path":"outputs/table.csv","role":"output"}],"controls":"None"})";
constexpr const char *IngestBody =
    R"({"reason":"code written elsewhere","files":[{"name":"code/model.R","size":5,)"
    R"("sha256":"2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824","description":"model"}]})";

constexpr const char *IngestVoteBody = R"({"decision":"approve"})";
// Safe-room bookings: a weekday far ahead (each refusal below comes before the date is looked at).
constexpr const char *BookP1Body = R"({"room":"site-1","date":"2030-01-02","slot":"morning","project":"P1"})";
constexpr const char *BookP2Body = R"({"room":"site-1","date":"2030-01-02","slot":"morning","project":"P2"})";
// A booking that is allowed: P2 needs a safe room; a weekday two or more days ahead.
const char *bookableBody()
{
    static const std::string body = [] {
        QDate day = QDate::currentDate().addDays(2);
        while (day.dayOfWeek() > 5)
            day = day.addDays(1);
        return QStringLiteral(R"({"room":"site-1","date":"%1","slot":"afternoon","project":"P2"})")
            .arg(day.toString(Qt::ISODate))
            .toStdString();
    }();
    return body.c_str();
}
constexpr const char *BlockBody = R"({"from":"2030-01-01","to":"2030-01-02","reason":"new screen"})";
constexpr const char *ExtensionBody = R"({"new_end_date":"2999-01-01","reason":"Data arrived late"})";
constexpr const char *CompletionBody = R"({"publications":[{"title":"A paper","link":"10.1234/abcd"}]})";
constexpr const char *DecisionBody = R"({"approve":true,"reason":"Agreed"})";
constexpr const char *ReasonBody = R"({"reason":"Investigating a breach"})";

constexpr const char *NewUserBody =
    R"({"username":"new.person","display_name":"New Person","email":"new@example.ac.uk","roles":["researcher"]})";
constexpr const char *TakenUserBody =
    R"({"username":"sup","display_name":"Someone Else","roles":["researcher"]})";
constexpr const char *RolesBody = R"({"roles":["researcher","output-checker"]})";
constexpr const char *AdminRolesBody = R"({"roles":["researcher","administrator"]})";
constexpr const char *AccreditationBody = R"({"kind":"full","valid_from":"2026-01-01"})";
constexpr const char *MemberBody = R"({"role":"member"})";
constexpr const char *DeviceBody = R"({"serial":"1A2B","reason":"laptop lost"})";
constexpr const char *ApproveBody = R"({"approve":true})";
constexpr const char *WithdrawBody = R"({"reason":"consent withdrawn"})";

const std::vector<MatrixRow> &matrixRows()
{
    const auto S = Device::SafeRoom;
    const auto L = Device::Laptop;
    static const std::vector<MatrixRow> rows = {
        // no session
        {"anonymous me", "", S, "GET", "/api/v1/me", 401, "not-signed-in"},
        {"anonymous projects", "", S, "GET", "/api/v1/projects", 401, "not-signed-in"},
        {"anonymous project", "", S, "GET", "/api/v1/projects/P1", 401, "not-signed-in"},
        {"anonymous workspace", "", S, "GET", "/api/v1/projects/P1/workspace", 401, "not-signed-in"},
        {"anonymous datasets", "", S, "GET", "/api/v1/datasets", 401, "not-signed-in"},
        {"anonymous sign-out", "", S, "DELETE", "/api/v1/sessions/current", 401, "not-signed-in"},
        // researcher, member, safe room
        {"res safe-room me", "res", S, "GET", "/api/v1/me", 200, ""},
        {"res safe-room projects", "res", S, "GET", "/api/v1/projects", 200, ""},
        {"res safe-room P1", "res", S, "GET", "/api/v1/projects/P1", 200, ""},
        {"res safe-room P2 (no home working needed)", "res", S, "GET", "/api/v1/projects/P2", 200, ""},
        {"res safe-room P3 completed", "res", S, "GET", "/api/v1/projects/P3", 403, "project-not-active"},
        {"res safe-room unknown project", "res", S, "GET", "/api/v1/projects/P9", 404, "not-found"},
        {"res safe-room workspace P1", "res", S, "GET", "/api/v1/projects/P1/workspace", 200, ""},
        {"res safe-room workspace P3", "res", S, "GET", "/api/v1/projects/P3/workspace", 403,
         "project-not-active"},
        {"res safe-room datasets", "res", S, "GET", "/api/v1/datasets", 200, ""},
        // researcher, member, home working
        {"res laptop P1 (approved)", "res", L, "GET", "/api/v1/projects/P1", 200, ""},
        {"res laptop P2 (not approved)", "res", L, "GET", "/api/v1/projects/P2", 403,
         "home-working-not-approved"},
        {"res laptop workspace P2", "res", L, "GET", "/api/v1/projects/P2/workspace", 403,
         "home-working-not-approved"},
        {"res laptop workspace P1", "res", L, "GET", "/api/v1/projects/P1/workspace", 200, ""},
        // provisional researcher
        {"prov P1 (supervised)", "prov", S, "GET", "/api/v1/projects/P1", 200, ""},
        {"prov P4 (no supervisor)", "prov", S, "GET", "/api/v1/projects/P4", 403,
         "provisional-without-supervisor"},
        {"prov P2 (not a member)", "prov", S, "GET", "/api/v1/projects/P2", 404, "not-found"},
        // declarations
        {"nodecl P1", "nodecl", S, "GET", "/api/v1/projects/P1", 403, "security-declaration-missing"},
        {"nodecl me", "nodecl", S, "GET", "/api/v1/me", 200, ""},
        // output checker: support staff, member of nothing
        {"checker projects", "checker", S, "GET", "/api/v1/projects", 200, ""},
        {"checker P1", "checker", S, "GET", "/api/v1/projects/P1", 404, "not-found"},
        {"checker workspace P1", "checker", L, "GET", "/api/v1/projects/P1/workspace", 404, "not-found"},
        {"checker datasets", "checker", S, "GET", "/api/v1/datasets", 200, ""},
        // reviewing and releasing: anonymous callers
        {"anonymous queue", "", S, "GET", "/api/v1/review/queue", 401, "not-signed-in"},
        {"anonymous statistics", "", S, "GET", "/api/v1/review/statistics", 401, "not-signed-in"},
        {"anonymous claim", "", S, "POST", "/api/v1/submissions/S-1/reviews", 401, "not-signed-in"},
        {"anonymous review", "", S, "GET", "/api/v1/submissions/S-1/review", 401, "not-signed-in"},
        {"anonymous round file", "", S, "GET", "/api/v1/submissions/S-1/rounds/1/files/0", 401,
         "not-signed-in"},
        {"anonymous vote", "", S, "PUT", "/api/v1/submissions/S-1/reviews/mine", 401, "not-signed-in"},
        {"anonymous release differences", "", S, "GET", "/api/v1/submissions/S-1/release-differences", 401,
         "not-signed-in"},
        {"anonymous release", "", S, "POST", "/api/v1/submissions/S-1/release", 401, "not-signed-in"},
        {"anonymous project releases", "", S, "GET", "/api/v1/projects/P1/releases", 401, "not-signed-in"},
        {"anonymous pending destruction", "", S, "GET", "/api/v1/releases?pending-destruction=1", 401,
         "not-signed-in"},
        {"anonymous manifest", "", S, "GET", "/api/v1/releases/R-1", 401, "not-signed-in"},
        {"anonymous download", "", S, "GET", "/api/v1/releases/R-1/files/0", 401, "not-signed-in"},
        {"anonymous ro-crate", "", S, "GET", "/api/v1/releases/R-1/ro-crate", 401, "not-signed-in"},
        {"anonymous destruction", "", S, "POST", "/api/v1/releases/R-1/destruction", 401, "not-signed-in"},
        {"anonymous register", "", S, "GET", "/api/v1/register", 401, "not-signed-in"},
        // reviewing and releasing: a researcher on the checkers' routes
        {"res queue", "res", S, "GET", "/api/v1/review/queue", 403, "not-an-output-checker"},
        {"res statistics", "res", S, "GET", "/api/v1/review/statistics", 403, "not-an-output-checker"},
        {"res claim", "res", S, "POST", "/api/v1/submissions/S-1/reviews", 403, "not-an-output-checker"},
        {"res review", "res", S, "GET", "/api/v1/submissions/S-1/review", 403, "not-an-output-checker"},
        {"res round file", "res", S, "GET", "/api/v1/submissions/S-1/rounds/1/files/0", 403,
         "not-an-output-checker"},
        {"res release differences", "res", S, "GET", "/api/v1/submissions/S-1/release-differences", 403,
         "not-an-output-checker"},
        {"res release", "res", S, "POST", "/api/v1/submissions/S-1/release", 403, "not-an-output-checker"},
        {"res ro-crate", "res", S, "GET", "/api/v1/releases/R-1/ro-crate", 403, "not-an-output-checker"},
        {"res P1 releases", "res", S, "GET", "/api/v1/projects/P1/releases", 200, ""},
        {"res P3 releases (completed)", "res", S, "GET", "/api/v1/projects/P3/releases", 403,
         "project-not-active"},
        {"res pending destruction", "res", S, "GET", "/api/v1/releases?pending-destruction=1", 200, ""},
        {"res unknown manifest", "res", S, "GET", "/api/v1/releases/R-1", 404, "not-found"},
        {"res register", "res", S, "GET", "/api/v1/register", 200, ""},
        // reviewing and releasing: an output checker
        {"checker queue", "checker", S, "GET", "/api/v1/review/queue", 200, ""},
        {"checker statistics", "checker", S, "GET", "/api/v1/review/statistics", 200, ""},
        {"checker claim unknown", "checker", S, "POST", "/api/v1/submissions/S-1/reviews", 404, "not-found"},
        {"checker review unknown", "checker", S, "GET", "/api/v1/submissions/S-1/review", 404, "not-found"},
        {"checker release differences unknown", "checker", S, "GET",
         "/api/v1/submissions/S-1/release-differences", 404, "not-found"},
        {"checker P1 releases (not a member)", "checker", S, "GET", "/api/v1/projects/P1/releases", 404,
         "not-found"},
        {"checker register", "checker", S, "GET", "/api/v1/register", 200, ""},
        // declarations, checks and clearance requests
        {"anonymous declaration", "", S, "POST", "/api/v1/declarations", 401, "not-signed-in"},
        {"anonymous check", "", S, "POST", "/api/v1/projects/P1/checks", 401, "not-signed-in"},
        {"anonymous submit", "", S, "POST", "/api/v1/projects/P1/submissions", 401, "not-signed-in"},
        {"anonymous submissions", "", S, "GET", "/api/v1/projects/P1/submissions", 401, "not-signed-in"},
        {"anonymous submission", "", S, "GET", "/api/v1/projects/P1/submissions/S-1", 401, "not-signed-in"},
        {"anonymous withdraw", "", S, "POST", "/api/v1/projects/P1/submissions/S-1/withdraw", 401,
         "not-signed-in"},
        {"anonymous resubmit", "", S, "POST", "/api/v1/projects/P1/submissions/S-1/resubmit", 401,
         "not-signed-in"},
        {"nodecl declaration without a body", "nodecl", S, "POST", "/api/v1/declarations", 400,
         "bad-request"},
        {"res submissions P1", "res", S, "GET", "/api/v1/projects/P1/submissions", 200, ""},
        {"res laptop submissions P2 (not approved)", "res", L, "GET", "/api/v1/projects/P2/submissions", 403,
         "home-working-not-approved"},
        {"res unknown submission", "res", S, "GET", "/api/v1/projects/P1/submissions/S-1", 404, "not-found"},
        {"res withdraw unknown", "res", S, "POST", "/api/v1/projects/P1/submissions/S-1/withdraw", 404,
         "not-found"},
        {"res resubmit unknown", "res", S, "POST", "/api/v1/projects/P1/submissions/S-1/resubmit", 404,
         "not-found", SubmitBody},
        {"res check P3 (completed)", "res", S, "POST", "/api/v1/projects/P3/checks", 403,
         "project-not-active", CheckBody},
        {"res submit P3 (completed)", "res", S, "POST", "/api/v1/projects/P3/submissions", 403,
         "project-not-active", SubmitBody},
        {"checker check P1 (not a member)", "checker", S, "POST", "/api/v1/projects/P1/checks", 404,
         "not-found", CheckBody},
        {"checker submit P1 (not a member)", "checker", S, "POST", "/api/v1/projects/P1/submissions", 404,
         "not-found", SubmitBody},
        {"checker submissions P1 (not a member)", "checker", S, "GET", "/api/v1/projects/P1/submissions", 404,
         "not-found"},
        // bringing files into a project
        {"anonymous create ingest", "", S, "POST", "/api/v1/projects/P1/ingests", 401, "not-signed-in",
         IngestBody},
        {"anonymous ingests", "", S, "GET", "/api/v1/projects/P1/ingests", 401, "not-signed-in"},
        {"anonymous ingest", "", S, "GET", "/api/v1/projects/P1/ingests/I-1", 401, "not-signed-in"},
        {"anonymous ingest chunk", "", S, "PUT", "/api/v1/projects/P1/ingests/I-1/files/0/chunks/0", 401,
         "not-signed-in", "hello"},
        {"anonymous ingest missing", "", S, "GET", "/api/v1/projects/P1/ingests/I-1/missing", 401,
         "not-signed-in"},
        {"anonymous finish ingest", "", S, "POST", "/api/v1/projects/P1/ingests/I-1/finish", 401,
         "not-signed-in"},
        {"anonymous cancel ingest", "", S, "POST", "/api/v1/projects/P1/ingests/I-1/cancel", 401,
         "not-signed-in"},
        {"res create ingest P1", "res", S, "POST", "/api/v1/projects/P1/ingests", 201, "", IngestBody},
        {"res laptop create ingest P1 (approved)", "res", L, "POST", "/api/v1/projects/P1/ingests", 201, "",
         IngestBody},
        {"res laptop create ingest P2 (not approved)", "res", L, "POST", "/api/v1/projects/P2/ingests", 403,
         "home-working-not-approved", IngestBody},
        {"res create ingest P3 (completed)", "res", S, "POST", "/api/v1/projects/P3/ingests", 403,
         "project-not-active", IngestBody},
        {"prov create ingest P4 (no supervisor)", "prov", S, "POST", "/api/v1/projects/P4/ingests", 403,
         "provisional-without-supervisor", IngestBody},
        {"nodecl create ingest P1", "nodecl", S, "POST", "/api/v1/projects/P1/ingests", 403,
         "security-declaration-missing", IngestBody},
        {"checker create ingest P1 (not a member)", "checker", S, "POST", "/api/v1/projects/P1/ingests", 404,
         "not-found", IngestBody},
        {"res ingests P1", "res", S, "GET", "/api/v1/projects/P1/ingests", 200, ""},
        {"res laptop ingests P2 (not approved)", "res", L, "GET", "/api/v1/projects/P2/ingests", 403,
         "home-working-not-approved"},
        {"checker ingests P1 (not a member)", "checker", S, "GET", "/api/v1/projects/P1/ingests", 404,
         "not-found"},
        {"res unknown ingest", "res", S, "GET", "/api/v1/projects/P1/ingests/I-1", 404, "not-found"},
        {"res chunk of an unknown ingest", "res", S, "PUT",
         "/api/v1/projects/P1/ingests/I-1/files/0/chunks/0", 404, "not-found", "hello"},
        {"res laptop chunk P2 (not approved)", "res", L, "PUT",
         "/api/v1/projects/P2/ingests/I-1/files/0/chunks/0", 403, "home-working-not-approved", "hello"},
        {"checker chunk P1 (not a member)", "checker", S, "PUT",
         "/api/v1/projects/P1/ingests/I-1/files/0/chunks/0", 404, "not-found", "hello"},
        {"res missing of an unknown ingest", "res", S, "GET", "/api/v1/projects/P1/ingests/I-1/missing", 404,
         "not-found"},
        {"res finish an unknown ingest", "res", S, "POST", "/api/v1/projects/P1/ingests/I-1/finish", 404,
         "not-found"},
        {"res cancel an unknown ingest", "res", S, "POST", "/api/v1/projects/P1/ingests/I-1/cancel", 404,
         "not-found"},
        {"res P3 cancel (completed)", "res", S, "POST", "/api/v1/projects/P3/ingests/I-1/cancel", 403,
         "project-not-active"},
        // reviewing ingest requests: checkers only, bytes from quarantine never to a researcher
        {"anonymous ingest queue", "", S, "GET", "/api/v1/review/ingests", 401, "not-signed-in"},
        {"anonymous ingest review", "", S, "GET", "/api/v1/review/ingests/I-1", 401, "not-signed-in"},
        {"anonymous ingest review file", "", S, "GET", "/api/v1/review/ingests/I-1/files/0", 401,
         "not-signed-in"},
        {"anonymous ingest vote", "", S, "PUT", "/api/v1/review/ingests/I-1/files/0/votes/mine", 401,
         "not-signed-in", IngestVoteBody},
        {"res ingest queue", "res", S, "GET", "/api/v1/review/ingests", 403, "not-an-output-checker"},
        {"res ingest review", "res", S, "GET", "/api/v1/review/ingests/I-1", 403, "not-an-output-checker"},
        {"res ingest review file", "res", S, "GET", "/api/v1/review/ingests/I-1/files/0", 403,
         "not-an-output-checker"},
        {"res ingest vote", "res", S, "PUT", "/api/v1/review/ingests/I-1/files/0/votes/mine", 403,
         "not-an-output-checker", IngestVoteBody},
        {"checker ingest queue", "checker", S, "GET", "/api/v1/review/ingests", 200, ""},
        {"checker laptop ingest queue (listed anywhere)", "checker", L, "GET", "/api/v1/review/ingests", 200,
         ""},
        {"checker unknown ingest review", "checker", S, "GET", "/api/v1/review/ingests/I-1", 404,
         "not-found"},
        {"checker unknown ingest review file", "checker", S, "GET", "/api/v1/review/ingests/I-1/files/0", 404,
         "not-found"},
        {"checker unknown ingest vote", "checker", S, "PUT", "/api/v1/review/ingests/I-1/files/0/votes/mine",
         404, "not-found", IngestVoteBody},
        // the notification centre: every signed-in person, their own notices only
        {"anonymous notifications", "", S, "GET", "/api/v1/notifications", 401, "not-signed-in"},
        {"anonymous mark read", "", S, "POST", "/api/v1/notifications/read", 401, "not-signed-in",
         R"({"all":true})"},
        {"res notifications", "res", S, "GET", "/api/v1/notifications", 200, ""},
        {"res laptop notifications", "res", L, "GET", "/api/v1/notifications", 200, ""},
        {"checker notifications", "checker", S, "GET", "/api/v1/notifications", 200, ""},
        {"res mark all read", "res", S, "POST", "/api/v1/notifications/read", 204, "", R"({"all":true})"},
        {"res mark someone's notice read", "res", S, "POST", "/api/v1/notifications/read", 204, "",
         R"({"ids":["N-0000000000000001"]})"},
        {"res mark read, neither ids nor all", "res", S, "POST", "/api/v1/notifications/read", 400,
         "bad-request", R"({"all":false})"},
        {"res mark read, unknown field", "res", S, "POST", "/api/v1/notifications/read", 400, "bad-request",
         R"({"all":true,"user":"checker"})"},
        // managing accounts: administrators only; never disabling oneself nor dropping one's own
        // administrator role; a reason for taking access away
        {"res admin users", "res", S, "GET", "/api/v1/admin/users", 403, "not-an-administrator"},
        {"checker admin users", "checker", S, "GET", "/api/v1/admin/users", 403, "not-an-administrator"},
        {"admin users", "admin", S, "GET", "/api/v1/admin/users", 200, ""},
        {"admin users from the laptop", "admin", L, "GET", "/api/v1/admin/users", 200, ""},
        {"res admin user", "res", S, "GET", "/api/v1/admin/users/u-res", 403, "not-an-administrator"},
        {"checker admin user", "checker", S, "GET", "/api/v1/admin/users/u-res", 403, "not-an-administrator"},
        {"admin user", "admin", S, "GET", "/api/v1/admin/users/u-res", 200, ""},
        {"admin unknown user", "admin", S, "GET", "/api/v1/admin/users/u-nobody", 404, "not-found"},
        {"res create user", "res", S, "POST", "/api/v1/admin/users", 403, "not-an-administrator",
         NewUserBody},
        {"checker create user", "checker", S, "POST", "/api/v1/admin/users", 403, "not-an-administrator",
         NewUserBody},
        {"admin create user", "admin", S, "POST", "/api/v1/admin/users", 201, "", NewUserBody},
        {"admin create a taken username", "admin", S, "POST", "/api/v1/admin/users", 409, "conflict",
         TakenUserBody},
        {"res raises own roles", "res", S, "PUT", "/api/v1/admin/users/u-res/roles", 403,
         "not-an-administrator", AdminRolesBody},
        {"checker set roles", "checker", S, "PUT", "/api/v1/admin/users/u-res/roles", 403,
         "not-an-administrator", RolesBody},
        {"admin set roles", "admin", S, "PUT", "/api/v1/admin/users/u-res/roles", 200, "", RolesBody},
        {"admin drops own administrator role", "admin", S, "PUT", "/api/v1/admin/users/u-admin/roles", 403,
         "account-self-demote", RolesBody},
        {"admin no roles", "admin", S, "PUT", "/api/v1/admin/users/u-res/roles", 422, "account-no-roles",
         R"({"roles":[]})"},
        {"res set accreditation", "res", S, "POST", "/api/v1/admin/users/u-res/accreditation", 403,
         "not-an-administrator", AccreditationBody},
        {"checker set accreditation", "checker", S, "POST", "/api/v1/admin/users/u-res/accreditation", 403,
         "not-an-administrator", AccreditationBody},
        {"admin set accreditation", "admin", S, "POST", "/api/v1/admin/users/u-res/accreditation", 201, "",
         AccreditationBody},
        {"res revoke accreditation", "res", S, "POST", "/api/v1/admin/users/u-sup/accreditation/revocation",
         403, "not-an-administrator", ReasonBody},
        {"checker revoke accreditation", "checker", S, "POST",
         "/api/v1/admin/users/u-sup/accreditation/revocation", 403, "not-an-administrator", ReasonBody},
        {"admin revoke accreditation", "admin", S, "POST",
         "/api/v1/admin/users/u-sup/accreditation/revocation", 200, "", ReasonBody},
        {"admin revoke accreditation without a reason", "admin", S, "POST",
         "/api/v1/admin/users/u-sup/accreditation/revocation", 422, "account-reason-required",
         R"({"reason":""})"},
        {"res (lead) adds a member", "res", S, "PUT", "/api/v1/admin/projects/P2/members/u-sup", 403,
         "not-an-administrator", MemberBody},
        {"checker adds a member", "checker", S, "PUT", "/api/v1/admin/projects/P2/members/u-sup", 403,
         "not-an-administrator", MemberBody},
        {"admin adds a member", "admin", S, "PUT", "/api/v1/admin/projects/P2/members/u-sup", 200, "",
         MemberBody},
        {"admin adds to an unknown project", "admin", S, "PUT", "/api/v1/admin/projects/P9/members/u-sup",
         404, "not-found", MemberBody},
        {"res removes a member", "res", S, "DELETE", "/api/v1/admin/projects/P1/members/u-prov", 403,
         "not-an-administrator"},
        {"checker removes a member", "checker", S, "DELETE", "/api/v1/admin/projects/P1/members/u-prov", 403,
         "not-an-administrator"},
        {"admin removes a member", "admin", S, "DELETE", "/api/v1/admin/projects/P1/members/u-prov", 200, ""},
        {"admin removes the lead", "admin", S, "DELETE", "/api/v1/admin/projects/P1/members/u-res", 409,
         "account-project-lead"},
        {"res disables a colleague", "res", S, "POST", "/api/v1/admin/users/u-sup/disable", 403,
         "not-an-administrator", ReasonBody},
        {"checker disables", "checker", S, "POST", "/api/v1/admin/users/u-res/disable", 403,
         "not-an-administrator", ReasonBody},
        {"admin disables", "admin", S, "POST", "/api/v1/admin/users/u-res/disable", 200, "", ReasonBody},
        {"admin disables themselves", "admin", S, "POST", "/api/v1/admin/users/u-admin/disable", 403,
         "account-self-disable", ReasonBody},
        {"admin disables without a reason", "admin", S, "POST", "/api/v1/admin/users/u-res/disable", 422,
         "account-reason-required", R"({"reason":"  "})"},
        {"admin disables nobody", "admin", S, "POST", "/api/v1/admin/users/u-nobody/disable", 404,
         "not-found", ReasonBody},
        {"res enables", "res", S, "POST", "/api/v1/admin/users/u-sup/enable", 403, "not-an-administrator",
         ReasonBody},
        {"checker enables", "checker", S, "POST", "/api/v1/admin/users/u-sup/enable", 403,
         "not-an-administrator", ReasonBody},
        {"admin enables", "admin", S, "POST", "/api/v1/admin/users/u-sup/enable", 200, "", ReasonBody},
        {"res ends sessions", "res", S, "POST", "/api/v1/admin/users/u-sup/sessions/end", 403,
         "not-an-administrator", ReasonBody},
        {"checker ends sessions", "checker", S, "POST", "/api/v1/admin/users/u-sup/sessions/end", 403,
         "not-an-administrator", ReasonBody},
        {"admin ends sessions", "admin", S, "POST", "/api/v1/admin/users/u-sup/sessions/end", 200, "",
         ReasonBody},
        {"res resets TOTP", "res", S, "POST", "/api/v1/admin/users/u-sup/totp-reset", 403,
         "not-an-administrator", ReasonBody},
        {"checker resets TOTP", "checker", S, "POST", "/api/v1/admin/users/u-sup/totp-reset", 403,
         "not-an-administrator", ReasonBody},
        {"admin resets TOTP", "admin", S, "POST", "/api/v1/admin/users/u-sup/totp-reset", 200, "",
         ReasonBody},
        {"res revokes a device", "res", S, "POST", "/api/v1/admin/devices/revocations", 403,
         "not-an-administrator", DeviceBody},
        {"checker revokes a device", "checker", S, "POST", "/api/v1/admin/devices/revocations", 403,
         "not-an-administrator", DeviceBody},
        {"admin revokes a device", "admin", S, "POST", "/api/v1/admin/devices/revocations", 201, "",
         DeviceBody},
        {"admin revokes a device without a reason", "admin", S, "POST", "/api/v1/admin/devices/revocations",
         422, "account-reason-required", R"({"serial":"1A2B"})"},
        // a project's lifecycle: the lead asks and reports completion; administrators decide,
        // suspend and reopen
        {"anonymous ask extension", "", S, "POST", "/api/v1/projects/P1/extension-requests", 401,
         "not-signed-in", ExtensionBody},
        {"anonymous desk extension requests", "", S, "GET", "/api/v1/desk/extension-requests", 401,
         "not-signed-in"},
        {"res ask extension P1 (lead)", "res", S, "POST", "/api/v1/projects/P1/extension-requests", 201, "",
         ExtensionBody},
        {"res laptop ask extension P2 (lead, not home-working approved)", "res", L, "POST",
         "/api/v1/projects/P2/extension-requests", 201, "", ExtensionBody},
        {"res ask extension P3 (completed)", "res", S, "POST", "/api/v1/projects/P3/extension-requests", 409,
         "lifecycle-wrong-status", ExtensionBody},
        {"prov ask extension P1 (member, not lead)", "prov", S, "POST",
         "/api/v1/projects/P1/extension-requests", 403, "lifecycle-not-lead", ExtensionBody},
        {"checker ask extension P1 (not a member)", "checker", S, "POST",
         "/api/v1/projects/P1/extension-requests", 404, "not-found", ExtensionBody},
        {"admin ask extension P1 (not a member)", "admin", S, "POST",
         "/api/v1/projects/P1/extension-requests", 404, "not-found", ExtensionBody},
        {"res extension requests P1", "res", S, "GET", "/api/v1/projects/P1/extension-requests", 200, ""},
        {"prov extension requests P1 (member)", "prov", S, "GET", "/api/v1/projects/P1/extension-requests",
         200, ""},
        {"checker extension requests P1 (not a member)", "checker", S, "GET",
         "/api/v1/projects/P1/extension-requests", 404, "not-found"},
        {"res complete P1 (lead)", "res", S, "POST", "/api/v1/projects/P1/completion", 200, "",
         CompletionBody},
        {"res complete P3 (completed)", "res", S, "POST", "/api/v1/projects/P3/completion", 409,
         "lifecycle-wrong-status", CompletionBody},
        {"prov complete P1 (member, not lead)", "prov", S, "POST", "/api/v1/projects/P1/completion", 403,
         "lifecycle-not-lead", CompletionBody},
        {"checker complete P1 (not a member)", "checker", S, "POST", "/api/v1/projects/P1/completion", 404,
         "not-found", CompletionBody},
        {"res desk extension requests", "res", S, "GET", "/api/v1/desk/extension-requests", 403,
         "not-an-administrator"},
        {"checker desk extension requests", "checker", S, "GET", "/api/v1/desk/extension-requests", 403,
         "not-an-administrator"},
        {"admin desk extension requests", "admin", S, "GET", "/api/v1/desk/extension-requests", 200, ""},
        {"res decide extension", "res", S, "POST", "/api/v1/desk/extension-requests/X-1/decision", 403,
         "not-an-administrator", DecisionBody},
        {"checker decide extension", "checker", S, "POST", "/api/v1/desk/extension-requests/X-1/decision",
         403, "not-an-administrator", DecisionBody},
        {"admin decide unknown extension", "admin", S, "POST", "/api/v1/desk/extension-requests/X-1/decision",
         404, "not-found", DecisionBody},
        {"res desk projects", "res", S, "GET", "/api/v1/desk/projects", 403, "not-an-administrator"},
        {"checker desk projects", "checker", S, "GET", "/api/v1/desk/projects", 403, "not-an-administrator"},
        {"admin desk projects", "admin", S, "GET", "/api/v1/desk/projects", 200, ""},
        {"res suspend P1 (lead)", "res", S, "POST", "/api/v1/projects/P1/suspension", 403,
         "not-an-administrator", ReasonBody},
        {"checker suspend P1", "checker", S, "POST", "/api/v1/projects/P1/suspension", 403,
         "not-an-administrator", ReasonBody},
        {"admin suspend P1", "admin", S, "POST", "/api/v1/projects/P1/suspension", 200, "", ReasonBody},
        {"admin suspend P3 (completed)", "admin", S, "POST", "/api/v1/projects/P3/suspension", 409,
         "lifecycle-wrong-status", ReasonBody},
        {"admin suspend unknown project", "admin", S, "POST", "/api/v1/projects/P9/suspension", 404,
         "not-found", ReasonBody},
        {"res reopen P1", "res", S, "POST", "/api/v1/projects/P1/reopening", 403, "not-an-administrator",
         ReasonBody},
        {"admin reopen P1 (active)", "admin", S, "POST", "/api/v1/projects/P1/reopening", 409,
         "lifecycle-wrong-status", ReasonBody},
        {"admin reopen P3 (completed)", "admin", S, "POST", "/api/v1/projects/P3/reopening", 409,
         "lifecycle-wrong-status", ReasonBody},
        // data owners' approval: only the owner's own approvers; never a researcher, nor an
        // administrator as such
        {"anonymous owner requests", "", S, "GET", "/api/v1/owner/requests", 401, "not-signed-in"},
        {"anonymous owner decision", "", S, "POST", "/api/v1/owner/requests/A-1/decision", 401,
         "not-signed-in", ApproveBody},
        {"anonymous owner projects", "", S, "GET", "/api/v1/owner/projects", 401, "not-signed-in"},
        {"anonymous owner withdrawal", "", S, "POST", "/api/v1/owner/projects/P4/datasets/D3/withdrawal", 401,
         "not-signed-in", WithdrawBody},
        {"res owner requests", "res", S, "GET", "/api/v1/owner/requests", 403, "approval.not-data-owner"},
        {"res owner decision", "res", S, "POST", "/api/v1/owner/requests/A-1/decision", 403,
         "approval.not-data-owner", ApproveBody},
        {"res owner projects", "res", S, "GET", "/api/v1/owner/projects", 403, "approval.not-data-owner"},
        {"res owner withdrawal", "res", S, "POST", "/api/v1/owner/projects/P4/datasets/D3/withdrawal", 403,
         "approval.not-data-owner", WithdrawBody},
        {"admin owner requests", "admin", S, "GET", "/api/v1/owner/requests", 403, "approval.not-data-owner"},
        {"admin owner decision", "admin", S, "POST", "/api/v1/owner/requests/A-1/decision", 403,
         "approval.not-data-owner", ApproveBody},
        {"checker owner decision", "checker", S, "POST", "/api/v1/owner/requests/A-1/decision", 403,
         "approval.not-data-owner", ApproveBody},
        {"owner requests", "owner", S, "GET", "/api/v1/owner/requests", 200, ""},
        {"owner laptop requests", "owner", L, "GET", "/api/v1/owner/requests", 200, ""},
        {"owner approves A-1", "owner", S, "POST", "/api/v1/owner/requests/A-1/decision", 200, "",
         ApproveBody},
        {"owner refuses A-1 without a reason", "owner", S, "POST", "/api/v1/owner/requests/A-1/decision", 422,
         "approval.reason-required", R"({"approve":false})"},
        {"owner unknown request", "owner", S, "POST", "/api/v1/owner/requests/A-9/decision", 404, "not-found",
         ApproveBody},
        {"other owner's approver on A-1", "owner2", S, "POST", "/api/v1/owner/requests/A-1/decision", 403,
         "approval.other-owner", ApproveBody},
        {"owner projects", "owner", S, "GET", "/api/v1/owner/projects", 200, ""},
        {"owner withdraws what is not approved", "owner", S, "POST",
         "/api/v1/owner/projects/P4/datasets/D3/withdrawal", 404, "not-found", WithdrawBody},
        // the public data-access register: any signed-in person, as the release register
        {"anonymous register projects", "", S, "GET", "/api/v1/register/projects", 401, "not-signed-in"},
        {"res register projects", "res", S, "GET", "/api/v1/register/projects", 200, ""},
        {"checker register projects", "checker", S, "GET", "/api/v1/register/projects", 200, ""},
        {"owner register projects", "owner", S, "GET", "/api/v1/register/projects", 200, ""},
        // safe-room bookings: rooms and free half-days for everyone
        // signed in (never whose); booking
        // only for a project that needs a safe room, after the security declaration; a room's day
        // (with names) and blocks for administrators only
        {"anonymous safe rooms", "", S, "GET", "/api/v1/safe-rooms", 401, "not-signed-in"},
        {"res safe rooms", "res", S, "GET", "/api/v1/safe-rooms", 200, ""},
        {"checker laptop safe rooms", "checker", L, "GET", "/api/v1/safe-rooms", 200, ""},
        {"res availability", "res", L, "GET", "/api/v1/safe-rooms/site-1/availability", 200, ""},
        {"res availability of an unknown room", "res", S, "GET", "/api/v1/safe-rooms/site-9/availability",
         404, "not-found"},
        {"res availability, a bad date", "res", S, "GET", "/api/v1/safe-rooms/site-1/availability?from=soon",
         400, "bad-request"},
        {"res my bookings", "res", L, "GET", "/api/v1/bookings/mine", 200, ""},
        {"res book P2 from the laptop", "res", L, "POST", "/api/v1/bookings", 201, "", bookableBody()},
        {"res book P1 (needs no safe room)", "res", L, "POST", "/api/v1/bookings", 403,
         "booking.safe-room-not-needed", BookP1Body},
        {"nodecl book (no security declaration)", "nodecl", S, "POST", "/api/v1/bookings", 403,
         "booking.declaration-missing", BookP2Body},
        {"checker book P2 (not a member)", "checker", S, "POST", "/api/v1/bookings", 403,
         "booking.not-a-member", BookP2Body},
        {"res cancel an unknown booking", "res", S, "POST", "/api/v1/bookings/B-1/cancel", 404, "not-found"},
        {"res room's day", "res", S, "GET", "/api/v1/safe-rooms/site-1/day", 403,
         "booking.not-support-staff"},
        {"checker room's day", "checker", S, "GET", "/api/v1/safe-rooms/site-1/day", 403,
         "booking.not-support-staff"},
        {"admin room's day", "admin", L, "GET", "/api/v1/safe-rooms/site-1/day?date=2030-01-02", 200, ""},
        {"res block a terminal", "res", S, "POST", "/api/v1/safe-rooms/site-1/terminals/sr-demo-01/blocks",
         403, "booking.not-support-staff", BlockBody},
        {"admin block a terminal", "admin", S, "POST",
         "/api/v1/safe-rooms/site-1/terminals/sr-demo-01/blocks", 201, "", BlockBody},
        {"admin block an unknown terminal", "admin", S, "POST",
         "/api/v1/safe-rooms/site-1/terminals/sr-demo-99/blocks", 404, "not-found", BlockBody},
        {"res unblock", "res", S, "DELETE", "/api/v1/safe-rooms/site-1/blocks/K-1", 403,
         "booking.not-support-staff"},
        {"admin unblock an unknown block", "admin", S, "DELETE", "/api/v1/safe-rooms/site-1/blocks/K-1", 404,
         "not-found"},
    };
    return rows;
}

// The routes anyone may call without a session.
bool isOpenRoute(const srs::protocol::RouteSpec &route)
{
    return route.name == "health" || route.name == "sign-in";
}

// A path of the route with an example argument for each parameter (one its pattern allows).
QString examplePath(const srs::protocol::RouteSpec &route)
{
    QString path = QString::fromStdString(route.fullTemplate());
    for (std::string_view parameter : route.parameters()) {
        const QString name = QString::fromLatin1(parameter.data(), qsizetype(parameter.size()));
        const QRegularExpression allowed(QRegularExpression::anchoredPattern(
            QString::fromStdString(std::string(srs::protocol::parameterPattern(parameter)))));
        path.replace("{" + name + "}", allowed.match("1").hasMatch() ? QString("1") : QString("X-1"));
    }
    return path;
}

} // namespace

class TestApi : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ApiHarness> m_api;
    QHash<QString, QString> m_tokens;

    QString token(const QString &user, Device device)
    {
        const QString key = user + QString::number(int(device));
        if (!m_tokens.contains(key)) {
            m_api->advance(30); // a fresh TOTP time step for every sign-in
            m_tokens.insert(key, m_api->signIn(user, device));
        }
        return m_tokens.value(key);
    }

    static QByteArray json(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

private slots:
    void init()
    {
        m_api = std::make_unique<ApiHarness>();
        QVERIFY2(m_api->start(), qPrintable(m_api->error()));
        m_tokens.clear();
    }
    void cleanup() { m_api.reset(); }

    void signInOutcomes_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<Device>("device");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("codeOrSetting");
        QTest::newRow("researcher, safe room") << "res" << Device::SafeRoom << 201 << "safe-room";
        QTest::newRow("researcher, laptop: home working") << "res" << Device::Laptop << 201 << "home-working";
        QTest::newRow("output checker, laptop") << "checker" << Device::Laptop << 201 << "home-working";
        QTest::newRow("expired accreditation")
            << "expired" << Device::SafeRoom << 403 << "accreditation-expired";
        QTest::newRow("provisional, safe room") << "prov" << Device::SafeRoom << 201 << "safe-room";
    }
    void signInOutcomes()
    {
        QFETCH(QString, user);
        QFETCH(Device, device);
        QFETCH(int, status);
        QFETCH(QString, codeOrSetting);
        Reply r;
        const QString t = m_api->signIn(user, device, &r);
        QCOMPARE(r.status, status);
        if (status == 201) {
            QVERIFY(!t.isEmpty());
            QCOMPARE(r.json["setting"].toObject()["kind"].toString(), codeOrSetting);
            QCOMPARE(QByteArray::fromBase64(r.json["cache_key_share"].toString().toLatin1()).size(), 32);
            QCOMPARE(r.json["user"].toObject()["username"].toString(), user);
            QVERIFY(!r.body.contains("password"));
        } else {
            QCOMPARE(r.code(), codeOrSetting);
            QVERIFY(!r.json["message"].toString().isEmpty());
        }
    }

    void authorisationMatrix_data()
    {
        QTest::addColumn<QString>("user"); // empty: no token
        QTest::addColumn<Device>("device");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code"); // expected error code, empty for success
        QTest::addColumn<QByteArray>("body");
        for (const MatrixRow &r : matrixRows())
            QTest::newRow(r.name) << QString::fromLatin1(r.user) << r.device << QByteArray(r.method)
                                  << QString::fromLatin1(r.path) << r.status << QString::fromLatin1(r.code)
                                  << (r.body ? QByteArray(r.body) : QByteArray());
    }
    void authorisationMatrix()
    {
        QFETCH(QString, user);
        QFETCH(Device, device);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QString t = user.isEmpty() ? QString() : token(user, device);
        QVERIFY(user.isEmpty() || !t.isEmpty());
        QFETCH(QByteArray, body);
        // POST and PUT carry a body, if only an empty one of length 0 (without a length the body
        // would be awaited).
        if (body.isNull() && (method == "POST" || method == "PUT"))
            body = QByteArray("");
        const Reply r = m_api->call(method, path, body, t, device);
        QVERIFY2(r.status == status,
                 qPrintable(QString("HTTP %1: %2").arg(r.status).arg(QString::fromUtf8(r.body))));
        QCOMPARE(r.code(), code);
    }

    // Derived from the route table: a route added without a row in the matrix fails here.
    void everyRouteIsInTheMatrix()
    {
        QStringList missing;
        int checked = 0;
        for (const srs::protocol::RouteSpec &route : srs::protocol::allRoutes()) {
            if (isOpenRoute(route))
                continue;
            ++checked;
            const QRegularExpression pattern(
                QRegularExpression::anchoredPattern(QString::fromStdString(route.serverPattern())));
            const QByteArray method(route.method.data(), qsizetype(route.method.size()));
            const bool covered =
                std::any_of(matrixRows().cbegin(), matrixRows().cend(), [&](const MatrixRow &r) {
                    return method == r.method &&
                           pattern.match(QString::fromLatin1(r.path).section('?', 0, 0)).hasMatch();
                });
            if (!covered)
                missing << QString::fromStdString(route.fullTemplate())
                               .prepend(QString::fromLatin1(method) + ' ');
        }
        QVERIFY2(checked > 20, qPrintable(QString("only %1 routes in the table").arg(checked)));
        QVERIFY2(missing.isEmpty(), qPrintable("routes with no row in the matrix:\n" + missing.join('\n')));
    }

    // Every route of the table but the open ones refuses a caller without a session, whatever
    // the arguments, before looking anything up.
    void everyRouteRefusesAnonymousCallers()
    {
        QStringList wrong;
        for (const srs::protocol::RouteSpec &route : srs::protocol::allRoutes()) {
            if (isOpenRoute(route))
                continue;
            const QByteArray method(route.method.data(), qsizetype(route.method.size()));
            const QByteArray body = method == "POST" || method == "PUT" ? QByteArray("") : QByteArray();
            const Reply r = m_api->call(method, examplePath(route), body);
            if (r.status != 401 || r.code() != "not-signed-in")
                wrong << QString("%1 %2: HTTP %3 %4")
                             .arg(QString::fromLatin1(method), examplePath(route))
                             .arg(r.status)
                             .arg(r.code());
        }
        QVERIFY2(wrong.isEmpty(), qPrintable("\n" + wrong.join('\n')));
    }

    void settingDecidesWhichDatasetsAreListed()
    {
        auto ids = [](const Reply &r) {
            QStringList out;
            for (const auto &d : r.json["datasets"].toArray())
                out << d.toObject()["id"].toString();
            return out;
        };
        QCOMPARE(ids(m_api->call("GET", "/api/v1/datasets", {}, token("res", Device::SafeRoom))),
                 (QStringList{"D1", "D2"}));
        QCOMPARE(
            ids(m_api->call("GET", "/api/v1/datasets", {}, token("res", Device::Laptop), Device::Laptop)),
            (QStringList{"D1"}));
        const Reply p2 = m_api->call("GET", "/api/v1/projects/P2", {}, token("res", Device::SafeRoom));
        QCOMPARE(p2.json["datasets"].toArray().size(), 2);
        QCOMPARE(p2.json["hidden_datasets"].toInt(), 0);
    }

    void projectListExplainsEachProject()
    {
        const Reply r =
            m_api->call("GET", "/api/v1/projects", {}, token("res", Device::Laptop), Device::Laptop);
        QCOMPARE(r.status, 200);
        QHash<QString, QString> access;
        for (const auto &p : r.json["projects"].toArray()) {
            const QJsonObject a = p.toObject()["access"].toObject();
            access.insert(p.toObject()["id"].toString(),
                          a["allowed"].toBool() ? "allowed" : a["code"].toString());
        }
        QCOMPARE(access.value("P1"), QString("allowed"));
        QCOMPARE(access.value("P2"), QString("home-working-not-approved"));
        QCOMPARE(access.value("P3"), QString("project-not-active"));
        QCOMPARE(access.size(), 4);
    }

    void workspaceIsMetadataSinceARevision()
    {
        const QString t = token("res", Device::SafeRoom);
        Reply r = m_api->call("GET", "/api/v1/projects/P1/workspace?since=0", {}, t);
        QCOMPARE(r.status, 200);
        const qint64 revision = r.json["revision"].toInteger();
        QVERIFY(revision > 0);
        QHash<QString, QJsonObject> added;
        for (const auto &e : r.json["added"].toArray())
            added.insert(e.toObject()["path"].toString(), e.toObject());
        QVERIFY2(added.contains("code/analysis.R"), r.body.constData());
        QCOMPARE(added["code/analysis.R"]["size"].toInt(), 12);
        QCOMPARE(added["code/analysis.R"]["sha256"].toString(),
                 QString::fromLatin1(
                     QCryptographicHash::hash("# synthetic\n", QCryptographicHash::Sha256).toHex()));
        QVERIFY(!r.body.contains("synthetic")); // never file contents
        const Reply none =
            m_api->call("GET", QString("/api/v1/projects/P1/workspace?since=%1").arg(revision), {}, t);
        QCOMPARE(none.json["added"].toArray().size(), 0);
        QCOMPARE(none.json["revision"].toInteger(), revision);
        const Reply bad = m_api->call("GET", "/api/v1/projects/P1/workspace?since=abc", {}, t);
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.code(), QString("bad-request"));
    }

    // Pages of one entry each, chained by their cursors, list the same entries as one answer.
    void workspaceComesInPages()
    {
        const QString t = token("res", Device::SafeRoom);
        const Reply whole = m_api->call("GET", "/api/v1/projects/P1/workspace?since=0", {}, t);
        QCOMPARE(whole.status, 200);
        QVERIFY(!whole.json.contains("next_cursor"));
        QStringList expected;
        for (const auto &e : whole.json["added"].toArray())
            expected << e.toObject()["path"].toString();
        QVERIFY(expected.size() >= 2);

        QStringList paged;
        QString cursor;
        int pages = 0;
        do {
            QString path = "/api/v1/projects/P1/workspace?since=0&limit=1";
            if (!cursor.isEmpty())
                path += "&cursor=" + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
            const Reply r = m_api->call("GET", path, {}, t);
            QCOMPARE(r.status, 200);
            if (pages == 0)
                QCOMPARE(r.json["total"].toInteger(), expected.size());
            else
                QVERIFY(!r.json.contains("total"));
            auto page = srs::protocol::WorkspaceChangesInfo::fromJson(r.body);
            QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.error().message));
            QVERIFY(page->added.size() <= 1);
            for (const auto &e : page->added)
                paged << e.path;
            cursor = page->nextCursor;
            QVERIFY(++pages <= expected.size() + 1);
        } while (!cursor.isEmpty());
        paged.sort();
        expected.sort();
        QCOMPARE(paged, expected);

        const Reply badCursor = m_api->call("GET", "/api/v1/projects/P1/workspace?since=0&cursor=xyz", {}, t);
        QCOMPARE(badCursor.status, 400);
        QVERIFY(badCursor.json["message"].toString().startsWith("cursor:"));
        for (const char *limit : {"0", "20001", "ten"}) {
            const Reply bad = m_api->call(
                "GET",
                QString("/api/v1/projects/P1/workspace?since=0&limit=%1").arg(QString::fromLatin1(limit)), {},
                t);
            QCOMPARE(bad.status, 400);
            QVERIFY(bad.json["message"].toString().startsWith("limit:"));
        }
    }

    // The workspace poll runs without a request-wide transaction; the session is still read
    // on every call, so an ended session is refused on the very next one.
    void workspacePollChecksTheSessionOnEveryCall()
    {
        const QString path = "/api/v1/projects/P1/workspace?since=0";
        QString t = token("res", Device::SafeRoom);
        QCOMPARE(m_api->call("GET", path, {}, t).status, 200);
        QCOMPARE(m_api->call("GET", path, {}, t, Device::Laptop).code(), QString("session-device-mismatch"));

        // Revoked in the database by someone else (another server instance, an administrator).
        QVERIFY(srs::store::SessionRepository(m_api->context().database()).revokeAllForUser("u-res").ok());
        Reply r = m_api->call("GET", path, {}, t);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), QString("session-expired"));

        m_tokens.clear();
        t = token("res", Device::SafeRoom);
        QCOMPARE(m_api->call("GET", path, {}, t).status, 200);
        QCOMPARE(m_api->call("DELETE", "/api/v1/sessions/current", {}, t).status, 204);
        QCOMPARE(m_api->call("GET", path, {}, t).code(), QString("session-expired"));

        m_tokens.clear();
        t = token("res", Device::SafeRoom);
        m_api->advance(29 * 60);
        QCOMPARE(m_api->call("GET", path, {}, t).status, 200);
        m_api->advance(31 * 60);
        r = m_api->call("GET", path, {}, t);
        QCOMPARE(r.status, 401);
        QVERIFY(r.json["message"].toString().contains("without activity"));
    }

    // A request leaves no read snapshot open on its thread's connection: an SQLite statement
    // that was stepped and not reset keeps one, which stops checkpoints from moving past it,
    // so the write-ahead log would grow while request threads wait for their next request.
    void requestsLeaveNoReadSnapshotOpen()
    {
        const QString t = token("res", Device::SafeRoom);
        // Each kind of request last on a kept connection of its own (a thread of its own).
        std::vector<std::unique_ptr<Connection>> kept;
        for (const char *path : {"/api/v1/me", "/api/v1/projects", "/api/v1/projects/P1/workspace?since=0",
                                 "/api/v1/projects/P1/workspace?since=999"}) {
            kept.push_back(std::make_unique<Connection>());
            QCOMPARE(m_api->call("GET", QString::fromLatin1(path), {}, t, Device::SafeRoom, kept.back().get())
                         .status,
                     200);
        }
        kept.push_back(std::make_unique<Connection>());
        QCOMPARE(m_api->call("GET", "/api/v1/me", {}, "AAAA", Device::SafeRoom, kept.back().get()).status,
                 401);

        srs::store::Database &db = m_api->context().database();
        if (db.backend() != srs::store::DatabaseConfig::Backend::Sqlite)
            return; // PostgreSQL ends each statement's snapshot with the statement
        auto write = db.exec("UPDATE projects SET title = title || '.' WHERE id = 'P1'");
        QVERIFY(write.ok());
        auto checkpoint = db.exec("PRAGMA wal_checkpoint(PASSIVE)");
        QVERIFY(checkpoint.ok() && checkpoint->next());
        const int logFrames = checkpoint->value(1).toInt();
        const int checkpointed = checkpoint->value(2).toInt();
        QVERIFY(logFrames > 0);
        QCOMPARE(checkpointed, logFrames);
    }

    // cpp-httplib ignores a stop before its accept loop has started; the server must not.
    void serverStopsWhenAskedBeforeItServes()
    {
        srs::server::ClearanceServer server(m_api->context());
        QVERIFY(server.bind().ok());
        server.stop();
        auto ran = std::async(std::launch::async, [&server] { return server.run(); });
        if (ran.wait_for(std::chrono::seconds(10)) != std::future_status::ready) {
            server.stop();
            ran.wait();
            QFAIL("run() went on serving after stop()");
        }
        QVERIFY(ran.get());
    }

    void declarationsAreOwedThenAccepted()
    {
        const QString t = token("nodecl", Device::SafeRoom);
        Reply me = m_api->call("GET", "/api/v1/me", {}, t);
        QCOMPARE(me.json["declarations_owed"].toArray().size(), 1);
        const QJsonObject owed = me.json["declarations_owed"].toArray().first().toObject();
        QCOMPARE(owed["kind"].toString(), QString("security"));
        QVERIFY(owed["text"].toString().size() > 100);
        const int before = m_api->auditEventCount();
        Reply wrongVersion =
            m_api->call("POST", "/api/v1/declarations", json({{"kind", "security"}, {"version", 7}}), t);
        QCOMPARE(wrongVersion.status, 409);
        QCOMPARE(m_api->auditEventCount(), before);
        Reply accepted =
            m_api->call("POST", "/api/v1/declarations", json({{"kind", "security"}, {"version", 1}}), t);
        QCOMPARE(accepted.status, 201);
        QCOMPARE(accepted.json["declarations_owed"].toArray().size(), 0);
        QCOMPARE(m_api->auditEventCount(), before + 1);
        QCOMPARE(m_api->call("GET", "/api/v1/projects/P1", {}, t).status, 200);
    }

    void lockoutAfterFiveFailures()
    {
        const QByteArray wrong = json({{"username", "res"}, {"password", "wrong"}, {"totp_code", "000000"}});
        for (int i = 0; i < 5; ++i) {
            m_api->advance(20); // stay clear of the source slow-down
            const Reply r = m_api->call("POST", "/api/v1/sessions", wrong);
            QCOMPARE(r.status, 401);
            QCOMPARE(r.code(), QString("bad-credentials"));
        }
        m_api->advance(60);
        Reply locked;
        QVERIFY(m_api->signIn("res", Device::SafeRoom, &locked).isEmpty());
        QCOMPARE(locked.status, 423);
        QCOMPARE(locked.code(), QString("account-locked"));
        QVERIFY(locked.json["message"].toString().contains("until"));
        // A wrong password during the lock says nothing about the lock.
        m_api->advance(20);
        QCOMPARE(m_api->call("POST", "/api/v1/sessions", wrong).code(), QString("bad-credentials"));
        m_api->advance(15 * 60);
        Reply after;
        QVERIFY2(!m_api->signIn("res", Device::SafeRoom, &after).isEmpty(), after.body.constData());
    }

    void unknownUserGetsTheSameAnswer()
    {
        const Reply r =
            m_api->call("POST", "/api/v1/sessions",
                        json({{"username", "nobody"}, {"password", "x"}, {"totp_code", "123456"}}));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), QString("bad-credentials"));
        m_api->advance(20);
        const Reply known =
            m_api->call("POST", "/api/v1/sessions",
                        json({{"username", "res"}, {"password", "x"}, {"totp_code", "123456"}}));
        QCOMPARE(known.json["message"], r.json["message"]);
    }

    void sourceIsSlowedDownAfterRepeatedFailures()
    {
        // Per (source, account): see tst_revocation for the source as a whole and Retry-After.
        const QByteArray wrong = json({{"username", "res"}, {"password", "x"}, {"totp_code", "123456"}});
        int throttled = 0;
        for (int i = 0; i < 6; ++i) {
            const Reply r = m_api->call("POST", "/api/v1/sessions", wrong);
            if (r.status == 429) {
                QCOMPARE(r.code(), QString("too-many-attempts"));
                QVERIFY(r.headers.contains("retry-after"));
                ++throttled;
            }
        }
        QVERIFY(throttled > 0);
        // Even the right credentials wait until the block ends.
        Reply r;
        QVERIFY(m_api->signIn("res", Device::SafeRoom, &r).isEmpty());
        QCOMPARE(r.status, 429);
        m_api->advance(3600);
        QVERIFY(!m_api->signIn("res", Device::SafeRoom).isEmpty());
    }

    void totpCodeIsSingleUse()
    {
        m_api->advance(30);
        QVERIFY(!m_api->signIn("res", Device::SafeRoom).isEmpty());
        Reply replay;
        QVERIFY(m_api->signIn("res", Device::SafeRoom, &replay).isEmpty()); // same time step
        QCOMPARE(replay.status, 401);
        QCOMPARE(replay.code(), QString("bad-credentials"));
        m_api->advance(30);
        QVERIFY(!m_api->signIn("res", Device::SafeRoom).isEmpty());
    }

    void sessionIsBoundToTheDevice()
    {
        const QString t = token("res", Device::SafeRoom);
        const Reply r = m_api->call("GET", "/api/v1/me", {}, t, Device::Laptop);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), QString("session-device-mismatch"));
        QCOMPARE(m_api->call("GET", "/api/v1/me", {}, t, Device::SafeRoom).status, 200);
    }

    void idleSessionExpires()
    {
        const QString t = token("res", Device::SafeRoom);
        m_api->advance(29 * 60);
        QCOMPARE(m_api->call("GET", "/api/v1/me", {}, t).status, 200);
        m_api->advance(31 * 60);
        const Reply r = m_api->call("GET", "/api/v1/me", {}, t);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), QString("session-expired"));
        QVERIFY(r.json["message"].toString().contains("without activity"));
    }

    void sessionEndsAtItsAbsoluteLifetime()
    {
        const QString t = token("res", Device::SafeRoom);
        for (int i = 0; i < 12 * 3; ++i) { // active every 20 minutes for 12 hours
            m_api->advance(20 * 60);
            const Reply r = m_api->call("GET", "/api/v1/me", {}, t);
            if (r.status != 200) {
                QCOMPARE(r.code(), QString("session-expired"));
                QVERIFY(r.json["message"].toString().contains("maximum length"));
                QVERIFY(i >= 12 * 3 - 2);
                return;
            }
        }
        QFAIL("the session outlived its absolute lifetime");
    }

    // People and projects are cached for ServerContext::ReadCacheMs: a change made by another
    // process (the admin command writes to the database directly) reaches the server within it.
    void changesMadeElsewhereTakeEffectWithinTheCacheTime()
    {
        const QString t = token("res", Device::SafeRoom);
        QCOMPARE(m_api->call("GET", "/api/v1/projects/P1", {}, t).status, 200);
        srs::store::UserRepository users(m_api->context().database());
        auto current = users.currentAccreditation("u-res");
        QVERIFY(current.ok() && current.value().has_value());
        srs::domain::Accreditation revoked = *current.value();
        revoked.revoked = true;
        QVERIFY(users.addAccreditation("u-res", revoked, m_api->now()).ok());
        m_api->advance(srs::server::ServerContext::ReadCacheMs / 1000 + 1);
        const Reply r = m_api->call("GET", "/api/v1/projects/P1", {}, t);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.code(), QString("accreditation-revoked"));

        srs::store::ProjectRepository projects(m_api->context().database());
        const QString sup = token("sup", Device::SafeRoom);
        QCOMPARE(m_api->call("GET", "/api/v1/projects/P1", {}, sup).status, 200);
        QVERIFY(projects.removeMember("P1", "u-sup").ok());
        m_api->advance(srs::server::ServerContext::ReadCacheMs / 1000 + 1);
        QCOMPARE(m_api->call("GET", "/api/v1/projects/P1", {}, sup).status, 404);
    }

    // Being a project member is acting as a researcher, whatever else the person is: a checker
    // who is also on a project's team is refused the project once their accreditation is revoked,
    // and keeps working as a checker. A checker without an accreditation added to a project
    // cannot work on it either.
    void dualRoleMemberNeedsAValidAccreditation()
    {
        const QString t = token("rescheck", Device::SafeRoom);
        QCOMPARE(m_api->call("GET", "/api/v1/projects/P1/workspace", {}, t).status, 200);
        srs::store::UserRepository users(m_api->context().database());
        auto current = users.currentAccreditation("u-rescheck");
        QVERIFY(current.ok() && current.value().has_value());
        srs::domain::Accreditation revoked = *current.value();
        revoked.revoked = true;
        QVERIFY(users.addAccreditation("u-rescheck", revoked, m_api->now()).ok());
        m_api->advance(srs::server::ServerContext::ReadCacheMs / 1000 + 1);

        for (const char *path : {"/api/v1/projects/P1/workspace", "/api/v1/projects/P1"}) {
            const Reply r = m_api->call("GET", QString::fromLatin1(path), {}, t);
            QVERIFY2(r.status == 403, qPrintable(QString::fromUtf8(r.body)));
            QCOMPARE(r.code(), QString("accreditation-revoked"));
            QVERIFY2(r.json.value("message").toString().contains("as a researcher"), r.body.constData());
        }
        // The refusal is in the audit log, with its reason.
        const auto events = srs::store::AuditLog(m_api->context().database()).list();
        QVERIFY(events.ok());
        QVERIFY(std::any_of(events->cbegin(), events->cend(), [](const srs::store::AuditEvent &e) {
            return e.actor == "u-rescheck" && e.action == "request.refused" &&
                   e.details.value("code").toString() == "accreditation-revoked";
        }));
        // Checks and submissions on the project are refused the same way.
        const Reply check = m_api->call("POST", "/api/v1/projects/P1/checks",
                                        R"({"files":[{"path":"code/analysis.R","role":"code"}]})", t);
        QCOMPARE(check.status, 403);
        QCOMPARE(check.code(), QString("accreditation-revoked"));
        // Still a checker: the review queue, and signing in again (as staff, with no accreditation).
        QCOMPARE(m_api->call("GET", "/api/v1/review/queue", {}, t).status, 200);
        m_tokens.clear();
        const QString again = token("rescheck", Device::SafeRoom);
        QVERIFY(!again.isEmpty());
        QCOMPARE(m_api->call("GET", "/api/v1/review/queue", {}, again).status, 200);
        QCOMPARE(m_api->call("GET", "/api/v1/projects/P1/workspace", {}, again).code(),
                 QString("accreditation-revoked"));

        // An unaccredited checker added to a project's team.
        const QString checker = token("checker", Device::SafeRoom);
        QVERIFY(srs::store::ProjectRepository(m_api->context().database())
                    .setMember("P1", "u-checker", srs::domain::ProjectRole::Member)
                    .ok());
        m_api->advance(srs::server::ServerContext::ReadCacheMs / 1000 + 1);
        const Reply added = m_api->call("GET", "/api/v1/projects/P1/workspace", {}, checker);
        QCOMPARE(added.status, 403);
        QCOMPARE(added.code(), QString("not-accredited"));
        QCOMPARE(m_api->call("GET", "/api/v1/review/queue", {}, checker).status, 200);
    }

    void signOutEndsTheSession()
    {
        const QString t = token("res", Device::SafeRoom);
        // Activity is due on this call, and the call itself ends the session: nothing is left
        // to touch, which is not a failure worth a warning.
        m_api->advance(60);
        QTest::failOnWarning(QRegularExpression(QStringLiteral("recording session activity failed")));
        QCOMPARE(m_api->call("DELETE", "/api/v1/sessions/current", {}, t).status, 204);
        QCOMPARE(m_api->call("GET", "/api/v1/me", {}, t).code(), QString("session-expired"));
    }

    // The device identity is read from a connection's certificate once and kept with the
    // connection: each kept connection goes on answering as its own device.
    void eachKeptConnectionKeepsItsOwnDevice()
    {
        const QString t = token("res", Device::SafeRoom);
        Connection room, laptop;
        for (int i = 0; i < 3; ++i) {
            const Reply fromRoom = m_api->call("GET", "/api/v1/health", {}, {}, Device::SafeRoom, &room);
            QCOMPARE(fromRoom.status, 200);
            QCOMPARE(fromRoom.newConnection, i == 0);
            QCOMPARE(fromRoom.json["device"].toObject()["class"].toString(), QString("safe-room-terminal"));
            const Reply fromLaptop = m_api->call("GET", "/api/v1/health", {}, {}, Device::Laptop, &laptop);
            QCOMPARE(fromLaptop.newConnection, i == 0);
            QCOMPARE(fromLaptop.json["device"].toObject()["class"].toString(),
                     QString("organisation-device"));

            QCOMPARE(
                m_api->call("GET", "/api/v1/projects/P1/workspace", {}, t, Device::SafeRoom, &room).status,
                200);
            QCOMPARE(
                m_api->call("GET", "/api/v1/projects/P1/workspace", {}, t, Device::Laptop, &laptop).code(),
                QString("session-device-mismatch"));
        }
    }

    void tokensAreNeverAcceptedMalformed_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("random") << "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        QTest::newRow("too short") << "abc";
        QTest::newRow("not base64") << "!!!!";
    }
    void tokensAreNeverAcceptedMalformed()
    {
        QFETCH(QString, token);
        const Reply r = m_api->call("GET", "/api/v1/me", {}, token);
        QCOMPARE(r.status, 401);
    }

    // The attack: a sign-in whose username holds a lone UTF-16 surrogate. The parser would turn
    // it into U+FFFD, and the refusal's audit event used to be hashed as one string and stored
    // as another, so `audit verify` stopped at it for good. Now the text is refused before
    // anything reads it, naming the field, and the chain stays intact.
    void badTextInASignInIsRefusedAndTheChainHolds_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("lone high surrogate")
            << QByteArray(R"({"username":"\ud800","password":"x","totp_code":"123456"})") << "username"
            << "unpaired UTF-16 surrogate";
        QTest::newRow("lone low surrogate")
            << QByteArray(R"({"username":"res\udc00","password":"x","totp_code":"123456"})") << "username"
            << "unpaired UTF-16 surrogate";
        QTest::newRow("high surrogate then a letter")
            << QByteArray(R"({"username":"\ud800\u0041","password":"x","totp_code":"123456"})") << "username"
            << "unpaired UTF-16 surrogate";
        QTest::newRow("overlong UTF-8")
            << QByteArray("{\"username\":\"\xc0\xaf\",\"password\":\"x\",\"totp_code\":\"123456\"}")
            << "username"
            << "overlong";
        QTest::newRow("surrogate in UTF-8")
            << QByteArray("{\"username\":\"\xed\xa0\x80\",\"password\":\"x\",\"totp_code\":\"123456\"}")
            << "username"
            << "surrogate encoded in UTF-8";
        QTest::newRow("NUL in the username")
            << QByteArray(R"({"username":"res\u0000","password":"x","totp_code":"123456"})") << "username"
            << "NUL";
        QTest::newRow("in the password")
            << QByteArray(R"({"username":"res","password":"\udfff","totp_code":"123456"})") << "password"
            << "unpaired UTF-16 surrogate";
    }
    void badTextInASignInIsRefusedAndTheChainHolds()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QFETCH(QString, mentions);
        const int before = m_api->auditEventCount();
        const Reply r = m_api->call("POST", "/api/v1/sessions", body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), QString("bad-text"));
        QCOMPARE(r.json["field"].toString(), field);
        const QString message = r.json["message"].toString();
        QVERIFY2(message.startsWith(field + ": ") && message.contains(mentions), r.body.constData());
        QCOMPARE(m_api->auditEventCount(), before);

        // Unusual but valid text still reaches the service and is audited faithfully.
        const QByteArray astral =
            R"({"username":"r\u00e9s\ud83d\ude00e\u0301","password":"x","totp_code":"123456"})";
        QCOMPARE(m_api->call("POST", "/api/v1/sessions", astral).code(), QString("bad-credentials"));
        QCOMPARE(m_api->auditEventCount(), before + 1);

        const auto report = srs::store::AuditLog(m_api->context().database()).verify();
        QVERIFY2(report.ok(), qPrintable(report.errorString()));
        QVERIFY2(report->intact, qPrintable(report->reason));
        QVERIFY(report->keyedFrom > 0); // the server keys its chain
        const auto events = srs::store::AuditLog(m_api->context().database()).list(before, 10);
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->at(0).subject, QString::fromUtf8("username:r\xc3\xa9s\xf0\x9f\x98\x80"
                                                          "e\xcc\x81"));
    }

    void badInputIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("signedIn");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("sign-in malformed JSON")
            << QByteArray("POST") << "/api/v1/sessions" << QByteArray("{\"username\":") << false << 400
            << "not valid JSON";
        QTest::newRow("sign-in array") << QByteArray("POST") << "/api/v1/sessions" << QByteArray("[]")
                                       << false << 400 << "expected a JSON object";
        QTest::newRow("sign-in wrong type")
            << QByteArray("POST") << "/api/v1/sessions"
            << QByteArray(R"({"username":1,"password":"x","totp_code":"123456"})") << false << 400
            << "sign-in.username";
        QTest::newRow("sign-in unknown field")
            << QByteArray("POST") << "/api/v1/sessions"
            << QByteArray(R"({"username":"res","password":"x","totp_code":"123456","admin":true})") << false
            << 400 << "sign-in.admin: is not a known field";
        QTest::newRow("sign-in bad code")
            << QByteArray("POST") << "/api/v1/sessions"
            << QByteArray(R"({"username":"res","password":"x","totp_code":"12ab56"})") << false << 400
            << "totp_code";
        QTest::newRow("sign-in oversized") << QByteArray("POST") << "/api/v1/sessions"
                                           << QByteArray(2 * 1024 * 1024, 'x') << false << 413 << "larger";
        QTest::newRow("declaration malformed") << QByteArray("POST") << "/api/v1/declarations"
                                               << QByteArray("{") << true << 400 << "not valid JSON";
        QTest::newRow("declaration unknown kind")
            << QByteArray("POST") << "/api/v1/declarations"
            << QByteArray(R"({"kind":"everything","version":1})") << true << 400 << "declaration.kind";
        QTest::newRow("declaration unknown field")
            << QByteArray("POST") << "/api/v1/declarations"
            << QByteArray(R"({"kind":"security","version":1,"x":1})") << true << 400 << "declaration.x";
        QTest::newRow("declaration version type")
            << QByteArray("POST") << "/api/v1/declarations"
            << QByteArray(R"({"kind":"security","version":"1"})") << true << 400 << "declaration.version";
        QTest::newRow("workspace negative since")
            << QByteArray("GET") << "/api/v1/projects/P1/workspace?since=-1" << QByteArray() << true << 400
            << "since";
        QTest::newRow("project id with bad characters")
            << QByteArray("GET") << "/api/v1/projects/P1%27%20OR%201=1" << QByteArray() << true << 404 << "";
        QTest::newRow("unknown route")
            << QByteArray("GET") << "/api/v1/everything" << QByteArray() << true << 404 << "";
    }
    void badInputIsRefusedAndChangesNothing()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(bool, signedIn);
        QFETCH(int, status);
        QFETCH(QString, mentions);
        const QString t = signedIn ? token("nodecl", Device::SafeRoom) : QString();
        const int before = m_api->auditEventCount();
        const Reply r = m_api->call(method, path, body, t);
        QCOMPARE(r.status, status);
        QVERIFY2(!r.code().isEmpty(), r.body.constData()); // always a JSON error
        QVERIFY2(r.json["message"].toString().contains(mentions), r.body.constData());
        QCOMPARE(m_api->auditEventCount(), before);
        if (signedIn) // the declaration was not recorded
            QCOMPARE(m_api->call("GET", "/api/v1/me", {}, t).json["declarations_owed"].toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestApi)
#include "tst_api.moc"
