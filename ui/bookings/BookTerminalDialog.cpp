#include "BookTerminalDialog.h"

#include "BookingModels.h"

#include "session/SafeRoomBookings.h"
#include "ui/common/Accessibility.h"
#include "ui/common/PageParts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

BookTerminalDialog::BookTerminalDialog(session::SafeRoomBookings *bookings, QWidget *parent)
    : QDialog(parent), m_bookings(bookings),
      m_model(new HalfDayModel(bookings, HalfDayModel::Source::Availability, this)),
      m_room(new QComboBox(this)), m_date(new QDateEdit(this)), m_slot(new QComboBox(this)),
      m_project(new QComboBox(this)), m_terminal(new QComboBox(this)), m_table(new QTableView(this)),
      m_status(paragraph(this, "bookStatusLabel")),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_bookButton(m_buttons->addButton(tr("&Book"), QDialogButtonBox::AcceptRole))
{
    setObjectName(u"bookTerminalDialog"_s);
    setWindowTitle(tr("Book a safe-room terminal"));
    m_room->setObjectName(u"bookRoomCombo"_s);
    m_date->setObjectName(u"bookDateEdit"_s);
    m_slot->setObjectName(u"bookSlotCombo"_s);
    m_project->setObjectName(u"bookProjectCombo"_s);
    m_terminal->setObjectName(u"bookTerminalCombo"_s);
    m_table->setObjectName(u"availabilityTable"_s);
    m_bookButton->setObjectName(u"bookButton"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    const QDate today = m_bookings->serviceNow().date();
    m_date->setMinimumDate(today);
    m_date->setDate(today);
    m_slot->addItem(tr("Morning"), int(domain::BookingSlot::Morning));
    m_slot->addItem(tr("Afternoon"), int(domain::BookingSlot::Afternoon));
    m_slot->addItem(tr("All day"), int(domain::BookingSlot::Day));
    for (const domain::Project &p : m_bookings->projectsNeedingSafeRoom())
        m_project->addItem(tr("%1: %2").arg(p.id, p.title), p.id);
    m_table->setModel(m_model);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    setAccessibleText(m_room, tr("Safe room"));
    setAccessibleText(m_date, tr("Day"));
    setAccessibleText(m_slot, tr("Time"));
    setAccessibleText(m_project, tr("Project"));
    setAccessibleText(m_terminal, tr("Terminal"));
    setAccessibleText(m_table, tr("The room's terminals that day"));

    auto *form = new QFormLayout;
    auto add = [&](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    add(tr("Safe &room:"), m_room);
    add(tr("&Day:"), m_date);
    add(tr("&Time:"), m_slot);
    add(tr("&Project:"), m_project);
    add(tr("T&erminal:"), m_terminal);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_room, &QComboBox::currentIndexChanged, this, [this] {
        fillTerminals();
        askAvailability();
    });
    connect(m_date, &QDateEdit::dateChanged, this, &BookTerminalDialog::askAvailability);
    connect(m_slot, &QComboBox::currentIndexChanged, this, &BookTerminalDialog::updateBookButton);
    connect(m_project, &QComboBox::currentIndexChanged, this, &BookTerminalDialog::updateBookButton);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BookTerminalDialog::book);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_bookings, &session::SafeRoomBookings::roomsChanged, this, &BookTerminalDialog::fillRooms);
    connect(m_bookings, &session::SafeRoomBookings::booked, this, [this] {
        if (m_sending)
            accept();
    });
    connect(m_bookings, &session::SafeRoomBookings::failed, this, [this](const QString &message) {
        m_sending = false;
        showAlert(m_status, message);
        updateBookButton();
    });
    fillRooms();
    resize(640, 480);
}

void BookTerminalDialog::fillRooms()
{
    const QString was = m_room->currentData().toString();
    const QSignalBlocker block(m_room);
    m_room->clear();
    for (const domain::SafeRoom &r : m_bookings->rooms())
        m_room->addItem(r.name, r.siteId);
    if (const int at = m_room->findData(was); at >= 0)
        m_room->setCurrentIndex(at);
    fillTerminals();
    askAvailability();
}

void BookTerminalDialog::fillTerminals()
{
    m_terminal->clear();
    m_terminal->addItem(tr("Any free terminal"), QString());
    if (const auto room = m_bookings->room(m_room->currentData().toString()))
        for (const QString &t : room->terminals)
            m_terminal->addItem(t, t);
}

void BookTerminalDialog::askAvailability()
{
    const QString roomId = m_room->currentData().toString();
    if (!roomId.isEmpty())
        m_bookings->loadAvailability(roomId, m_date->date(), m_date->date());
    updateBookButton();
}

void BookTerminalDialog::updateBookButton()
{
    if (m_project->count() == 0)
        m_status->setText(tr("None of your projects needs a safe room, so there is nothing to book."));
    m_bookButton->setEnabled(!m_sending && m_room->currentIndex() >= 0 && m_project->currentIndex() >= 0);
}

void BookTerminalDialog::choose(const QString &roomId, QDate day, int slotIndex, const QString &projectId,
                                const QString &terminal)
{
    m_room->setCurrentIndex(m_room->findData(roomId));
    m_date->setDate(day);
    m_slot->setCurrentIndex(slotIndex);
    m_project->setCurrentIndex(m_project->findData(projectId));
    m_terminal->setCurrentIndex(qMax(0, m_terminal->findData(terminal)));
}

void BookTerminalDialog::book()
{
    protocol::BookingRequestMessage request;
    request.roomId = m_room->currentData().toString();
    request.terminal = m_terminal->currentData().toString();
    request.date = m_date->date();
    request.slot = domain::BookingSlot(m_slot->currentData().toInt());
    request.projectId = m_project->currentData().toString();
    m_sending = true;
    m_status->setText(tr("Booking…"));
    updateBookButton();
    m_bookings->book(request);
}

} // namespace srs::ui
