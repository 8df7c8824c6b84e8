#include "SubmissionWizard.h"

#include "ClientStore.h"
#include "Clock.h"
#include "Session.h"
#include "WorkspaceSync.h"

#include "api/Client.h"
#include "api/SubmissionsApi.h"
#include "protocol/JsonReader.h"
#include "protocol/Protocol.h"
#include "sdc/TableSpec.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace srs::session {

namespace {

Error problem(const QString &field, const QString &message)
{
    return Error{u"incomplete"_s, message, field};
}

// A refusal of one of the request's outputs for its format or content: the server's message names
// the file and what to do, after the field ("files[1].path: "), which says nothing to a researcher.
QString submitFailureMessage(const api::ApiFailure &failure)
{
    if (failure.serverCode != QLatin1StringView(protocol::submissionerrc::OutputFormatRefused))
        return failure.message;
    const QString prefix = failure.field + u": "_s;
    return !failure.field.isEmpty() && failure.message.startsWith(prefix) ? failure.message.mid(prefix.size())
                                                                          : failure.message;
}

QString suffixOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}

QString stemOf(const QString &path)
{
    const QFileInfo info(path);
    const QString dir = info.path() == u"."_s ? QString() : info.path() + u'/';
    return dir + info.completeBaseName();
}

// A finding and an exception match on the file, the rule and the place ("C14", or the line).
QString findingKey(const QString &path, const QString &rule, const QString &place, int line)
{
    return QStringList{path, rule, place, QString::number(line)}.join(QChar(0x1f));
}

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

bool isTableFile(const QString &path)
{
    const QString s = suffixOf(path);
    return s == u"csv"_s || s == u"tsv"_s || s == u"xlsx"_s;
}

bool isFigureFile(const QString &path)
{
    const QString s = suffixOf(path);
    return s == u"png"_s || s == u"jpg"_s || s == u"jpeg"_s || s == u"svg"_s || s == u"pdf"_s;
}

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

// --- SubmissionWizard ---------------------------------------------------------------------

SubmissionWizard::SubmissionWizard(Session *session, ClientStore *store, WorkspaceSync *workspaces,
                                   const Clock &clock, QObject *parent)
    : QObject(parent), m_session(session), m_store(store), m_workspaces(workspaces), m_clock(clock)
{
    // Saved before the cache closes, then forgotten: nothing of it stays on a locked screen.
    connect(m_store, &ClientStore::aboutToClose, this, [this] {
        if (isActive())
            (void)save();
    });
    // A draft begun before the cache opened (just after signing in) is kept as soon as it does.
    connect(m_store, &ClientStore::opened, this, [this] {
        if (!isActive())
            return;
        m_fileHashes.reset(); // the workspace can be read now
        (void)save();
        emit workspaceChanged();
    });
    connect(m_store, &ClientStore::closed, this, [this] {
        if (m_checking)
            m_checking->cancel();
        if (m_submitting)
            m_submitting->cancel();
        m_draft = {};
        m_fileHashes.reset();
        m_saveProblem.clear();
        emit draftChanged();
    });
    connect(m_workspaces, &WorkspaceSync::workspaceChanged, this, [this](const QString &projectId) {
        if (!isActive() || projectId != m_draft.projectId)
            return;
        m_fileHashes.reset();
        (void)fileHashes(); // now, with the tree's own reload, rather than on the next page change
        emit workspaceChanged();
        const bool outOfDate = checksOutOfDate();
        if (outOfDate != m_wasOutOfDate) {
            m_wasOutOfDate = outOfDate;
            emit checksOutOfDateChanged(outOfDate);
        }
    });
}

void SubmissionWizard::start(const QString &projectId)
{
    newDraft(projectId);
    showNewDraft();
}

void SubmissionWizard::newDraft(const QString &projectId)
{
    m_draft = {};
    m_fileHashes.reset();
    m_draft.id = u"D-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_draft.projectId = projectId;
    m_draft.updatedAt = m_clock.now();
}

void SubmissionWizard::showNewDraft()
{
    m_wasOutOfDate = false;
    (void)fileHashes();
    (void)save();
    emit draftChanged();
    emit pageChanged(m_draft.page);
}

