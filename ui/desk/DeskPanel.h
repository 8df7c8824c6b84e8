#pragma once

#include "protocol/Messages.h"

#include <QWidget>

namespace srs::ui {

// One part of the service desk: a page for one kind of work (the person's safe-room bookings,
// the requests waiting for a data owner, people's accounts...). Each says whether the person
// signed in has any use for it; the desk shows only those. The server still decides every
// permission: a panel shown to someone who may not use it only ever shows the server's refusal.
class DeskPanel : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // The tab's text, with a mnemonic if it has one ("&Bookings").
    [[nodiscard]] virtual QString title() const = 0;
    // Whether the person has any use for this panel (by role, membership...).
    [[nodiscard]] virtual bool appliesTo(const protocol::MeInfo &me) const = 0;
    // Asks the server again for what the panel shows.
    virtual void refresh() = 0;
    // Forgets everything shown (the workstation locked or the person signed out).
    virtual void clear() = 0;
    // Where the keyboard focus goes when the panel is shown.
    [[nodiscard]] virtual QWidget *firstFocus() { return this; }
};

} // namespace srs::ui
