#pragma once

#include <QAbstractTableModel>
#include <QDate>

namespace srs::session {
class SafeRoomBookings;
} // namespace srs::session

namespace srs::ui {

// The person's safe-room bookings: one row each, soonest first (SafeRoomBookings::bookings()).
class MyBookingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DateColumn,
        TimeColumn,
        RoomColumn,
        TerminalColumn,
        ProjectColumn,
        StatusColumn,
        ColumnCount
    };
    static constexpr int BookingIdRole = Qt::UserRole + 1;

    explicit MyBookingsModel(session::SafeRoomBookings *bookings, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    void reload();

    session::SafeRoomBookings *m_bookings;
    int m_rows = 0;
};

// One day of a room as half-days by terminal: a row for each terminal, a column for the morning and
// one for the afternoon. Which day: the availability (for researchers: free, booked, yours, out of
// use, closed; never who) or the room's day (for administrators: who, for which project).
class HalfDayModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Source
    {
        Availability,
        RoomDay,
    };
    enum Column
    {
        TerminalColumn,
        MorningColumn,
        AfternoonColumn,
        ColumnCount
    };
    // The cell's state ("free", "booked", "mine", "blocked", "closed"), for tests and styling.
    static constexpr int StateRole = Qt::UserRole + 1;

    HalfDayModel(session::SafeRoomBookings *bookings, Source source, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    struct Cell
    {
        QString state;
        QString text;
    };
    void reload();

    session::SafeRoomBookings *m_bookings;
    Source m_source;
    QStringList m_terminals;
    QList<Cell> m_cells; // row-major: terminal, then morning and afternoon
};

} // namespace srs::ui
