#pragma once

#include "api/CallGroup.h"
#include "domain/Dataset.h"
#include "domain/Submission.h"
#include "domain/TableSpec.h"
#include "domain/WorkspaceEntry.h"
#include "protocol/SubmissionMessages.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <array>
#include <functional>
#include <memory>
#include <optional>

namespace srs::session {

class ClientStore;
class Clock;
class Session;
class WorkspaceSync;

// A request being prepared. Everything the researcher entered, the last check and where they
// were; saved in the encrypted cache on every page change.
struct SubmissionDraft
{
    enum class Page
    {
        Type,
        Files,
        Tables,
        Checks,
        Exceptions,
        Context,
        Commit,
    };

    QString id;
    QString projectId;
    QString title;
    bool typeChosen = false;
    domain::ClearanceType clearanceType = domain::ClearanceType::Publication;
    QList<domain::SubmissionFile> files;
    // One per output table (docs/sdc.md, "Table spec"; companion files are workspace paths). While
    // the draft is being written a spec may be incomplete: checkPage(Tables) says what is missing.
    QList<domain::TableSpec> tables;
    QHash<QString, QString> figureSources; // figure path -> the table it was drawn from
    QString controls;
    QList<domain::ExceptionRequest> exceptions;
    bool declared = false;
    // Fixing a returned request: its id and round, what the checkers said, and the author's
    // answer sent with the new version. Empty for a new request.
    QString resubmitOf;
    int resubmitRound = 0;
    QString returnNote;
    QString answer;
    Page page = Page::Type;
    QDateTime updatedAt;
    // The last check, and the SHA-256 of every file it read, to notice changes since.
    std::optional<protocol::CheckResultInfo> lastCheck;
    QHash<QString, QString> checkedHashes;

    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<SubmissionDraft> fromJson(QByteArrayView bytes);
    [[nodiscard]] protocol::CheckRequest checkRequest() const;
    [[nodiscard]] domain::SubmissionContent content() const;
    [[nodiscard]] const domain::TableSpec *table(const QString &file) const;
    [[nodiscard]] bool isResubmission() const { return !resubmitOf.isEmpty(); }
    [[nodiscard]] bool isOutput(const QString &path) const;
};

[[nodiscard]] bool isTableFile(const QString &path);
[[nodiscard]] bool isFigureFile(const QString &path);

// The output-submission wizard without its widgets: the draft, what each page still needs
// (named so the page can show it), defaults guessed from names, the checks and the request.
// The draft is saved in the encrypted cache whenever the page changes, when save() is
// called, and before the cache closes (lock, sign-out).
class SubmissionWizard : public QObject
{
    Q_OBJECT
public:
    using Page = SubmissionDraft::Page;

    SubmissionWizard(Session *session, ClientStore *store, WorkspaceSync *workspaces, const Clock &clock,
                     QObject *parent = nullptr);

    // A new draft for a project, or one saved earlier.
    void start(const QString &projectId);
    [[nodiscard]] Status resume(const QString &draftId);
    // A returned request, opened to fix and resubmit: the draft kept for it if there is one,
    // otherwise a new one holding everything the request said (files, tables, context,
    // exceptions), starting at the files. Submitting it sends the new version with `answer`.
    void startResubmission(const protocol::SubmissionInfo &returned);
    [[nodiscard]] bool isActive() const { return !m_draft.id.isEmpty(); }
    [[nodiscard]] SubmissionDraft &draft() { return m_draft; }
    [[nodiscard]] const SubmissionDraft &draft() const { return m_draft; }

    // The drafts kept for this person (newest first).
    [[nodiscard]] QList<SubmissionDraft> savedDrafts() const;
    [[nodiscard]] Status discard(const QString &draftId);

    // What page `page` still needs: ok, or an error whose `field` names what to fix.
    [[nodiscard]] Status checkPage(Page page) const;
    // Moves to `page`, saving the draft. Moving forward needs every page before it complete;
    // back is always allowed. Returns the first incomplete page's problem otherwise. A draft
    // that cannot be saved yet does not stop the person: saveProblem() says so until it is.
    [[nodiscard]] Status goTo(Page page);
    // Runs `then` (in `context`) once the saved drafts can be read: at once, or, in the moments
    // after signing in while the cache is still opening, when it has opened or failed to. So a
    // draft begun then is not made beside one already kept. Dropped if the session locks first.
    void whenDraftsReady(QObject *context, std::function<void()> then);
    [[nodiscard]] Status save();
    // Why the draft is not kept on this computer now (the cache is not open yet, or cannot be
    // written); empty once it has been saved. The draft is saved as soon as the cache opens.
    [[nodiscard]] QString saveProblem() const { return m_saveProblem; }

    // Files.
    void setFile(const QString &path, domain::FileRole role);
    void removeFile(const QString &path);
    // Tables: one draft per output table, with counts and other companions guessed from the
    // workspace ("income_by_region.csv" + "income_by_region_counts.csv") and the statistic from
    // the name; guessed companions are added as supporting files. Existing answers are kept.
    void guessTables();
    void setTable(const domain::TableSpec &table);

    // The checks on the server (the files never come here: only findings by their labels).
    void runChecks();
    [[nodiscard]] bool isChecking() const { return api::isPending(m_checking); }
    // True when a file the last check read has changed in the workspace since.
    [[nodiscard]] bool checksOutOfDate() const;
    // The failing findings that are neither fixed nor asked an exception for.
    [[nodiscard]] QList<protocol::CheckFindingInfo> findingsNeedingExceptions() const;
    void setException(const protocol::CheckFindingInfo &finding, const QString &justification);

    void submit();
    [[nodiscard]] bool isSubmitting() const { return api::isPending(m_submitting); }

    // The project's datasets this setting may see (from the cache), for a table to
    // say which one it comes from.
    [[nodiscard]] QList<domain::Dataset> projectDatasets() const;
    // The workspace entries of the draft's project (from the cache).
    [[nodiscard]] std::vector<domain::WorkspaceEntry> workspace() const;

signals:
    void pageChanged(srs::session::SubmissionDraft::Page page);
    void draftChanged();
    void saveProblemChanged(const QString &problem);
    void checksStarted();
    void checksFinished(const srs::protocol::CheckResultInfo &result);
    void checksFailed(const QString &message, const QString &field);
    void checksOutOfDateChanged(bool outOfDate);
    // The draft's project's workspace changed (synced from the server).
    void workspaceChanged();
    void submitted(const srs::protocol::SubmissionInfo &submission);
    void submitFailed(const QString &message, const QString &field);

private:
    // Path -> SHA-256 (hex) of every file in the project's workspace (built when first asked
    // after the workspace changed).
    [[nodiscard]] const QHash<QString, QString> &fileHashes() const;
    void addSupporting(const QString &path);
    void newDraft(const QString &projectId);
    void showNewDraft(); // saved and announced, at its page

    Session *m_session;
    ClientStore *m_store;        // the drafts
    WorkspaceSync *m_workspaces; // the project's details and workspace
    const Clock &m_clock;
    SubmissionDraft m_draft;
    QPointer<api::PendingCall> m_checking;
    QPointer<api::PendingCall> m_submitting;
    bool m_wasOutOfDate = false;
    QString m_saveProblem;
    // The connections of a whenDraftsReady() still waiting.
    std::shared_ptr<std::array<QMetaObject::Connection, 4>> m_waiting;
    mutable std::optional<QHash<QString, QString>> m_fileHashes;
};

} // namespace srs::session
