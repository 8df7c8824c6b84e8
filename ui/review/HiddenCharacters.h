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
    // sdc::isInvisibleCharacter (control and format characters, separators, fillers, variation
    // selectors), and the carriage return.
    [[nodiscard]] static bool isHidden(char32_t c);
    // "⟦U+202E⟧"
    [[nodiscard]] static QString marker(char32_t c);
    // "U+202E RIGHT-TO-LEFT OVERRIDE: ..." with what it does, for the marker's tooltip.
    [[nodiscard]] static QString description(char32_t c);
};

} // namespace srs::ui
