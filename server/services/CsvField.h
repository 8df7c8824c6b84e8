#pragma once

#include <QString>

namespace srs::server {

// One CSV cell (RFC 4180), for the registers published as CSV. A cell a spreadsheet would read
// as a formula (one that begins with '=', '+', '-' or '@', or with a tab or a carriage return) is
// made text with a leading single quote; a cell with a quote, a comma, a line break or that
// leading quote is quoted.
inline QString csvField(const QString &text)
{
    QString cell = text;
    const bool formula =
        !cell.isEmpty() && (cell.front() == u'=' || cell.front() == u'+' || cell.front() == u'-' ||
                            cell.front() == u'@' || cell.front() == u'\t' || cell.front() == u'\r');
    if (formula)
        cell.prepend(u'\'');
    if (!formula && !cell.contains(u',') && !cell.contains(u'"') && !cell.contains(u'\n') &&
        !cell.contains(u'\r'))
        return cell;
    cell.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QStringLiteral("\"") + cell + QStringLiteral("\"");
}

} // namespace srs::server
