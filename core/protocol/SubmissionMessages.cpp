#include "SubmissionMessages.h"

#include "JsonReader.h"
#include "WireFields.h"

#include "sdc/TableSpec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace srs::protocol {

using namespace Qt::Literals::StringLiterals;
using namespace submissionlimits;
using namespace wire;

namespace {

QJsonObject fileToJson(const domain::SubmissionFile &f, bool snapshot)
{
    QJsonObject o{{u"path"_s, f.path},
                  {u"role"_s, domain::fileRoleToString(f.role)},
                  {u"description"_s, f.description},
                  {u"destination"_s, f.destination}};
    if (snapshot) {
        o.insert(u"sha256"_s, f.sha256);
        o.insert(u"size"_s, f.size);
    }
    return o;
}

domain::SubmissionFile readSnapshotFile(JsonReader &r)
{
    domain::SubmissionFile f;
    f.path = r.string("path"_L1);
    f.role = readRole(r, "role"_L1);
    f.description = r.optionalString("description"_L1);
    f.destination = r.optionalString("destination"_L1);
    f.sha256 = r.optionalString("sha256"_L1);
    f.size = r.json().contains("size"_L1) ? r.integer("size"_L1) : 0;
    return f;
}

QJsonObject contentToJson(const domain::SubmissionContent &c, bool snapshot)
{
    QJsonArray files, tables, exceptions;
    for (const domain::SubmissionFile &f : c.files)
        files.append(fileToJson(f, snapshot));
    for (const domain::TableSpec &t : c.tables)
        tables.append(sdc::tableSpecToJson(t, sdc::SpecForm::Compact));
    for (const domain::ExceptionRequest &e : c.exceptions)
        exceptions.append(exceptionToJson(e));
    return QJsonObject{
        {u"title"_s, c.title},       {u"clearance_type"_s, domain::clearanceTypeToString(c.clearanceType)},
        {u"files"_s, files},         {u"tables"_s, tables},
        {u"controls"_s, c.controls}, {u"exceptions"_s, exceptions}};
}

// A decided round as its author sees it: no internal comments.
QJsonObject outcomeToJson(const domain::ReviewOutcome &o)
{
    QJsonArray files;
    for (const domain::FileReview &f : o.files)
        files.append(QJsonObject{{u"path"_s, f.path},
                                 {u"decision"_s, domain::fileDecisionToString(f.decision)},
                                 {u"shared_comment"_s, f.sharedComment}});
    return QJsonObject{{u"state"_s, domain::submissionStateToString(o.state)},
                       {u"summary"_s, o.summary},
                       {u"files"_s, files}};
}

domain::ReviewOutcome readOutcome(JsonReader &r)
{
    domain::ReviewOutcome o;
    o.state = readEnum(r, "state"_L1, &domain::submissionStateFromString, domain::SubmissionState::InReview);
    o.summary = r.optionalString("summary"_L1);
    for (JsonReader &f : r.objectList("files"_L1)) {
        domain::FileReview file;
        file.path = f.string("path"_L1);
        file.decision =
            readEnum(f, "decision"_L1, &domain::fileDecisionFromString, domain::FileDecision::Approve);
        file.sharedComment = f.optionalString("shared_comment"_L1);
        o.files.append(file);
    }
    return o;
}

// The table specs of a message, each read once (the engine's reader names the field at fault:
// "tables[1].counts"). With `invalid`, a spec that is not valid is kept there as its error and
// its place in the list holds only the file it names; without, it makes the message invalid.
QList<domain::TableSpec> readTables(JsonReader &r, bool required, QMap<int, Error> *invalid)
{
    QList<domain::TableSpec> out;
    for (JsonReader &t : boundedList(r, "tables"_L1, MaxTables, required)) {
        const int index = int(out.size());
        auto spec = sdc::tableSpecFromJson(t.json(), u"tables[%1]"_s.arg(index));
        if (spec) {
            out.append(std::move(spec).value());
            continue;
        }
        const sdc::Error &e = spec.error();
        if (!invalid) {
            r.rejectValue("tables"_L1, e.message);
            return {};
        }
        invalid->insert(index, Error{u"table-invalid-spec"_s, e.message,
                                     e.field.isEmpty() ? u"tables[%1]"_s.arg(index) : e.field});
        domain::TableSpec named;
        named.file = t.json().value("file"_L1).toString();
        out.append(named);
    }
    return out;
}

} // namespace

