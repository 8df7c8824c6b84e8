#pragma once

#include "sdc/CellFindings.h"
#include "sdc/Finding.h"
#include "store/SubmissionRepository.h"

#include <QList>
#include <QString>

#include <functional>
#include <vector>

namespace srs::server {

// Every finding of one check, kept as the engine gave them: a table's findings about one cell
// compact (sdc::CellFindings, about 24 bytes each) and the few others (whole tables, margins,
// across tables, releases, code) whole. A million-cell table can give a hundred thousand
// findings; each becomes a store::StoredFinding, with its message and parameters, only while it
// is written or looked at, one at a time, in the order the answer lists them.
class CheckFindings
{
public:
    // What an exception names of a finding, and its outcome: no message, no parameters.
    struct Key
    {
        QString path;
        QString rule;
        sdc::Outcome outcome = sdc::Outcome::Fail;
        QString cell; // "C14", "row 14", "column C" or "" (sdc::Finding::place())
        int line = 0;
    };

    // A table's findings: those about one cell first, then the others.
    void addTable(sdc::CellFindings cells, QList<sdc::Finding> others);
    // A code file's findings.
    void add(QList<sdc::Finding> findings);

    [[nodiscard]] qsizetype size() const { return m_size; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }

    // Calls `f` with each finding's key, in order, while it returns true; false when it stopped.
    bool forEachKey(const std::function<bool(const Key &)> &f) const;
    // Calls `f` with each finding as stored, built one at a time, in order, while it returns
    // true; false when it stopped.
    bool forEach(const std::function<bool(const store::StoredFinding &)> &f) const;
    // All of them at once (small checks and tests).
    [[nodiscard]] QList<store::StoredFinding> toList() const;

    // A finding as stored for the checkers: labels, message and the numbers its rule used.
    [[nodiscard]] static store::StoredFinding stored(const sdc::Finding &finding);

private:
    struct Part
    {
        sdc::CellFindings cells;
        QList<sdc::Finding> others;
    };
    std::vector<Part> m_parts;
    qsizetype m_size = 0;
};

} // namespace srs::server
