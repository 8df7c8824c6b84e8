#pragma once

// Signing in: where the workstation is, any warnings of the setting check, and the form.

#include "session/Session.h"

#include <QWidget>

class QLabel;

namespace srs::session {
class Workstation;
}

namespace srs::ui {

class CredentialsForm;

class SignInPage : public QWidget
{
    Q_OBJECT
public:
    explicit SignInPage(session::Workstation *workstation, QWidget *parent = nullptr);
    void refresh();
    void reset();
    [[nodiscard]] CredentialsForm *form() const { return m_form; }

private:
    void submit();
    void onFailed(const api::ApiFailure &failure);

    session::Workstation *m_workstation;
    QLabel *m_setting;
    QLabel *m_warnings;
    CredentialsForm *m_form;
};

} // namespace srs::ui
