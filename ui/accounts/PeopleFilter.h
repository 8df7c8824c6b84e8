#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace srs::ui {

// The people list as searched and sorted: a search text matches any column (name, username,
// roles, state, accreditation), without regard to case; sorting compares as people read
// (numbers in numeric order).
class PeopleFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit PeopleFilter(QObject *parent = nullptr);
    void setSearchText(const QString &text);

protected:
    [[nodiscard]] bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QCollator m_collator;
};

} // namespace srs::ui
