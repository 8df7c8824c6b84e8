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

class OwnerRequestModel;

// "Requests for our data", for a data owner's approvers: the projects asking to use the
// organisation's datasets, each with the project's summary, purpose, team and their
// accreditation, and the datasets; Approve (with a note if wanted) or Refuse with a reason.
class OwnerRequestsPanel : public DeskPanel
{
    Q_OBJECT
public:
    OwnerRequestsPanel(session::Workstation *workstation, QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] bool appliesTo(const protocol::MeInfo &me) const override;
    void refresh() override;
    void clear() override;
    [[nodiscard]] QWidget *firstFocus() override;

    [[nodiscard]] OwnerRequestModel *model() const { return m_model; }
    [[nodiscard]] session::DataOwnerDesk *desk() const { return m_desk; }

    // The plain-text account of a request an approver reads before deciding.
    [[nodiscard]] static QString describe(const protocol::OwnerRequestInfo &request);

private:
    void showSelected();
    void answer(bool approve);
    [[nodiscard]] QString selectedId() const;

    session::DataOwnerDesk *m_desk;
    OwnerRequestModel *m_model;
    QTableView *m_table;
    QPlainTextEdit *m_detail;
    QPlainTextEdit *m_reason;
    QPushButton *m_approve;
    QPushButton *m_refuse;
    QLabel *m_status;
};

} // namespace srs::ui
