#pragma once

#include "ui/accounts/ReasonDialog.h"
#include "ui/desk/DeskPanel.h"

#include <QPointer>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace srs::session {
class LifecycleDesk;
class Workstation;
} // namespace srs::session

namespace srs::ui {

class DeskProjectsModel;
class ExtensionRequestsModel;

// The service desk's panel for administrators: the extension requests waiting for a decision
// (project, its end now, the date asked for, the reason, who asked) with "Approve…" and
// "Refuse…", and every project with its lead, status and end date with "Suspend…" and "Reopen…";
// each asks for the reason it needs. Object names: projectRequestsPanel, extensionRequestsView,
// approveExtensionButton, refuseExtensionButton, deskProjectsView, suspendProjectButton,
// reopenProjectButton, refreshProjectRequestsButton, projectRequestsStatusLabel.
class ProjectRequestsPanel : public DeskPanel
{
    Q_OBJECT
public:
    ProjectRequestsPanel(session::Workstation *workstation, QWidget *parent = nullptr);
    ~ProjectRequestsPanel() override;

    [[nodiscard]] QString title() const override;
    [[nodiscard]] bool appliesTo(const protocol::MeInfo &me) const override;
    void refresh() override;
    void clear() override;
    [[nodiscard]] QWidget *firstFocus() override;

    [[nodiscard]] ExtensionRequestsModel *requestsModel() const { return m_requests; }
    [[nodiscard]] DeskProjectsModel *projectsModel() const { return m_projects; }
    [[nodiscard]] QTableView *requestsView() const { return m_requestsView; }
    [[nodiscard]] QTableView *projectsView() const { return m_projectsView; }
    [[nodiscard]] QPushButton *approveButton() const { return m_approve; }
    [[nodiscard]] QPushButton *refuseButton() const { return m_refuse; }
    [[nodiscard]] QPushButton *suspendButton() const { return m_suspend; }
    [[nodiscard]] QPushButton *reopenButton() const { return m_reopen; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    // The reason dialog open now, if any (for tests: they fill it in and accept it).
    [[nodiscard]] ReasonDialog *reasonDialog() const { return m_dialog; }

    // As the buttons do: asks for the reason, then sends the decision or change.
    void decideChosen(bool approve);
    void changeChosen(bool suspend);

private:
    void showDesk();
    void updateButtons();
    void askReason(const QString &title, const QString &prompt, const QString &action,
                   const std::function<void(const QString &)> &send);

    session::LifecycleDesk *m_desk;
    ExtensionRequestsModel *m_requests;
    DeskProjectsModel *m_projects;
    QTableView *m_requestsView;
    QTableView *m_projectsView;
    QPushButton *m_approve;
    QPushButton *m_refuse;
    QPushButton *m_suspend;
    QPushButton *m_reopen;
    QPushButton *m_refresh;
    QLabel *m_status;
    QPointer<ReasonDialog> m_dialog;
};

} // namespace srs::ui
