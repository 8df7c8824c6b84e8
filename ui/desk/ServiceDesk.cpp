#include "ServiceDesk.h"

#include "DeskPanel.h"

#include "ui/accounts/PeoplePanel.h"
#include "ui/bookings/BookingsPanel.h"
#include "ui/bookings/SafeRoomsPanel.h"
#include "ui/lifecycle/ProjectDatesPanel.h"
#include "ui/lifecycle/ProjectRequestsPanel.h"
#include "ui/owners/OwnerProjectsPanel.h"
#include "ui/owners/OwnerRequestsPanel.h"

#include "session/Session.h"
#include "session/Workstation.h"

#include <QShortcut>

namespace srs::ui {

ServiceDesk::ServiceDesk(session::Workstation *workstation, QWidget *parent)
    : QTabWidget(parent), m_workstation(workstation)
{
    setObjectName(QStringLiteral("serviceDesk"));
    setAccessibleName(tr("Service desk"));
    setDocumentMode(true);
    // Panels, in the order of their tabs: addPanel(new SomePanel(workstation, this));
    addPanel(new ProjectDatesPanel(workstation, this));
    addPanel(new BookingsPanel(workstation, this));
    addPanel(new OwnerRequestsPanel(workstation, this));
    addPanel(new OwnerProjectsPanel(workstation, this));
    addPanel(new ProjectRequestsPanel(workstation, this));
    addPanel(new SafeRoomsPanel(workstation, this));
    addPanel(new PeoplePanel(workstation, this));

    // Ctrl+Tab moves between the desk's tabs wherever the focus is in a panel. QTabWidget only
    // sees the key when the focused control passes it on, and some keep it (a combo box reads it
    // as text to search for), which would trap the keyboard on that panel.
    const auto cycle = [this](const QKeySequence &keys, int step) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, step] { showNeighbour(step); });
    };
    cycle(QKeySequence(Qt::CTRL | Qt::Key_Tab), 1);
    cycle(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), -1); // Shift+Tab arrives as Backtab
}

void ServiceDesk::showNeighbour(int step)
{
    if (count() < 2)
        return;
    setCurrentIndex((currentIndex() + step + count()) % count());
    takeFocus();
}

void ServiceDesk::addPanel(DeskPanel *panel)
{
    m_panels.append(panel);
    panel->setVisible(false);
}

void ServiceDesk::reload()
{
    const protocol::MeInfo &me = m_workstation->session()->me();
    QWidget *shown = currentWidget();
    // Rebuilt in the panels' own order, so tabs do not move about between sign-ins.
    while (count() > 0)
        removeTab(0);
    for (DeskPanel *panel : std::as_const(m_panels)) {
        if (!panel->appliesTo(me)) {
            panel->clear();
            panel->setVisible(false);
            continue;
        }
        addTab(panel, panel->title());
        panel->refresh();
    }
    if (shown && indexOf(shown) >= 0)
        setCurrentWidget(shown);
}

void ServiceDesk::clear()
{
    for (DeskPanel *panel : std::as_const(m_panels))
        panel->clear();
}

void ServiceDesk::refresh()
{
    if (auto *panel = qobject_cast<DeskPanel *>(currentWidget()))
        panel->refresh();
}

void ServiceDesk::takeFocus()
{
    if (auto *panel = qobject_cast<DeskPanel *>(currentWidget()))
        panel->firstFocus()->setFocus(Qt::OtherFocusReason);
}

} // namespace srs::ui
