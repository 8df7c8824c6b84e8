#include "CheckFindings.h"

namespace srs::server {

void CheckFindings::addTable(sdc::CellFindings cells, QList<sdc::Finding> others)
{
    m_size += cells.size() + others.size();
    m_parts.push_back(Part{std::move(cells), std::move(others)});
}

void CheckFindings::add(QList<sdc::Finding> findings)
{
    addTable({}, std::move(findings));
}

bool CheckFindings::forEachKey(const std::function<bool(const Key &)> &f) const
{
    for (const Part &part : m_parts) {
        const sdc::CellFindings &cells = part.cells;
        const sdc::CellFindings::Context &context = cells.context();
        for (qsizetype i = 0; i < cells.size(); ++i) {
            // The place as sdc::Finding::place() names it, from the cell's place in the file.
            sdc::Finding where;
            where.fileRow = context.labels.fileRow(cells.row(i));
            where.fileColumn = context.labels.fileColumn(cells.column(i));
            if (!f(Key{context.file, sdc::CellFindings::ruleName(cells.rule(i)), cells.outcome(i),
                       where.place(), 0}))
                return false;
        }
        for (const sdc::Finding &x : part.others) {
            if (!f(Key{x.file, x.rule, x.outcome, x.place(), x.line}))
                return false;
        }
    }
    return true;
}

bool CheckFindings::forEach(const std::function<bool(const store::StoredFinding &)> &f) const
{
    for (const Part &part : m_parts) {
        for (qsizetype i = 0; i < part.cells.size(); ++i) {
            if (!f(stored(part.cells.finding(i))))
                return false;
        }
        for (const sdc::Finding &x : part.others) {
            if (!f(stored(x)))
                return false;
        }
    }
    return true;
}

QList<store::StoredFinding> CheckFindings::toList() const
{
    QList<store::StoredFinding> out;
    out.reserve(m_size);
    forEach([&out](const store::StoredFinding &f) {
        out.append(f);
        return true;
    });
    return out;
}

store::StoredFinding CheckFindings::stored(const sdc::Finding &f)
{
    return {f.file,    f.sheet,      f.rule,   sdc::outcomeName(f.outcome), f.row, f.column, f.line,
            f.message, f.parameters, f.place()};
}

} // namespace srs::server
