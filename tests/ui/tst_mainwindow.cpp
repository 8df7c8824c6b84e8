// The workstation as a desktop application: its menu bar and keyboard shortcuts, a header that
// leaves a small screen's height to the work, windows that come back at the size they were
// left, the language a person chooses, and icons that are there whatever the desktop's theme.

#include "Screens.h"

#include "ui/common/Icons.h"
#include "ui/common/Language.h"
#include "ui/ingest/IngestView.h"
#include "ui/signin/LockPage.h"
#include "ui/submissions/SubmissionWizardDialog.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QUrl>

using namespace srs;
using namespace srs::testing::screens;
using srs::testing::UiRig;

namespace {

qsizetype requestsTo(UiRig &rig, const QString &path)
{
    qsizetype n = 0;
    for (const auto &r : rig.transport->requests)
        if (r.method == "GET" && QUrl(r.url).path() == path)
            ++n;
    return n;
}

bool activate(QWidget *window)
{
    window->activateWindow();
    QApplication::setActiveWindow(window);
    return QTest::qWaitForWindowActive(window);
}

QStringList menuTitles(const QMenuBar *bar)
{
    QStringList titles;
    for (const QAction *a : bar->actions())
        titles << QString(a->text()).remove(u'&');
    return titles;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void theMenuBarHoldsTheActionsWithTheirShortcuts()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        QCOMPARE(menuTitles(window.menuBar()), (QStringList{"Workstation", "View", "Help"}));
        QCOMPARE(window.quitAction()->shortcut().toString(), QString("Ctrl+Q"));
        QCOMPARE(window.refreshAction()->shortcut().toString(), QString("F5"));
        QCOMPARE(window.lockAction()->shortcut().toString(), QString("Ctrl+L"));
        QCOMPARE(window.sectionActions().size(), 5);
        QCOMPARE(window.sectionActions().at(4)->shortcut().toString(), QString("Ctrl+5"));
        // The service desk is a section only once one of its panels applies to someone.
        QVERIFY(!window.sectionActions().at(4)->isEnabled());
        QCOMPARE(window.sectionActions().at(2)->shortcut().toString(), QString("Ctrl+3"));
        QCOMPARE(window.sectionActions().at(3)->shortcut().toString(), QString("Ctrl+4"));
        QCOMPARE(window.sectionActions().at(1)->shortcut().toString(), QString("Ctrl+2"));
        // Nobody signed in: nothing to lock, sign out of or refresh.
        QVERIFY(!window.lockAction()->isEnabled());
        QVERIFY(!window.signOutAction()->isEnabled());
        QVERIFY(!window.refreshAction()->isEnabled());
        QVERIFY(window.quitAction()->isEnabled());
        const QStringList shortcuts = window.shortcutList();
        QVERIFY2(shortcuts.contains("Ctrl+Q: Quit"), qPrintable(shortcuts.join(" | ")));
        QVERIFY2(shortcuts.contains("F5: Refresh"), qPrintable(shortcuts.join(" | ")));
        QVERIFY2(shortcuts.contains("Esc: Close a dialog or window"), qPrintable(shortcuts.join(" | ")));
    }

    // F5 asks the server again for the section shown; Ctrl+2 goes to the person's requests;
    // Ctrl+3 goes to the files brought in; Ctrl+4 is there for output checkers only; Ctrl+L locks.
    void theShortcutsWorkFromTheKeyboard()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        QVERIFY(researcherAtHome(rig, window));
        QVERIFY(activate(&window));
        QVERIFY(window.refreshAction()->isEnabled());
        QVERIFY(window.lockAction()->isEnabled());
        QVERIFY(window.sectionActions().at(2)->isEnabled());  // files brought in: everyone's
        QVERIFY(!window.sectionActions().at(3)->isEnabled()); // not an output checker

        const qsizetype before = requestsTo(rig, "/api/v1/projects");
        QTest::keyClick(window.focusWidget(), Qt::Key_F5);
        QVERIFY(QTest::qWaitFor([&] { return requestsTo(rig, "/api/v1/projects") > before; }));

