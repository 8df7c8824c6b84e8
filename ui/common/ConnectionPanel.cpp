#include "ConnectionPanel.h"

#include "session/ConnectionMonitor.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace srs::ui {

using session::ConnectionMonitor;

QString ConnectionPanel::deviceClassText(domain::DeviceClass c)
{
    switch (c) {
    case domain::DeviceClass::SafeRoomTerminal:
        return tr("safe-room terminal");
    case domain::DeviceClass::OrganisationDevice:
        return tr("organisation device");
    case domain::DeviceClass::Unknown:
        break;
    }
    return tr("unrecognised device");
}

ConnectionPanel::ConnectionPanel(ConnectionMonitor *monitor, QWidget *parent)
    : QFrame(parent), m_monitor(monitor), m_icon(new QLabel(this)), m_title(new QLabel(this)),
      m_message(new QLabel(this)), m_details(new QWidget(this)), m_technical(new QLabel(this)),
      m_retry(new QPushButton(tr("&Try again"), this))
{
    setObjectName(QStringLiteral("connectionPanel"));
    setFrameShape(QFrame::StyledPanel);
    // A fixed width lets the wrapped labels compute their height (height-for-width).
    setFixedWidth(640);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Minimum);

    m_icon->setFixedSize(48, 48);
    m_icon->setAccessibleName(tr("Connection status icon"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("connectionTitleLabel"));
    m_title->setAccessibleName(tr("Connection status"));
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("connectionMessageLabel"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_technical->setWordWrap(true);
    m_technical->setObjectName(QStringLiteral("technicalDetailsLabel"));
    m_technical->setAccessibleName(tr("Technical details"));
    m_technical->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont smaller = m_technical->font();
    smaller.setPointSizeF(smaller.pointSizeF() * 0.9);
    m_technical->setFont(smaller);
    m_retry->setObjectName(QStringLiteral("retryPushButton"));
    m_retry->setAccessibleName(tr("Try connecting again"));

    auto *form = new QFormLayout(m_details);
    form->setContentsMargins(0, 0, 0, 0);
    form->setLabelAlignment(Qt::AlignRight);
    m_details->setLayout(form);
    m_server = addRow(tr("Clearance server:"), tr("Clearance server address"));
    m_serverVersion = addRow(tr("Server version:"), tr("Server version"));
    m_device = addRow(tr("This device:"), tr("Device name"));
    m_recognisedAs = addRow(tr("Recognised as:"), tr("Setting the server recognised"));
    m_organisation = addRow(tr("Organisation:"), tr("Organisation that owns this device"));
    m_site = addRow(tr("Safe room:"), tr("Safe room site"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_icon);
    header->addWidget(m_title, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_retry);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(14);
    layout->addLayout(header);
    layout->addWidget(m_message);
    layout->addWidget(m_details);
    layout->addWidget(m_technical);
    layout->addLayout(buttons);

    connect(m_retry, &QPushButton::clicked, m_monitor, &ConnectionMonitor::connectToServer);
    connect(m_monitor, &ConnectionMonitor::stateChanged, this, &ConnectionPanel::refresh);
    refresh();
}

QLabel *ConnectionPanel::addRow(const QString &label, const QString &accessibleName)
{
    auto *value = new QLabel(m_details);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setAccessibleName(accessibleName);
    auto *form = static_cast<QFormLayout *>(m_details->layout());
    form->addRow(label, value);
    return value;
}

void ConnectionPanel::refresh()
{
    const int iconSize = 48;
    auto setIcon = [&](QStyle::StandardPixmap p) {
        m_icon->setPixmap(style()->standardIcon(p).pixmap(iconSize));
    };
    auto *form = static_cast<QFormLayout *>(m_details->layout());
    const QString host = QUrl(m_monitor->serverUrl()).authority();
    m_server->setText(host);

    switch (m_monitor->state()) {
    case ConnectionMonitor::State::Idle:
    case ConnectionMonitor::State::Connecting:
        setIcon(QStyle::SP_BrowserReload);
        m_title->setText(tr("Connecting to the clearance server…"));
        m_message->setText(tr("Checking the secure connection to %1. This takes a few seconds.").arg(host));
        m_details->hide();
        m_technical->hide();
        m_retry->setEnabled(false);
        break;
    case ConnectionMonitor::State::Connected: {
        const auto &h = m_monitor->health();
        setIcon(QStyle::SP_DialogApplyButton);
        m_title->setText(tr("Connected to the clearance server"));
        QString message = tr("The secure connection works, and the server recognised this device.");
        if (m_monitor->settingMismatch())
            message +=
                QLatin1Char(' ') + tr("Note: this workstation is set up as a %1, but the server recognised "
                                      "it as a %2. Tell your IT support.")
                                       .arg(deviceClassText(m_monitor->configuredSetting()),
                                            deviceClassText(h.device.deviceClass));
        m_message->setText(message);
        m_serverVersion->setText(tr("%1 (protocol version %2)").arg(h.serverVersion).arg(h.apiVersion));
        m_device->setText(h.device.commonName);
        m_recognisedAs->setText(deviceClassText(h.device.deviceClass));
        m_organisation->setText(h.device.organisation);
        m_site->setText(h.device.site);
        form->setRowVisible(m_site, !h.device.site.isEmpty());
        form->setRowVisible(m_organisation, !h.device.organisation.isEmpty());
        m_details->show();
        m_technical->hide();
        m_retry->setEnabled(true);
        m_retry->setText(tr("&Check again"));
        break;
    }
    case ConnectionMonitor::State::Failed: {
        const auto &f = m_monitor->failure();
        setIcon(QStyle::SP_MessageBoxCritical);
        m_title->setText(tr("Cannot connect to the clearance server"));
        m_message->setText(f.message);
        m_technical->setText(tr("Technical details: %1 — %2").arg(api::failureKindName(f.kind), f.detail));
        m_technical->setVisible(!f.detail.isEmpty());
        m_details->hide();
        m_retry->setEnabled(true);
        m_retry->setText(tr("&Try again"));
        break;
    }
    }
    // Wrapped labels report a height for one width only after layout; give them the height
    // they need at the panel's fixed width so no line is cut off when the text changes.
    const QMargins margins = layout()->contentsMargins();
    const int textWidth = width() - margins.left() - margins.right();
    for (QLabel *label : {m_message, m_technical})
        label->setMinimumHeight(std::max(0, label->heightForWidth(textWidth)));
}

} // namespace srs::ui
