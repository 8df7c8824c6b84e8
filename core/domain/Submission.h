#pragma once

#include "Result.h"
#include "TableSpec.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace srs::domain {

// What the researcher asks to have cleared (SDC-RULES.md and the service's output rules).
enum class ClearanceType
{
    PrePublication, // shared only with the named project team; destroyed when the project ends
    Publication,    // everything that will be disseminated (words and graphics) with its underlying data
    Code,           // code files: no identifiers, annotated
};

// What a file is to the request.
enum class FileRole
{
    Output,     // to be released
    Supporting, // counts, top contributions, ...: seen by checkers, never released
    Code,       // a code file to be released
};

// One state machine for the whole life of a request. Final states take no further action.
enum class SubmissionState
{
    Draft,
    Submitted,
    InReview,
    Returned,    // sent back to the author for changes
    Resubmitted, // the author answered a return with new versions and answers
    Approved,
    PartlyApproved, // some outputs approved, others not
    Rejected,       // final
    Withdrawn,      // final
    Released,       // final: approved outputs made available to the project team
};

enum class SubmissionAction
{
    Submit,        // draft -> submitted (author)
    Withdraw,      // draft, submitted, in review, returned, resubmitted -> withdrawn (author)
    StartReview,   // submitted, resubmitted -> in review (an output checker who is not the author)
    Return,        // in review -> returned (checker)
    Resubmit,      // returned -> resubmitted (author)
    Approve,       // in review -> approved (checker)
    PartlyApprove, // in review -> partly approved (checker)
    Reject,        // in review -> rejected (checker)
    Release,       // approved, partly approved -> released (checker)
};

[[nodiscard]] QString clearanceTypeToString(ClearanceType type); // "pre-publication", "publication", "code"
[[nodiscard]] std::optional<ClearanceType> clearanceTypeFromString(QStringView text);
[[nodiscard]] QString fileRoleToString(FileRole role); // "output", "supporting", "code"
[[nodiscard]] std::optional<FileRole> fileRoleFromString(QStringView text);
[[nodiscard]] QString submissionStateToString(SubmissionState state); // "draft", "in-review", ...
// The state in words for a message, in the client's language: "in review", "partly approved".
[[nodiscard]] QString submissionStateInWords(SubmissionState state);
[[nodiscard]] std::optional<SubmissionState> submissionStateFromString(QStringView text);
[[nodiscard]] QString submissionActionToString(SubmissionAction action); // "submit", "start-review", ...
[[nodiscard]] std::optional<SubmissionAction> submissionActionFromString(QStringView text);
[[nodiscard]] QList<SubmissionState> allSubmissionStates();
[[nodiscard]] QList<SubmissionAction> allSubmissionActions();
[[nodiscard]] bool isFinalState(SubmissionState state);

// A reference to a workspace file. At submission the server fills in the SHA-256 and size of
// the snapshot it took; later workspace changes do not change what was submitted.
struct SubmissionFile
{
    QString path; // relative to the workspace root, '/'-separated
    FileRole role = FileRole::Output;
    QString description; // context: what the output is
    QString destination; // context: where it will be published, or to whom it goes
    QString sha256;      // set by the server
    qint64 size = 0;     // set by the server

    friend bool operator==(const SubmissionFile &, const SubmissionFile &) = default;
};

// An exception asked for one finding (a cell, a whole table, or a code line), with why.
struct ExceptionRequest
{
    QString path;
    QString rule;
    // The finding's cell by its place in the file ("C14"), as the check named it; a single row
    // ("row 14") or column ("column 3") for a finding about one; empty for whole-table and code
    // findings. Never a label: researchers' clients see places, not content.
    QString cell;
    int line = 0; // code findings
    QString justification;

    friend bool operator==(const ExceptionRequest &, const ExceptionRequest &) = default;
};

// What the author says in one round of a request: the files, a table spec per table (docs/sdc.md;
// the server checks each against the files), what was done to control disclosure, and exceptions
// asked for.
struct SubmissionContent
{
    QString title;
    ClearanceType clearanceType = ClearanceType::Publication;
    QList<SubmissionFile> files;
    QList<TableSpec> tables;
    QString controls;
    QList<ExceptionRequest> exceptions;

    [[nodiscard]] const SubmissionFile *file(QStringView path) const;

    friend bool operator==(const SubmissionContent &, const SubmissionContent &) = default;
};

// One step in a request's history.
struct SubmissionEvent
{
    QDateTime at;
    QString actorId;
    SubmissionAction action = SubmissionAction::Submit;
    SubmissionState from = SubmissionState::Draft;
    SubmissionState to = SubmissionState::Draft;
    int round = 0;
    QString note;

    friend bool operator==(const SubmissionEvent &, const SubmissionEvent &) = default;
};

// An output clearance request.
struct Submission
{
    QString id;
    QString projectId;
    QString authorId;
    SubmissionState state = SubmissionState::Draft;
    int round = 0; // 1 once submitted; one more for each resubmission
    SubmissionContent content;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime submittedAt;    // of the current round
    QDate expectedAnswerDate; // of the current round; null while a draft or once answered
    QList<SubmissionEvent> history;

    friend bool operator==(const Submission &, const Submission &) = default;
};

// Who is acting, as far as the workflow is concerned. The server fills it in from the caller:
// `projectMember` only when the caller is a member of the submission's project and may open it
// now (the Five Safes policy decided that already).
struct SubmissionActor
{
    QString userId;
    bool projectMember = false;
    bool outputChecker = false;
};

