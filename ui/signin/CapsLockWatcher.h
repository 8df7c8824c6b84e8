#pragma once

#include <QObject>

namespace srs::ui {

// Tells whether Caps Lock seems to be on from what is typed: a letter that comes out in
// capitals without Shift (or small with Shift) means it is on. Qt has no portable way to
// ask the keyboard, so the state is unknown until a letter or the Caps Lock key is pressed.
class CapsLockWatcher : public QObject
{
    Q_OBJECT
public:
    explicit CapsLockWatcher(QObject *parent = nullptr);
    // Watches key presses on `widget`.
    void watch(QObject *widget);
    [[nodiscard]] bool isOn() const { return m_on; }

signals:
    void changed(bool on);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void set(bool on);
    bool m_on = false;
};

} // namespace srs::ui
