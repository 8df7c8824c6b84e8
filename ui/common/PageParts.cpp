#include "PageParts.h"

#include <QHeaderView>
#include <QTableView>

#include <QAbstractButton>
#include <QCoreApplication>
#include <QEvent>
#include <QFont>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
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

namespace {

QString geometryKey(const QString &key)
{
    return QStringLiteral("windows/%1/geometry").arg(key);
}

// Writes the window's geometry into the settings when it closes or hides.
class WindowSizeKeeper final : public QObject
{
public:
    WindowSizeKeeper(QWidget *window, QString key) : QObject(window), m_window(window), m_key(std::move(key))
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && (event->type() == QEvent::Close || event->type() == QEvent::Hide) &&
            m_window->isWindow() && !m_window->isMinimized())
            QSettings().setValue(geometryKey(m_key), m_window->saveGeometry());
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_window;
    QString m_key;
};

} // namespace

void rememberWindowSize(QWidget *window, const QString &key, QSize preferred)
{
    const QByteArray saved = QSettings().value(geometryKey(key)).toByteArray();
    // restoreGeometry() moves a window that would be off screen back onto it; a size kept from
    // a bigger screen is then cut down to this one's.
    const bool restored = !saved.isEmpty() && window->restoreGeometry(saved);
    if (!restored)
        window->resize(preferred);
    resizeWithinScreen(window, window->size());
    // And wholly on the screen: a place kept from a bigger screen, or below a panel, is moved in.
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (restored && screen) {
        const QRect available = screen->availableGeometry();
        QRect place = window->geometry();
        if (place.right() > available.right())
            place.moveRight(available.right());
        if (place.bottom() > available.bottom())
            place.moveBottom(available.bottom());
        if (place.left() < available.left())
            place.moveLeft(available.left());
        if (place.top() < available.top())
            place.moveTop(available.top());
        window->setGeometry(place);
    }
    new WindowSizeKeeper(window, key);
}

void nameStandardButtons(QMessageBox *box)
{
    if (QAbstractButton *ok = box->button(QMessageBox::Ok))
        ok->setText(QCoreApplication::translate("StandardButtons", "OK"));
    if (QAbstractButton *cancel = box->button(QMessageBox::Cancel))
        cancel->setText(QCoreApplication::translate("StandardButtons", "Cancel"));
}

void shareTableWidth(QTableView *view, std::initializer_list<int> stretched)
{
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int column : stretched)
        header->setSectionResizeMode(column, QHeaderView::Stretch);
}

} // namespace srs::ui
