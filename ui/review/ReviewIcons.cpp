#include "ReviewIcons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace srs::ui {

namespace {

QPixmap paintMark(ReviewMark mark, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    const QRectF box(s * 0.06, s * 0.06, s * 0.88, s * 0.88);
    QPen line(Qt::white, s * 0.14, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (mark) {
    case ReviewMark::Fail:
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xb3, 0x26, 0x1e));
        p.drawEllipse(box);
        p.setPen(line);
        p.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67));
        p.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67));
        break;
    case ReviewMark::Review: {
        QPainterPath triangle;
        triangle.moveTo(s * 0.5, s * 0.05);
        triangle.lineTo(s * 0.96, s * 0.92);
        triangle.lineTo(s * 0.04, s * 0.92);
        triangle.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xd9, 0x8c, 0x00));
        p.drawPath(triangle);
        line.setColor(Qt::black);
        line.setWidthF(s * 0.12);
        p.setPen(line);
        p.drawLine(QPointF(s * 0.5, s * 0.36), QPointF(s * 0.5, s * 0.6));
        p.drawPoint(QPointF(s * 0.5, s * 0.77));
        break;
    }
    case ReviewMark::Changed:
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x1d, 0x5f, 0xa8));
        p.drawRoundedRect(box, s * 0.15, s * 0.15);
        p.setPen(line);
        p.setBrush(Qt::NoBrush);
        {
            QPainterPath wave;
            wave.moveTo(s * 0.25, s * 0.55);
            wave.cubicTo(s * 0.38, s * 0.3, s * 0.5, s * 0.3, s * 0.5, s * 0.5);
            wave.cubicTo(s * 0.5, s * 0.7, s * 0.62, s * 0.7, s * 0.75, s * 0.45);
            p.drawPath(wave);
        }
        break;
    case ReviewMark::Added:
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x2e, 0x7d, 0x32));
        p.drawRoundedRect(box, s * 0.15, s * 0.15);
        p.setPen(line);
        p.drawLine(QPointF(s * 0.5, s * 0.27), QPointF(s * 0.5, s * 0.73));
        p.drawLine(QPointF(s * 0.27, s * 0.5), QPointF(s * 0.73, s * 0.5));
        break;
    case ReviewMark::Suppress:
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x5f, 0x5f, 0x5f));
        p.drawRoundedRect(box, s * 0.15, s * 0.15);
        p.setBrush(Qt::black);
        p.setPen(QPen(Qt::white, s * 0.06));
        p.drawRect(QRectF(s * 0.2, s * 0.4, s * 0.6, s * 0.2));
        break;
    case ReviewMark::Overdue:
        p.setPen(QPen(Qt::black, s * 0.06));
        p.setBrush(QColor(0xf2, 0xb7, 0x05));
        p.drawEllipse(box);
        line.setColor(Qt::black);
        line.setWidthF(s * 0.1);
        p.setPen(line);
        p.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.5, s * 0.22));
        p.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.72, s * 0.62));
        break;
    }
    return pixmap;
}

} // namespace

QIcon reviewIcon(ReviewMark mark)
{
    QIcon icon;
    for (int size : {16, 24, 32})
        icon.addPixmap(paintMark(mark, size));
    return icon;
}

} // namespace srs::ui
