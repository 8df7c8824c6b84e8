#include "SubmissionWizard.h"

#include "ClientStore.h"
#include "Clock.h"
#include "Session.h"
#include "WorkspaceSync.h"

#include "RefusalTexts.h"
#include "api/Client.h"
#include "api/SubmissionsApi.h"
#include "cache/MetadataCache.h"
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

// A refusal of one of the request's outputs for its format or content: the server's message names
// the file and what to do, after the field ("files[1].path: "), which says nothing to a researcher.
QString submitFailureMessage(const api::ApiFailure &failure)
{
    if (failure.serverCode != QLatin1StringView(protocol::submissionerrc::OutputFormatRefused))
        return refusalMessage(failure);
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

std::vector<domain::WorkspaceEntry> SubmissionWizard::workspace() const
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
        for (const domain::WorkspaceEntry &e : entries)
            if (!e.directory)
                index.insert(e.path, e.sha256Hex());
        m_fileHashes = std::move(index);
    }
    return *m_fileHashes;
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
    for (const domain::WorkspaceEntry &e : workspace())
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
            emit checksFailed(refusalMessage(failure), failure.field);
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
