#pragma once

// Icons for actions and buttons: the desktop theme's icon where the theme has one (so the
// workstation looks like the rest of the desktop), else a bundled SVG of the same meaning
// (resources/icons/actions, compiled into this library).

#include <QIcon>

namespace srs::ui {

enum class ActionIcon
{
    Lock,
    SignOut,
    Quit,
    Refresh,
    Help,
    About,
    Download,
    Send,
    New,
    Language,
    Keyboard,
    OpenFolder,
};

// The freedesktop icon name looked up in the theme, and the bundled fallback's resource path.
[[nodiscard]] const char *themeIconName(ActionIcon icon);
[[nodiscard]] QString fallbackIconPath(ActionIcon icon);
[[nodiscard]] QIcon actionIcon(ActionIcon icon);

} // namespace srs::ui
