#pragma once

#include "domain/DeviceIdentity.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace srs::session {
class ConnectionMonitor;
}

namespace srs::ui {

// Shows whether this workstation reached the clearance server and how the server identified
// it; on failure, what happened, what to do next, and a Try again button.
class ConnectionPanel : public QFrame
{
    Q_OBJECT
public:
    explicit ConnectionPanel(session::ConnectionMonitor *monitor, QWidget *parent = nullptr);

    // The kind of device in the reader's language ("safe-room terminal"); core/domain's
    // phrase is English only.
    static QString deviceClassText(domain::DeviceClass c);

private:
    void refresh();
    QLabel *addRow(const QString &label, const QString &accessibleName);

    session::ConnectionMonitor *m_monitor;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_message;
    QWidget *m_details;
    QLabel *m_server;
    QLabel *m_serverVersion;
    QLabel *m_device;
    QLabel *m_recognisedAs;
    QLabel *m_organisation;
    QLabel *m_site;
    QLabel *m_technical;
    QPushButton *m_retry;
};

} // namespace srs::ui
