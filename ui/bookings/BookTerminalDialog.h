#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableView;

namespace srs::session {
class SafeRoomBookings;
} // namespace srs::session

namespace srs::ui {

class HalfDayModel;

// "Book a terminal": a room, a day, a half-day or the whole day, and the project it is for; the
// room's terminals that day, free or not (never by whom), shown as the choice changes. "Any free
// terminal" lets the server pick. Nothing is booked until Book is pressed; a refusal is shown here
// and nothing is lost.
class BookTerminalDialog : public QDialog
{
    Q_OBJECT
public:
    BookTerminalDialog(session::SafeRoomBookings *bookings, QWidget *parent = nullptr);

    [[nodiscard]] HalfDayModel *availabilityModel() const { return m_model; }
    [[nodiscard]] QPushButton *bookButton() const { return m_bookButton; }

    // The choices, for tests: index in each combo box and the day.
    void choose(const QString &roomId, QDate day, int slotIndex, const QString &projectId,
                const QString &terminal = {});

private:
    void fillRooms();
    void fillTerminals();
    void askAvailability();
    void updateBookButton();
    void book();

    session::SafeRoomBookings *m_bookings;
    HalfDayModel *m_model;
    QComboBox *m_room;
    QDateEdit *m_date;
    QComboBox *m_slot;
    QComboBox *m_project;
    QComboBox *m_terminal;
    QTableView *m_table;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_bookButton;
    bool m_sending = false;
};

} // namespace srs::ui
