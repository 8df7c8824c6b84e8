#pragma once

#include <QByteArrayView>
#include <QString>

namespace srs::sdc {

// How the text of one value cell reads.
enum class CellText
{
    Number,
    Blank,
    Marker,
    Other, // neither a number, a blank nor a suppression marker: unusable input
};

// Reads one cell from its UTF-8 bytes. The fast path handles plain decimal numbers
// without allocating; thousands separators ("1,234"), percent signs ("12.5%"), a leading
// "+", a Unicode minus, accounting negatives ("(12)") and currency signs go through a
// slower path. Non-finite values ("inf", "nan") are not numbers.
[[nodiscard]] CellText parseCellText(QByteArrayView utf8, double &value);

// True for an explicit suppression marker: "*" (and "**", "***"), "[c]", "[x]", "c", "x",
// "..", "...", "<10"-style ("<5", "< 10", "<=5"), "suppressed". Case does not matter.
[[nodiscard]] bool isSuppressionMarker(const QString &trimmedText);

// Strips ASCII spaces and tabs from both ends.
[[nodiscard]] QByteArrayView trimmedBytes(QByteArrayView bytes);

} // namespace srs::sdc
