#pragma once

// Pieces the main window's pages share: headings, paragraphs, a centred column, and the
// environment check's problems as text.

#include "session/EnvironmentCheck.h"

#include <QList>
#include <QString>

class QLabel;
class QVBoxLayout;
class QWidget;

namespace srs::ui {

QLabel *heading(const QString &text, QWidget *parent, qreal scale = 1.4);
QLabel *paragraph(QWidget *parent, const char *objectName);
// A column of at most `width` pixels, centred in the page.
QVBoxLayout *centredColumn(QWidget *page, int width);
QString problemList(const QList<session::EnvironmentProblem> &problems);

} // namespace srs::ui
