#include "PeopleFilter.h"

namespace srs::ui {

PeopleFilter::PeopleFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void PeopleFilter::setSearchText(const QString &text)
{
    setFilterFixedString(text.trimmed());
}

bool PeopleFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return m_collator.compare(left.data().toString(), right.data().toString()) < 0;
}

} // namespace srs::ui
