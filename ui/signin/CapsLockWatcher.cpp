#include "CapsLockWatcher.h"

#include <QKeyEvent>

namespace srs::ui {

CapsLockWatcher::CapsLockWatcher(QObject *parent) : QObject(parent) {}

void CapsLockWatcher::watch(QObject *widget)
{
    widget->installEventFilter(this);
}

bool CapsLockWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_CapsLock) {
            set(!m_on);
        } else if (key->text().size() == 1 && key->text().at(0).isLetter()) {
            const QChar c = key->text().at(0);
            if (c.isUpper() != c.isLower()) { // letters with case only
                const bool shift = key->modifiers() & Qt::ShiftModifier;
                set(c.isUpper() != shift);
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

void CapsLockWatcher::set(bool on)
{
    if (on == m_on)
        return;
    m_on = on;
    emit changed(on);
}

} // namespace srs::ui
