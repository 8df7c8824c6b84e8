#pragma once

#include <QList>
#include <QString>

namespace srs::sdc {

// A hard-coded identifier found in one line of code.
struct IdentifierHit
{
    QString rule; // identifier-nhs-number, identifier-ni-number, identifier-postcode,
                  // identifier-date-of-birth, identifier-long-number, identifier-filter
    QString what; // the text that matched, masked for the message (never the whole identifier)
    QString message;
};

// The hard-coded identifier rules of the code scanner, line by line.
class IdentifierRules
{
public:
    // `codePart` is the line without comments (for filters); `line` the whole line.
    [[nodiscard]] static QList<IdentifierHit> scanLine(const QString &line, const QString &codePart);
    // NHS numbers: 10 digits whose last is the modulus-11 check digit of the first nine.
    [[nodiscard]] static bool isValidNhsNumber(const QString &digits);
    // Keeps the first two and last character: "94*******9".
    [[nodiscard]] static QString mask(const QString &text);
};

} // namespace srs::sdc
