// The client by keyboard alone, on the screens of tests/ui/Screens.h: Tab reaches every control
// of the review window in the order the eye reads it (and leaves the table preview), the wizard's
// text boxes let Tab through to Back and Next, Return presses the button that has the focus, and
// each page that comes up puts the focus on its first useful control.

#include "Screens.h"

#include "ui/signin/CredentialsForm.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTest>

using namespace srs;
using namespace srs::testing::screens;
using srs::testing::UiRig;
using Page = session::SubmissionDraft::Page;

namespace {

QString nameOf(const QWidget *w)
{
    return w ? w->objectName() : QStringLiteral("(none)");
}

// Presses Tab from `start` up to `presses` times, as a person would, and gives the names of the
// widgets the focus went to, in order (the start first).
QList<QWidget *> tabWalk(QWidget *window, QWidget *start, int presses)
{
    start->setFocus(Qt::TabFocusReason);
    QList<QWidget *> visited{window->focusWidget()};
    for (int i = 0; i < presses; ++i) {
        QTest::keyClick(window->focusWidget(), Qt::Key_Tab);
        visited << window->focusWidget();
        if (visited.last() == start)
            break; // round the window and back
    }
    return visited;
}

QStringList names(const QList<QWidget *> &widgets)
{
    QStringList out;
    for (const QWidget *w : widgets)
        out << nameOf(w);
    return out;
}

// The place of the first widget named `name` in the walk, or -1.
qsizetype placeOf(const QList<QWidget *> &walk, const QString &name)
{
    for (qsizetype i = 0; i < walk.size(); ++i)
        if (nameOf(walk.at(i)) == name)
            return i;
    return -1;
}

bool activate(QWidget *window)
{
    window->activateWindow();
    QApplication::setActiveWindow(window);
    return QTest::qWaitForWindowActive(window);
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private slots:
    // Tab goes round the review window: the files, the table (left with one Tab, not kept for
    // its cells), its findings, the decision, both comments, the summary, Submit, Close.
    void theReviewWindowIsWalkedInReadingOrder()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        QVERIFY(checkerAtHome(rig, window));
        ui::ReviewDialog *dialog = reviewWindow(rig, window);
        QVERIFY(dialog);
        QVERIFY(activate(dialog));
        auto *files = dialog->findChild<QWidget *>(QStringLiteral("reviewFileList"));
        const QList<QWidget *> walk = tabWalk(dialog, files, 40);
        const QStringList walked = names(walk);
        QVERIFY2(walk.last() == files,
                 qPrintable(QStringLiteral("Tab does not come round: ") + walked.join(u' ')));
        const QStringList order{QStringLiteral("reviewFileList"),      QStringLiteral("tablePreviewView"),
                                QStringLiteral("tableFindingsView"),   QStringLiteral("fileContextBrowser"),
                                QStringLiteral("approveRadio"),        QStringLiteral("sharedCommentEdit"),
                                QStringLiteral("internalCommentEdit"), QStringLiteral("reviewSummaryEdit"),
                                QStringLiteral("submitReviewButton"),  QStringLiteral("closeReviewButton")};
        qsizetype last = -1;
        for (const QString &name : order) {
            const qsizetype at = placeOf(walk, name);
            QVERIFY2(at >= 0, qPrintable(name + QStringLiteral(" is never reached: ") + walked.join(u' ')));
            QVERIFY2(at > last, qPrintable(name + QStringLiteral(" out of order: ") + walked.join(u' ')));
            last = at;
        }
        // Each of the decisions can be reached (Tab or the arrow keys within the group).
        auto *approve = dialog->findChild<QRadioButton *>(QStringLiteral("approveRadio"));
        approve->setFocus(Qt::TabFocusReason);
        QTest::keyClick(approve, Qt::Key_Down);
        QCOMPARE(nameOf(dialog->focusWidget()), QStringLiteral("changesRadio"));
    }

