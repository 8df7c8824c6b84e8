#pragma once

#include <QList>
#include <QTabWidget>

namespace srs::session {
class Workstation;
} // namespace srs::session

namespace srs::ui {

class DeskPanel;

// The service desk: the work around research besides checking outputs, in one section of the
// home page, a tab for each panel the person signed in has a use for. Panels are made once, in
// the constructor, and shown or hidden by reload().
class ServiceDesk : public QTabWidget
{
    Q_OBJECT
public:
    explicit ServiceDesk(session::Workstation *workstation, QWidget *parent = nullptr);

    // After sign-in or unlock: shows the panels that apply to the person, and refreshes them.
    void reload();
    // Forgets what every panel shows.
    void clear();
    // Asks the server again for what the panel shown lists.
    void refresh();
    // Puts the focus on the panel shown.
    void takeFocus();
    // No panel applies to the person: the home page hides the section.
    [[nodiscard]] bool isEmpty() const { return count() == 0; }
    [[nodiscard]] const QList<DeskPanel *> &panels() const { return m_panels; }

private:
    void addPanel(DeskPanel *panel);
    // The next (+1) or previous (-1) tab, round the end, with the focus in its panel.
    void showNeighbour(int step);

    session::Workstation *m_workstation;
    QList<DeskPanel *> m_panels; // all of them, shown or not, in the order of the tabs
};

} // namespace srs::ui
