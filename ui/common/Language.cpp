#include "Language.h"

#include <QSettings>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

namespace {

constexpr auto LanguageKey = "interface/language";

} // namespace

QList<LanguageChoice> availableLanguages()
{
    return {{u"en_GB"_s, u"English"_s}, {u"cy"_s, u"Cymraeg"_s}};
}

QString chosenLanguage()
{
    const QString code = QSettings().value(QLatin1StringView(LanguageKey)).toString();
    for (const LanguageChoice &l : availableLanguages())
        if (l.code == code)
            return code;
    return {}; // nothing chosen, or something this version does not know: the system's
}

void setChosenLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(QLatin1StringView(LanguageKey));
    else
        settings.setValue(QLatin1StringView(LanguageKey), code);
}

QLocale interfaceLocale()
{
    const QString code = chosenLanguage();
    if (code.isEmpty())
        return QLocale::system();
    // Welsh as written in Wales: dates and numbers as in the United Kingdom.
    return code == u"cy"_s ? QLocale(QLocale::Welsh, QLocale::UnitedKingdom) : QLocale(code);
}

QLocale loadLanguage(QTranslator &translator, const QLocale &wanted, const QString &directory)
{
    if (!translator.load(wanted, u"srs"_s, u"_"_s, directory))
        (void)translator.load(u"srs_en"_s, directory);
    const QLocale loaded(translator.language().isEmpty() ? u"en_GB"_s : translator.language());
    if (loaded.language() == wanted.language())
        return wanted;
    return QLocale(loaded.language(),
                   loaded.language() == QLocale::English || loaded.language() == QLocale::Welsh
                       ? QLocale::UnitedKingdom
                       : loaded.territory());
}

} // namespace srs::ui
