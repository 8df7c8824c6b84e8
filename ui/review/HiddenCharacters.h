#pragma once

#include <QCoreApplication>
#include <QString>

namespace srs::ui {

// Characters that show as nothing, or change how the text around them is shown, in a code file a
// checker reads ("Trojan Source": bidirectional overrides and isolates that reorder what is seen,
// zero-width characters that hide in identifiers, line separators that split a line only on
// screen, control characters). The code preview shows each as a visible marker, "⟦U+202E⟧".
class HiddenCharacters
{
    Q_DECLARE_TR_FUNCTIONS(HiddenCharacters)

public:
    // Control characters (C0 but tab and line feed, DEL, C1), format characters (Unicode category
    // Cf: the bidirectional controls U+202A-U+202E and U+2066-U+2069, U+200B-U+200F, U+FEFF, ...),
    // the line and paragraph separators U+2028 and U+2029, and the Hangul fillers that render blank.
    [[nodiscard]] static bool isHidden(char32_t c);
    // "⟦U+202E⟧"
    [[nodiscard]] static QString marker(char32_t c);
    // "U+202E RIGHT-TO-LEFT OVERRIDE: ..." with what it does, for the marker's tooltip.
    [[nodiscard]] static QString description(char32_t c);
};

} // namespace srs::ui
