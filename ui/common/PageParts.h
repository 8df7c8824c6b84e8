#pragma once

// Pieces the main window's pages share: headings, paragraphs, a centred column, and the
// environment check's problems as text.

#include "session/EnvironmentCheck.h"

#include <QList>

#include <QSize>
#include <QString>
#include <initializer_list>

class QLabel;
class QMessageBox;
class QTableView;
class QVBoxLayout;
class QWidget;

namespace srs::ui {

QLabel *heading(const QString &text, QWidget *parent, qreal scale = 1.4);
QLabel *paragraph(QWidget *parent, const char *objectName);
// A column of at most `width` pixels, centred in the page.
QVBoxLayout *centredColumn(QWidget *page, int width);
// Gives a window its preferred size, or the screen's available size where that is smaller
// (a 1024 x 700 display), so that nothing starts off screen.
void resizeWithinScreen(QWidget *window, QSize preferred);
// Gives a window the size (and, for a main window, the place) it had when the person last
// closed it, kept in the person's settings under `key`, else its preferred size; either way
// no bigger than the screen it opens on. From then on the window's size is kept whenever it is
// closed or hidden.
void rememberWindowSize(QWidget *window, const QString &key, QSize preferred);
QString problemList(const QList<session::EnvironmentProblem> &problems);
// A table's width shared out: the `stretched` columns (names, titles) share what is left once
// every other column (dates, states, short names) has the width its text needs, so a date or a
// state is never cut at 1024 pixels while the last column takes half the table.
void shareTableWidth(QTableView *view, std::initializer_list<int> stretched);
// Qt has no Welsh catalogue of its own: the standard buttons of a message box (OK, Cancel) get
// their words from the client's.
void nameStandardButtons(QMessageBox *box);

} // namespace srs::ui