    // On "Explain what remains" and "Context and controls", Tab leaves a text box (without
    // typing a tab into it) and goes on to Back and Next; from Next it comes round to the first
    // field, "What it is", and the disclosure box comes before Back.
    void theWizardsTextBoxesLetTabThrough()
    {
        UiRig rig;
        QVERIFY(signedInWithWorkspace(rig));
        session::SubmissionWizard w(rig.workstation.session(), rig.workstation.store(),
                                    rig.workstation.workspaceSync(), rig.clock);
        w.start(Project);
        ui::SubmissionWizardDialog dialog(&w);
        dialog.showDraft();
        dialog.show();
        QVERIFY(activate(&dialog));
        QWidget *back = dialog.button(QWizard::BackButton);
        QWidget *next = dialog.button(QWizard::NextButton);
        bool sawExceptions = false;
        bool sawContext = false;
        QVERIFY(walkWizard(rig, dialog, [&](Page page) {
            if (page == Page::Exceptions) {
                sawExceptions = true;
                auto *edit =
                    dialog.currentPage()->findChild<QPlainTextEdit *>(QStringLiteral("justificationEdit"));
                QVERIFY(edit);
                const QList<QWidget *> walk = tabWalk(&dialog, edit, 12);
                QVERIFY(edit->toPlainText().isEmpty()); // no tab character typed
                QVERIFY2(walk.value(1) != edit, qPrintable(names(walk).join(u' ')));
                QVERIFY2(walk.contains(back) && walk.contains(next), qPrintable(names(walk).join(u' ')));
            }
            if (page == Page::Context) {
                sawContext = true;
                auto *what = dialog.currentPage()->findChild<QWidget *>(QStringLiteral("descriptionEdit"));
                QVERIFY(what);
                const QList<QWidget *> walk = tabWalk(&dialog, what, 20);
                const QStringList walked = names(walk);
                QVERIFY2(walk.last() == what, qPrintable(QStringLiteral("not round: ") + walked.join(u' ')));
                const qsizetype where = placeOf(walk, QStringLiteral("destinationEdit"));
                const qsizetype controls = placeOf(walk, QStringLiteral("controlsEdit"));
                QVERIFY2(where == 1, qPrintable(walked.join(u' ')));
                QVERIFY2(controls == 2, qPrintable(walked.join(u' ')));
                QVERIFY2(walk.indexOf(back) > controls && walk.indexOf(next) > controls,
                         qPrintable(walked.join(u' ')));
                QVERIFY(dialog.findChild<QPlainTextEdit *>(QStringLiteral("controlsEdit"))
                            ->toPlainText()
                            .isEmpty());
            }
        }));
        QVERIFY(sawExceptions && sawContext);
    }

    // Return (and Enter on the keypad) presses the button that has the focus in the main
    // window, as it does in dialogs.
    void returnPressesTheFocusedButton()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        QVERIFY(researcherAtHome(rig, window));
        QVERIFY(activate(&window));
        auto *syncNow = window.findChild<QPushButton *>(QStringLiteral("syncNowButton"));
        QVERIFY(syncNow && syncNow->isEnabled());
        const qsizetype before = rig.transport->requests.size();
        syncNow->setFocus(Qt::TabFocusReason);
        const qint64 idle = rig.workstation.session()->idleLockMinutes() * 60;
        rig.clock.advanceSeconds(idle - 60);
        QTest::keyClick(syncNow, Qt::Key_Return);
        QTRY_VERIFY(rig.transport->requests.size() > before);
        QVERIFY(rig.transport->requests.last().url.contains(QStringLiteral("/workspace")));
        // The key that pressed the button is use of the workstation all the same.
        rig.clock.advanceSeconds(idle - 60);
        rig.workstation.session()->checkTimers();
        QCOMPARE(rig.workstation.session()->state(), session::Session::State::Active);

        auto *lock = window.findChild<QPushButton *>(QStringLiteral("lockButton"));
        lock->setFocus(Qt::TabFocusReason);
        QTest::keyClick(lock, Qt::Key_Enter, Qt::KeypadModifier);
        QTRY_COMPARE(rig.workstation.session()->state(), session::Session::State::Locked);
    }

    // After signing in, the focus is on the first thing to use, on screen: a researcher's
    // project list, a checker's queue.
    void theFocusGoesToTheNewPage()
    {
        {
            UiRig rig;
            ui::MainWindow window(&rig.workstation);
            QVERIFY(researcherAtHome(rig, window));
            QWidget *focus = window.focusWidget();
            QCOMPARE(nameOf(focus), QStringLiteral("projectList"));
            QVERIFY(focus->isVisible());
        }
        {
            UiRig rig;
            ui::MainWindow window(&rig.workstation);
            QVERIFY(checkerAtHome(rig, window));
            QWidget *focus = window.focusWidget();
            QCOMPARE(nameOf(focus), QStringLiteral("reviewQueueTreeView"));
            QVERIFY(focus->isVisible());
        }
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
