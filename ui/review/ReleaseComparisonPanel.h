#pragma once

#include "protocol/ReviewMessages.h"

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace srs::ui {

// The review window's fresh comparison of the request's tables with the project's releases
// (GET /submissions/{sid}/release-differences): when it was made, with which releases, and each
// difference found with its place and labels, the release and released file, the scope and the
// size of the difference (the table too, when the request has differences in more than one). A
// difference the request's stored findings did not know (most often one with a release made since
// the request was submitted) is marked "New" in words, not by colour alone. Object names:
// releaseComparisonPanel, releaseComparisonSummaryLabel, releaseComparisonList, compareAgainButton.
class ReleaseComparisonPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit ReleaseComparisonPanel(QWidget *parent = nullptr);

    void showComparing();
    void showComparison(const protocol::ReleaseComparison &comparison);
    void showFailure(const QString &message);
    void clear();

    [[nodiscard]] QLabel *summaryLabel() const { return m_summary; }
    [[nodiscard]] QTreeWidget *list() const { return m_list; }
    // Its controls in the order Tab visits them.
    [[nodiscard]] QList<QWidget *> focusOrder() const;

signals:
    void compareAgainRequested();

private:
    QLabel *m_summary;
    QTreeWidget *m_list;
    QPushButton *m_again;
};

} // namespace srs::ui
