#pragma once

#include "protocol/NotificationMessages.h"

#include <QDialog>
#include <QPushButton>

class QLabel;
class QListView;

namespace srs::session {
class Notifications;
} // namespace srs::session

namespace srs::ui {

class NotificationModel;

// The notification centre's window: the person's notices, newest first, unread in bold. Enter (or
// Open) marks the one chosen read and goes to where it happened; the others can be marked read
// one by one or all at once. Not modal: the person can keep it open beside their work.
class NotificationDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NotificationDialog(session::Notifications *notifications, QWidget *parent = nullptr);

    [[nodiscard]] QListView *list() const { return m_list; }
    [[nodiscard]] NotificationModel *model() const { return m_model; }

signals:
    // The person chose to go to where this notice happened.
    void openRequested(const protocol::NotificationInfo &notice);

private:
    void show_();
    void updateButtons();
    void openCurrent();

    session::Notifications *m_notifications;
    NotificationModel *m_model;
    QLabel *m_summary;
    QListView *m_list;
    QPushButton *m_open;
    QPushButton *m_markRead;
    QPushButton *m_markAll;
};

// The home page's button for the notification centre: "Notifications (3)" while three are
// unread. It opens the NotificationDialog.
class NotificationButton : public QPushButton
{
    Q_OBJECT
public:
    explicit NotificationButton(session::Notifications *notifications, QWidget *parent = nullptr);

    [[nodiscard]] NotificationDialog *dialog() const { return m_dialog; }

signals:
    void openRequested(const protocol::NotificationInfo &notice);

private:
    void describe();

    session::Notifications *m_notifications;
    NotificationDialog *m_dialog = nullptr;
};

} // namespace srs::ui