        QTest::keyClick(window.focusWidget(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.homePage()->sections()->currentIndex(), 1);
        QVERIFY(window.homePage()->isAncestorOf(window.focusWidget()));
        const qsizetype listed = requestsTo(rig, "/api/v1/projects/P1/submissions");
        QTest::keyClick(window.focusWidget(), Qt::Key_F5);
        QVERIFY(QTest::qWaitFor([&] { return requestsTo(rig, "/api/v1/projects/P1/submissions") > listed; }));
        QTest::keyClick(window.focusWidget(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.homePage()->sections()->currentWidget(),
                 static_cast<QWidget *>(window.homePage()->ingestView()));
        QVERIFY(window.homePage()->isAncestorOf(window.focusWidget()));
        QTest::keyClick(window.focusWidget(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.homePage()->sections()->currentIndex(), 0);

        // F10 opens the menu bar on its first menu; Escape closes it.
        QTest::keyClick(window.focusWidget(), Qt::Key_F10);
        QVERIFY(QTest::qWaitFor([&] { return window.menuBar()->activeAction() != nullptr; }));
        QCOMPARE(QString(window.menuBar()->activeAction()->text()).remove(u'&'), QString("Workstation"));
        QTest::keyClick(QApplication::activePopupWidget() ? QApplication::activePopupWidget()
                                                          : window.menuBar(),
                        Qt::Key_Escape);
        QTest::keyClick(window.menuBar(), Qt::Key_Escape);
        QVERIFY(activate(&window));
        // What the status bar says of the connection outlasts the menus' passing messages.
        window.statusBar()->showMessage(QStringLiteral("a menu item's tip"));
        window.statusBar()->clearMessage();
        auto *connection = window.statusBar()->findChild<QLabel *>("connectionStatusLabel");
        QVERIFY(connection && connection->isVisible());
        QVERIFY2(window.connectionText().startsWith("Connected to"), qPrintable(window.connectionText()));

        QTest::keyClick(window.focusWidget(), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(QTest::qWaitFor(
            [&] { return rig.workstation.session()->state() == session::Session::State::Locked; }));
        QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.lockPage()));
        QVERIFY(!window.refreshAction()->isEnabled());
        QVERIFY(!window.lockAction()->isEnabled());
    }

    void ctrlQQuits()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        QVERIFY(researcherAtHome(rig, window));
        QVERIFY(activate(&window));
        QTest::keyClick(window.focusWidget(), Qt::Key_Q, Qt::ControlModifier);
        QVERIFY(QTest::qWaitFor([&] { return !window.isVisible(); }));
    }

    void escapeClosesTheReviewWindowAndTheWizard()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        QVERIFY(checkerAtHome(rig, window));
        QVERIFY(window.sectionActions().at(3)->isEnabled()); // an output checker's section
        ui::ReviewDialog *dialog = reviewWindow(rig, window);
        QVERIFY(dialog);
        QVERIFY(activate(dialog));
        QTest::keyClick(dialog->focusWidget() ? dialog->focusWidget() : dialog, Qt::Key_Escape);
        QVERIFY(QTest::qWaitFor([&] { return !dialog || !dialog->isVisible(); }));

