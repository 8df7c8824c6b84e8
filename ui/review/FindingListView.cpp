#include "FindingListView.h"

#include "FindingListModel.h"

#include <QHeaderView>

#include <algorithm>

namespace srs::ui {

FindingListView::FindingListView(FindingListModel *model, const QString &accessibleName, QWidget *parent)
    : QTreeView(parent)
{
    setAccessibleName(accessibleName);
    setModel(model);
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setWordWrap(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(QHeaderView::Interactive);
    header()->setSectionResizeMode(FindingListModel::MessageColumn, QHeaderView::Stretch);
    header()->resizeSection(FindingListModel::JustificationColumn,
                            fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40);
}

void FindingListView::fitColumns()
{
    const int most = fontMetrics().horizontalAdvance(QLatin1Char('x')) * 45;
    for (int c :
         {FindingListModel::OutcomeColumn, FindingListModel::RuleColumn, FindingListModel::WhereColumn}) {
        resizeColumnToContents(c);
        header()->resizeSection(c, std::min(header()->sectionSize(c), most));
    }
}

} // namespace srs::ui
