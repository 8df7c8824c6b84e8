#pragma once

#include "protocol/AccountMessages.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace srs::session {
class Accounts;
} // namespace srs::session

namespace srs::ui {

// One person's account, and what an administrator can change of it: roles, accreditation,
// projects, disabling and enabling, ending their sessions, a new authenticator secret, and
// revoking a device they have a session on. Taking access away asks for a reason; every change
// goes to the server, which decides, and the person shown is the server's answer.
class PersonDetail : public QWidget
{
    Q_OBJECT
public:
    explicit PersonDetail(session::Accounts *accounts, QWidget *parent = nullptr);

    // `projects` and `roles`: what there is to choose from; `me`: the administrator signed in.
    void showPerson(const protocol::AccountSummary &person, const protocol::AccountDirectory &directory,
                    const domain::User &me, QDate today);
    void clear();
    [[nodiscard]] QString userId() const { return m_person.user.id; }

private:
    void buildRoleBoxes(const QStringList &roles);
    void updateButtons();
    void saveRoles();
    void recordAccreditation();
    void revokeAccreditation();
    void putOnProject();
    void takeOffProject();
    void disableOrEnable();
    void endSessions();
    void resetTotp();
    void revokeDevice();
    [[nodiscard]] QString who() const;

    session::Accounts *m_accounts;
    protocol::AccountSummary m_person;
    domain::User m_me;
    QStringList m_roleWords;

    QLabel *m_title;
    QLabel *m_summary;
    QGroupBox *m_roleBox;
    QList<QCheckBox *> m_roles;
    QPushButton *m_saveRoles;
    QLabel *m_accreditation;
    QComboBox *m_kind;
    QDateEdit *m_from;
    QPushButton *m_record;
    QPushButton *m_revokeAccreditation;
    QListWidget *m_projects;
    QComboBox *m_projectChoice;
    QComboBox *m_projectRole;
    QPushButton *m_putOn;
    QPushButton *m_takeOff;
    QPushButton *m_disable;
    QPushButton *m_endSessions;
    QPushButton *m_resetTotp;
    QListWidget *m_devices;
    QPushButton *m_revokeDevice;
};

} // namespace srs::ui
