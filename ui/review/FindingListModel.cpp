#include "FindingListModel.h"

#include "ReviewIcons.h"
#include "ReviewTexts.h"
#include "ui/common/FindingTexts.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

namespace {

QString quoted(const QString &label)
{
    return u"'"_s + label + u"'"_s;
}

QString labelsText(const protocol::CheckFindingInfo &f)
{
    if (!f.rowLabel.isEmpty() && !f.columnLabel.isEmpty())
        return FindingListModel::tr("row %1, column %2").arg(quoted(f.rowLabel), quoted(f.columnLabel));
    if (!f.rowLabel.isEmpty())
        return FindingListModel::tr("row %1").arg(quoted(f.rowLabel));
    if (!f.columnLabel.isEmpty())
        return FindingListModel::tr("column %1").arg(quoted(f.columnLabel));
    if (f.line > 0)
        return FindingListModel::tr("line %1").arg(f.line);
    return FindingListModel::tr("the whole file");
}

bool isUnplaced(const PlacedFinding &f)
{
    return f.place == PlacedFinding::Place::NotFound || f.place == PlacedFinding::Place::OtherSheet;
}

} // namespace

void attachJustifications(QList<PlacedFinding> &findings, const QList<domain::ExceptionRequest> &exceptions)
{
    for (PlacedFinding &p : findings) {
        const protocol::CheckFindingInfo &f = p.finding;
        for (const domain::ExceptionRequest &e : exceptions) {
            if (e.path == f.path && e.rule == f.rule && e.cell == f.place() && e.line == f.line) {
                p.justification = e.justification;
                break;
            }
        }
    }
}

FindingListModel::FindingListModel(QObject *parent)
    : QAbstractTableModel(parent), m_fail(reviewIcon(ReviewMark::Fail)),
      m_review(reviewIcon(ReviewMark::Review))
{}

void FindingListModel::setFindings(const QList<PlacedFinding> &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

int FindingListModel::unplacedCount() const
{
    return static_cast<int>(std::count_if(m_findings.cbegin(), m_findings.cend(), isUnplaced));
}

QString FindingListModel::whereText(const PlacedFinding &p)
{
    const protocol::CheckFindingInfo &f = p.finding;
    switch (p.place) {
    case PlacedFinding::Place::Cell:
        return tr("Row %1, column %2").arg(quoted(f.rowLabel), quoted(f.columnLabel));
    case PlacedFinding::Place::Row:
        return tr("Row %1 (the whole row)").arg(quoted(f.rowLabel));
    case PlacedFinding::Place::Column:
        return tr("Column %1 (the whole column)").arg(quoted(f.columnLabel));
    case PlacedFinding::Place::Table:
        return tr("The whole table");
    case PlacedFinding::Place::File:
        return tr("The whole file");
    case PlacedFinding::Place::Line:
        return tr("Line %1").arg(f.line);
    case PlacedFinding::Place::OtherSheet:
        return tr("Sheet %1, %2: not the sheet shown").arg(quoted(f.sheet), labelsText(f));
    case PlacedFinding::Place::NotFound:
        return tr("Not found in this file: %1").arg(labelsText(f));
    }
    return {};
}

int FindingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_findings.size());
}

int FindingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_findings.size() || index.column() >= ColumnCount)
        return {};
    const PlacedFinding &p = m_findings.at(index.row());
    const protocol::CheckFindingInfo &f = p.finding;
    switch (role) {
    case PlaceRole:
        return static_cast<int>(p.place);
    case RowRole:
        return p.row;
    case ColumnRole:
        return p.column;
    case LineRole:
        return f.line;
    default:
        break;
    }
    switch (index.column()) {
    case OutcomeColumn:
        if (role == Qt::DisplayRole)
            return ReviewTexts::outcome(f.outcome);
        if (role == Qt::DecorationRole)
            return f.outcome == "fail"_L1 ? m_fail : m_review;
        break;
    case RuleColumn:
        if (role == Qt::DisplayRole)
            return f.rule;
        break;
    case WhereColumn:
        if (role == Qt::DisplayRole)
            return whereText(p);
        if (role == Qt::ToolTipRole && isUnplaced(p))
            return tr("This finding is not marked in the preview: the file shown has no such place. Check it "
                      "against the file by hand.");
        break;
    case MessageColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return FindingTexts::message(f);
        break;
    case JustificationColumn:
        if (role == Qt::DisplayRole)
            return p.justification.isEmpty() ? tr("No exception asked for") : p.justification;
        if (role == Qt::ToolTipRole && !p.justification.isEmpty())
            return p.justification;
        break;
    default:
        break;
    }
    if (role == Qt::AccessibleTextRole)
        return tr("%1, %2, %3: %4")
            .arg(ReviewTexts::outcome(f.outcome), f.rule, whereText(p), FindingTexts::message(f));
    return {};
}

QVariant FindingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OutcomeColumn:
        return tr("Outcome");
    case RuleColumn:
        return tr("Rule");
    case WhereColumn:
        return tr("Where");
    case MessageColumn:
        return tr("Message");
    case JustificationColumn:
        return tr("Researcher's justification");
    default:
        break;
    }
    return {};
}

} // namespace srs::ui
