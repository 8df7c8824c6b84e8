#include "SafeRoomsPanel.h"

#include "BlockTerminalDialog.h"
#include "BookingModels.h"

#include "session/SafeRoomBookings.h"
#include "session/Workstation.h"
#include "ui/common/Accessibility.h"
#include "ui/common/PageParts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

SafeRoomsPanel::SafeRoomsPanel(session::Workstation *workstation, QWidget *parent)
    : DeskPanel(parent),
      m_bookings(new session::SafeRoomBookings(workstation->session(), workstation->workspaceSync(),
                                               workstation->clock(), this)),
      m_model(new HalfDayModel(m_bookings, HalfDayModel::Source::RoomDay, this)), m_room(new QComboBox(this)),
      m_date(new QDateEdit(this)), m_table(new QTableView(this)), m_blocks(new QListWidget(this)),
      m_status(paragraph(this, "safeRoomsStatusLabel")),
      m_block(new QPushButton(tr("&Block a terminal…"), this)),
      m_lift(new QPushButton(tr("&Put back in use"), this)), m_refresh(new QPushButton(tr("Re&fresh"), this))
{
    setObjectName(u"safeRoomsPanel"_s);
    m_room->setObjectName(u"safeRoomCombo"_s);
    m_date->setObjectName(u"safeRoomDateEdit"_s);
    m_table->setObjectName(u"roomDayTable"_s);
    m_blocks->setObjectName(u"terminalBlocksList"_s);
    m_block->setObjectName(u"blockTerminalButton"_s);
    m_lift->setObjectName(u"liftBlockButton"_s);
    m_refresh->setObjectName(u"refreshRoomDayButton"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    m_date->setDate(m_bookings->serviceNow().date());
    m_table->setModel(m_model);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_blocks->setMaximumHeight(90);
    setAccessibleText(m_room, tr("Safe room"));
    setAccessibleText(m_date, tr("Day"));
    setAccessibleText(m_table, tr("The room's terminals that day, and who booked them"));
    setAccessibleText(m_blocks, tr("Terminals out of use that day"));
    setAccessibleText(m_block, tr("Block a terminal"));
    setAccessibleText(m_lift, tr("Put the chosen terminal back in use"));
    setAccessibleText(m_refresh, tr("Refresh the room's day"));

    auto *choice = new QFormLayout;
    auto *roomLabel = new QLabel(tr("Safe r&oom:"), this);
    roomLabel->setBuddy(m_room);
    auto *dateLabel = new QLabel(tr("&Day:"), this);
    dateLabel->setBuddy(m_date);
    choice->addRow(roomLabel, m_room);
    choice->addRow(dateLabel, m_date);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_lift);
    buttons->addWidget(m_block);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(choice);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_blocks);
    layout->addLayout(buttons);

    connect(m_room, &QComboBox::currentIndexChanged, this, &SafeRoomsPanel::askDay);
    connect(m_date, &QDateEdit::dateChanged, this, &SafeRoomsPanel::askDay);
    connect(m_refresh, &QPushButton::clicked, this, &SafeRoomsPanel::refresh);
    connect(m_block, &QPushButton::clicked, this, &SafeRoomsPanel::openBlockDialog);
    connect(m_lift, &QPushButton::clicked, this, &SafeRoomsPanel::liftSelectedBlock);
    connect(m_blocks, &QListWidget::currentRowChanged, this,
            [this] { m_lift->setEnabled(m_blocks->currentRow() >= 0); });
    connect(m_bookings, &session::SafeRoomBookings::roomsChanged, this, &SafeRoomsPanel::fillRooms);
    connect(m_bookings, &session::SafeRoomBookings::dayChanged, this, &SafeRoomsPanel::showBlocks);
    connect(m_bookings, &session::SafeRoomBookings::failed, this, [this](const QString &message) {
        if (!m_dialog)
            showAlert(m_status, message);
    });
    connect(m_bookings, &session::SafeRoomBookings::blocked, this, [this](const protocol::BlockInfo &b) {
        m_status->setText(tr("Terminal %1 is out of use; %n booking(s) cancelled.", nullptr,
                             int(b.cancelledBookings.size()))
                              .arg(b.block.terminal));
    });
    m_lift->setEnabled(false);
    m_block->setEnabled(false);
}

bool SafeRoomsPanel::appliesTo(const protocol::MeInfo &me) const
{
    return domain::canBlock(me.user);
}

BlockTerminalDialog *SafeRoomsPanel::blockDialog() const
{
    return m_dialog;
}

QWidget *SafeRoomsPanel::firstFocus()
{
    return m_room;
}

void SafeRoomsPanel::refresh()
{
    m_bookings->refresh();
    askDay();
}

void SafeRoomsPanel::clear()
{
    if (m_dialog)
        m_dialog->reject();
    m_bookings->clear();
    m_room->clear();
    m_blocks->clear();
    m_status->clear();
}

void SafeRoomsPanel::fillRooms()
{
    const QString was = m_room->currentData().toString();
    {
        const QSignalBlocker block(m_room);
        m_room->clear();
        for (const domain::SafeRoom &r : m_bookings->rooms())
            m_room->addItem(r.name, r.siteId);
        if (const int at = m_room->findData(was); at >= 0)
            m_room->setCurrentIndex(at);
    }
    m_block->setEnabled(m_room->count() > 0);
    askDay();
}

void SafeRoomsPanel::askDay()
{
    const QString roomId = m_room->currentData().toString();
    if (!roomId.isEmpty())
        m_bookings->loadDay(roomId, m_date->date());
}

void SafeRoomsPanel::showDay(const QString &roomId, QDate date)
{
    const QSignalBlocker block(m_date);
    m_room->setCurrentIndex(m_room->findData(roomId));
    m_date->setDate(date);
    askDay();
}

void SafeRoomsPanel::showBlocks()
{
    m_blocks->clear();
    for (const protocol::BlockInfo &b : m_bookings->day().blocks) {
        auto *item = new QListWidgetItem(
            tr("%1 out of use from %2 to %3: %4 (by %5)")
                .arg(b.block.terminal, QLocale().toString(b.block.from, QLocale::ShortFormat),
                     QLocale().toString(b.block.to, QLocale::ShortFormat), b.block.reason, b.createdByName),
            m_blocks);
        item->setData(Qt::UserRole, b.block.id);
    }
    m_lift->setEnabled(m_blocks->currentRow() >= 0);
}

void SafeRoomsPanel::openBlockDialog()
{
    const auto room = m_bookings->room(m_room->currentData().toString());
    if (!room)
        return;
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    m_dialog = new BlockTerminalDialog(*room, m_date->date(), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString roomId = room->siteId;
    connect(m_dialog, &BlockTerminalDialog::blockRequested, this,
            [this, roomId](const QString &terminal, const protocol::BlockRequest &request) {
                m_bookings->block(roomId, terminal, request);
            });
    m_dialog->open();
}

void SafeRoomsPanel::liftSelectedBlock()
{
    const QListWidgetItem *item = m_blocks->currentItem();
    if (!item)
        return;
    m_bookings->unblock(m_room->currentData().toString(), item->data(Qt::UserRole).toString());
}

QString SafeRoomsPanel::title() const
{
    return tr("Safe &rooms");
}

} // namespace srs::ui
