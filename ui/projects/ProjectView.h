#pragma once

#include "protocol/Messages.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;
class QTreeView;

namespace srs::session {
class ClientStore;
class SubmissionWizard;
class WorkspaceSync;
} // namespace srs::session

namespace srs::ui {

class WorkspaceTreeModel;

// One project: its workspace as a tree (filter as you type, a details pane, the state of
// the sync) and its details (members and roles, datasets with what their access means,
// restrictions). Metadata only: the window says so.
class ProjectView : public QWidget
{
    Q_OBJECT
public:
    ProjectView(session::WorkspaceSync *browser, session::ClientStore *store, QWidget *parent = nullptr);

    // Shows `project` (from the list); an empty id shows the "choose a project" note.
    void showProject(const protocol::ProjectInfo *project);
    void clear();
    [[nodiscard]] WorkspaceTreeModel *workspaceModel() const { return m_model; }

    // Where "Request output clearance" goes (drafts are kept by the controller).
    void setWizard(session::SubmissionWizard *wizard) { m_wizard = wizard; }
    // Starts a request for the shown project, or continues its newest draft.
    void requestClearance();

    [[nodiscard]] QPushButton *bringFilesButton() const { return m_bringFiles; }

signals:
    // "Bring files into this project…" for the shown project.
    void bringFilesRequested(const QString &projectId, const QString &projectTitle);

public:
    // The project's details as rich text (exposed for tests).
    [[nodiscard]] static QString detailsHtml(const protocol::ProjectInfo &project, bool detailed);

private:
    // Offers the project's saved drafts (or starts a new one) and opens the wizard.
    void offerDraftsAndOpen();
    void reloadWorkspace();
    void showDetails();
    void showSelectedEntry();
    void showSyncState();

    session::WorkspaceSync *m_browser;
    QString m_projectId;
    std::optional<protocol::ProjectInfo> m_summary;
    QStackedWidget *m_stack;
    QLabel *m_title;
    QLabel *m_refusal;
    QTabWidget *m_tabs;
    QLineEdit *m_filter;
    QLabel *m_matches;
    QTreeView *m_tree;
    WorkspaceTreeModel *m_model;
    QLabel *m_empty;
    QLabel *m_detailPath;
    QLabel *m_detailType;
    QLabel *m_detailSize;
    QLabel *m_detailModified;
    QLabel *m_detailSha256;
    QLabel *m_syncStatus;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_syncNow;
    QTextBrowser *m_details;
    QString m_syncError;
    session::SubmissionWizard *m_wizard = nullptr;
    QPushButton *m_request;
    QPushButton *m_bringFiles;
    session::ClientStore *m_store; // whether the cache is open
};

} // namespace srs::ui
