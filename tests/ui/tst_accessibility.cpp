// What a screen reader is given on every main screen: each one is brought up with the server
// scripted (tests/ui/Screens.h) and its window's tree of accessible objects walked, as an
// assistive technology walks it. Every control a person acts on (buttons, check and radio
// boxes, lists, combo and spin boxes, text fields, tabs) and every view (lists, trees, tables)
// that is on screen must have a name; the count named/total is printed for each screen.

#include "Screens.h"

#include "protocol/ApiError.h"
#include "ui/common/Accessibility.h"
#include "ui/submissions/SubmissionsView.h"

#include <QAccessible>
#include <QCheckBox>
#include <QLabel>
#include <QMetaEnum>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

using namespace srs;
using namespace srs::testing::screens;
using srs::testing::UiRig;
using Page = session::SubmissionDraft::Page;

namespace {

bool actionable(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::Table:
    case QAccessible::PageTab:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::HotkeyField:
    case QAccessible::Link:
        return true;
    default:
        return false;
    }
}

QString describe(QAccessibleInterface *iface)
{
    QString what = QString::fromLatin1(QMetaEnum::fromType<QAccessible::Role>().valueToKey(iface->role()));
    if (QObject *o = iface->object())
        what += QStringLiteral(" %1 \"%2\"")
                    .arg(QString::fromLatin1(o->metaObject()->className()), o->objectName());
    return what;
}

struct Audit
{
    int named = 0;
    int total = 0;
    QStringList unnamed;
    QStringList names; // "what: name" of each named one, for the tests that look at one
};

void walk(QAccessibleInterface *iface, Audit &audit, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 80)
        return;
    if (iface->state().invisible)
        return; // not on screen, nor anything inside it
    if (qEnvironmentVariableIsSet("SRS_A11Y_DUMP"))
        qInfo("%*s%s focusable=%d name=%s", depth, "", qPrintable(describe(iface)), iface->state().focusable,
              qPrintable(iface->text(QAccessible::Name)));
    // What a person acts on, and anything else the keyboard can reach (not a part whose focus
    // goes to another, as a scroll area's viewport gives it to its area).
    const auto *widget = qobject_cast<const QWidget *>(iface->object());
    const bool proxied = widget && widget->focusProxy();
    if (actionable(iface->role()) || (iface->state().focusable && !proxied)) {
        ++audit.total;
        const QString name = iface->text(QAccessible::Name).trimmed();
        if (name.isEmpty()) {
            audit.unnamed << describe(iface);
        } else {
            ++audit.named;
            audit.names << describe(iface) + QStringLiteral(": ") + name;
        }
    }
    switch (iface->role()) {
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::Table:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::EditableText:
    case QAccessible::StaticText:
        return; // a view's rows and cells, a spin box's editor: named by what they show
    default:
        break;
    }
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), audit, depth + 1);
}

Audit audit(QWidget *window)
{
    Audit a;
    walk(QAccessible::queryAccessibleInterface(window), a);
    return a;
}

// The announcements the application makes to assistive technologies.
QList<std::pair<QAccessible::Event, QObject *>> g_events;

bool alerted(QObject *object)
{
    return std::any_of(g_events.cbegin(), g_events.cend(), [object](const auto &e) {
        return e.first == QAccessible::Alert && e.second == object;
    });
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

    int m_named = 0;
    int m_total = 0;
    QStringList m_unnamed;

    // Audits the window as it is now, under this screen's name.
    void look(const QString &screen, QWidget *window)
    {
        QTest::qWait(0); // layouts and deferred updates settle, as before a person looks
        const Audit a = audit(window);
        m_named += a.named;
        m_total += a.total;
        qInfo("%s: %d of %d controls and views named", qPrintable(screen), a.named, a.total);
        for (const QString &u : a.unnamed)
            m_unnamed << screen + QStringLiteral(": ") + u;
    }

    void verifyAllNamed()
    {
        const QStringList unnamed = std::exchange(m_unnamed, {});
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(QStringLiteral("without a name:\n  ") + unnamed.join(QStringLiteral("\n  "))));
    }

