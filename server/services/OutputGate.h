#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace srs::server {

// What an output of a clearance request may be. Released bytes must be checked bytes: the file
// that leaves is the file a person checked, so an output is accepted only in a format whose
// whole content the checks and the checkers' previews show.
//
// * `.xlsx`: every part of the package is one the checks read (sdc::WorkbookParts: no hidden
//   sheets, pivot caches, links, embedded objects, macros, comments, drawings, formulas, text
//   no cell shows, ...), and every visible sheet with cells is a table of the request;
// * `.csv`, `.tsv`, `.txt`, `.md` and code (R, Stata, Python, notebooks, SAS, SQL, ...): UTF-8
//   text with no control characters but tab, carriage return and line feed, and no
//   bidirectional controls or zero-width and other invisible characters;
// * `.png`, `.jpg`, `.jpeg`, `.pdf`: figures and reports (`media`);
// * anything else is refused, with the list of accepted formats.
//
// Refusals are `output-format-refused` (422) with a message that names the file and what to do.
// The bytes returned are the ones to store, hash, check and release (the same bytes, or a safe
// re-encoding of them).
class OutputGate
{
public:
    // `checkedSheets` are the sheets the request's tables name in this file (an empty name is
    // the workbook's first sheet).
    [[nodiscard]] static Result<QByteArray> prepare(const QString &path, const QByteArray &bytes,
                                                    const QStringList &checkedSheets);
    // "tables (.csv, .tsv, .xlsx), figures and reports (.png, .jpg, .jpeg, .pdf), text and code (...)"
    [[nodiscard]] static QString acceptedFormats();
    // True for the extensions taken as plain text (tables, text, code).
    [[nodiscard]] static bool isPlainText(const QString &path);

private:
    [[nodiscard]] static Result<QByteArray> workbook(const QString &path, const QByteArray &bytes,
                                                     const QStringList &checkedSheets);
    [[nodiscard]] static Result<QByteArray> plainText(const QString &path, const QByteArray &bytes);
    [[nodiscard]] static Result<QByteArray> media(const QString &path, const QByteArray &bytes);
};

} // namespace srs::server
