#pragma once

#include "domain/Submission.h"
#include "protocol/SubmissionMessages.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

namespace srs::ui {

// A finding of the round and where the preview put it. Every finding about the file shown gets
// one, whether or not it could be placed: one that matches no cell is still listed.
struct PlacedFinding
{
    enum class Place
    {
        Cell,       // `row`, `column`: the (first) cell with the finding's labels
        Row,        // `row`: a finding about a whole row
        Column,     // `column`: a finding about a whole column
        Table,      // the whole table (no labels)
        File,       // the whole code file (no line)
        Line,       // a code file's line (finding.line)
        OtherSheet, // another sheet of the workbook than the one shown
        NotFound,   // labels or line that the file shown does not have
    };

    protocol::CheckFindingInfo finding;
    Place place = Place::NotFound;
    int row = -1;          // in the table shown
    int column = -1;       // in the table shown
    QString justification; // the researcher's exception request for it, if any
};

// Fills in each finding's justification from the round's exception requests (same file, rule,
// labels and line).
void attachJustifications(QList<PlacedFinding> &findings, const QList<domain::ExceptionRequest> &exceptions);

// The findings of one file as a list beside its preview: outcome (icon and word), rule, where
// (or why it is not marked in the preview), the message and the researcher's justification.
class FindingListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        OutcomeColumn,
        RuleColumn,
        WhereColumn,
        MessageColumn,
        JustificationColumn,
        ColumnCount
    };
    static constexpr int PlaceRole = Qt::UserRole + 1; // int(PlacedFinding::Place)
    static constexpr int RowRole = Qt::UserRole + 2;   // the table row, -1 when none
    static constexpr int ColumnRole = Qt::UserRole + 3;
    static constexpr int LineRole = Qt::UserRole + 4;

    explicit FindingListModel(QObject *parent = nullptr);

    void setFindings(const QList<PlacedFinding> &findings);
    [[nodiscard]] const QList<PlacedFinding> &findings() const { return m_findings; }
    // How many could not be marked in the preview (another sheet, or not found).
    [[nodiscard]] int unplacedCount() const;

    // "Row 'Cardiff', column 'Male'", "Line 12", "Not found in this file: row 'Bangor'" ...
    [[nodiscard]] static QString whereText(const PlacedFinding &finding);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<PlacedFinding> m_findings;
    QIcon m_fail;
    QIcon m_review;
};

} // namespace srs::ui