Result<CheckRequest> CheckRequest::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"check"_s);
    r.rejectUnknown({"files"_L1, "tables"_L1});
    CheckRequest c;
    for (JsonReader &f : boundedList(r, "files"_L1, MaxFiles, false)) {
        f.rejectUnknown({"path"_L1, "role"_L1});
        c.files.append({readPath(f, "path"_L1), readRole(f, "role"_L1)});
    }
    c.tables = readTables(r, false, &c.invalidTables);
    if (!r.ok())
        return r.error();
    if (c.files.isEmpty() && c.tables.isEmpty())
        return Error{u"bad-json"_s, u"check: give at least one table or code file to check"_s, u"tables"_s};
    return c;
}

QByteArray CheckRequest::toJson() const
{
    QJsonArray f, t;
    for (const CheckFileRef &ref : files)
        f.append(QJsonObject{{u"path"_s, ref.path}, {u"role"_s, domain::fileRoleToString(ref.role)}});
    for (const domain::TableSpec &spec : tables)
        t.append(sdc::tableSpecToJson(spec, sdc::SpecForm::Compact));
    return compact(QJsonObject{{u"files"_s, f}, {u"tables"_s, t}});
}

QJsonObject CheckFindingInfo::toJsonObject() const
{
    QJsonObject o{{u"rule"_s, rule},   {u"outcome"_s, outcome}, {u"path"_s, path},
                  {u"sheet"_s, sheet}, {u"line"_s, line},       {u"message"_s, message}};
    if (fileRow > 0)
        o.insert(u"file_row"_s, fileRow);
    if (fileColumn > 0)
        o.insert(u"file_column"_s, fileColumn);
    if (!cell.isEmpty())
        o.insert(u"cell"_s, cell);
    if (!alsoSuppress.isEmpty())
        o.insert(u"also_suppress"_s, QJsonArray::fromStringList(alsoSuppress));
    if (!parameters.isEmpty())
        o.insert(u"parameters"_s, parameters);
    if (!rowLabel.isEmpty())
        o.insert(u"row_label"_s, rowLabel);
    if (!columnLabel.isEmpty())
        o.insert(u"column_label"_s, columnLabel);
    if (!alsoSuppressLabels.isEmpty()) {
        QJsonArray cells;
        for (const auto &[row, column] : alsoSuppressLabels)
            cells.append(QJsonObject{{u"row"_s, row}, {u"column"_s, column}});
        o.insert(u"also_suppress_labels"_s, cells);
    }
    return o;
}