        UiRig researcher;
        QVERIFY(signedInWithWorkspace(researcher));
        session::SubmissionWizard w(researcher.workstation.session(), researcher.workstation.store(),
                                    researcher.workstation.workspaceSync(), researcher.clock);
        w.start(Project);
        ui::SubmissionWizardDialog wizard(&w);
        wizard.showDraft();
        wizard.show();
        QVERIFY(activate(&wizard));
        QTest::keyClick(wizard.focusWidget() ? wizard.focusWidget() : &wizard, Qt::Key_Escape);
        QVERIFY(QTest::qWaitFor([&] { return !wizard.isVisible(); }));
    }

    // At 1024 x 700 the service's header and the person's details take a small part of the
    // height: the sections start in the top quarter and have more than 60 % of it.
    void theHeaderLeavesTheHeightToTheWork()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        window.resize(1024, 700);
        QVERIFY(researcherAtHome(rig, window));
        window.resize(1024, 700);
        QTest::qWait(0);
        const QTabWidget *sections = window.homePage()->sections();
        const int top = sections->mapTo(&window, QPoint(0, 0)).y();
        const QString measured = QStringLiteral("sections at y=%1, %2 px high in a window %3 px high")
                                     .arg(top)
                                     .arg(sections->height())
                                     .arg(window.height());
        QVERIFY2(top < window.height() / 4, qPrintable(measured));
        QVERIFY2(sections->height() > window.height() * 6 / 10, qPrintable(measured));
    }

    void windowsComeBackAtTheSizeTheyWereLeft()
    {
        UiRig rig;
        const QSize available = QGuiApplication::primaryScreen()->availableGeometry().size();
        QSize left;
        {
            ui::MainWindow window(&rig.workstation);
            left = (available - QSize(120, 90)).expandedTo(window.minimumSizeHint());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(left);
            QTest::qWait(0);
            window.close();
        }
        QVERIFY(QSettings().contains("windows/main/geometry"));
        {
            ui::MainWindow again(&rig.workstation);
            QCOMPARE(again.size(), left);
        }
        // A size kept from a bigger screen is cut down to this one's, and a place partly off the
        // screen is moved onto it.
        {
            QWidget big;
            big.setGeometry(available.width() / 2, available.height() / 2, available.width() * 3,
                            available.height() * 3);
            QSettings().setValue("windows/main/geometry", big.saveGeometry());
        }
        ui::MainWindow small(&rig.workstation);
        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        QVERIFY2(screen.contains(small.geometry()), qPrintable(QStringLiteral("%1,%2 %3x%4")
                                                                   .arg(small.x())
                                                                   .arg(small.y())
                                                                   .arg(small.width())
                                                                   .arg(small.height())));
        QVERIFY2(small.width() <= available.width() && small.height() <= available.height(),
                 qPrintable(QStringLiteral("%1x%2 on a %3x%4 screen")
                                .arg(small.width())
                                .arg(small.height())
                                .arg(available.width())
                                .arg(available.height())));
    }

    void theLanguageChosenIsKeptForTheNextStart()
    {
        UiRig rig;
        QCOMPARE(ui::chosenLanguage(), QString());
        ui::MainWindow window(&rig.workstation);
        QStringList names;
        QAction *welsh = nullptr;
        QAction *system = nullptr;
        for (QAction *a : window.languageActions()) {
            names << a->text();
            if (a->data().toString() == "cy")
                welsh = a;
            if (a->data().toString().isEmpty())
                system = a;
        }
        QCOMPARE(names, (QStringList{"As the system", "English", "Cymraeg"}));
        QVERIFY(system && system->isChecked());
        QVERIFY(welsh);
        welsh->trigger();
        QCOMPARE(ui::chosenLanguage(), QString("cy"));
        QCOMPARE(ui::interfaceLocale().language(), QLocale::Welsh);
        auto *told = window.findChild<QMessageBox *>("languageChosenMessage");
        QVERIFY(told);
        QVERIFY2(told->text().contains("Cymraeg") && told->text().contains("next time"),
                 qPrintable(told->text()));
        {
            ui::MainWindow next(&rig.workstation); // the next start shows the choice ticked
            for (QAction *a : next.languageActions())
                QCOMPARE(a->isChecked(), a->data().toString() == "cy");
        }
        system->trigger();
        QCOMPARE(ui::chosenLanguage(), QString());
        QCOMPARE(ui::interfaceLocale(), QLocale::system());
        // A language this version does not know (settings from a newer one) means the system's.
        QSettings().setValue("interface/language", "xx");
        QCOMPARE(ui::chosenLanguage(), QString());
    }

    void everyIconHasABundledFallback()
    {
        const QString theme = QIcon::themeName();
        QIcon::setThemeName(QStringLiteral("no-such-theme"));
        for (int i = 0; i <= static_cast<int>(ui::ActionIcon::OpenFolder); ++i) {
            const auto icon = static_cast<ui::ActionIcon>(i);
            const QString path = ui::fallbackIconPath(icon);
            QVERIFY2(QFile::exists(path), qPrintable(path));
            QVERIFY2(!QIcon(path).pixmap(QSize(24, 24)).isNull(), qPrintable(path));
            QVERIFY2(!ui::actionIcon(icon).pixmap(QSize(24, 24)).isNull(), ui::themeIconName(icon));
        }
        QIcon::setThemeName(theme);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
