#pragma once

#include "Finding.h"
#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace srs::sdc {

enum class CodeLanguage
{
    Unknown,
    R,
    Stata,
    Python,
    Notebook, // Jupyter .ipynb (Python or R kernel)
    Sas,
    Sql,
};

// Scans code files for what stops code clearance (SDC-RULES.md, "Code files"):
//   record-listing            review: commands that list or show individual records
//   identifier-*              fail: NHS numbers (modulus 11), NI numbers, postcodes, dates of
//                             birth, long numeric literals, filters on an identifier
//   notebook-outputs          fail: an .ipynb with stored outputs
//   annotation                review: fewer than one comment line per ten lines of code
// Every finding carries its 1-based line.
class CodeScanner
{
public:
    [[nodiscard]] static CodeLanguage languageFor(const QString &fileName);
    [[nodiscard]] static QString languageName(CodeLanguage language);
    [[nodiscard]] static Result<QList<Finding>> scan(const QString &fileName, const QByteArray &bytes);
    // Scans source text in a known language (notebooks: the code of their cells).
    [[nodiscard]] static QList<Finding> scanText(const QString &fileName, CodeLanguage language,
                                                 const QString &text);

    static constexpr int LinesPerComment = 10; // annotation: one comment line per this many code lines
    static constexpr int MaxBytes = 16 * 1024 * 1024;
};

// The library entry point for code files.
[[nodiscard]] Result<QList<Finding>> scanCode(const QString &fileName, const QByteArray &bytes);

} // namespace srs::sdc
