#pragma once

#include "ui/desk/DeskPanel.h"

#include <QPointer>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace srs::session {
class SafeRoomBookings;
class Workstation;
} // namespace srs::session

namespace srs::ui {

class BlockTerminalDialog;
class HalfDayModel;

// "Safe rooms", for administrators: a room's day, each terminal's morning and afternoon with who
// booked it and for which project; "Block a terminal…" takes one out of use for some days (the
// bookings it covers are cancelled, and their people see why), and "Put back in use" lifts a block.
class SafeRoomsPanel : public DeskPanel
{
    Q_OBJECT
public:
    SafeRoomsPanel(session::Workstation *workstation, QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] bool appliesTo(const protocol::MeInfo &me) const override;
    void refresh() override;
    void clear() override;
    [[nodiscard]] QWidget *firstFocus() override;

    [[nodiscard]] session::SafeRoomBookings *bookings() const { return m_bookings; }
    [[nodiscard]] HalfDayModel *model() const { return m_model; }
    // The block dialog while it is open (a test seam: shown with open(), not exec()).
    [[nodiscard]] BlockTerminalDialog *blockDialog() const;
    void showDay(const QString &roomId, QDate date);
    void openBlockDialog();
    void liftSelectedBlock();

private:
    void fillRooms();
    void askDay();
    void showBlocks();

    session::SafeRoomBookings *m_bookings;
    HalfDayModel *m_model;
    QComboBox *m_room;
    QDateEdit *m_date;
    QTableView *m_table;
    QListWidget *m_blocks;
    QLabel *m_status;
    QPushButton *m_block;
    QPushButton *m_lift;
    QPushButton *m_refresh;
    QPointer<BlockTerminalDialog> m_dialog;
};

} // namespace srs::ui