Status SubmissionWizard::resume(const QString &draftId)
{
    for (const SubmissionDraft &d : savedDrafts()) {
        if (d.id == draftId) {
            m_draft = d;
            m_fileHashes.reset();
            m_wasOutOfDate = checksOutOfDate();
            emit draftChanged();
            emit pageChanged(m_draft.page);
            return {};
        }
    }
    return Error{u"not-found"_s, tr("That draft is no longer kept on this computer.")};
}

namespace {
// What the checkers said about a returned request: their shared comment on each file of the
// returned round, or else the note that came with the return.
QString whatCheckersSaid(const protocol::SubmissionInfo &returned)
{
    const domain::Submission &s = returned.submission;
    QStringList said;
    if (!returned.rounds.isEmpty() && returned.rounds.constLast().outcome) {
        const domain::ReviewOutcome &outcome = *returned.rounds.constLast().outcome;
        for (const domain::FileReview &f : outcome.files)
            if (!f.sharedComment.isEmpty())
                said << f.path + u": "_s + f.sharedComment;
    }
    for (auto it = s.history.crbegin(); said.isEmpty() && it != s.history.crend(); ++it) {
        if (it->action == domain::SubmissionAction::Return) {
            said << it->note;
            break;
        }
    }
    return said.join(u'\n');
}
} // namespace

void SubmissionWizard::startResubmission(const protocol::SubmissionInfo &returned)
{
    const domain::Submission &s = returned.submission;
    for (const SubmissionDraft &d : savedDrafts()) {
        if (d.resubmitOf == s.id && d.resubmitRound == s.round && resume(d.id).ok()) {
            m_draft.returnNote = whatCheckersSaid(returned); // the words as the service has them now
            return;
        }
    }
    newDraft(s.projectId);
    m_draft.resubmitOf = s.id;
    m_draft.resubmitRound = s.round;
    m_draft.returnNote = whatCheckersSaid(returned);
    const domain::SubmissionContent &c = s.content;
    m_draft.title = c.title;
    m_draft.typeChosen = true;
    m_draft.clearanceType = c.clearanceType;
    for (domain::SubmissionFile f : c.files) {
        f.sha256.clear(); // the new version is whatever the workspace holds when it is sent
        f.size = 0;
        m_draft.files.append(f);
    }
    m_draft.tables = c.tables;
    m_draft.controls = c.controls;
    m_draft.exceptions = c.exceptions;
    m_draft.page = Page::Files;
    showNewDraft();
}

void SubmissionWizard::whenDraftsReady(QObject *context, std::function<void()> then)
{
    // One wait at a time: pressed again meanwhile, only the last press counts (one wizard).
    if (m_waiting)
        for (const QMetaObject::Connection &c : *m_waiting)
            QObject::disconnect(c);
    m_waiting.reset();
    if (!m_store->isOpening()) {
        then();
        return;
    }
    // The first of these ends the wait, and every connection goes with it.
    auto connections = std::make_shared<std::array<QMetaObject::Connection, 4>>();
    m_waiting = connections;
    auto once = [connections, then = std::move(then)](bool run) {
        for (const QMetaObject::Connection &c : *connections)
            QObject::disconnect(c);
        if (run)
            then();
    };
    (*connections)[0] = connect(m_store, &ClientStore::opened, context, [once] { once(true); });
    (*connections)[1] = connect(m_store, &ClientStore::cacheProblem, context, [this, once] {
        if (!m_store->isOpen()) // a cache set aside and rebuilt opens (opened() follows)
            once(true);
    });
    (*connections)[2] = connect(m_session, &Session::locked, context, [once] { once(false); });
    (*connections)[3] = connect(m_session, &Session::signedOut, context, [once] { once(false); });
}

QList<SubmissionDraft> SubmissionWizard::savedDrafts() const
{
    QList<SubmissionDraft> out;
    auto drafts = m_store->drafts();
    if (!drafts.ok())
        return out;
    for (const cache::Draft &d : *drafts) {
        auto decoded = SubmissionDraft::fromJson(d.body);
        if (decoded.ok())
            out.append(std::move(decoded).value());
    }
    return out;
}

Status SubmissionWizard::discard(const QString &draftId)
{
    if (draftId == m_draft.id)
        m_draft = {};
    return m_store->removeDraft(draftId);
}

