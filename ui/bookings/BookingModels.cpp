#include "BookingModels.h"

#include "session/SafeRoomBookings.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

namespace {

QString slotTimes(const std::optional<domain::SafeRoom> &room, domain::BookingSlot slot)
{
    const QString name = domain::bookingSlotDisplayName(slot);
    if (!room)
        return name;
    const QLocale locale;
    return MyBookingsModel::tr("%1 (%2 to %3)")
        .arg(name, locale.toString(room->slotStart(slot), QLocale::ShortFormat),
             locale.toString(room->slotEnd(slot), QLocale::ShortFormat));
}

} // namespace

MyBookingsModel::MyBookingsModel(session::SafeRoomBookings *bookings, QObject *parent)
    : QAbstractTableModel(parent), m_bookings(bookings)
{
    connect(m_bookings, &session::SafeRoomBookings::bookingsChanged, this, &MyBookingsModel::reload);
    connect(m_bookings, &session::SafeRoomBookings::roomsChanged, this, &MyBookingsModel::reload);
    connect(m_bookings, &session::SafeRoomBookings::cleared, this, &MyBookingsModel::reload);
    m_rows = int(m_bookings->bookings().size());
}

void MyBookingsModel::reload()
{
    beginResetModel();
    m_rows = int(m_bookings->bookings().size());
    endResetModel();
}

int MyBookingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int MyBookingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MyBookingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.row() >= m_bookings->bookings().size())
        return {};
    const protocol::BookingInfo &b = m_bookings->bookings().at(index.row());
    if (role == BookingIdRole)
        return b.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return QLocale().toString(b.date, QLocale::LongFormat);
    case TimeColumn:
        return slotTimes(m_bookings->room(b.roomId), b.slot);
    case RoomColumn:
        return b.roomName;
    case TerminalColumn:
        return b.terminal;
    case ProjectColumn:
        return b.projectId;
    case StatusColumn:
        if (b.cancelled)
            return b.cancelledReason.isEmpty() ? tr("Cancelled") : tr("Cancelled: %1").arg(b.cancelledReason);
        if (b.date < m_bookings->serviceNow().date())
            return tr("Past");
        return tr("Booked");
    default:
        return {};
    }
}

QVariant MyBookingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TimeColumn:
        return tr("Time");
    case RoomColumn:
        return tr("Safe room");
    case TerminalColumn:
        return tr("Terminal");
    case ProjectColumn:
        return tr("Project");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

HalfDayModel::HalfDayModel(session::SafeRoomBookings *bookings, Source source, QObject *parent)
    : QAbstractTableModel(parent), m_bookings(bookings), m_source(source)
{
    connect(m_bookings,
            source == Source::Availability ? &session::SafeRoomBookings::availabilityChanged
                                           : &session::SafeRoomBookings::dayChanged,
            this, &HalfDayModel::reload);
    connect(m_bookings, &session::SafeRoomBookings::roomsChanged, this, &HalfDayModel::reload);
    connect(m_bookings, &session::SafeRoomBookings::cleared, this, &HalfDayModel::reload);
    reload();
}

void HalfDayModel::reload()
{
    beginResetModel();
    m_terminals.clear();
    m_cells.clear();
    if (m_source == Source::Availability) {
        const protocol::Availability &a = m_bookings->availability();
        for (const protocol::AvailabilityCell &c : a.cells) {
            if (c.date != a.from)
                continue; // one day: the first asked for
            if (!m_terminals.contains(c.terminal)) {
                m_terminals.append(c.terminal);
                m_cells.append({u"free"_s, {}});
                m_cells.append({u"free"_s, {}});
            }
            const qsizetype at =
                m_terminals.indexOf(c.terminal) * 2 + (c.slot == domain::BookingSlot::Afternoon);
            QString text;
            if (c.state == u"free")
                text = tr("Free");
            else if (c.state == u"mine")
                text = tr("Your booking");
            else if (c.state == u"booked")
                text = tr("Booked");
            else if (c.state == u"blocked")
                text = tr("Out of use: %1").arg(c.reason);
            else
                text = tr("Closed: %1").arg(c.reason);
            m_cells[at] = {c.state, text};
        }
    } else {
        const protocol::RoomDay &d = m_bookings->day();
        const domain::SafeRoom &room = d.room.room;
        const bool open = d.date.isValid() && room.isOpenOn(d.date);
        const auto closure = room.closureOn(d.date);
        for (const QString &t : room.terminals) {
            m_terminals.append(t);
            for (domain::BookingSlot half : {domain::BookingSlot::Morning, domain::BookingSlot::Afternoon}) {
                Cell cell{u"free"_s, tr("Free")};
                if (!open) {
                    cell = {u"closed"_s, closure ? tr("Closed: %1").arg(closure->reason) : tr("Closed")};
                }
                for (const protocol::BlockInfo &b : d.blocks)
                    if (open && b.block.terminal == t && b.block.covers(d.date))
                        cell = {u"blocked"_s, tr("Out of use: %1").arg(b.block.reason)};
                for (const protocol::BookingInfo &b : d.bookings)
                    if (open && b.terminal == t && !b.cancelled && domain::slotsOverlap(b.slot, half))
                        cell = {u"booked"_s, tr("%1 (project %2)").arg(b.personName, b.projectId)};
                m_cells.append(cell);
            }
        }
    }
    endResetModel();
}

int HalfDayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_terminals.size());
}

int HalfDayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HalfDayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.column() == TerminalColumn)
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(m_terminals.at(index.row()))
                                                                  : QVariant();
    const Cell &cell = m_cells.at(index.row() * 2 + (index.column() == AfternoonColumn));
    if (role == StateRole)
        return cell.state;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return cell.text;
    return {};
}

QVariant HalfDayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TerminalColumn:
        return tr("Terminal");
    case MorningColumn:
        return tr("Morning");
    case AfternoonColumn:
        return tr("Afternoon");
    default:
        return {};
    }
}

} // namespace srs::ui
