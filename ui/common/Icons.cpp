#include "Icons.h"

#include <QString>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

namespace {

struct IconNames
{
    const char *theme;
    const char *bundled;
};

IconNames namesOf(ActionIcon icon)
{
    switch (icon) {
    case ActionIcon::Lock:
        return {"system-lock-screen", "lock"};
    case ActionIcon::SignOut:
        return {"system-log-out", "log-out"};
    case ActionIcon::Quit:
        return {"application-exit", "exit"};
    case ActionIcon::Refresh:
        return {"view-refresh", "refresh"};
    case ActionIcon::Help:
        return {"help-contents", "help"};
    case ActionIcon::About:
        return {"help-about", "about"};
    case ActionIcon::Download:
        return {"document-save", "download"};
    case ActionIcon::Send:
        return {"document-send", "send"};
    case ActionIcon::New:
        return {"document-new", "new"};
    case ActionIcon::Language:
        return {"preferences-desktop-locale", "language"};
    case ActionIcon::Keyboard:
        return {"input-keyboard", "keyboard"};
    case ActionIcon::OpenFolder:
        return {"folder-open", "open"};
    }
    return {"", ""};
}

} // namespace

const char *themeIconName(ActionIcon icon)
{
    return namesOf(icon).theme;
}

QString fallbackIconPath(ActionIcon icon)
{
    return u":/icons/actions/"_s + QString::fromLatin1(namesOf(icon).bundled) + u".svg"_s;
}

QIcon actionIcon(ActionIcon icon)
{
    return QIcon::fromTheme(QString::fromLatin1(themeIconName(icon)), QIcon(fallbackIconPath(icon)));
}

} // namespace srs::ui