Status SubmissionWizard::save()
{
    if (!isActive())
        return {};
    m_draft.updatedAt = m_clock.now();
    Status s = m_store->saveDraft({m_draft.id, m_draft.projectId, m_draft.updatedAt, m_draft.toJson()});
    const QString problem = s.ok() ? QString() : s.error().message;
    if (problem != m_saveProblem) {
        m_saveProblem = problem;
        emit saveProblemChanged(problem);
    }
    return s;
}

QList<domain::Dataset> SubmissionWizard::projectDatasets() const
{
    const auto detail = m_workspaces->detail(m_draft.projectId);
    return detail ? detail->datasets : QList<domain::Dataset>();
}

std::vector<cache::CachedEntry> SubmissionWizard::workspace() const
{
    return m_workspaces->entriesOf(m_draft.projectId);
}

const QHash<QString, QString> &SubmissionWizard::fileHashes() const
{
    // Built once per workspace state: a page change must not walk 100,000 entries each time.
    if (!m_fileHashes) {
        QHash<QString, QString> index;
        const auto entries = workspace();
        index.reserve(static_cast<qsizetype>(entries.size()));
        for (const cache::CachedEntry &e : entries)
            if (!e.directory)
                index.insert(e.path, e.sha256Hex());
        m_fileHashes = std::move(index);
    }
    return *m_fileHashes;
}

Status SubmissionWizard::checkPage(Page page) const
{
    const SubmissionDraft &d = m_draft;
    switch (page) {
    case Page::Type:
        if (!d.typeChosen)
            return problem(u"clearance_type"_s, tr("Choose what kind of clearance you are asking for."));
        if (d.title.trimmed().isEmpty())
            return problem(u"title"_s,
                           tr("Give the request a short title, for example \"Income by region, 2024\"."));
        return {};
    case Page::Files: {
        const QHash<QString, QString> &present = fileHashes();
        bool anyToClear = false;
        for (int i = 0; i < d.files.size(); ++i) {
            const domain::SubmissionFile &f = d.files[i];
            const QString field = u"files[%1]"_s.arg(i);
            if (!present.contains(f.path))
                return problem(
                    field,
                    tr("%1 is not in the workspace (any more): choose it again or remove it.").arg(f.path));
            if (f.role != domain::FileRole::Supporting)
                anyToClear = true;
            if (d.clearanceType == domain::ClearanceType::Code && f.role == domain::FileRole::Output &&
                !isTableFile(f.path) && !isFigureFile(f.path))
                continue;
        }
        if (!anyToClear)
            return problem(u"files"_s, tr("Choose at least one output or code file to be cleared."));
        if (d.clearanceType == domain::ClearanceType::Code) {
            for (int i = 0; i < d.files.size(); ++i)
                if (d.files[i].role == domain::FileRole::Output)
                    return problem(u"files[%1].role"_s.arg(i),
                                   tr("A code clearance releases code only: mark %1 as code or remove it.")
                                       .arg(d.files[i].path));
        }
        return {};
    }
    case Page::Tables: {
        const QHash<QString, QString> &present = fileHashes();
        for (int i = 0; i < d.files.size(); ++i) {
            const domain::SubmissionFile &f = d.files[i];
            if (f.role != domain::FileRole::Output)
                continue;
            if (isTableFile(f.path) && !d.table(f.path))
                return problem(u"tables"_s, tr("Describe the table %1.").arg(f.path));
            if (isFigureFile(f.path)) {
                const QString source = d.figureSources.value(f.path);
                if (source.isEmpty())
                    return problem(
                        u"figure_sources[%1]"_s.arg(f.path),
                        tr("Name the table the figure %1 was drawn from: it is checked like any table.")
                            .arg(f.path));
                if (!d.table(source))
                    return problem(
                        u"figure_sources[%1]"_s.arg(f.path),
                        tr("Describe the table %1, which the figure %2 was drawn from.").arg(source, f.path));
            }
        }
        for (int i = 0; i < d.tables.size(); ++i) {
            const domain::TableSpec &t = d.tables[i];
            const QString field = u"tables[%1]"_s.arg(i);
            if (t.statistic != domain::Statistic::Regression && !t.counts.isSet())
                return problem(
                    field + u".counts"_s,
                    tr("%1 needs the file with the number of records behind each cell (the counts).")
                        .arg(t.file));
            if (domain::isMagnitude(t.statistic) && (!t.top1.isSet() || !t.top2.isSet()))
                return problem(
                    field + u".top1"_s,
                    tr("%1 shows %2: add the files with the largest and second-largest contribution "
                       "to each cell.")
                        .arg(t.file, domain::statisticName(t.statistic)));
            for (const QString &companion : t.companionFiles()) {
                if (!present.contains(companion))
                    return problem(field, tr("%1 is not in the workspace.").arg(companion));
            }
        }
        return {};
    }
    case Page::Checks:
        if (!d.lastCheck)
            return problem(u"checks"_s, tr("Run the checks before going on."));
        if (checksOutOfDate())
            return problem(u"checks"_s, tr("Files have changed since the last check: run the checks again."));
        for (const protocol::CheckItemInfo &item : d.lastCheck->items)
            if (item.status == u"error"_s)
                return problem(item.error ? item.error->field : u"tables"_s,
                               tr("%1 could not be checked: %2")
                                   .arg(item.path, item.error ? item.error->message : QString()));
        return {};
    case Page::Exceptions: {
        const auto missing = findingsNeedingExceptions();
        if (!missing.isEmpty())
            return problem(
                u"exceptions"_s,
                tr("%1: fix it in the workspace and run the checks again, or explain why it is safe.")
                    .arg(missing.constFirst().message));
        for (int i = 0; i < d.exceptions.size(); ++i)
            if (d.exceptions[i].justification.trimmed().size() < 20)
                return problem(u"exceptions[%1].justification"_s.arg(i),
                               tr("Explain in a sentence or two why this output is safe to release."));
        return {};
    }
    case Page::Context:
        for (int i = 0; i < d.files.size(); ++i) {
            const domain::SubmissionFile &f = d.files[i];
            if (f.role == domain::FileRole::Supporting)
                continue;
            if (f.description.trimmed().isEmpty())
                return problem(u"files[%1].description"_s.arg(i), tr("Say what %1 is.").arg(f.path));
            if (f.destination.trimmed().isEmpty())
                return problem(u"files[%1].destination"_s.arg(i),
                               tr("Say where %1 will be published, or to whom it goes.").arg(f.path));
        }
        if (d.controls.trimmed().isEmpty())
            return problem(
                u"controls"_s,
                tr("Say what disclosure control you applied (suppression, rounding, grouping...)."));
        return {};
    case Page::Commit:
        if (d.isResubmission() && d.answer.trimmed().isEmpty())
            return problem(u"answer"_s, tr("Say what you changed in answer to the output checkers."));
        if (!d.declared)
            return problem(u"declaration"_s, tr("Confirm the declaration to submit."));
        return {};
    }
    return {};
}

