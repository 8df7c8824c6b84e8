#pragma once

// Every route of the API, once: its method, its path under ApiPrefix with named parameters,
// the status of a success, and the message types of its request and answer. The server
// registers its handlers from this table (a handler for each route, and no route that is not
// here), the client's API classes call routes from it, test fakes answer by it, and
// tst_apidocs holds it against docs/api/openapi.yaml both ways.
//
// Adding an endpoint: a Route here (and its line in route::All), its handler in server/http, a
// method in its core/api class, and its entry in openapi.yaml.

#include "AccountMessages.h"
#include "BookingMessages.h"
#include "HealthInfo.h"
#include "IngestMessages.h"
#include "IngestReviewMessages.h"
#include "Messages.h"
#include "NotificationMessages.h"
#include "OwnerMessages.h"
#include "Protocol.h"
#include "ReviewMessages.h"
#include "SubmissionMessages.h"

#include "domain/Dataset.h"

#include <QList>
#include <QString>

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>

namespace srs::protocol {

// A request without a body, or an answer without one (204).
struct NoBody
{};
// An answer that is a file's bytes (application/octet-stream), with its SHA-256 in the
// X-Content-SHA256 header.
struct FileBytes
{};
// A request body that is bytes as they are (application/octet-stream): a chunk of a file, with
// its SHA-256 in the X-Chunk-SHA256 header.
struct ChunkBytes
{};
// An answer that is a JSON document passed on whole, not decoded (the RO-Crate).
struct JsonDocumentBytes
{};

// What every route has, whatever its types.
struct RouteSpec
{
    std::string_view method; // "GET", "POST", "PUT", "DELETE"
    // Under ApiPrefix; each parameter is a path segment of its own in braces: "/projects/{id}".
    std::string_view path;
    int successStatus = 200;
    // Said in the server's request log and in test failures.
    std::string_view name;
    // The request body is bytes as they are (ChunkBytes), not JSON: the server does not hold it
    // to JSON's text rules.
    bool bytesBody = false;
    // The server honours an Idempotency-Key header: the same key sent again (after a lost
    // answer) gets the first attempt's result instead of a second write. The client sends one,
    // and may then send the request again when its connection breaks.
    bool idempotencyKey = false;

    // ApiPrefix + path, as written in openapi.yaml: "/api/v1/projects/{id}".
    [[nodiscard]] std::string fullTemplate() const;
    // The regular expression the server matches a request path against: each parameter's
    // pattern in a group of its own, in order.
    [[nodiscard]] std::string serverPattern() const;
    // The parameters' names in order ("id", "sid").
    [[nodiscard]] QList<std::string_view> parameters() const;
    // The path to call: ApiPrefix + path with each parameter replaced, in order, by its
    // argument percent-encoded. An argument the parameter's pattern does not allow is still
    // encoded (the server answers 404); a wrong number of arguments is a programming error
    // and gives an empty string.
    [[nodiscard]] QString format(std::initializer_list<QString> arguments) const;
};

// A route with the types of its request body and its answer.
template <typename RequestBody, typename ResponseBody>
struct Route
{
    using Request = RequestBody;
    using Response = ResponseBody;
    RouteSpec spec;

