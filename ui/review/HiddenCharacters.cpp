#include "HiddenCharacters.h"

#include <QChar>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

namespace {

bool isDirectional(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F ||
           c == 0x061C;
}

// The Unicode name of the characters met most in attacks and accidents.
QString unicodeName(char32_t c)
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

} // namespace

bool HiddenCharacters::isHidden(char32_t c)
{
    if (c == u'\t' || c == u'\n')
        return false;
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        return true;
    if (c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0)
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

QString HiddenCharacters::marker(char32_t c)
{
    return u"\u27E6U+"_s + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0') + u"\u27E7"_s;
}

QString HiddenCharacters::description(char32_t c)
{
    QString code = u"U+"_s + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
    if (const QString name = unicodeName(c); !name.isEmpty())
        code += u' ' + name;
    QString what;
    if (isDirectional(c))
        what = tr("a bidirectional control character: it changes the order in which the text around it "
                  "is shown, so the code may not do what it appears to.");
    else if (c == 0x2028 || c == 0x2029 || c == u'\r')
        what = tr("a line break for some programs and not for others: the line may hold more code than "
                  "it appears to.");
    else if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        what = tr("a control character: it shows as nothing, or changes how a terminal shows what follows.");
    else
        what = tr("an invisible character: it can make two names that look the same differ, or hide text.");
    return code + u": "_s + what + u' ' + tr("It is in the file; the preview shows it as this marker.");
}

} // namespace srs::ui
