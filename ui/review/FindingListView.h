#pragma once

#include <QTreeView>

namespace srs::ui {

class FindingListModel;

// The findings of a previewed file under it: outcome, rule and where sized to their contents,
// the message taking the room left (wrapped), the researcher's justification beside it.
// Shared by the table and code previews.
class FindingListView : public QTreeView
{
    Q_OBJECT
public:
    FindingListView(FindingListModel *model, const QString &accessibleName, QWidget *parent = nullptr);

    // Sizes the columns to what is listed now.
    void fitColumns();
};

} // namespace srs::ui
