#include "WorkingDays.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcWorkingDays, "srs.domain.workingdays")

namespace srs::domain {

using namespace Qt::Literals::StringLiterals;

namespace {

// core/domain/CMakeLists.txt builds the list into the library.
const QString HolidayResource = u":/srs/domain/bank-holidays-england-and-wales.txt"_s;

WorkingDays loadEnglandAndWales()
{
    QFile file(HolidayResource);
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcWorkingDays,
                   "the bank-holiday list is missing from the build; only weekends are skipped");
        return {};
    }
    auto days = WorkingDays::parse(file.readAll(), HolidayResource);
    if (!days) {
        qCCritical(lcWorkingDays, "%s; only weekends are skipped", qUtf8Printable(days.error().message));
        return {};
    }
    return std::move(days).value();
}

} // namespace

const WorkingDays &WorkingDays::englandAndWales()
{
    static const WorkingDays days = loadEnglandAndWales();
    return days;
}

WorkingDays::WorkingDays(const QList<Holiday> &holidays)
{
    for (const Holiday &h : holidays) {
        m_holidays.insert(h.date, h.name);
        const QDate first(h.date.year(), 1, 1);
        const QDate last(h.date.year(), 12, 31);
        if (!m_from.isValid() || first < m_from)
            m_from = first;
        if (!m_to.isValid() || last > m_to)
            m_to = last;
    }
}

Result<WorkingDays> WorkingDays::parse(QByteArrayView text, const QString &source)
{
    QList<Holiday> holidays;
    QHash<QDate, int> seen;
    const QList<QByteArray> lines = text.toByteArray().split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QString where = u"%1, line %2"_s.arg(source).arg(i + 1);
        const QString day = line.section(u' ', 0, 0);
        const QDate date = QDate::fromString(day, Qt::ISODate);
        if (day.size() != 10 || !date.isValid())
            return Error{u"bad-holiday-list"_s,
                         QCoreApplication::translate("WorkingDays", "%1: '%2' is not a date (YYYY-MM-DD).")
                             .arg(where, day)};
        if (date.dayOfWeek() > 5)
            return Error{u"bad-holiday-list"_s,
                         QCoreApplication::translate("WorkingDays",
                                                     "%1: %2 is a weekend day; list the substitute weekday.")
                             .arg(where, day)};
        if (seen.contains(date))
            return Error{u"bad-holiday-list"_s,
                         QCoreApplication::translate("WorkingDays", "%1: %2 is already listed on line %3.")
                             .arg(where, day)
                             .arg(seen.value(date))};
        seen.insert(date, int(i + 1));
        holidays.append({date, line.section(u' ', 1).trimmed()});
    }
    return WorkingDays(holidays);
}

bool WorkingDays::isWorkingDay(QDate day) const
{
    return day.isValid() && day.dayOfWeek() <= 5 && !m_holidays.contains(day);
}

QDate WorkingDays::addWorkingDays(QDate from, int count) const
{
    if (!from.isValid())
        return {};
    QDate day = from;
    for (int left = count; left > 0;) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            --left;
    }
    return day;
}

QList<Holiday> WorkingDays::holidays() const
{
    QList<Holiday> out;
    for (auto it = m_holidays.constBegin(); it != m_holidays.constEnd(); ++it)
        out.append({it.key(), it.value()});
    std::sort(out.begin(), out.end(), [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    return out;
}

} // namespace srs::domain
