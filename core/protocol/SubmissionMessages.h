#pragma once

// Wire format v1 of the checks and submissions routes:
//   POST /api/v1/projects/{id}/checks                        CheckRequest -> CheckResultInfo
//   POST /api/v1/projects/{id}/submissions                   SubmissionRequest -> SubmissionInfo
//   GET  /api/v1/projects/{id}/submissions                   -> SubmissionList
//   GET  /api/v1/projects/{id}/submissions/{sid}             -> SubmissionInfo
//   POST /api/v1/projects/{id}/submissions/{sid}/withdraw    WithdrawRequest -> SubmissionInfo
//   POST /api/v1/projects/{id}/submissions/{sid}/resubmit    SubmissionRequest (with note) -> SubmissionInfo
// Requests are decoded strictly (unknown fields, wrong types and over-long lists are refused,
// naming the field). Findings name cells by their labels and never carry a value, a count or a
// contribution from the files: the client never receives the contents of an uncleared output.

#include "domain/Result.h"
#include "domain/Review.h"
#include "domain/Submission.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace srs::protocol {

class JsonReader;

// Limits on what one request may carry (besides the server's request size limit).
namespace submissionlimits {
inline constexpr qsizetype MaxFiles = 50;
inline constexpr qsizetype MaxTables = 50;
inline constexpr qsizetype MaxExceptions = 500;
inline constexpr qsizetype MaxPathLength = 1024;
inline constexpr qsizetype MaxTextLength = 4000;
// Findings listed per table or code file in an answer; the rest are counted (findings_total).
inline constexpr qsizetype MaxFindingsShown = 1000;
} // namespace submissionlimits

// Error codes of the checks and submissions routes (besides the workflow's in
// domain::submissionerr and the access policy's reason codes).
namespace submissionerrc {
inline constexpr char FileNotFound[] = "workspace-file-not-found"; // a listed path is not in the workspace
inline constexpr char SupportingFileMissing[] =
    "supporting-file-missing"; // a table's companion is not in the request
inline constexpr char FindingsNeedExceptions[] =
    "findings-need-exceptions"; // a failing finding is neither fixed nor explained
// An output in a format that is never released (by its extension), or whose content the checks
// do not all see: a workbook with hidden sheets, pivot caches, links, ... or a visible sheet no
// table names; text with invisible characters or that is not UTF-8; an image whose content is
// not what its name says or cannot be decoded; a PDF that holds what a checker would not see
// (scripts, attachments, forms, layers, earlier versions, ...) (422).
inline constexpr char OutputFormatRefused[] = "output-format-refused";
// A table that cannot be checked has a code starting "table-": table-shape-mismatch,
// table-labels-mismatch, table-sheet-not-found, table-bad-cell, table-invalid-spec, ...
inline constexpr char DatasetNotInProject[] = "dataset-not-in-project"; // policy reason code
inline constexpr char SafeRoomOnlyDataset[] = "safe-room-only-dataset"; // policy reason code
} // namespace submissionerrc

// A file the check or the request is about: a workspace path and its role.
struct CheckFileRef
{
    QString path;
    domain::FileRole role = domain::FileRole::Output;
};

// POST /api/v1/projects/{id}/checks
struct CheckRequest
{
    QList<CheckFileRef> files;       // code files (role "code") are scanned; tables come from `tables`
    QList<domain::TableSpec> tables; // table specs (docs/sdc.md) naming workspace paths
    // Read from a body: the tables whose spec is not valid, by index (the table there holds only
    // the file it names), each with its error ("table-invalid-spec", naming tables[i] and the
    // field). Each is reported as that table's result; the others are checked. Not sent.
    QMap<int, Error> invalidTables;

    [[nodiscard]] static Result<CheckRequest> fromJson(QByteArrayView body);
    [[nodiscard]] QByteArray toJson() const;
};

// One finding as a researcher's client sees it: the rule, the outcome, where (file, sheet, the
// cell's row and column labels, or a code line) and what to do. No values from the files.
struct CheckFindingInfo
{
    QString rule;
    QString outcome; // "fail" or "review"
    QString path;
    QString sheet; // the sheet the request named (never one the researcher did not type)
    // The cell by its place in the file, numbered from 1 as a spreadsheet numbers rows and
    // columns ("C14": column 3, row 14); 0 and "" when the finding is not about one row, column
    // or cell. Never labels: a researcher's client receives no content of a workspace file.
    int fileRow = 0;
    int fileColumn = 0;
    QString cell;
    int line = 0;
    QString message;
    // margin-differencing: the cells to suppress as well, by their place ("D14").
    QStringList alsoSuppress;
    // The rule's settings that `message` quotes, so that a client can say the same in its own
    // language: "threshold", "n" and "k", "p", "minimum" (degrees of freedom), "percentage",
    // "lines_per_comment", "other_file", "released_file" and "release". Settings of the service and
    // names of the request's files only: never a value read from a file.
    QJsonObject parameters;
    // Checkers only (inside the service's trust): the labels of the row and column, and of the
    // cells to suppress as well. Never filled in an answer to a researcher's client.
    QString rowLabel;
    QString columnLabel;
    QList<std::pair<QString, QString>> alsoSuppressLabels;

