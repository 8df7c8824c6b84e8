#pragma once

#include "ui/desk/DeskPanel.h"

#include "protocol/OwnerMessages.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace srs::session {
class DataOwnerDesk;
class Workstation;
} // namespace srs::session

namespace srs::ui {

class OwnerProjectModel;

// "Projects using our data", for a data owner's approvers: each project approved to use one of
// the organisation's datasets (and those withdrawn, with why), and Withdraw approval with a
// reason, which ends the mapping (the project lead is told why).
class OwnerProjectsPanel : public DeskPanel
{
    Q_OBJECT
public:
    OwnerProjectsPanel(session::Workstation *workstation, QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] bool appliesTo(const protocol::MeInfo &me) const override;
    void refresh() override;
    void clear() override;
    [[nodiscard]] QWidget *firstFocus() override;

    [[nodiscard]] OwnerProjectModel *model() const { return m_model; }
    [[nodiscard]] session::DataOwnerDesk *desk() const { return m_desk; }

private:
    void showSelected();
    void withdraw();
    [[nodiscard]] const protocol::OwnerProjectInfo *selected() const;

    session::DataOwnerDesk *m_desk;
    OwnerProjectModel *m_model;
    QTableView *m_table;
    QLabel *m_detail;
    QPlainTextEdit *m_reason;
    QPushButton *m_withdraw;
    QLabel *m_status;
};

} // namespace srs::ui