Status SubmissionWizard::goTo(Page page)
{
    if (static_cast<int>(page) > static_cast<int>(m_draft.page)) {
        for (int p = 0; p < static_cast<int>(page); ++p)
            if (Status s = checkPage(static_cast<Page>(p)); !s.ok())
                return s;
    }
    m_draft.page = page;
    (void)save(); // a draft not kept yet is said by saveProblem(), not by refusing the page
    emit pageChanged(page);
    return {};
}

void SubmissionWizard::setFile(const QString &path, domain::FileRole role)
{
    for (domain::SubmissionFile &f : m_draft.files) {
        if (f.path == path) {
            f.role = role;
            emit draftChanged();
            return;
        }
    }
    domain::SubmissionFile f;
    f.path = path;
    f.role = role;
    m_draft.files.append(f);
    emit draftChanged();
}

void SubmissionWizard::removeFile(const QString &path)
{
    m_draft.files.removeIf([&](const domain::SubmissionFile &f) { return f.path == path; });
    m_draft.tables.removeIf([&](const domain::TableSpec &t) { return t.file == path; });
    m_draft.figureSources.remove(path);
    emit draftChanged();
}

void SubmissionWizard::addSupporting(const QString &path)
{
    for (const domain::SubmissionFile &f : m_draft.files)
        if (f.path == path)
            return;
    setFile(path, domain::FileRole::Supporting);
}

