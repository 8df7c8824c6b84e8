#pragma once

#include "protocol/IngestMessages.h"

#include <QIODevice>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace srs::server {

// Profiles a table brought into a project: how many rows and columns, and which columns look
// like direct identifiers, by their header AND by their values:
//   nhs-number     10 digits (spaces or dashes allowed) with a valid modulus-11 check digit
//   postcode       a UK postcode ("SW1A 1AA", "M1 1AE")
//   date-of-birth  a header such as "dob", "birth_date" or "date of birth"; or values that are
//                  nearly all full dates (day, month and year, 1900 on) under a header that does
//                  not say what they are (empty, "date", "d")
// By values means at least MatchShare of the column's non-empty values (sampled from the first
// SampleRows rows) match. Each such column is a "flag" finding naming it by position and header.
class IngestTableProfiler
{
public:
    struct Column
    {
        int position = 0; // 1-based
        QString header;
        QString identifier;    // "nhs-number", "postcode", "date-of-birth" or ""
        QStringList matchedBy; // "header", "values"
        int valuesSeen = 0;
        int valuesMatching = 0;
    };
    struct Profile
    {
        qint64 rows = 0; // data rows, the header row not counted
        QList<Column> columns;
        QString sheet; // workbooks: the sheet profiled

        [[nodiscard]] QJsonObject toJson() const;
        [[nodiscard]] QList<protocol::IngestFinding> findings() const;
    };

    // A delimited text table, read from `file` in pieces (quoted fields may hold delimiters and
    // line breaks); the first row is the header.
    [[nodiscard]] static Profile profileDelimited(QIODevice &file, char delimiter);
    // Rows already split into cells (a workbook's sheet); the first row is the header.
    [[nodiscard]] static Profile profileRows(const QList<QStringList> &rows);

    [[nodiscard]] static bool isNhsNumber(const QString &value);
    [[nodiscard]] static bool isUkPostcode(const QString &value);
    [[nodiscard]] static bool isFullDate(const QString &value);

    static constexpr int SampleRows = 100000;
    static constexpr double MatchShare = 0.8;
    static constexpr int MaxColumns = 2000;

private:
    class Builder;
};

} // namespace srs::server
