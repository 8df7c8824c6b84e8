#pragma once

#include "crypto/SecureBuffer.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace srs::ui {

class CapsLockWatcher;

// Username (optional), password and six-digit security code, with a Caps Lock warning, a
// busy state and a place for the server's refusal. Used by the sign-in page and the lock
// screen. The password leaves the field only through takePassword(), into a wiping buffer.
class CredentialsForm : public QWidget
{
    Q_OBJECT
public:
    CredentialsForm(bool askUsername, const QString &submitText, QWidget *parent = nullptr);

    [[nodiscard]] QString username() const;
    void setUsername(const QString &username);
    [[nodiscard]] QString code() const;
    // Moves the password out of the field into a wiping buffer and empties the field.
    [[nodiscard]] crypto::SecureBuffer takePassword();

    void setBusy(bool busy, const QString &busyText = {});
    void setSubmitEnabled(bool enabled);
    // A problem with what was typed: a short title and what to do next. Entered values stay.
    void showProblem(const QString &title, const QString &message);
    // The server's refusal: as showProblem(), and the code (good only once) is cleared.
    void showRefusal(const QString &title, const QString &message);
    void clearProblem();
    // Everything emptied, for the next person.
    void reset();
    void focusFirstEmpty();

signals:
    // The person asked to sign in and every field is filled in properly.
    void submitted();

private:
    void trySubmit();

    QLineEdit *m_username = nullptr;
    QLineEdit *m_password;
    QLineEdit *m_code;
    QLabel *m_capsLock;
    QWidget *m_problem;
    QLabel *m_problemTitle;
    QLabel *m_problemMessage;
    QPushButton *m_submit;
    QProgressBar *m_busy;
    QLabel *m_busyLabel;
    CapsLockWatcher *m_capsWatcher;
    QString m_submitText;
    bool m_submitEnabled = true;
    bool m_isBusy = false;
};

} // namespace srs::ui
