#pragma once

// Wire format v1 of the project lifecycle: extension requests and their decisions, completion
// reports with publications, suspension and reopening, and the projects as the service desk
// sees them. Requests are decoded strictly (unknown fields and wrong types are refused, naming
// the field).

#include "domain/Project.h"
#include "domain/ProjectLifecycle.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace srs::protocol {

class JsonReader;

// An extension request as the project's members and administrators see it.
struct ExtensionRequestInfo
{
    QString id;
    QString projectId;
    QString projectTitle;
    QString requestedBy; // username
    QString requestedByName;
    QDate currentEndDate; // the project's effective end date when asked
    QDate newEndDate;
    QString reason;
    domain::ExtensionState state = domain::ExtensionState::Pending;
    QString decidedByName; // empty while pending
    QString decisionReason;
    QDateTime createdAt;
    QDateTime decidedAt;

    [[nodiscard]] QJsonObject toJsonObject() const;
    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static ExtensionRequestInfo read(JsonReader &r);
    [[nodiscard]] static Result<ExtensionRequestInfo> fromJson(QByteArrayView body);
};

[[nodiscard]] QByteArray encodeExtensionRequestList(const QList<ExtensionRequestInfo> &requests);
[[nodiscard]] Result<QList<ExtensionRequestInfo>> decodeExtensionRequestList(QByteArrayView body);

[[nodiscard]] QJsonObject publicationToJson(const domain::Publication &p);
[[nodiscard]] domain::Publication readPublication(JsonReader &r);

// POST /api/v1/projects/{id}/extension-requests
struct ExtensionAskRequest
{
    QDate newEndDate;
    QString reason;

    [[nodiscard]] static Result<ExtensionAskRequest> fromJson(QByteArrayView body);
    [[nodiscard]] QByteArray toJson() const;
};

// POST /api/v1/desk/extension-requests/{xid}/decision
struct ExtensionDecisionRequest
{
    bool approve = false;
    QString reason;

    [[nodiscard]] static Result<ExtensionDecisionRequest> fromJson(QByteArrayView body);
    [[nodiscard]] QByteArray toJson() const;
};

// POST /api/v1/projects/{id}/completion: the final publications (none is allowed).
struct CompletionRequest
{
    QList<domain::Publication> publications;

    [[nodiscard]] static Result<CompletionRequest> fromJson(QByteArrayView body);
    [[nodiscard]] QByteArray toJson() const;
};

// POST /api/v1/projects/{id}/suspension and /reopening
struct StatusChangeRequest
{
    QString reason;

    [[nodiscard]] static Result<StatusChangeRequest> fromJson(QByteArrayView body);
    [[nodiscard]] QByteArray toJson() const;
};

// A project as the service desk sees it (GET /api/v1/desk/projects, and the answer to completion,
// suspension and reopening): its status and dates, its lead, the open extension request and,
// once completed, its publications. No members, datasets or workspace.
struct DeskProjectInfo
{
    domain::Project project; // id, title, status, start, end and extension only
    QString leadUsername;
    QString leadName;
    int endWarningDays = 0; // the end-date warning it is within (domain::endWarningDue), 0 for none
    std::optional<ExtensionRequestInfo> openExtension;
    QList<domain::Publication> publications;

    [[nodiscard]] QJsonObject toJsonObject() const;
    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static DeskProjectInfo read(JsonReader &r);
    [[nodiscard]] static Result<DeskProjectInfo> fromJson(QByteArrayView body);
};

[[nodiscard]] QByteArray encodeDeskProjectList(const QList<DeskProjectInfo> &projects);
[[nodiscard]] Result<QList<DeskProjectInfo>> decodeDeskProjectList(QByteArrayView body);

} // namespace srs::protocol