    // "C14", "row 14", "column C", or "" (what an exception names; see ExceptionRequest::cell).
    [[nodiscard]] QString place() const;

    [[nodiscard]] QJsonObject toJsonObject() const;
    [[nodiscard]] static CheckFindingInfo read(JsonReader &r);
    friend bool operator==(const CheckFindingInfo &, const CheckFindingInfo &) = default;
};

// The outcome for one table (by its index in the request's tables) or one code file.
struct CheckItemInfo
{
    QString kind; // "table" or "code"
    int tableIndex = -1;
    QString path;
    QString sheet;
    QString name;
    QString status; // "pass", "review", "fail" or "error"
    qint64 cells = 0;
    std::optional<Error> error;       // status "error": why it could not be checked, with the field to fix
    QList<CheckFindingInfo> findings; // the first MaxFindingsShown
    qint64 findingsTotal = 0;         // all of them

    [[nodiscard]] QJsonObject toJsonObject() const;
    [[nodiscard]] static CheckItemInfo read(JsonReader &r);
};

// 200 answer to POST /checks, and the check of a submission's current round.
struct CheckResultInfo
{
    QString status; // the worst of the items ("pass" when there are none)
    QDateTime checkedAt;
    QList<CheckItemInfo> items;

    [[nodiscard]] QJsonObject toJsonObject() const;
    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<CheckResultInfo> fromJson(QByteArrayView body);
    [[nodiscard]] static CheckResultInfo read(JsonReader &r);
};

// POST /submissions (note refused) and POST /submissions/{sid}/resubmit (note allowed: the
// author's answer to the return).
struct SubmissionRequest
{
    domain::SubmissionContent content;
    QString note;
    // Read from a body: the tables whose spec is not valid, as for CheckRequest. The request is
    // refused with the first of them once the content's other requirements are met. Not sent.
    QMap<int, Error> invalidTables;

    [[nodiscard]] static Result<SubmissionRequest> fromJson(QByteArrayView body, bool allowNote);
    [[nodiscard]] QByteArray toJson() const;
};

// POST /submissions/{sid}/withdraw: an empty body, or {"note": "..."}.
struct WithdrawRequest
{
    QString note;

    [[nodiscard]] static Result<WithdrawRequest> fromJson(QByteArrayView body);
    [[nodiscard]] QByteArray toJson() const;
};

struct PersonRef
{
    QString id;
    QString username;
    QString displayName;
};

// The files of one round, as snapshotted, and once both reviews of the round are in, what they
// decided as the author sees it: per file the decision and the reviewers' shared comments (never
// their internal ones), the summary, and the state the round led to. `releasable` is not sent.
struct SubmissionRoundInfo
{
    int round = 0;
    QDateTime submittedAt;
    QString status; // the check status of that round
    QList<domain::SubmissionFile> files;
    std::optional<domain::ReviewOutcome> outcome = std::nullopt; // null until the round is decided
};

// One request as its author and the project's members see it.
struct SubmissionInfo
{
    domain::Submission submission;
    PersonRef author;
    QHash<QString, QString> actorNames; // user id -> display name, for the history
    CheckResultInfo check;              // the current round's
    QList<SubmissionRoundInfo> rounds;  // every round, oldest first

    [[nodiscard]] QJsonObject toJsonObject() const;
    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<SubmissionInfo> fromJson(QByteArrayView body);
    // Reads one from an object inside another message (a review's context).
    [[nodiscard]] static SubmissionInfo read(JsonReader &r);
};

// GET /submissions: summaries (no check details, tables, exceptions or history), newest first.
struct SubmissionSummary
{
    QString id;
    QString projectId;
    PersonRef author;
    QString title;
    domain::ClearanceType clearanceType = domain::ClearanceType::Publication;
    domain::SubmissionState state = domain::SubmissionState::Draft;
    int round = 0;
    QString checkStatus;
    QDateTime submittedAt;
    QDateTime updatedAt;
    QDate expectedAnswerDate;
    int files = 0;
};

[[nodiscard]] QByteArray encodeSubmissionList(const QList<SubmissionSummary> &list);
[[nodiscard]] Result<QList<SubmissionSummary>> decodeSubmissionList(QByteArrayView body);

// An error body that names the field to fix: {"code", "message", "field"}.
[[nodiscard]] QByteArray encodeFieldError(const Error &error);

} // namespace srs::protocol