void SubmissionWizard::guessTables()
{
    QSet<QString> present;
    for (const cache::CachedEntry &e : workspace())
        if (!e.directory)
            present.insert(e.path);
    const auto companion = [&](const QString &stem, const QString &suffix, const QStringList &names) {
        for (const QString &name : names) {
            const QString candidate = stem + u'_' + name + u'.' + suffix;
            if (present.contains(candidate))
                return candidate;
        }
        return QString();
    };
    const QList<domain::SubmissionFile> files = m_draft.files;
    for (const domain::SubmissionFile &f : files) {
        if (f.role != domain::FileRole::Output)
            continue;
        if (isFigureFile(f.path) && !m_draft.figureSources.contains(f.path)) {
            // figure_income_by_region.png -> a table of the same name without "figure".
            QString base = QFileInfo(f.path).completeBaseName();
            base.remove(QRegularExpression(u"^(figure|fig|plot|chart)[_-]?\\d*[_-]?"_s));
            // The output table of that name, or else one whose name contains it.
            QString exact, partial;
            for (const domain::SubmissionFile &t : files) {
                if (t.role != domain::FileRole::Output || !isTableFile(t.path))
                    continue;
                const QString name = QFileInfo(t.path).completeBaseName();
                if (name == base)
                    exact = t.path;
                else if (partial.isEmpty() && name.contains(base))
                    partial = t.path;
            }
            if (!exact.isEmpty() || !partial.isEmpty())
                m_draft.figureSources.insert(f.path, exact.isEmpty() ? partial : exact);
        }
        if (!isTableFile(f.path) || m_draft.table(f.path))
            continue;
        domain::TableSpec t;
        t.file = f.path;
        const QString name = QFileInfo(f.path).completeBaseName().toLower();
        if (name.contains(u"median"_s))
            t.statistic = domain::Statistic::Median;
        else if (name.contains(u"mean"_s) || name.contains(u"average"_s))
            t.statistic = domain::Statistic::Mean;
        else if (name.contains(u"total"_s) || name.contains(u"sum"_s))
            t.statistic = domain::Statistic::Sum;
        else if (name.contains(u"percent"_s) || name.contains(u"pct"_s) || name.contains(u"share"_s))
            t.statistic = domain::Statistic::Percentage;
        else if (name.contains(u"model"_s) || name.contains(u"regression"_s) || name.contains(u"coef"_s))
            t.statistic = domain::Statistic::Regression;
        const QString stem = stemOf(f.path);
        const QString suffix = suffixOf(f.path);
        t.counts.file = companion(stem, suffix, {u"counts"_s, u"n"_s, u"count"_s});
        if (domain::isMagnitude(t.statistic)) {
            t.top1.file = companion(stem, suffix, {u"top1"_s});
            t.top2.file = companion(stem, suffix, {u"top2"_s});
            t.total.file = companion(stem, suffix, {u"total"_s, u"totals"_s});
        }
        // What could not be guessed stays empty, and the page names it.
        for (const QString &c : t.companionFiles())
            addSupporting(c);
        m_draft.tables.append(t);
    }
    emit draftChanged();
}

void SubmissionWizard::setTable(const domain::TableSpec &table)
{
    for (domain::TableSpec &t : m_draft.tables) {
        if (t.file == table.file) {
            t = table;
            for (const QString &c : t.companionFiles())
                addSupporting(c);
            emit draftChanged();
            return;
        }
    }
    m_draft.tables.append(table);
    for (const QString &c : table.companionFiles())
        addSupporting(c);
    emit draftChanged();
}

bool SubmissionWizard::checksOutOfDate() const
{
    if (!m_draft.lastCheck)
        return false;
    const QHash<QString, QString> &now = fileHashes();
    for (auto it = m_draft.checkedHashes.cbegin(); it != m_draft.checkedHashes.cend(); ++it)
        if (now.value(it.key()) != it.value())
            return true;
    return false;
}

