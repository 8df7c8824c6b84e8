#include "InvisibleCharacters.h"

#include <QChar>

using namespace Qt::Literals::StringLiterals;

namespace srs::sdc {

bool isInvisibleCharacter(char32_t c)
{
    if (c == u'\t' || c == u'\n' || c == u'\r')
        return false;
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        return true;
    if (c == 0x2028 || c == 0x2029 || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x034F)
        return true;
    if ((c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF))
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Format:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

bool isDirectionalControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F ||
           c == 0x061C;
}

QString invisibleCharacterName(char32_t c)
{
    switch (c) {
    case 0x0000:
        return u"NULL"_s;
    case 0x000D:
        return u"CARRIAGE RETURN"_s;
    case 0x001B:
        return u"ESCAPE"_s;
    case 0x00AD:
        return u"SOFT HYPHEN"_s;
    case 0x061C:
        return u"ARABIC LETTER MARK"_s;
    case 0x200B:
        return u"ZERO WIDTH SPACE"_s;
    case 0x200C:
        return u"ZERO WIDTH NON-JOINER"_s;
    case 0x200D:
        return u"ZERO WIDTH JOINER"_s;
    case 0x200E:
        return u"LEFT-TO-RIGHT MARK"_s;
    case 0x200F:
        return u"RIGHT-TO-LEFT MARK"_s;
    case 0x2028:
        return u"LINE SEPARATOR"_s;
    case 0x2029:
        return u"PARAGRAPH SEPARATOR"_s;
    case 0x202A:
        return u"LEFT-TO-RIGHT EMBEDDING"_s;
    case 0x202B:
        return u"RIGHT-TO-LEFT EMBEDDING"_s;
    case 0x202C:
        return u"POP DIRECTIONAL FORMATTING"_s;
    case 0x202D:
        return u"LEFT-TO-RIGHT OVERRIDE"_s;
    case 0x202E:
        return u"RIGHT-TO-LEFT OVERRIDE"_s;
    case 0x2060:
        return u"WORD JOINER"_s;
    case 0x2066:
        return u"LEFT-TO-RIGHT ISOLATE"_s;
    case 0x2067:
        return u"RIGHT-TO-LEFT ISOLATE"_s;
    case 0x2068:
        return u"FIRST STRONG ISOLATE"_s;
    case 0x2069:
        return u"POP DIRECTIONAL ISOLATE"_s;
    case 0x3164:
        return u"HANGUL FILLER"_s;
    case 0xFEFF:
        return u"ZERO WIDTH NO-BREAK SPACE (byte order mark)"_s;
    default:
        break;
    }
    return {};
}

} // namespace srs::sdc
