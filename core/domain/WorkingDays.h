#pragma once

#include "Result.h"

#include <QByteArrayView>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace srs::domain {

// A public holiday on which the service does not work.
struct Holiday
{
    QDate date;
    QString name;

    friend bool operator==(const Holiday &, const Holiday &) = default;
};

// Working days: Monday to Friday, except the holidays given (for the service, England and Wales
// bank holidays: englandAndWales()). Pure: the answer depends only on the dates.
class WorkingDays
{
public:
    WorkingDays() = default;
    explicit WorkingDays(const QList<Holiday> &holidays);

    // Reads a holiday list: one holiday a line, "YYYY-MM-DD name"; blank lines and lines
    // starting with '#' are ignored. A date that is not valid, a date listed twice or a
    // holiday on a weekend (the substitute day is the holiday) is refused, naming the line.
    [[nodiscard]] static Result<WorkingDays> parse(QByteArrayView text, const QString &source);
    // The service's working days: England and Wales bank holidays, from the list built into
    // Srs::Domain (core/domain/data/bank-holidays-england-and-wales.txt), so the server and the
    // client count the same days. Read once. A list that is missing or does not parse (a fault
    // of the build) is logged, and then only weekends are skipped.
    [[nodiscard]] static const WorkingDays &englandAndWales();

    [[nodiscard]] bool isHoliday(QDate day) const { return m_holidays.contains(day); }
    [[nodiscard]] QString holidayName(QDate day) const { return m_holidays.value(day); }
    [[nodiscard]] bool isWorkingDay(QDate day) const;
    // The `count`th working day after `from` (`from` itself never counts): a request made on
    // a Friday with count 5 is answered by the next Friday, when no holiday falls between.
    [[nodiscard]] QDate addWorkingDays(QDate from, int count) const;
    // The holidays, earliest first.
    [[nodiscard]] QList<Holiday> holidays() const;
    // The first and last day of the years the list covers (null when it is empty): after the
    // last, only weekends are known.
    [[nodiscard]] QDate coveredFrom() const { return m_from; }
    [[nodiscard]] QDate coveredTo() const { return m_to; }

private:
    QHash<QDate, QString> m_holidays;
    QDate m_from;
    QDate m_to;
};

} // namespace srs::domain
