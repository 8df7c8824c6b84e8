#pragma once

#include "protocol/BookingMessages.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace srs::ui {

// "Block a terminal": which terminal of the room, from which day to which (inclusive), and why
// (people whose bookings it cancels are shown the reason). Emits blockRequested() and closes; the
// panel sends it.
class BlockTerminalDialog : public QDialog
{
    Q_OBJECT
public:
    BlockTerminalDialog(const domain::SafeRoom &room, QDate day, QWidget *parent = nullptr);

    void choose(const QString &terminal, QDate from, QDate to, const QString &reason);

signals:
    void blockRequested(const QString &terminal, const srs::protocol::BlockRequest &request);

private:
    void send();
    void updateButton();

    QComboBox *m_terminal;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_reason;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};

} // namespace srs::ui
