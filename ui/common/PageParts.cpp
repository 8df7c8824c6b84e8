#include "PageParts.h"

#include <QFont>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QScreen>
#include <QStringList>
#include <QVBoxLayout>
#include <QWidget>

namespace srs::ui {

QLabel *heading(const QString &text, QWidget *parent, qreal scale)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(true);
    label->setFont(f);
    label->setWordWrap(true);
    return label;
}

QLabel *paragraph(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QVBoxLayout *centredColumn(QWidget *page, int width)
{
    auto *outer = new QHBoxLayout(page);
    auto *column = new QWidget(page);
    column->setMaximumWidth(width);
    column->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    outer->addStretch(1);
    outer->addWidget(column, 4);
    outer->addStretch(1);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    return layout;
}

QString problemList(const QList<session::EnvironmentProblem> &problems)
{
    QStringList lines;
    for (const auto &p : problems)
        lines.append(p.message);
    return lines.join(QStringLiteral("\n\n"));
}

void resizeWithinScreen(QWidget *window, QSize preferred)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    window->resize(screen ? preferred.boundedTo(screen->availableGeometry().size()) : preferred);
}

} // namespace srs::ui
