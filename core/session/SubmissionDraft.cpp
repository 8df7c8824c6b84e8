#include "SubmissionWizard.h"

#include "protocol/JsonReader.h"
#include "sdc/TableSpec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <iterator>

// The submission draft: what the wizard holds, the request and check it makes, and its form in
// the encrypted cache.

using namespace Qt::Literals::StringLiterals;

namespace srs::session {

namespace {

const char *const PageNames[] = {"type", "files", "tables", "checks", "exceptions", "context", "commit"};

// A draft's table as kept in the cache: the spec with every field stated (top1, top2 and total
// kept whatever the statistic, so changing it back loses nothing) and the margins choice.
QJsonObject draftTableToJson(const domain::TableSpec &t)
{
    QJsonObject o = sdc::tableSpecToJson(t, sdc::SpecForm::Full);
    const QString choice = t.margins.mode == domain::MarginSpec::Mode::On      ? u"true"_s
                           : t.margins.mode == domain::MarginSpec::Mode::Off   ? u"false"_s
                           : t.margins.mode == domain::MarginSpec::Mode::Named ? u"named"_s
                                                                               : u"auto"_s;
    o.insert(u"margins_choice"_s, choice);
    return o;
}

// A companion as a draft holds it: a file name ("" for none, as drafts saved before held it) or
// {"file", "sheet", "column"}.
domain::CompanionSource draftCompanion(protocol::JsonReader &t, QLatin1StringView key)
{
    const QJsonValue v = t.json().value(key);
    domain::CompanionSource c;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        c.file = o.value("file"_L1).toString();
        c.sheet = o.value("sheet"_L1).toString();
        c.column = o.value("column"_L1).toString();
    } else if (v.isString()) {
        c.file = v.toString();
    } else if (!v.isUndefined() && !v.isNull()) {
        t.rejectValue(key, u"expected a file name or an object"_s);
    }
    return c;
}

// Reads a draft's table, as saved now or before (when a spec's companions were file names and
// its margins "margins_choice" alone). Incomplete is fine; damaged is refused, not half read.
domain::TableSpec draftTableFromJson(protocol::JsonReader &t)
{
    domain::TableSpec table;
    table.file = t.string("file"_L1);
    const QString statistic = t.string("statistic"_L1);
    if (t.ok() && !domain::parseStatistic(statistic, table.statistic, table.percentile))
        t.rejectValue("statistic"_L1, u"not a statistic the checker knows"_s);
    table.layout.labelRows = static_cast<int>(t.integer("label_rows"_L1));
    table.layout.labelColumns = static_cast<int>(t.integer("label_columns"_L1));
    table.name = t.optionalString("name"_L1);
    table.sheet = t.optionalString("sheet"_L1);
    table.dataset = t.optionalString("dataset"_L1);
    table.counts = draftCompanion(t, "counts"_L1);
    table.top1 = draftCompanion(t, "top1"_L1);
    table.top2 = draftCompanion(t, "top2"_L1);
    table.total = draftCompanion(t, "total"_L1);
    table.distinct = draftCompanion(t, "distinct"_L1);
    table.weighted = t.json().value("weighted"_L1).toBool();
    const QString choice = t.optionalString("margins_choice"_L1, u"auto"_s);
    const QJsonObject named = t.json().value("margins"_L1).toObject();
    if (choice == "true"_L1) {
        table.margins.mode = domain::MarginSpec::Mode::On;
    } else if (choice == "false"_L1) {
        table.margins.mode = domain::MarginSpec::Mode::Off;
    } else if (choice == "named"_L1) {
        table.margins.mode = domain::MarginSpec::Mode::Named;
        table.margins.rowLabel = named.value("row"_L1).toString();
        table.margins.columnLabel = named.value("column"_L1).toString();
    }
    if (t.json().contains("variables"_L1))
        table.variables = t.stringList("variables"_L1);
    if (t.json().contains("observations"_L1))
        table.observations = t.integer("observations"_L1);
    if (t.json().contains("parameters"_L1))
        table.parameters = t.integer("parameters"_L1);
    return table;
}

} // namespace

// --- SubmissionDraft ----------------------------------------------------------------------

const domain::TableSpec *SubmissionDraft::table(const QString &file) const
{
    for (const domain::TableSpec &t : tables)
        if (t.file == file)
            return &t;
    return nullptr;
}

bool SubmissionDraft::isOutput(const QString &path) const
{
    for (const domain::SubmissionFile &f : files)
        if (f.path == path)
            return f.role != domain::FileRole::Supporting;
    return false;
}

protocol::CheckRequest SubmissionDraft::checkRequest() const
{
    protocol::CheckRequest r;
    for (const domain::SubmissionFile &f : files)
        r.files.append({f.path, f.role});
    r.tables = tables;
    return r;
}

domain::SubmissionContent SubmissionDraft::content() const
{
    domain::SubmissionContent c;
    c.title = title;
    c.clearanceType = clearanceType;
    c.files = files;
    c.tables = tables;
    c.controls = controls;
    c.exceptions = exceptions;
    return c;
}

