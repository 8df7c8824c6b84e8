#pragma once

#include "Result.h"
#include "Table.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace srs::sdc {

// Reads CSV and TSV tables (RFC 4180 quoting: quoted fields may hold delimiters, doubled
// quotes and line breaks; CRLF, LF or CR line ends). Accepts UTF-8 with or without a BOM,
// UTF-16 with a BOM, and falls back to Windows-1252 when the bytes are not valid UTF-8.
// The delimiter (comma, tab, semicolon or pipe) is detected from the first lines unless given.
class CsvReader
{
public:
    // `source` names the file in messages; `delimiter` 0 means detect.
    [[nodiscard]] static Result<Table> read(QByteArrayView bytes, const QString &source,
                                            const TableLayout &layout = {}, const ReaderLimits &limits = {},
                                            char delimiter = 0);

    // The delimiter the reader would use for these bytes (already UTF-8).
    [[nodiscard]] static char detectDelimiter(QByteArrayView utf8);
    // The bytes as UTF-8 without a BOM, converting UTF-16 or Windows-1252 when needed.
    [[nodiscard]] static QByteArray toUtf8(QByteArrayView bytes, bool *converted = nullptr);
    [[nodiscard]] static bool isValidUtf8(QByteArrayView bytes);
};

} // namespace srs::sdc