private slots:
    void initTestCase()
    {
        // Offscreen, no assistive technology listens and Qt drops the events: the application's
        // own announcements are watched instead.
        ui::setAnnouncementWatcher([](QObject *object, QAccessible::Event event) {
            g_events.append({event, object});
        });
    }
    void cleanupTestCase()
    {
        qInfo("All screens: %d of %d controls and views named", m_named, m_total);
        ui::setAnnouncementWatcher({});
    }

    void signInDeclarationsAndHome()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        routeResearcher(rig);
        QVERIFY(startOnVpn(rig, window));
        look(QStringLiteral("Sign-in"), &window);

        // A refused sign-in is announced as it appears.
        rig.transport->route("POST", QStringLiteral("/api/v1/sessions"), 401,
                             protocol::ApiError{QStringLiteral("bad-credentials"),
                                                QStringLiteral("Wrong username, password or code."),
                                                QString()}
                                 .toJson());
        g_events.clear();
        QVERIFY(submitSignInForm(window));
        auto *refusal = window.signInPage()->findChild<QWidget *>(QStringLiteral("problemFrame"));
        QTRY_VERIFY(refusal->isVisible());
        const bool refusalHeard = alerted(refusal);
        look(QStringLiteral("Sign-in, refused"), &window);

        const QList<protocol::OwedDeclaration> owed{{domain::DeclarationKind::Security, 1,
                                                     QStringLiteral("Security declaration"),
                                                     QStringLiteral("The text")}};
        QVERIFY(signInThroughForm(rig, window,
                                  sessionFor(QStringLiteral("asha.patel"), QStringLiteral("Asha Patel"),
                                             {domain::Role::Researcher}, owed)));
        QTRY_COMPARE(window.currentPage(), static_cast<QWidget *>(window.declarationsPage()));
        look(QStringLiteral("Declarations"), &window);

        // Refused: the error is announced, not only shown.
        rig.transport->routeFailure("POST", QStringLiteral("/api/v1/declarations"), net::NetError::TimedOut);
        window.findChild<QCheckBox *>(QStringLiteral("declarationAgreeCheck"))->setChecked(true);
        auto *error = window.findChild<QLabel *>(QStringLiteral("declarationErrorLabel"));
        g_events.clear();
        window.findChild<QPushButton *>(QStringLiteral("declarationAcceptButton"))->click();
        QTRY_VERIFY(error->isVisible());
        const bool declarationErrorHeard = alerted(error); // checked once every screen is looked at

        protocol::MeInfo me = protocol::SessionInfo::fromJson(sessionFor(QStringLiteral("asha.patel"),
                                                                         QStringLiteral("Asha Patel"),
                                                                         {domain::Role::Researcher}))
                                  ->me;
        rig.transport->route("POST", QStringLiteral("/api/v1/declarations"), 201,
                             QJsonDocument(me.toJsonObject()).toJson());
        window.findChild<QPushButton *>(QStringLiteral("declarationAcceptButton"))->click();
        QTRY_COMPARE(window.currentPage(), static_cast<QWidget *>(window.homePage()));
        QTreeView *projects = window.homePage()->projects();
        QTRY_COMPARE(projects->model()->rowCount(), 1);
        projects->setCurrentIndex(projects->model()->index(0, 0));
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("workspaceTree"));
        QTRY_COMPARE(tree->model()->rowCount(), 2);
        look(QStringLiteral("Home, projects and workspace"), &window);

        window.homePage()->sections()->setCurrentWidget(window.homePage()->submissionsView());
        QTreeView *list = window.homePage()->submissionsView()->list();
        QTRY_VERIFY(list->model()->rowCount() > 0);
        list->setCurrentIndex(list->model()->index(0, 0));
        look(QStringLiteral("My submissions"), &window);
        verifyAllNamed();
        QVERIFY2(refusalHeard, "the sign-in refusal was not announced");
        QVERIFY2(declarationErrorHeard, "the declaration's error was not announced");
    }

    void theWizardsPages()
    {
        UiRig rig;
        QVERIFY(signedInWithWorkspace(rig));
        session::SubmissionWizard w(rig.workstation.session(), rig.workstation.store(),
                                    rig.workstation.workspaceSync(), rig.clock);
        w.start(Project);
        ui::SubmissionWizardDialog dialog(&w);
        dialog.showDraft();
        dialog.show();
        QVERIFY(walkWizard(rig, dialog, [&](Page) { look(dialog.currentPage()->title(), &dialog); }));
        verifyAllNamed();
    }

    void theReviewPageAndWindow()
    {
        UiRig rig;
        ui::MainWindow window(&rig.workstation);
        QVERIFY(checkerAtHome(rig, window));
        look(QStringLiteral("Output checking"), &window);
        ui::ReviewDialog *dialog = reviewWindow(rig, window);
        QVERIFY(dialog);
        look(QStringLiteral("Review window"), dialog);
        verifyAllNamed();

        // Each comment box its own name, not the title of the box around them.
        const Audit a = audit(dialog);
        const auto nameOf = [&](const QString &objectName) {
            for (const QString &n : a.names)
                if (n.contains(QStringLiteral("\"%1\": ").arg(objectName)))
                    return n.section(QStringLiteral("\": "), 1);
            return QString();
        };
        QCOMPARE(nameOf(QStringLiteral("sharedCommentEdit")), QStringLiteral("Comment for the author"));
        QCOMPARE(nameOf(QStringLiteral("internalCommentEdit")), QStringLiteral("Note for checkers only"));

        // A review sent incomplete: the error is announced.
        g_events.clear();
        dialog->findChild<QPushButton *>(QStringLiteral("submitReviewButton"))->click();
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("reviewErrorLabel"));
        QVERIFY(error->isVisible());
        QVERIFY2(alerted(error), "the review's error was not announced");
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