    [[nodiscard]] QString path(std::initializer_list<QString> arguments = {}) const
    {
        return spec.format(arguments);
    }
};

// The pattern of each path parameter (the server refuses anything else with 404).
[[nodiscard]] std::string_view parameterPattern(std::string_view parameter);

namespace route {

// Accounts and sessions
inline constexpr Route<NoBody, HealthInfo> Health{{"GET", "/health", 200, "health"}};
inline constexpr Route<SignInRequest, SessionInfo> SignIn{{"POST", "/sessions", 201, "sign-in"}};
inline constexpr Route<NoBody, NoBody> SignOut{{"DELETE", "/sessions/current", 204, "sign-out"}};
inline constexpr Route<NoBody, MeInfo> Me{{"GET", "/me", 200, "me"}};
inline constexpr Route<DeclarationRequest, MeInfo> AcceptDeclaration{
    {"POST", "/declarations", 201, "accept-declaration"}};

// Projects and workspaces (the workspace takes ?since=REV&limit=N&cursor=C)
inline constexpr Route<NoBody, QList<ProjectInfo>> Projects{{"GET", "/projects", 200, "projects"}};
inline constexpr Route<NoBody, ProjectInfo> Project{{"GET", "/projects/{id}", 200, "project"}};
inline constexpr Route<NoBody, WorkspaceChangesInfo> Workspace{
    {"GET", "/projects/{id}/workspace", 200, "workspace"}};
inline constexpr Route<NoBody, QList<domain::Dataset>> Datasets{{"GET", "/datasets", 200, "datasets"}};

// Checks and clearance requests
inline constexpr Route<CheckRequest, CheckResultInfo> Check{{"POST", "/projects/{id}/checks", 200, "check"}};
inline constexpr Route<SubmissionRequest, SubmissionInfo> Submit{
    {"POST", "/projects/{id}/submissions", 201, "submit", false, true}};
inline constexpr Route<NoBody, QList<SubmissionSummary>> Submissions{
    {"GET", "/projects/{id}/submissions", 200, "submissions"}};
inline constexpr Route<NoBody, SubmissionInfo> Submission{
    {"GET", "/projects/{id}/submissions/{sid}", 200, "submission"}};
inline constexpr Route<WithdrawRequest, SubmissionInfo> Withdraw{
    {"POST", "/projects/{id}/submissions/{sid}/withdraw", 200, "withdraw"}};
inline constexpr Route<SubmissionRequest, SubmissionInfo> Resubmit{
    {"POST", "/projects/{id}/submissions/{sid}/resubmit", 200, "resubmit", false, true}};

// Reviewing (the statistics take ?weeks=N; the review context ?votes=all)
inline constexpr Route<NoBody, ReviewQueue> ReviewQueueRoute{{"GET", "/review/queue", 200, "review-queue"}};
inline constexpr Route<NoBody, ReviewStatistics> ReviewStatisticsRoute{
    {"GET", "/review/statistics", 200, "review-statistics"}};
inline constexpr Route<NoBody, ReviewContext> Claim{{"POST", "/submissions/{sid}/reviews", 201, "claim"}};
inline constexpr Route<NoBody, ReviewContext> Review{{"GET", "/submissions/{sid}/review", 200, "review"}};
inline constexpr Route<NoBody, FileBytes> RoundFile{
    {"GET", "/submissions/{sid}/rounds/{n}/files/{i}", 200, "round-file"}};
inline constexpr Route<VoteRequest, ReviewContext> Vote{
    {"PUT", "/submissions/{sid}/reviews/mine", 200, "vote"}};
// The current round's tables compared afresh with every release of the project so far.
inline constexpr Route<NoBody, ReleaseComparison> ReleaseDifferences{
    {"GET", "/submissions/{sid}/release-differences", 200, "release-differences"}};

// Releases (the list of all takes ?pending-destruction=1)
inline constexpr Route<NoBody, ReleaseInfo> Release{
    {"POST", "/submissions/{sid}/release", 201, "release", false, true}};
inline constexpr Route<NoBody, QList<ReleaseInfo>> ProjectReleases{
    {"GET", "/projects/{id}/releases", 200, "project-releases"}};
inline constexpr Route<NoBody, QList<ReleaseInfo>> Releases{{"GET", "/releases", 200, "releases"}};
inline constexpr Route<NoBody, ReleaseInfo> ReleaseDetail{{"GET", "/releases/{rid}", 200, "release-detail"}};
inline constexpr Route<NoBody, FileBytes> ReleaseFile{
    {"GET", "/releases/{rid}/files/{i}", 200, "release-file"}};
inline constexpr Route<NoBody, JsonDocumentBytes> RoCrate{
    {"GET", "/releases/{rid}/ro-crate", 200, "ro-crate"}};
inline constexpr Route<DestructionRequest, ReleaseInfo> Destruction{
    {"POST", "/releases/{rid}/destruction", 200, "destruction"}};
inline constexpr Route<NoBody, QList<RegisterEntry>> Register{{"GET", "/register", 200, "register"}};

// Bringing files into a project: an ingest request, its files' chunks (PUT, any order, again
// if need be), what is still missing, finishing (every file's SHA-256 checked) and cancelling.
inline constexpr Route<IngestCreateRequest, IngestInfo> CreateIngest{
    {"POST", "/projects/{id}/ingests", 201, "create-ingest"}};
inline constexpr Route<NoBody, QList<IngestInfo>> Ingests{{"GET", "/projects/{id}/ingests", 200, "ingests"}};
inline constexpr Route<NoBody, IngestInfo> Ingest{{"GET", "/projects/{id}/ingests/{iid}", 200, "ingest"}};
inline constexpr Route<ChunkBytes, NoBody> IngestChunk{
    {"PUT", "/projects/{id}/ingests/{iid}/files/{i}/chunks/{n}", 204, "ingest-chunk", true}};
inline constexpr Route<NoBody, IngestMissing> IngestMissingRoute{
    {"GET", "/projects/{id}/ingests/{iid}/missing", 200, "ingest-missing"}};
inline constexpr Route<NoBody, IngestInfo> FinishIngest{
    {"POST", "/projects/{id}/ingests/{iid}/finish", 200, "finish-ingest"}};
inline constexpr Route<NoBody, IngestInfo> CancelIngest{
    {"POST", "/projects/{id}/ingests/{iid}/cancel", 200, "cancel-ingest"}};

// Reviewing ingest requests, for checkers: the queue, one request, a file's bytes (from
// quarantine, for preview) and a checker's vote on one file.
inline constexpr Route<NoBody, IngestReviewQueue> IngestReviewQueueRoute{
    {"GET", "/review/ingests", 200, "ingest-review-queue"}};
inline constexpr Route<NoBody, IngestReviewContext> IngestReview{
    {"GET", "/review/ingests/{iid}", 200, "ingest-review"}};
inline constexpr Route<NoBody, FileBytes> IngestReviewFile{
    {"GET", "/review/ingests/{iid}/files/{i}", 200, "ingest-review-file"}};
inline constexpr Route<IngestVoteRequest, IngestReviewContext> IngestVote{
    {"PUT", "/review/ingests/{iid}/files/{i}/votes/mine", 200, "ingest-vote"}};

// The notification centre: the caller's notices (newest first, with the unread count) and
// marking some or all of them read.
inline constexpr Route<NoBody, NotificationList> Notifications{
    {"GET", "/notifications", 200, "notifications"}};
inline constexpr Route<MarkReadRequest, NoBody> MarkNotificationsRead{
    {"POST", "/notifications/read", 204, "mark-notifications-read"}};

// Managing people's accounts, for administrators: the directory, one person, adding a person
// (the initial password and TOTP secret answered once), roles, accreditation, project membership,
// disabling and enabling, ending sessions, resetting TOTP, and revoking a device certificate.
inline constexpr Route<NoBody, AccountDirectory> AdminUsers{{"GET", "/admin/users", 200, "admin-users"}};
inline constexpr Route<NoBody, AccountSummary> AdminUser{{"GET", "/admin/users/{uid}", 200, "admin-user"}};
inline constexpr Route<NewAccountRequest, AccountSecrets> AdminCreateUser{
    {"POST", "/admin/users", 201, "admin-create-user"}};
inline constexpr Route<RolesRequest, AccountSummary> AdminSetRoles{
    {"PUT", "/admin/users/{uid}/roles", 200, "admin-set-roles"}};
inline constexpr Route<AccreditationRequest, AccountSummary> AdminSetAccreditation{
    {"POST", "/admin/users/{uid}/accreditation", 201, "admin-set-accreditation"}};
inline constexpr Route<ReasonRequest, AccountSummary> AdminRevokeAccreditation{
    {"POST", "/admin/users/{uid}/accreditation/revocation", 200, "admin-revoke-accreditation"}};
inline constexpr Route<MembershipRequest, AccountSummary> AdminSetMember{
    {"PUT", "/admin/projects/{id}/members/{uid}", 200, "admin-set-member"}};
inline constexpr Route<NoBody, AccountSummary> AdminRemoveMember{
    {"DELETE", "/admin/projects/{id}/members/{uid}", 200, "admin-remove-member"}};
inline constexpr Route<ReasonRequest, AccountSummary> AdminDisableUser{
    {"POST", "/admin/users/{uid}/disable", 200, "admin-disable-user"}};
inline constexpr Route<ReasonRequest, AccountSummary> AdminEnableUser{
    {"POST", "/admin/users/{uid}/enable", 200, "admin-enable-user"}};
inline constexpr Route<ReasonRequest, AccountSummary> AdminEndSessions{
    {"POST", "/admin/users/{uid}/sessions/end", 200, "admin-end-sessions"}};
inline constexpr Route<ReasonRequest, AccountSecrets> AdminResetTotp{
    {"POST", "/admin/users/{uid}/totp-reset", 200, "admin-reset-totp"}};
inline constexpr Route<DeviceRevocationRequest, DeviceRevocationInfo> AdminRevokeDevice{
    {"POST", "/admin/devices/revocations", 201, "admin-revoke-device"}};

// A project's lifecycle. For the project's lead: asking for a later end date, the project's
// extension requests (its members see them too), reporting the project complete. For
// administrators (the service desk): the extension requests waiting for a decision across
// projects, deciding one, every project with its status, suspending and reopening a project.
inline constexpr Route<ExtensionAskRequest, ExtensionRequestInfo> AskExtension{
    {"POST", "/projects/{id}/extension-requests", 201, "ask-extension"}};
inline constexpr Route<NoBody, QList<ExtensionRequestInfo>> ExtensionRequests{
    {"GET", "/projects/{id}/extension-requests", 200, "extension-requests"}};
inline constexpr Route<CompletionRequest, DeskProjectInfo> CompleteProject{
    {"POST", "/projects/{id}/completion", 200, "complete-project"}};
inline constexpr Route<NoBody, QList<ExtensionRequestInfo>> DeskExtensionRequests{
    {"GET", "/desk/extension-requests", 200, "desk-extension-requests"}};
inline constexpr Route<ExtensionDecisionRequest, ExtensionRequestInfo> DecideExtension{
    {"POST", "/desk/extension-requests/{xid}/decision", 200, "decide-extension"}};
inline constexpr Route<NoBody, QList<DeskProjectInfo>> DeskProjects{
    {"GET", "/desk/projects", 200, "desk-projects"}};
inline constexpr Route<StatusChangeRequest, DeskProjectInfo> SuspendProject{
    {"POST", "/projects/{id}/suspension", 200, "suspend-project"}};
inline constexpr Route<StatusChangeRequest, DeskProjectInfo> ReopenProject{
    {"POST", "/projects/{id}/reopening", 200, "reopen-project"}};

// Data owners' approval, for people in the data-owner role: their owner's requests, a decision
// on one, the projects using their data and withdrawing an approval.
inline constexpr Route<NoBody, QList<OwnerRequestInfo>> OwnerRequests{
    {"GET", "/owner/requests", 200, "owner-requests"}};
inline constexpr Route<OwnerDecisionRequest, OwnerRequestInfo> OwnerDecision{
    {"POST", "/owner/requests/{aid}/decision", 200, "owner-decision"}};
inline constexpr Route<NoBody, QList<OwnerProjectInfo>> OwnerProjects{
    {"GET", "/owner/projects", 200, "owner-projects"}};
inline constexpr Route<OwnerWithdrawalRequest, OwnerProjectInfo> OwnerWithdrawal{
    {"POST", "/owner/projects/{id}/datasets/{did}/withdrawal", 200, "owner-withdrawal"}};
// The public data-access register: which projects use which datasets.
inline constexpr Route<NoBody, QList<ProjectRegisterEntry>> RegisterProjects{
    {"GET", "/register/projects", 200, "register-projects"}};
// Safe-room bookings: the rooms (terminals, hours, closures), a room's free and taken half-days
// (never whose), the caller's bookings, booking and cancelling; for support staff, a room's day
// with names, and taking a terminal out of use (a block) and back.
inline constexpr Route<NoBody, SafeRoomList> SafeRooms{{"GET", "/safe-rooms", 200, "safe-rooms"}};
// ?from=YYYY-MM-DD&to=YYYY-MM-DD (at most 62 days; today when not given)
inline constexpr Route<NoBody, Availability> SafeRoomAvailability{
    {"GET", "/safe-rooms/{rid}/availability", 200, "safe-room-availability"}};
// ?date=YYYY-MM-DD (today when not given)
inline constexpr Route<NoBody, RoomDay> SafeRoomDay{{"GET", "/safe-rooms/{rid}/day", 200, "safe-room-day"}};
inline constexpr Route<BlockRequest, BlockInfo> BlockTerminal{
    {"POST", "/safe-rooms/{rid}/terminals/{tid}/blocks", 201, "block-terminal"}};
inline constexpr Route<NoBody, NoBody> UnblockTerminal{
    {"DELETE", "/safe-rooms/{rid}/blocks/{bid}", 204, "unblock-terminal"}};
inline constexpr Route<NoBody, BookingList> MyBookings{{"GET", "/bookings/mine", 200, "my-bookings"}};
inline constexpr Route<BookingRequestMessage, BookingInfo> Book{{"POST", "/bookings", 201, "book"}};
inline constexpr Route<NoBody, BookingInfo> CancelBooking{
    {"POST", "/bookings/{bid}/cancel", 200, "cancel-booking"}};

// Every route above, in this order: the server registers a handler for each, and only these.
inline constexpr RouteSpec All[] = {
    Health.spec,
    SignIn.spec,
    SignOut.spec,
    Me.spec,
    AcceptDeclaration.spec,
    Projects.spec,
    Project.spec,
    Workspace.spec,
    Datasets.spec,
    Check.spec,
    Submit.spec,
    Submissions.spec,
    Submission.spec,
    Withdraw.spec,
    Resubmit.spec,
    ReviewQueueRoute.spec,
    ReviewStatisticsRoute.spec,
    Claim.spec,
    Review.spec,
    RoundFile.spec,
    Vote.spec,
    ReleaseDifferences.spec,
    Release.spec,
    ProjectReleases.spec,
    Releases.spec,
    ReleaseDetail.spec,
    ReleaseFile.spec,
    RoCrate.spec,
    Destruction.spec,
    Register.spec,
    CreateIngest.spec,
    Ingests.spec,
    Ingest.spec,
    IngestChunk.spec,
    IngestMissingRoute.spec,
    FinishIngest.spec,
    CancelIngest.spec,
    IngestReviewQueueRoute.spec,
    IngestReview.spec,
    IngestReviewFile.spec,
    IngestVote.spec,
    Notifications.spec,
    MarkNotificationsRead.spec,
    AdminUsers.spec,
    AdminUser.spec,
    AdminCreateUser.spec,
    AdminSetRoles.spec,
    AdminSetAccreditation.spec,
    AdminRevokeAccreditation.spec,
    AdminSetMember.spec,
    AdminRemoveMember.spec,
    AdminDisableUser.spec,
    AdminEnableUser.spec,
    AdminEndSessions.spec,
    AdminResetTotp.spec,
    AdminRevokeDevice.spec,
    AskExtension.spec,
    ExtensionRequests.spec,
    CompleteProject.spec,
    DeskExtensionRequests.spec,
    DecideExtension.spec,
    DeskProjects.spec,
    SuspendProject.spec,
    ReopenProject.spec,
    OwnerRequests.spec,
    OwnerDecision.spec,
    OwnerProjects.spec,
    OwnerWithdrawal.spec,
    RegisterProjects.spec,
    SafeRooms.spec,
    SafeRoomAvailability.spec,
    SafeRoomDay.spec,
    BlockTerminal.spec,
    UnblockTerminal.spec,
    MyBookings.spec,
    Book.spec,
    CancelBooking.spec,
};

} // namespace route

// Every route above, once each.
[[nodiscard]] std::span<const RouteSpec> allRoutes();

} // namespace srs::protocol