void SubmissionWizard::runChecks()
{
    if (isChecking() || !isActive())
        return;
    // What the check reads, as the workspace index says now.
    const QHash<QString, QString> &all = fileHashes();
    QHash<QString, QString> hashes;
    for (const domain::SubmissionFile &f : std::as_const(m_draft.files))
        if (all.contains(f.path))
            hashes.insert(f.path, all.value(f.path));
    auto *call = api::SubmissionsApi(*m_session->api()).check(m_draft.projectId, m_draft.checkRequest());
    m_checking = call;
    call->onSucceeded(this, [this, hashes](const protocol::CheckResultInfo &checked) {
        const protocol::CheckResultInfo *result = &checked;
        m_draft.lastCheck = *result;
        m_draft.checkedHashes = hashes;
        m_wasOutOfDate = false;
        // Exceptions asked for findings that have gone are dropped.
        QSet<QString> current;
        for (const protocol::CheckItemInfo &item : result->items)
            for (const protocol::CheckFindingInfo &f : item.findings)
                current.insert(findingKey(f.path, f.rule, f.place(), f.line));
        m_draft.exceptions.removeIf([&](const domain::ExceptionRequest &e) {
            return !current.contains(findingKey(e.path, e.rule, e.cell, e.line));
        });
        (void)save();
        emit checksFinished(*result);
        emit draftChanged();
    });
    call->onFailed(this, [this](const api::ApiFailure &failure) {
        if (failure.kind == api::ApiFailure::Kind::BadResponse)
            emit checksFailed(tr("The checks' answer could not be read: %1").arg(failure.detail), {});
        else
            emit checksFailed(failure.message, failure.field);
    });
    emit checksStarted();
}

QList<protocol::CheckFindingInfo> SubmissionWizard::findingsNeedingExceptions() const
{
    QList<protocol::CheckFindingInfo> out;
    if (!m_draft.lastCheck)
        return out;
    QSet<QString> asked;
    for (const domain::ExceptionRequest &e : m_draft.exceptions)
        asked.insert(findingKey(e.path, e.rule, e.cell, e.line));
    for (const protocol::CheckItemInfo &item : m_draft.lastCheck->items)
        for (const protocol::CheckFindingInfo &f : item.findings)
            if (f.outcome == u"fail"_s && !asked.contains(findingKey(f.path, f.rule, f.place(), f.line)))
                out.append(f);
    return out;
}

void SubmissionWizard::setException(const protocol::CheckFindingInfo &finding, const QString &justification)
{
    if (!isActive())
        return;
    const QString key = findingKey(finding.path, finding.rule, finding.place(), finding.line);
    for (domain::ExceptionRequest &e : m_draft.exceptions) {
        if (findingKey(e.path, e.rule, e.cell, e.line) == key) {
            e.justification = justification;
            emit draftChanged();
            return;
        }
    }
    m_draft.exceptions.append({finding.path, finding.rule, finding.place(), finding.line, justification});
    emit draftChanged();
}

void SubmissionWizard::submit()
{
    if (isSubmitting() || !isActive())
        return;
    for (int p = 0; p <= static_cast<int>(Page::Commit); ++p) {
        if (Status s = checkPage(static_cast<Page>(p)); !s.ok()) {
            emit submitFailed(s.error().message, s.error().field);
            return;
        }
    }
    protocol::SubmissionRequest request;
    request.content = m_draft.content();
    api::SubmissionsApi submissions(*m_session->api());
    api::Call<protocol::SubmissionInfo> *call = nullptr;
    if (m_draft.isResubmission()) {
        request.note = m_draft.answer.trimmed();
        call = submissions.resubmit(m_draft.projectId, m_draft.resubmitOf, request);
    } else {
        call = submissions.submit(m_draft.projectId, request);
    }
    m_submitting = call;
    const QString draftId = m_draft.id;
    call->onSucceeded(this, [this, draftId](const protocol::SubmissionInfo &info) {
        // Sent: the draft has done its work.
        (void)m_store->removeDraft(draftId);
        if (m_draft.id == draftId)
            m_draft = {};
        emit submitted(info);
        emit draftChanged();
    });
    call->onFailed(this, [this](const api::ApiFailure &failure) {
        if (failure.kind == api::ApiFailure::Kind::BadResponse)
            emit submitFailed(tr("The request was sent, but the answer could not be read: %1. Look for it in "
                                 "My submissions before sending it again.")
                                  .arg(failure.detail),
                              {});
        else
            emit submitFailed(submitFailureMessage(failure), failure.field);
    });
}

} // namespace srs::session