QString CheckFindingInfo::place() const
{
    // Spreadsheet column letters: 1 is A, 27 is AA.
    QString letters;
    for (int n = fileColumn; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    if (fileRow > 0 && fileColumn > 0)
        return letters + QString::number(fileRow);
    if (fileRow > 0)
        return u"row %1"_s.arg(fileRow);
    if (fileColumn > 0)
        return u"column "_s + letters;
    return {};
}

CheckFindingInfo CheckFindingInfo::read(JsonReader &r)
{
    CheckFindingInfo f;
    f.rule = r.string("rule"_L1);
    f.outcome = r.string("outcome"_L1);
    if (r.ok() && f.outcome != "fail"_L1 && f.outcome != "review"_L1)
        r.rejectValue("outcome"_L1, u"expected \"fail\" or \"review\""_s);
    f.path = r.string("path"_L1);
    f.sheet = r.optionalString("sheet"_L1);
    f.fileRow = r.json().contains("file_row"_L1) ? static_cast<int>(r.integer("file_row"_L1)) : 0;
    f.fileColumn = r.json().contains("file_column"_L1) ? static_cast<int>(r.integer("file_column"_L1)) : 0;
    f.cell = r.optionalString("cell"_L1);
    f.line = r.json().contains("line"_L1) ? static_cast<int>(r.integer("line"_L1)) : 0;
    f.message = r.string("message"_L1);
    if (r.json().contains("also_suppress"_L1))
        f.alsoSuppress = r.stringList("also_suppress"_L1);
    if (auto parameters = r.optionalObject("parameters"_L1))
        f.parameters = parameters->json();
    f.rowLabel = r.optionalString("row_label"_L1);
    f.columnLabel = r.optionalString("column_label"_L1);
    if (r.json().contains("also_suppress_labels"_L1)) {
        for (JsonReader &c : r.objectList("also_suppress_labels"_L1))
            f.alsoSuppressLabels.append({c.string("row"_L1), c.string("column"_L1)});
    }
    return f;
}

QJsonObject CheckItemInfo::toJsonObject() const
{
    QJsonArray f;
    for (const CheckFindingInfo &finding : findings)
        f.append(finding.toJsonObject());
    QJsonObject o{{u"kind"_s, kind},     {u"path"_s, path},
                  {u"sheet"_s, sheet},   {u"name"_s, name},
                  {u"status"_s, status}, {u"cells"_s, cells},
                  {u"findings"_s, f},    {u"findings_total"_s, findingsTotal}};
    if (tableIndex >= 0)
        o.insert(u"table_index"_s, tableIndex);
    if (error)
        o.insert(u"error"_s, QJsonObject{{u"code"_s, error->code},
                                         {u"message"_s, error->message},
                                         {u"field"_s, error->field}});
    return o;
}

CheckItemInfo CheckItemInfo::read(JsonReader &r)
{
    CheckItemInfo i;
    i.kind = r.string("kind"_L1);
    if (r.ok() && i.kind != "table"_L1 && i.kind != "code"_L1)
        r.rejectValue("kind"_L1, u"expected \"table\" or \"code\""_s);
    i.tableIndex = r.json().contains("table_index"_L1) ? static_cast<int>(r.integer("table_index"_L1)) : -1;
    i.path = r.string("path"_L1);
    i.sheet = r.optionalString("sheet"_L1);
    i.name = r.optionalString("name"_L1);
    i.status = r.string("status"_L1);
    i.cells = r.json().contains("cells"_L1) ? r.integer("cells"_L1) : 0;
    if (auto e = r.optionalObject("error"_L1))
        i.error = Error{e->string("code"_L1), e->string("message"_L1), e->optionalString("field"_L1)};
    for (JsonReader &f : r.objectList("findings"_L1))
        i.findings.append(CheckFindingInfo::read(f));
    i.findingsTotal =
        r.json().contains("findings_total"_L1) ? r.integer("findings_total"_L1) : i.findings.size();
    return i;
}

QJsonObject CheckResultInfo::toJsonObject() const
{
    QJsonArray a;
    for (const CheckItemInfo &i : items)
        a.append(i.toJsonObject());
    return QJsonObject{{u"status"_s, status}, {u"checked_at"_s, time(checkedAt)}, {u"items"_s, a}};
}

QByteArray CheckResultInfo::toJson() const
{
    return compact(toJsonObject());
}

CheckResultInfo CheckResultInfo::read(JsonReader &r)
{
    CheckResultInfo c;
    c.status = r.string("status"_L1);
    c.checkedAt = readTime(r, "checked_at"_L1);
    for (JsonReader &i : r.objectList("items"_L1))
        c.items.append(CheckItemInfo::read(i));
    return c;
}

Result<CheckResultInfo> CheckResultInfo::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"check"_s);
    CheckResultInfo c = read(r);
    if (!r.ok())
        return r.error();
    return c;
}

Result<SubmissionRequest> SubmissionRequest::fromJson(QByteArrayView body, bool allowNote)
{
    JsonReader r = JsonReader::parse(body, u"submission"_s);
    if (allowNote)
        r.rejectUnknown({"title"_L1, "clearance_type"_L1, "files"_L1, "tables"_L1, "controls"_L1,
                         "exceptions"_L1, "note"_L1});
    else
        r.rejectUnknown(
            {"title"_L1, "clearance_type"_L1, "files"_L1, "tables"_L1, "controls"_L1, "exceptions"_L1});
    SubmissionRequest s;
    domain::SubmissionContent &c = s.content;
    c.title = boundedString(r, "title"_L1, 200, true);
    c.clearanceType = readClearanceType(r);
    for (JsonReader &f : boundedList(r, "files"_L1, MaxFiles, true)) {
        f.rejectUnknown({"path"_L1, "role"_L1, "description"_L1, "destination"_L1});
        domain::SubmissionFile file;
        file.path = readPath(f, "path"_L1);
        file.role = readRole(f, "role"_L1);
        file.description = boundedString(f, "description"_L1, MaxTextLength, false);
        file.destination = boundedString(f, "destination"_L1, MaxTextLength, false);
        c.files.append(file);
    }
    c.tables = readTables(r, false, &s.invalidTables);
    c.controls = boundedString(r, "controls"_L1, MaxTextLength, true);
    for (JsonReader &e : boundedList(r, "exceptions"_L1, MaxExceptions, false)) {
        e.rejectUnknown({"path"_L1, "rule"_L1, "cell"_L1, "line"_L1, "justification"_L1});
        domain::ExceptionRequest x;
        x.path = readPath(e, "path"_L1);
        x.rule = boundedString(e, "rule"_L1, 64, true);
        x.cell = boundedString(e, "cell"_L1, 32, false);
        x.line = e.json().contains("line"_L1) ? static_cast<int>(e.integer("line"_L1)) : 0;
        if (x.line < 0)
            e.rejectValue("line"_L1, u"must be 0 or more"_s);
        x.justification = boundedString(e, "justification"_L1, MaxTextLength, true);
        c.exceptions.append(x);
    }
    if (allowNote)
        s.note = boundedString(r, "note"_L1, MaxTextLength, false);
    if (!r.ok())
        return r.error();
    return s;
}

