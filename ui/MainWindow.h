#pragma once

#include <QMainWindow>

namespace srs::session {
class ConnectionMonitor;
}

namespace srs::ui {

class ConnectionPanel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(session::ConnectionMonitor *monitor, QWidget *parent = nullptr);

    [[nodiscard]] ConnectionPanel *connectionPanel() const { return m_connectionPanel; }

private:
    void updateStatusBar();

    session::ConnectionMonitor *m_monitor;
    ConnectionPanel *m_connectionPanel;
};

} // namespace srs::ui
