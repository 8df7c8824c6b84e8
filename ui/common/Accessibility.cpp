#include "Accessibility.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace srs::ui {

namespace {

AnnouncementWatcher &watcher()
{
    static AnnouncementWatcher w;
    return w;
}

void announce(QObject *object, QAccessible::Event type)
{
    QAccessibleEvent event(object, type);
    QAccessible::updateAccessibility(&event);
    if (watcher())
        watcher()(object, type);
}

QString withoutMnemonic(QString text)
{
    // "&Sheet:" is read "Sheet"; "&&" stays one ampersand.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text.trimmed();
}

} // namespace

void showAlert(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    if (text.isEmpty())
        return;
    announce(label, QAccessible::Alert);
}

void announceAlert(QWidget *widget)
{
    announce(widget, QAccessible::Alert);
}

void announceChanged(QLabel *label)
{
    announce(label, QAccessible::NameChanged);
}

void setAnnouncementWatcher(AnnouncementWatcher w)
{
    watcher() = std::move(w);
}

void setAccessibleText(QWidget *widget, const QString &name, const QString &description)
{
    widget->setAccessibleName(name);
    if (!description.isEmpty())
        widget->setAccessibleDescription(description);
}

QLabel *fieldLabel(const QString &text, QWidget *field, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setBuddy(field);
    field->setAccessibleName(withoutMnemonic(text));
    return label;
}

bool ReturnPressesButtons::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if ((key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter) ||
        (key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return false;
    auto *button = qobject_cast<QAbstractButton *>(watched);
    // Check and radio boxes are left as they are (Space toggles them); an auto-default push
    // button handles Return itself, and a dialog its default button.
    if (!button || !button->hasFocus() || !button->isEnabled() ||
        !(qobject_cast<QPushButton *>(button) || qobject_cast<QToolButton *>(button)))
        return false;
    if (auto *push = qobject_cast<QPushButton *>(button); push && push->autoDefault())
        return false;
    button->click();
    return true;
}

} // namespace srs::ui