// Refusal codes of the workflow (stable; the wire format and the client's texts use them).
namespace submissionerr {
inline constexpr char WrongState[] = "submission-wrong-state";       // the action does not apply now
inline constexpr char NotAuthor[] = "submission-not-author";         // only the author may do it
inline constexpr char NotMember[] = "submission-not-project-member"; // not an active member
inline constexpr char NotChecker[] = "not-an-output-checker";        // checkers' actions
inline constexpr char OwnSubmission[] = "submission-own";            // a checker never checks their own
inline constexpr char Invalid[] = "invalid-submission";              // the content is incomplete
} // namespace submissionerr

// The workflow: permission rules in pairs (checkCanX says why not, canX is for greying out),
// and the transitions as pure functions that return the changed request or the refusal. Both
// programs use them: the server enforces, the client explains.
class SubmissionWorkflow
{
public:
    // The state an action leads to from `from`, if the action applies there at all.
    [[nodiscard]] static std::optional<SubmissionState> target(SubmissionState from, SubmissionAction action);
    // Who may take which action, in which state.
    [[nodiscard]] static Status checkCan(SubmissionAction action, const Submission &submission,
                                         const SubmissionActor &actor);
    [[nodiscard]] static bool can(SubmissionAction action, const Submission &submission,
                                  const SubmissionActor &actor)
    {
        return checkCan(action, submission, actor).ok();
    }

    [[nodiscard]] static Status checkCanSubmit(const Submission &s, const SubmissionActor &a);
    [[nodiscard]] static bool canSubmit(const Submission &s, const SubmissionActor &a);
    [[nodiscard]] static Status checkCanWithdraw(const Submission &s, const SubmissionActor &a);
    [[nodiscard]] static bool canWithdraw(const Submission &s, const SubmissionActor &a);
    [[nodiscard]] static Status checkCanStartReview(const Submission &s, const SubmissionActor &a);
    [[nodiscard]] static bool canStartReview(const Submission &s, const SubmissionActor &a);
    [[nodiscard]] static Status checkCanReturn(const Submission &s, const SubmissionActor &a);
    [[nodiscard]] static bool canReturn(const Submission &s, const SubmissionActor &a);
    [[nodiscard]] static Status checkCanResubmit(const Submission &s, const SubmissionActor &a);
    [[nodiscard]] static bool canResubmit(const Submission &s, const SubmissionActor &a);
    [[nodiscard]] static Status checkCanApprove(const Submission &s, const SubmissionActor &a);
    [[nodiscard]] static bool canApprove(const Submission &s, const SubmissionActor &a);
    [[nodiscard]] static Status checkCanPartlyApprove(const Submission &s, const SubmissionActor &a);
    [[nodiscard]] static bool canPartlyApprove(const Submission &s, const SubmissionActor &a);
    [[nodiscard]] static Status checkCanReject(const Submission &s, const SubmissionActor &a);
    [[nodiscard]] static bool canReject(const Submission &s, const SubmissionActor &a);
    [[nodiscard]] static Status checkCanRelease(const Submission &s, const SubmissionActor &a);
    [[nodiscard]] static bool canRelease(const Submission &s, const SubmissionActor &a);

    // The content is complete enough to submit: at least one file to clear, no path twice,
    // context for every output, the controls stated, every exception justified and about a
    // submitted file. The error's field names what to fix ("files[1].description").
    [[nodiscard]] static Status checkContent(const SubmissionContent &content);

    // Transitions. Each checks its permission rule (and the content, where it changes) and
    // returns the request in its new state with the step added to its history; the input is
    // never changed. `expectedAnswer` is the date the author can expect an answer by.
    [[nodiscard]] static Result<Submission> submit(Submission s, const SubmissionActor &a,
                                                   const QDateTime &at, QDate expectedAnswer);
    [[nodiscard]] static Result<Submission> withdraw(Submission s, const SubmissionActor &a,
                                                     const QDateTime &at, const QString &note = {});
    [[nodiscard]] static Result<Submission> startReview(Submission s, const SubmissionActor &a,
                                                        const QDateTime &at);
    [[nodiscard]] static Result<Submission> returnToAuthor(Submission s, const SubmissionActor &a,
                                                           const QDateTime &at, const QString &note);
    [[nodiscard]] static Result<Submission> resubmit(Submission s, const SubmissionActor &a,
                                                     SubmissionContent content, const QDateTime &at,
                                                     QDate expectedAnswer, const QString &note = {});
    [[nodiscard]] static Result<Submission> approve(Submission s, const SubmissionActor &a,
                                                    const QDateTime &at, const QString &note = {});
    [[nodiscard]] static Result<Submission> partlyApprove(Submission s, const SubmissionActor &a,
                                                          const QDateTime &at, const QString &note);
    [[nodiscard]] static Result<Submission> reject(Submission s, const SubmissionActor &a,
                                                   const QDateTime &at, const QString &note);
    [[nodiscard]] static Result<Submission> release(Submission s, const SubmissionActor &a,
                                                    const QDateTime &at);

    // Any action, for callers that hold the action as a value.
    [[nodiscard]] static Result<Submission> apply(SubmissionAction action, Submission s,
                                                  const SubmissionActor &a, const QDateTime &at,
                                                  const QString &note = {}, QDate expectedAnswer = {});
};

} // namespace srs::domain
