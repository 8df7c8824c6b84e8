#pragma once

#include <QString>

namespace srs::sdc {

// Characters a reader does not see, or that change how the text around them is shown ("Trojan
// Source"): control characters but tab, line feed and carriage return (C0, DEL, C1), format
// characters (Unicode category Cf: the bidirectional controls U+202A-U+202E and U+2066-U+2069,
// U+200B-U+200F, U+FEFF, tags, ...), the line and paragraph separators U+2028 and U+2029, the
// Hangul fillers that render blank, the combining grapheme joiner and the variation selectors.
// One definition for the server, which refuses text outputs holding them, and for the checker's
// code preview, which shows each as a marker.
[[nodiscard]] bool isInvisibleCharacter(char32_t c);
// The bidirectional controls (embeddings, overrides, isolates and marks).
[[nodiscard]] bool isDirectionalControl(char32_t c);
// The Unicode name of the characters met most in attacks and accidents ("RIGHT-TO-LEFT
// OVERRIDE"), or an empty string.
[[nodiscard]] QString invisibleCharacterName(char32_t c);

} // namespace srs::sdc
