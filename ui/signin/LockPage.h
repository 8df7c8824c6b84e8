#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace srs::session {
class Workstation;
}

namespace srs::ui {

class CredentialsForm;

// Hides everything until the same person signs in again (or signs out).
class LockPage : public QWidget
{
    Q_OBJECT
public:
    explicit LockPage(session::Workstation *workstation, QWidget *parent = nullptr);
    void refresh();
    [[nodiscard]] CredentialsForm *form() const { return m_form; }

private:
    void submit();

    session::Workstation *m_workstation;
    QLabel *m_reason;
    QLabel *m_who;
    QLabel *m_environment;
    CredentialsForm *m_form;
    QPushButton *m_signOut;
};

} // namespace srs::ui
