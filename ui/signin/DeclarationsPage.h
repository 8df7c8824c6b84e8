#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace srs::session {
class Session;
}

namespace srs::ui {

// Each declaration still owed, in full, to be accepted one after another.
class DeclarationsPage : public QWidget
{
    Q_OBJECT
public:
    explicit DeclarationsPage(session::Session *session, QWidget *parent = nullptr);
    void refresh();

private:
    void accept();

    session::Session *m_session;
    QLabel *m_progress;
    QLabel *m_title;
    QTextBrowser *m_text;
    QCheckBox *m_agree;
    QLabel *m_error;
    QPushButton *m_accept;
    QPushButton *m_signOut;
    bool m_sending = false;
};

} // namespace srs::ui
