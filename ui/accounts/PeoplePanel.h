#pragma once

#include "ui/desk/DeskPanel.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace srs::session {
class Accounts;
class Workstation;
} // namespace srs::session

namespace srs::ui {

class PeopleFilter;
class PeopleModel;
class PersonDetail;

// The service desk's "People" panel, for administrators: everyone's account in a searchable
// list, the chosen person's details and what can be changed of them (PersonDetail), and adding
// a person, whose initial password and authenticator secret are shown once (SecretsDialog).
class PeoplePanel : public DeskPanel
{
    Q_OBJECT
public:
    PeoplePanel(session::Workstation *workstation, QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] bool appliesTo(const protocol::MeInfo &me) const override;
    void refresh() override;
    void clear() override;
    [[nodiscard]] QWidget *firstFocus() override;

    [[nodiscard]] session::Accounts *accounts() const { return m_accounts; }
    [[nodiscard]] PeopleModel *model() const { return m_model; }
    [[nodiscard]] PeopleFilter *filter() const { return m_filter; }
    [[nodiscard]] PersonDetail *detail() const { return m_detail; }
    // Opens "Add a person" (not modal); the person is added when it is accepted.
    void addPerson();

private:
    // Closes the dialogs of the panel: a secret shown, a person being added (locked, signed out).
    void closeDialogs();
    void showDirectory();
    void showChosen();
    [[nodiscard]] QDate today() const;

    session::Workstation *m_workstation;
    session::Accounts *m_accounts;
    PeopleModel *m_model;
    PeopleFilter *m_filter;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_add;
    QPushButton *m_refresh;
    PersonDetail *m_detail;
};

} // namespace srs::ui
