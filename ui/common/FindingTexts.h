#pragma once

#include "protocol/SubmissionMessages.h"

#include <QCoreApplication>
#include <QString>

namespace srs::ui {

// A disclosure-check finding's message in the client's language. The server writes each
// finding's message in English; this writes the same from the finding's rule, place and the
// settings the server sends with it (CheckFindingInfo::parameters), for every rule core/sdc has
// (docs/sdc.md). A rule it does not know, or a finding without the settings its text needs (from
// an older server), keeps the server's English message.
class FindingTexts
{
    Q_DECLARE_TR_FUNCTIONS(FindingTexts)
public:
    [[nodiscard]] static QString message(const protocol::CheckFindingInfo &finding);
    // Whether message() writes the finding's text itself (false: it is the server's).
    [[nodiscard]] static bool isRendered(const protocol::CheckFindingInfo &finding);
    // Where the finding is, as the message begins: "The cell at row 14, column 3 (C14)",
    // "Row 14", "Column 3 (C)", "Line 12 of analysis.R", or "The table".
    [[nodiscard]] static QString place(const protocol::CheckFindingInfo &finding);
    // What an identifier rule found ("identifier-postcode": "a postcode").
    [[nodiscard]] static QString identifierKind(const QString &rule);

private:
    [[nodiscard]] static QString render(const protocol::CheckFindingInfo &finding);
};

} // namespace srs::ui
