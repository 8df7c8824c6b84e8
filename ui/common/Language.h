#pragma once

// The language of the workstation: the one the person chose (Help > Language, kept in their
// settings), else the system's. The texts, dates and numbers all follow it; a new choice takes
// effect the next time the workstation starts.

#include <QList>
#include <QLocale>
#include <QString>

class QTranslator;

namespace srs::ui {

struct LanguageChoice
{
    QString code;       // "en_GB", "cy"; empty for the system's language
    QString nativeName; // the language's name in itself: "English", "Cymraeg"
};

// The languages the workstation is translated into, each named in itself.
[[nodiscard]] QList<LanguageChoice> availableLanguages();
// The person's choice, or "" for the system's language.
[[nodiscard]] QString chosenLanguage();
void setChosenLanguage(const QString &code);
// The locale to show the workstation in: the chosen language, else the system's.
[[nodiscard]] QLocale interfaceLocale();
// Loads the catalogue for `wanted` (interfaceLocale() in the program) from `directory` (":/i18n")
// into `translator`: Welsh when that is wanted, else English, whose plural forms the "%n ..."
// texts need (a French desktop gets English). The answer is the locale that numbers and dates
// should follow, so that they agree with the words: `wanted` itself when its language was
// loaded, else that of the catalogue (cy_GB, en_GB). The program passes it to
// QLocale::setDefault().
[[nodiscard]] QLocale loadLanguage(QTranslator &translator, const QLocale &wanted, const QString &directory);

} // namespace srs::ui
