#pragma once

#include "ui/desk/DeskPanel.h"
#include "ui/lifecycle/LifecycleDialogs.h"

#include <QPointer>

class QLabel;
class QPushButton;
class QTableView;

namespace srs::session {
class LifecycleDesk;
class Workstation;
} // namespace srs::session

namespace srs::ui {

class MemberProjectsModel;

// The service desk's panel for researchers: their projects' end dates, a warning line for each
// project within an end-date warning ("Project X ends on D (in N days)"), the open extension
// request and the last decision on one with its reason; for a project's lead, "Ask for an
// extension…" and "Report the project complete…". Object names: projectDatesPanel,
// projectDatesView, endWarningsLabel, askExtensionButton, reportCompleteButton,
// showDecisionsButton, extensionHistoryLabel, projectDatesStatusLabel.
class ProjectDatesPanel : public DeskPanel
{
    Q_OBJECT
public:
    ProjectDatesPanel(session::Workstation *workstation, QWidget *parent = nullptr);
    ~ProjectDatesPanel() override;

    [[nodiscard]] QString title() const override;
    [[nodiscard]] bool appliesTo(const protocol::MeInfo &me) const override;
    void refresh() override;
    void clear() override;
    [[nodiscard]] QWidget *firstFocus() override;

    [[nodiscard]] MemberProjectsModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QLabel *warningsLabel() const { return m_warnings; }
    [[nodiscard]] QLabel *historyLabel() const { return m_history; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] QPushButton *askButton() const { return m_ask; }
    [[nodiscard]] QPushButton *completeButton() const { return m_complete; }
    [[nodiscard]] QPushButton *decisionsButton() const { return m_decisions; }
    // The dialog open now, if any (for tests: they fill it in and accept it).
    [[nodiscard]] ExtensionDialog *extensionDialog() const { return m_extensionDialog; }
    [[nodiscard]] CompletionDialog *completionDialog() const { return m_completionDialog; }

    // Opens the dialogs for the chosen project (as the buttons do).
    void askForExtension();
    void reportCompletion();
    // Asks for the chosen project's extension requests and shows the last decision with its reason.
    void showDecisions();

private:
    void showProjects();
    void updateButtons();
    [[nodiscard]] QString currentProjectId() const;

    session::LifecycleDesk *m_desk;
    MemberProjectsModel *m_model;
    QLabel *m_warnings;
    QTableView *m_view;
    QLabel *m_history;
    QPushButton *m_ask;
    QPushButton *m_complete;
    QPushButton *m_decisions;
    QLabel *m_status;
    QPointer<ExtensionDialog> m_extensionDialog;
    QPointer<CompletionDialog> m_completionDialog;
};

} // namespace srs::ui
