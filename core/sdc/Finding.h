#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace srs::sdc {

enum class Outcome
{
    Review, // a checker looks; the researcher may explain
    Fail,   // must be fixed, or an exception granted
};

enum class Status
{
    Pass,
    Review,
    Fail,
    Error, // the input could not be checked
};

// One problem found in one file: a table cell (named by its labels), a whole table, or a
// line of code.
struct Finding
{
    QString rule; // "threshold", "dominance-nk", ..., or a code rule such as "identifier-nhs-number"
    Outcome outcome = Outcome::Fail;
    QString file;
    QString sheet;
    QString row;            // the row label as written in the table (empty for whole-table findings)
    QString column;         // the column label as written
    int rowIndex = -1;      // 0-based among value rows, -1 when not about one cell
    int columnIndex = -1;   // 0-based among value columns
    int fileRow = 0;        // where the cell is in the file, numbered from 1 as a spreadsheet does;
    int fileColumn = 0;     // 0 when not about one cell (see Table::fileRow())
    int line = 0;           // code findings: 1-based line
    QString message;        // plain English: what is wrong and what would fix it
    QJsonObject parameters; // the numbers the rule used

    // "C14", or "" when the finding is not about one cell.
    [[nodiscard]] QString cellReference() const;
    // Where it is, by place alone: "C14", "row 14" or "column C"; "" for a whole table or code.
    [[nodiscard]] QString place() const;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Finding fromJson(const QJsonObject &object);
};

[[nodiscard]] QString outcomeName(Outcome outcome);
[[nodiscard]] QString statusName(Status status);
// fail if any finding fails, else review if any asks for review, else pass.
[[nodiscard]] Status statusOf(const QList<Finding> &findings);
[[nodiscard]] Status worstOf(Status a, Status b);

} // namespace srs::sdc