QByteArray SubmissionDraft::toJson() const
{
    QJsonArray fileArray;
    for (const domain::SubmissionFile &f : files)
        fileArray.append(QJsonObject{{u"path"_s, f.path},
                                     {u"role"_s, domain::fileRoleToString(f.role)},
                                     {u"description"_s, f.description},
                                     {u"destination"_s, f.destination}});
    QJsonArray tableArray;
    for (const domain::TableSpec &t : tables)
        tableArray.append(draftTableToJson(t));
    QJsonObject figures;
    for (auto it = figureSources.cbegin(); it != figureSources.cend(); ++it)
        figures.insert(it.key(), it.value());
    QJsonArray exceptionArray;
    for (const domain::ExceptionRequest &e : exceptions)
        exceptionArray.append(QJsonObject{{u"path"_s, e.path},
                                          {u"rule"_s, e.rule},
                                          {u"cell"_s, e.cell},
                                          {u"line"_s, e.line},
                                          {u"justification"_s, e.justification}});
    QJsonObject hashes;
    for (auto it = checkedHashes.cbegin(); it != checkedHashes.cend(); ++it)
        hashes.insert(it.key(), it.value());
    QJsonObject o{{u"version"_s, 1},
                  {u"id"_s, id},
                  {u"project_id"_s, projectId},
                  {u"title"_s, title},
                  {u"type_chosen"_s, typeChosen},
                  {u"clearance_type"_s, domain::clearanceTypeToString(clearanceType)},
                  {u"files"_s, fileArray},
                  {u"tables"_s, tableArray},
                  {u"figure_sources"_s, figures},
                  {u"controls"_s, controls},
                  {u"exceptions"_s, exceptionArray},
                  {u"declared"_s, declared},
                  {u"resubmit_of"_s, resubmitOf},
                  {u"resubmit_round"_s, resubmitRound},
                  {u"return_note"_s, returnNote},
                  {u"answer"_s, answer},
                  {u"page"_s, QLatin1StringView(PageNames[static_cast<int>(page)])},
                  {u"updated_at"_s, updatedAt.toString(Qt::ISODateWithMs)},
                  {u"checked_hashes"_s, hashes}};
    if (lastCheck)
        o.insert(u"last_check"_s, lastCheck->toJsonObject());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<SubmissionDraft> SubmissionDraft::fromJson(QByteArrayView bytes)
{
    protocol::JsonReader r = protocol::JsonReader::parse(bytes, u"draft"_s);
    SubmissionDraft d;
    if (r.integer("version"_L1) != 1 && r.ok())
        r.rejectValue("version"_L1, u"expected 1"_s);
    d.id = r.string("id"_L1);
    d.projectId = r.string("project_id"_L1);
    d.title = r.optionalString("title"_L1);
    d.typeChosen = r.boolean("type_chosen"_L1);
    if (const auto type = domain::clearanceTypeFromString(r.string("clearance_type"_L1)))
        d.clearanceType = *type;
    for (protocol::JsonReader &f : r.objectList("files"_L1)) {
        domain::SubmissionFile file;
        file.path = f.string("path"_L1);
        if (const auto role = domain::fileRoleFromString(f.string("role"_L1)))
            file.role = *role;
        file.description = f.optionalString("description"_L1);
        file.destination = f.optionalString("destination"_L1);
        d.files.append(file);
    }
    for (protocol::JsonReader &t : r.objectList("tables"_L1))
        d.tables.append(draftTableFromJson(t));
    const QJsonObject figures = r.json().value("figure_sources"_L1).toObject();
    for (auto it = figures.begin(); it != figures.end(); ++it)
        d.figureSources.insert(it.key(), it.value().toString());
    d.controls = r.optionalString("controls"_L1);
    for (protocol::JsonReader &e : r.objectList("exceptions"_L1)) {
        domain::ExceptionRequest x;
        x.path = e.string("path"_L1);
        x.rule = e.string("rule"_L1);
        x.cell = e.optionalString("cell"_L1);
        x.line = static_cast<int>(e.integer("line"_L1));
        x.justification = e.optionalString("justification"_L1);
        d.exceptions.append(x);
    }
    d.declared = r.boolean("declared"_L1);
    d.resubmitOf = r.optionalString("resubmit_of"_L1);
    d.resubmitRound = static_cast<int>(r.json().value("resubmit_round"_L1).toInteger());
    d.returnNote = r.optionalString("return_note"_L1);
    d.answer = r.optionalString("answer"_L1);
    const QString page = r.string("page"_L1);
    for (int i = 0; i < static_cast<int>(std::size(PageNames)); ++i)
        if (page == QLatin1StringView(PageNames[i]))
            d.page = static_cast<Page>(i);
    d.updatedAt = QDateTime::fromString(r.optionalString("updated_at"_L1), Qt::ISODateWithMs);
    const QJsonObject hashes = r.json().value("checked_hashes"_L1).toObject();
    for (auto it = hashes.begin(); it != hashes.end(); ++it)
        d.checkedHashes.insert(it.key(), it.value().toString());
    if (auto check = r.optionalObject("last_check"_L1))
        d.lastCheck = protocol::CheckResultInfo::read(*check);
    if (!r.ok())
        return r.error();
    return d;
}

} // namespace srs::session
