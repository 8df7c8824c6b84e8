#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace srs::session {
class Workstation;
}

namespace srs::ui {

class ConnectionPanel;

// Why the workstation cannot be used now: each environment problem with its next step, or
// the connection panel when the server cannot be reached; Try again checks at once.
class BlockedPage : public QWidget
{
    Q_OBJECT
public:
    explicit BlockedPage(session::Workstation *workstation, QWidget *parent = nullptr);
    void refresh();

private:
    session::Workstation *m_workstation;
    QWidget *m_environment;
    QLabel *m_title;
    QLabel *m_problems;
    QLabel *m_details;
    QPushButton *m_retry;
    ConnectionPanel *m_connection;
};

} // namespace srs::ui