QByteArray SubmissionRequest::toJson() const
{
    QJsonObject o = contentToJson(content, false);
    if (!note.isEmpty())
        o.insert(u"note"_s, note);
    return compact(o);
}

Result<WithdrawRequest> WithdrawRequest::fromJson(QByteArrayView body)
{
    if (body.trimmed().isEmpty())
        return WithdrawRequest{};
    JsonReader r = JsonReader::parse(body, u"withdraw"_s);
    r.rejectUnknown({"note"_L1});
    WithdrawRequest w;
    w.note = boundedString(r, "note"_L1, MaxTextLength, false);
    if (!r.ok())
        return r.error();
    return w;
}

QByteArray WithdrawRequest::toJson() const
{
    return compact(QJsonObject{{u"note"_s, note}});
}

QJsonObject SubmissionInfo::toJsonObject() const
{
    const domain::Submission &s = submission;
    QJsonObject o = contentToJson(s.content, true);
    QJsonArray history;
    for (const domain::SubmissionEvent &e : s.history)
        history.append(QJsonObject{
            {u"at"_s, time(e.at)},
            {u"actor"_s, QJsonObject{{u"id"_s, e.actorId}, {u"display_name"_s, actorNames.value(e.actorId)}}},
            {u"action"_s, domain::submissionActionToString(e.action)},
            {u"from"_s, domain::submissionStateToString(e.from)},
            {u"to"_s, domain::submissionStateToString(e.to)},
            {u"round"_s, e.round},
            {u"note"_s, e.note}});
    QJsonArray roundList;
    for (const SubmissionRoundInfo &r : rounds) {
        QJsonArray files;
        for (const domain::SubmissionFile &f : r.files)
            files.append(fileToJson(f, true));
        QJsonObject round{{u"round"_s, r.round},
                          {u"submitted_at"_s, time(r.submittedAt)},
                          {u"status"_s, r.status},
                          {u"files"_s, files}};
        if (r.outcome)
            round.insert(u"outcome"_s, outcomeToJson(*r.outcome));
        roundList.append(round);
    }
    o.insert(u"id"_s, s.id);
    o.insert(u"project_id"_s, s.projectId);
    o.insert(u"author"_s, personToJson(author));
    o.insert(u"state"_s, domain::submissionStateToString(s.state));
    o.insert(u"round"_s, s.round);
    o.insert(u"created_at"_s, time(s.createdAt));
    o.insert(u"updated_at"_s, time(s.updatedAt));
    o.insert(u"submitted_at"_s, time(s.submittedAt));
    o.insert(u"expected_answer_date"_s, day(s.expectedAnswerDate));
    o.insert(u"check"_s, check.toJsonObject());
    o.insert(u"history"_s, history);
    o.insert(u"rounds"_s, roundList);
    return o;
}

QByteArray SubmissionInfo::toJson() const
{
    return compact(toJsonObject());
}

Result<SubmissionInfo> SubmissionInfo::fromJson(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"submission"_s);
    SubmissionInfo info = read(r);
    if (!r.ok())
        return r.error();
    return info;
}

