#include "TableBuilder.h"

#include "CellParser.h"

namespace srs::sdc {

TableBuilder::TableBuilder(QString source, TableLayout layout, ReaderLimits limits)
    : m_layout(layout), m_limits(limits)
{
    m_table.source = std::move(source);
    m_headerDone = m_layout.labelRows == 0;
}

void TableBuilder::reserve(qsizetype cells)
{
    m_table.reserveCells(std::min(cells, m_limits.maxCells));
}

bool TableBuilder::fail(ErrorCode code, const QString &message)
{
    if (!m_error) {
        m_error = makeError(code, message);
        m_error->fileRow = static_cast<int>(m_originRow + m_rawRow);
        m_error->fileColumn = static_cast<int>(m_originColumn + m_field);
    }
    return false;
}

QString TableBuilder::columnNameAt(qsizetype column) const
{
    if (column < m_table.columnLabels.size())
        return m_table.columnName(static_cast<int>(column));
    return QStringLiteral("column %1").arg(column + m_layout.labelColumns + 1);
}

QString TableBuilder::currentRowLabel() const
{
    if (m_rowLabelParts.size() == 1)
        return m_rowLabelParts.first(); // one label column: the label as it is
    QStringList parts;
    for (const QString &p : m_rowLabelParts) {
        if (!p.isEmpty())
            parts << p;
    }
    return parts.join(QStringLiteral(" / "));
}

QString TableBuilder::currentRowName() const
{
    const QString label = currentRowLabel();
    if (label.isEmpty())
        return QStringLiteral("row %1 of the file (no label)").arg(m_rawRow + 1);
    return QStringLiteral("row '%1'").arg(label);
}

bool TableBuilder::addLabelField(QByteArrayView utf8)
{
    const QByteArrayView t = trimmedBytes(utf8);
    if (t.size() > m_limits.maxLabelLength * 4)
        return fail(ErrorCode::TooLarge, QStringLiteral("%1: a label in row %2 is longer than %3 characters.")
                                             .arg(m_table.source)
                                             .arg(m_rawRow + 1)
                                             .arg(m_limits.maxLabelLength));
    QString text = QString::fromUtf8(t).trimmed();
    if (!text.isEmpty())
        m_rowHasContent = true;
    if (static_cast<qsizetype>(m_headerRows.size()) < m_layout.labelRows) {
        if (m_currentHeader.size() >= m_limits.maxColumns + m_layout.labelColumns)
            return fail(ErrorCode::TooLarge, QStringLiteral("%1: the header has more than %2 columns.")
                                                 .arg(m_table.source)
                                                 .arg(m_limits.maxColumns));
        m_currentHeader << text;
    } else {
        m_rowLabelParts << text;
    }
    return true;
}

bool TableBuilder::addValueField(QByteArrayView utf8)
{
    const qsizetype column = m_field - m_layout.labelColumns;
    if (m_width < 0) {
        // No label rows: the first data row sets the width.
        if (column >= m_limits.maxColumns)
            return fail(
                ErrorCode::TooLarge,
                QStringLiteral("%1: more than %2 columns.").arg(m_table.source).arg(m_limits.maxColumns));
        m_table.columnLabels << QString();
    } else if (column >= m_width) {
        if (trimmedBytes(utf8).isEmpty())
            return true; // trailing empty fields past the header are padding
        return fail(ErrorCode::UnreadableFile,
                    QStringLiteral("%1: %2 has more cells than the header has columns (%3).")
                        .arg(m_table.source, currentRowName())
                        .arg(m_width + m_layout.labelColumns));
    }
    if (m_table.cellCount() >= m_limits.maxCells)
        return fail(
            ErrorCode::TooLarge,
            QStringLiteral("%1: more than %2 value cells.").arg(m_table.source).arg(m_limits.maxCells));

    double value = 0.0;
    switch (parseCellText(utf8, value)) {
    case CellText::Number:
        m_table.appendCell(CellKind::Number, value);
        m_rowHasContent = true;
        return true;
    case CellText::Blank:
        m_table.appendCell(CellKind::Blank, 0.0);
        return true;
    case CellText::Marker: {
        const QByteArrayView marker = trimmedBytes(utf8);
        if (m_lastMarker.isNull() || QByteArrayView(m_lastMarkerBytes) != marker) {
            m_lastMarkerBytes = marker.toByteArray();
            m_lastMarker = QString::fromUtf8(marker);
        }
        m_table.appendMarker(m_lastMarker);
        m_rowHasContent = true;
        return true;
    }
    case CellText::Other:
        break;
    }
    QString shown = QString::fromUtf8(trimmedBytes(utf8).first(std::min<qsizetype>(utf8.size(), 60)));
    return fail(ErrorCode::BadCell,
                QStringLiteral("%1: the cell in %2, %3 reads '%4', which is neither a number nor a "
                               "suppression marker (such as *, [c] or <10). Write the number, leave it "
                               "blank, or use a marker.")
                    .arg(m_table.source, currentRowName(), columnNameAt(column), shown));
}

bool TableBuilder::addField(QByteArrayView utf8)
{
    if (m_error)
        return false;
    const bool inHeader = static_cast<qsizetype>(m_headerRows.size()) < m_layout.labelRows;
    const bool ok = (inHeader || m_field < m_layout.labelColumns) ? addLabelField(utf8) : addValueField(utf8);
    ++m_field;
    return ok;
}

void TableBuilder::startColumnsFromHeader()
{
    qsizetype width = 0;
    for (const QStringList &row : std::as_const(m_headerRows))
        width = std::max(width, row.size() - m_layout.labelColumns);
    // Merged cells in outer header rows arrive as blanks: carry the last label rightwards.
    QList<QStringList> filled = m_headerRows;
    for (qsizetype h = 0; h + 1 < filled.size(); ++h) {
        QString last;
        for (qsizetype i = m_layout.labelColumns; i < filled[h].size(); ++i) {
            if (filled[h][i].isEmpty())
                filled[h][i] = last;
            else
                last = filled[h][i];
        }
    }
    m_table.columnLabels.reserve(width);
    for (qsizetype c = 0; c < width; ++c) {
        if (filled.size() == 1) {
            m_table.columnLabels << filled.first().value(c + m_layout.labelColumns); // one label row
            continue;
        }
        QStringList parts;
        for (const QStringList &row : std::as_const(filled)) {
            const QString part = row.value(c + m_layout.labelColumns);
            if (!part.isEmpty() && (parts.isEmpty() || parts.last() != part))
                parts << part;
        }
        m_table.columnLabels << parts.join(QStringLiteral(" / "));
    }
    m_width = width;
}

bool TableBuilder::endRow()
{
    if (m_error)
        return false;
    const bool inHeader = static_cast<qsizetype>(m_headerRows.size()) < m_layout.labelRows;
    if (inHeader) {
        if (m_rowHasContent) {
            m_headerRows << m_currentHeader;
            if (static_cast<qsizetype>(m_headerRows.size()) == m_layout.labelRows) {
                startColumnsFromHeader();
                m_headerDone = true;
            }
        }
        m_currentHeader.clear();
    } else {
        if (m_width < 0 && m_rowHasContent)
            m_width = m_table.columnLabels.size();
        if (!m_rowHasContent) {
            // A row with nothing in it (an empty line, or only delimiters) is padding.
            m_table.truncateCells(m_rowStartCells);
            if (m_width < 0)
                m_table.columnLabels.clear();
        } else {
            for (qsizetype c = m_field - m_layout.labelColumns; c < m_width; ++c) {
                if (m_table.cellCount() >= m_limits.maxCells)
                    return fail(ErrorCode::TooLarge, QStringLiteral("%1: more than %2 value cells.")
                                                         .arg(m_table.source)
                                                         .arg(m_limits.maxCells));
                m_table.appendCell(CellKind::Blank, 0.0); // a short row: the missing cells are blank
            }
            // Outer row labels left blank under a merged cell take the label above.
            while (m_rowLabelParts.size() < m_layout.labelColumns)
                m_rowLabelParts << QString();
            for (qsizetype i = 0; i + 1 < m_rowLabelParts.size(); ++i) {
                if (m_rowLabelParts[i].isEmpty())
                    m_rowLabelParts[i] = m_previousRowLabelParts.value(i);
            }
            if (m_table.rowLabels.size() >= m_limits.maxRows)
                return fail(
                    ErrorCode::TooLarge,
                    QStringLiteral("%1: more than %2 rows.").arg(m_table.source).arg(m_limits.maxRows));
            m_table.rowLabels << currentRowLabel();
            m_table.appendFileRow(static_cast<int>(m_originRow + m_rawRow));
            m_previousRowLabelParts = m_rowLabelParts;
        }
        m_rowLabelParts.clear();
        m_rowStartCells = m_table.cellCount();
    }
    m_field = 0;
    m_rowHasContent = false;
    ++m_rawRow;
    return true;
}

Result<Table> TableBuilder::finish()
{
    if (m_field > 0 && !m_error)
        (void)endRow();
    if (m_error)
        return *m_error;
    if (static_cast<qsizetype>(m_headerRows.size()) < m_layout.labelRows)
        return makeError(
            ErrorCode::UnreadableFile,
            QStringLiteral("%1: expected %2 label row(s) at the top, but the file has fewer rows.")
                .arg(m_table.source)
                .arg(m_layout.labelRows));
    if (m_table.rowLabels.isEmpty() || m_table.columnLabels.isEmpty())
        return makeError(ErrorCode::UnreadableFile,
                         QStringLiteral("%1: the table has no value cells.").arg(m_table.source));
    std::vector<int> columns(static_cast<std::size_t>(m_table.columnCount()));
    for (std::size_t c = 0; c < columns.size(); ++c)
        columns[c] = m_originColumn + m_layout.labelColumns + static_cast<int>(c);
    m_table.setFileColumns(std::move(columns));
    return std::move(m_table);
}

} // namespace srs::sdc
