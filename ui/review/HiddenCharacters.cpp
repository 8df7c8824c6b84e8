#include "HiddenCharacters.h"

#include "sdc/InvisibleCharacters.h"

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

bool HiddenCharacters::isHidden(char32_t c)
{
    // A carriage return is marked too: the preview reads a Windows line end as one, and a lone
    // one can hide the start of a line in a terminal.
    return c == u'\r' || sdc::isInvisibleCharacter(c);
}

QString HiddenCharacters::marker(char32_t c)
{
    return u"\u27E6U+"_s + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0') + u"\u27E7"_s;
}

QString HiddenCharacters::description(char32_t c)
{
    QString code = u"U+"_s + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
    if (const QString name = sdc::invisibleCharacterName(c); !name.isEmpty())
        code += u' ' + name;
    QString what;
    if (sdc::isDirectionalControl(c))
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
