#pragma once

#include "ui/desk/DeskPanel.h"

#include <QPointer>

class QLabel;
class QPushButton;
class QTableView;

namespace srs::session {
class SafeRoomBookings;
class Workstation;
} // namespace srs::session

namespace srs::ui {

class BookTerminalDialog;
class MyBookingsModel;

// "Safe-room bookings", for researchers: their bookings (cancel one still to come) and "Book a
// terminal…" for a project that needs a safe room.
class BookingsPanel : public DeskPanel
{
    Q_OBJECT
public:
    BookingsPanel(session::Workstation *workstation, QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] bool appliesTo(const protocol::MeInfo &me) const override;
    void refresh() override;
    void clear() override;
    [[nodiscard]] QWidget *firstFocus() override;

    [[nodiscard]] session::SafeRoomBookings *bookings() const { return m_bookings; }
    [[nodiscard]] MyBookingsModel *model() const { return m_model; }
    // The booking dialog while it is open (a test seam: it is shown with open(), not exec()).
    [[nodiscard]] BookTerminalDialog *bookDialog() const;
    void openBookDialog();
    void cancelSelected();

private:
    void updateButtons();

    session::SafeRoomBookings *m_bookings;
    MyBookingsModel *m_model;
    QLabel *m_hint;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_book;
    QPushButton *m_cancel;
    QPushButton *m_refresh;
    QPointer<BookTerminalDialog> m_dialog;
};

} // namespace srs::ui
