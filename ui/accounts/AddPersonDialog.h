#pragma once

#include "protocol/AccountMessages.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace srs::ui {

// "Add a person": username, full name, email and roles. The server makes the initial password
// and the TOTP secret, shown once afterwards (SecretsDialog).
class AddPersonDialog : public QDialog
{
    Q_OBJECT
public:
    // `roles`: every role there is, by its word (from the server).
    AddPersonDialog(const QStringList &roles, QWidget *parent = nullptr);

    [[nodiscard]] protocol::NewAccountRequest request() const;
    // Why the form cannot be sent yet, in words; empty when it can.
    [[nodiscard]] QString problem() const;

private:
    void update();

    QLineEdit *m_username;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QList<QCheckBox *> m_roles;
    QLabel *m_problem;
    QPushButton *m_add;
};

} // namespace srs::ui
