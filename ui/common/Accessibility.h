#pragma once

// What assistive technologies and keyboard users are given beyond what the widgets give by
// themselves (docs/accessibility.md): errors and results announced when they appear, labels tied
// to their fields, and Return pressing the button that has the focus.

#include <QAccessible>
#include <QObject>
#include <QString>

#include <functional>

class QLabel;
class QWidget;

namespace srs::ui {

// Shows `label` with `text` and announces it to assistive technologies as an alert: an error
// is heard as it appears, not only seen. An empty text hides the label.
void showAlert(QLabel *label, const QString &text);
// Announces `widget` (a frame holding a problem's title and message, say) as an alert.
void announceAlert(QWidget *widget);
// Tells assistive technologies that `label`'s text changed (a status, a check's result), so a
// screen reader following it reads the new text.
void announceChanged(QLabel *label);
// Sees every announcement made, as well as assistive technologies do: a test seam, since under
// the offscreen platform (and wherever no assistive technology is running) Qt drops them. An
// empty function stops watching.
using AnnouncementWatcher = std::function<void(QObject *object, QAccessible::Event event)>;
void setAnnouncementWatcher(AnnouncementWatcher watcher);

// Gives `widget` its accessible name and, where the name is not enough, a description.
void setAccessibleText(QWidget *widget, const QString &name, const QString &description = {});
// A label for `field`: its buddy (so the field is named after it, and a mnemonic in the text
// moves the focus there) with the same accessible name.
QLabel *fieldLabel(const QString &text, QWidget *field, QWidget *parent);

// Return and Enter press a push or tool button that has the keyboard focus, in windows that
// are not dialogs as in dialogs (where Qt's auto-default buttons already do). Installed on the
// application by the main window.
class ReturnPressesButtons : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace srs::ui
