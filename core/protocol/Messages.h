#pragma once

// Wire format v1 of the accounts, projects and workspace routes. Requests are decoded
// strictly (unknown fields and wrong types are refused, naming the field); responses are
// encoded here so that no other code knows a JSON field name.

#include "LifecycleMessages.h"

#include "domain/Dataset.h"
#include "domain/Declaration.h"
#include "domain/Project.h"
#include "domain/Result.h"
#include "domain/Setting.h"
#include "domain/User.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace srs::protocol {

class JsonReader;

// POST /api/v1/sessions
struct SignInRequest
{
    QString username;
    QString password; // wiped by the server as soon as it has been checked
    QString totpCode;

    [[nodiscard]] static Result<SignInRequest> fromJson(QByteArrayView body);
    [[nodiscard]] QByteArray toJson() const;
};

// POST /api/v1/declarations
struct DeclarationRequest
{
    domain::DeclarationKind kind = domain::DeclarationKind::Security;
    int version = 0;

    [[nodiscard]] static Result<DeclarationRequest> fromJson(QByteArrayView body);
    [[nodiscard]] QByteArray toJson() const;
};

struct OwedDeclaration
{
    domain::DeclarationKind kind = domain::DeclarationKind::Security;
    int version = 0;
    QString title;
    QString text;
};

struct RecognisedSetting
{
    domain::SettingKind kind = domain::SettingKind::Unrecognised;
    QString name; // the safe room's site or the organisation
    domain::DeviceIdentity device;
};

// The caller's profile, what the server recognised, and what is still owed:
// GET /api/v1/me, and part of the sign-in answer.
struct MeInfo
{
    domain::User user;
    RecognisedSetting setting;
    QList<OwedDeclaration> declarationsOwed;

    [[nodiscard]] QJsonObject toJsonObject() const;
    [[nodiscard]] static Result<MeInfo> fromJson(QByteArrayView body);
    [[nodiscard]] static MeInfo read(JsonReader &r);
};

// 201 answer to POST /api/v1/sessions.
struct SessionInfo
{
    QString token; // base64url, 256 bits; shown once, stored by the server only as a hash
    QDateTime expiresAt;
    int idleTimeoutSeconds = 0;
    QString cacheKeyShare; // base64, 256 bits; the client mixes it into its cache key
    MeInfo me;

    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<SessionInfo> fromJson(QByteArrayView body);
};

// Whether the caller may open a project now, and if not why (a policy reason code).
struct ProjectAccess
{
    bool allowed = false;
    QString code;
    QString message;
};

struct ProjectMemberInfo
{
    QString username;
    QString displayName;
    domain::ProjectRole role = domain::ProjectRole::Member;
};

// GET /api/v1/projects (summaries) and GET /api/v1/projects/{id} (with members and datasets).
struct ProjectInfo
{
    domain::Project project;
    ProjectAccess access;
    QList<ProjectMemberInfo> members; // detail only
    QList<domain::Dataset> datasets;  // detail only; those the caller's setting may see
    int hiddenDatasets = 0;           // safe-room-only datasets not shown in this setting
    // The project's lifecycle, in summaries and detail alike: the caller's role in it, the
    // end-date warning it is within (domain::endWarningDue, by the server's configured days; 0
    // for none), the extension request waiting for a decision, and its publications once
    // completed.
    std::optional<domain::ProjectRole> myRole;
    int endWarningDays = 0;
    std::optional<ExtensionRequestInfo> openExtension;
    QList<domain::Publication> publications;
    // Detail only: datasets asked for whose owner has not approved the project yet (not mapped:
    // their files do not appear in the workspace).
    QList<domain::Dataset> awaitingApproval;

    [[nodiscard]] QJsonObject toJsonObject(bool detail) const;
    [[nodiscard]] static Result<ProjectInfo> fromJson(QByteArrayView body);
    [[nodiscard]] static ProjectInfo read(JsonReader &r, bool detail);
};

// A SHA-256 as the API writes it: 64 lower-case hexadecimal digits.
[[nodiscard]] bool isSha256Hex(QStringView text);

[[nodiscard]] QByteArray encodeProjectList(const QList<ProjectInfo> &projects);
[[nodiscard]] Result<QList<ProjectInfo>> decodeProjectList(QByteArrayView body);
[[nodiscard]] QByteArray encodeDatasetList(const QList<domain::Dataset> &datasets);
[[nodiscard]] QJsonObject datasetToJson(const domain::Dataset &dataset);

struct WorkspaceEntryInfo
{
    QString path;
    qint64 size = 0;
    QString type; // "file" or "directory"
    QDateTime modifiedAt;
    QString sha256;
    qint64 revision = 0;
};

// GET /api/v1/projects/{id}/workspace?since=REV[&cursor=C][&limit=N]
//
// One page of what changed since a revision. When `nextCursor` is set, the page was full:
// ask again with the same `since` and that cursor. The last page's `revision` is the
// revision the client has then caught up with. Removed entries carry only path and revision.
struct WorkspaceChangesInfo
{
    QString projectId;
    qint64 since = 0;
    qint64 revision = 0;
    QList<WorkspaceEntryInfo> added;
    QList<WorkspaceEntryInfo> changed;
    QList<WorkspaceEntryInfo> removed;
    QString nextCursor; // empty on the last page
    qint64 total = -1;  // on a first page: how many entries changed in all (for progress)

    [[nodiscard]] QByteArray toJson() const;
    // Strict: a path must be relative, '/'-separated, without "." or ".." segments; a
    // file needs a SHA-256 in hex.
    [[nodiscard]] static Result<WorkspaceChangesInfo> fromJson(QByteArrayView body);
};

// The server's page cursor, "<revision>:<path in base64url>"; opaque to the client.
[[nodiscard]] QString encodeWorkspaceCursor(qint64 revision, const QString &path);
[[nodiscard]] std::optional<std::pair<qint64, QString>> decodeWorkspaceCursor(QStringView cursor);

} // namespace srs::protocol