SubmissionInfo SubmissionInfo::read(JsonReader &r)
{
    SubmissionInfo info;
    domain::Submission &s = info.submission;
    s.id = r.string("id"_L1);
    s.projectId = r.string("project_id"_L1);
    info.author = readPerson(r, "author"_L1);
    s.authorId = info.author.id;
    s.state = readEnum(r, "state"_L1, &domain::submissionStateFromString, domain::SubmissionState::Draft);
    s.round = static_cast<int>(r.integer("round"_L1));
    s.createdAt = readTime(r, "created_at"_L1);
    s.updatedAt = readTime(r, "updated_at"_L1);
    s.submittedAt = readTime(r, "submitted_at"_L1);
    s.expectedAnswerDate = readDay(r, "expected_answer_date"_L1);
    s.content.title = r.string("title"_L1);
    s.content.clearanceType = readClearanceType(r);
    for (JsonReader &f : r.objectList("files"_L1))
        s.content.files.append(readSnapshotFile(f));
    s.content.tables = readTables(r, true, nullptr);
    s.content.controls = r.string("controls"_L1);
    for (JsonReader &e : r.objectList("exceptions"_L1))
        s.content.exceptions.append(readException(e));
    JsonReader check = r.object("check"_L1);
    info.check = CheckResultInfo::read(check);
    for (JsonReader &h : r.objectList("history"_L1)) {
        domain::SubmissionEvent e;
        e.at = readTime(h, "at"_L1);
        JsonReader actor = h.object("actor"_L1);
        e.actorId = actor.string("id"_L1);
        info.actorNames.insert(e.actorId, actor.optionalString("display_name"_L1));
        e.action =
            readEnum(h, "action"_L1, &domain::submissionActionFromString, domain::SubmissionAction::Submit);
        e.from = readEnum(h, "from"_L1, &domain::submissionStateFromString, domain::SubmissionState::Draft);
        e.to = readEnum(h, "to"_L1, &domain::submissionStateFromString, domain::SubmissionState::Draft);
        e.round = static_cast<int>(h.integer("round"_L1));
        e.note = h.optionalString("note"_L1);
        s.history.append(e);
    }
    for (JsonReader &rr : r.objectList("rounds"_L1)) {
        SubmissionRoundInfo round;
        round.round = static_cast<int>(rr.integer("round"_L1));
        round.submittedAt = readTime(rr, "submitted_at"_L1);
        round.status = rr.optionalString("status"_L1);
        for (JsonReader &f : rr.objectList("files"_L1))
            round.files.append(readSnapshotFile(f));
        if (auto outcome = rr.optionalObject("outcome"_L1))
            round.outcome = readOutcome(*outcome);
        info.rounds.append(round);
    }
    return info;
}

QByteArray encodeSubmissionList(const QList<SubmissionSummary> &list)
{
    QJsonArray a;
    for (const SubmissionSummary &s : list)
        a.append(QJsonObject{{u"id"_s, s.id},
                             {u"project_id"_s, s.projectId},
                             {u"author"_s, personToJson(s.author)},
                             {u"title"_s, s.title},
                             {u"clearance_type"_s, domain::clearanceTypeToString(s.clearanceType)},
                             {u"state"_s, domain::submissionStateToString(s.state)},
                             {u"round"_s, s.round},
                             {u"check_status"_s, s.checkStatus},
                             {u"submitted_at"_s, time(s.submittedAt)},
                             {u"updated_at"_s, time(s.updatedAt)},
                             {u"expected_answer_date"_s, day(s.expectedAnswerDate)},
                             {u"files"_s, s.files}});
    return compact(QJsonObject{{u"submissions"_s, a}});
}

Result<QList<SubmissionSummary>> decodeSubmissionList(QByteArrayView body)
{
    JsonReader r = JsonReader::parse(body, u"submissions"_s);
    QList<SubmissionSummary> out;
    for (JsonReader &item : r.objectList("submissions"_L1)) {
        SubmissionSummary s;
        s.id = item.string("id"_L1);
        s.projectId = item.string("project_id"_L1);
        s.author = readPerson(item, "author"_L1);
        s.title = item.string("title"_L1);
        s.clearanceType = readClearanceType(item);
        s.state =
            readEnum(item, "state"_L1, &domain::submissionStateFromString, domain::SubmissionState::Draft);
        s.round = static_cast<int>(item.integer("round"_L1));
        s.checkStatus = item.optionalString("check_status"_L1);
        s.submittedAt = readTime(item, "submitted_at"_L1);
        s.updatedAt = readTime(item, "updated_at"_L1);
        s.expectedAnswerDate = readDay(item, "expected_answer_date"_L1);
        s.files = static_cast<int>(item.integer("files"_L1));
        out.append(s);
    }
    if (!r.ok())
        return r.error();
    return out;
}

QByteArray encodeFieldError(const Error &error)
{
    QJsonObject o{{u"code"_s, error.code}, {u"message"_s, error.message}};
    if (!error.field.isEmpty())
        o.insert(u"field"_s, error.field);
    return compact(o);
}

} // namespace srs::protocol
