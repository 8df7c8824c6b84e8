#include "NotificationCentre.h"

#include "NotificationModel.h"

#include "session/Notifications.h"

#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace srs::ui {

NotificationDialog::NotificationDialog(session::Notifications *notifications, QWidget *parent)
    : QDialog(parent), m_notifications(notifications), m_model(new NotificationModel(this)),
      m_summary(new QLabel(this)), m_list(new QListView(this)), m_open(new QPushButton(tr("&Open"), this)),
      m_markRead(new QPushButton(tr("Mark as &read"), this)),
      m_markAll(new QPushButton(tr("Mark &all as read"), this))
{
    setObjectName(QStringLiteral("notificationDialog"));
    setWindowTitle(tr("Notifications"));
    setModal(false);
    resize(620, 420);
    m_list->setObjectName(QStringLiteral("notificationList"));
    m_list->setAccessibleName(tr("Notifications, newest first"));
    m_list->setModel(m_model);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setObjectName(QStringLiteral("notificationSummary"));
    m_summary->setWordWrap(true);
    m_open->setObjectName(QStringLiteral("openNotification"));
    m_markRead->setObjectName(QStringLiteral("markNotificationRead"));
    m_markAll->setObjectName(QStringLiteral("markAllNotificationsRead"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->addButton(m_markRead, QDialogButtonBox::ActionRole);
    buttons->addButton(m_markAll, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &NotificationDialog::openCurrent);
    connect(m_list, &QListView::activated, this, &NotificationDialog::openCurrent);
    connect(m_markRead, &QPushButton::clicked, this, [this] {
        if (const protocol::NotificationInfo *n = m_model->notice(m_list->currentIndex()))
            m_notifications->markRead({n->id});
    });
    connect(m_markAll, &QPushButton::clicked, m_notifications, &session::Notifications::markAllRead);
    connect(m_notifications, &session::Notifications::changed, this, &NotificationDialog::show_);
    connect(m_notifications, &session::Notifications::failed, this,
            [this](const QString &message) { m_summary->setText(message); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &NotificationDialog::updateButtons);
    show_();
}

void NotificationDialog::show_()
{
    const QString current = m_list->currentIndex().data(NotificationModel::IdRole).toString();
    m_model->setNotices(m_notifications->items());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex i = m_model->index(row);
        if (i.data(NotificationModel::IdRole).toString() == current)
            m_list->setCurrentIndex(i);
    }
    if (!m_list->currentIndex().isValid() && m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    if (!m_notifications->loaded())
        m_summary->setText(tr("Asking the server…"));
    else if (m_model->rowCount() == 0)
        m_summary->setText(tr("Nothing yet. You are told here when a request comes back or is released, when "
                              "files you brought in are decided, and of other changes waiting for you."));
    else
        m_summary->setText(tr("%n unread.", nullptr, m_notifications->unread()));
    updateButtons();
}

void NotificationDialog::updateButtons()
{
    const protocol::NotificationInfo *n = m_model->notice(m_list->currentIndex());
    m_open->setEnabled(n != nullptr);
    m_markRead->setEnabled(n && !n->read);
    m_markAll->setEnabled(m_notifications->unread() > 0);
}

void NotificationDialog::openCurrent()
{
    const protocol::NotificationInfo *n = m_model->notice(m_list->currentIndex());
    if (!n)
        return;
    const protocol::NotificationInfo chosen = *n;
    m_notifications->markRead({chosen.id});
    emit openRequested(chosen);
}

NotificationButton::NotificationButton(session::Notifications *notifications, QWidget *parent)
    : QPushButton(parent), m_notifications(notifications)
{
    setObjectName(QStringLiteral("notificationButton"));
    connect(m_notifications, &session::Notifications::changed, this, &NotificationButton::describe);
    connect(this, &QPushButton::clicked, this, [this] {
        if (!m_dialog) {
            m_dialog = new NotificationDialog(m_notifications, window());
            connect(m_dialog, &NotificationDialog::openRequested, this, &NotificationButton::openRequested);
        }
        m_notifications->refresh();
        m_dialog->show();
        m_dialog->raise();
        m_dialog->activateWindow();
        m_dialog->list()->setFocus(Qt::OtherFocusReason);
    });
    describe();
}

void NotificationButton::describe()
{
    const int unread = m_notifications->unread();
    setText(unread > 0 ? tr("&Notifications (%1)").arg(unread) : tr("&Notifications"));
    setAccessibleName(unread > 0 ? tr("Notifications: %n unread", nullptr, unread) : tr("Notifications"));
}

} // namespace srs::ui
