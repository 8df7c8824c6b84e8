#include "ReleaseComparisonPanel.h"

#include "sdc/Table.h"
#include "ui/common/FindingTexts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

namespace {

enum Column
{
    Found,
    Table,
    Where,
    Release,
    ReleasedFile,
    Difference,
    Columns,
};

QString when(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), u"d MMMM yyyy, HH:mm"_s);
}

// "Row 3 (Newport)", "Column B (Female)", "The whole table": by place and, for checkers, label.
QString placeOf(const protocol::ReleaseDifference &d)
{
    const protocol::CheckFindingInfo &f = d.finding;
    if (d.scope == "row"_L1) {
        const QString row = f.fileRow > 0 ? ReleaseComparisonPanel::tr("Row %1").arg(f.fileRow)
                                          : ReleaseComparisonPanel::tr("A row");
        return f.rowLabel.isEmpty() ? row : ReleaseComparisonPanel::tr("%1 (%2)").arg(row, f.rowLabel);
    }
    if (d.scope == "column"_L1) {
        const QString column =
            f.fileColumn > 0
                ? ReleaseComparisonPanel::tr("Column %1").arg(sdc::Table::columnLetters(f.fileColumn))
                : ReleaseComparisonPanel::tr("A column");
        return f.columnLabel.isEmpty() ? column
                                       : ReleaseComparisonPanel::tr("%1 (%2)").arg(column, f.columnLabel);
    }
    return ReleaseComparisonPanel::tr("The whole table");
}

} // namespace

ReleaseComparisonPanel::ReleaseComparisonPanel(QWidget *parent)
    : QGroupBox(tr("Compared with the project's releases now"), parent), m_summary(new QLabel(this)),
      m_list(new QTreeWidget(this)), m_again(new QPushButton(tr("Compare again"), this))
{
    setObjectName(u"releaseComparisonPanel"_s);
    m_summary->setObjectName(u"releaseComparisonSummaryLabel"_s);
    m_summary->setWordWrap(true);
    m_list->setObjectName(u"releaseComparisonList"_s);
    m_list->setAccessibleName(tr("Differences from the project's releases, compared now"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setColumnCount(Columns);
    m_list->setHeaderLabels(
        {tr("Found"), tr("Table"), tr("Where"), tr("Release"), tr("Released file"), tr("Difference")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_again->setObjectName(u"compareAgainButton"_s);
    m_again->setToolTip(tr("Compare the request's tables with every release of the project again"));

    m_list->setMinimumHeight(m_list->fontMetrics().height() * 6);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_again);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addLayout(bottom);
    connect(m_again, &QPushButton::clicked, this, &ReleaseComparisonPanel::compareAgainRequested);
    clear();
}

QList<QWidget *> ReleaseComparisonPanel::focusOrder() const
{
    return {m_list, m_again};
}

void ReleaseComparisonPanel::clear()
{
    m_list->clear();
    m_list->setVisible(false);
    m_summary->clear();
    m_again->setEnabled(false);
}

void ReleaseComparisonPanel::showComparing()
{
    m_summary->setText(tr("Comparing the request's tables with every release of the project…"));
    m_again->setEnabled(false);
}

void ReleaseComparisonPanel::showFailure(const QString &message)
{
    m_summary->setText(tr("The tables could not be compared with the project's releases: %1").arg(message));
    m_again->setEnabled(true);
}

void ReleaseComparisonPanel::showComparison(const protocol::ReleaseComparison &c)
{
    m_again->setEnabled(true);
    QSet<QString> since;
    for (const protocol::ComparedRelease &r : c.releases)
        if (r.sinceSubmission)
            since.insert(r.id);
    qsizetype fresh = 0;
    for (const protocol::ReleaseDifference &d : c.differences)
        fresh += d.storedAtSubmission ? 0 : 1;

    QString text;
    if (c.releases.isEmpty()) {
        text = tr("Compared on %1: the project has made no release yet.").arg(when(c.comparedAt));
    } else {
        const QString releases = tr("%Ln release(s)", nullptr, static_cast<int>(c.releases.size()));
        text = tr("Compared on %1 with %2 (%3 made since round %4 was submitted):")
                   .arg(when(c.comparedAt), releases)
                   .arg(since.size())
                   .arg(c.round);
        const QString differences = tr("%Ln difference(s)", nullptr, static_cast<int>(c.differences.size()));
        text += u' ';
        text += c.differences.isEmpty()
                    ? tr("no table differs from a released one by a few records.")
                    : tr("%1, %2 of them new since submission.").arg(differences).arg(fresh);
    }
    m_summary->setText(text);

    m_list->clear();
    for (const protocol::ReleaseDifference &d : c.differences) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(Found, d.storedAtSubmission ? tr("At submission") : tr("New"));
        if (!d.storedAtSubmission) {
            QFont bold = item->font(Found);
            bold.setBold(true);
            item->setFont(Found, bold);
        }
        item->setText(Table, d.finding.sheet.isEmpty()
                                 ? d.finding.path
                                 : tr("%1, sheet %2").arg(d.finding.path, d.finding.sheet));
        item->setText(Where, placeOf(d));
        QString release = d.releaseId;
        for (const protocol::ComparedRelease &r : c.releases) {
            if (r.id != d.releaseId)
                continue;
            release = r.sinceSubmission
                          ? tr("%1, released %2 (after submission)").arg(r.id, when(r.releasedAt))
                          : tr("%1, released %2").arg(r.id, when(r.releasedAt));
            item->setToolTip(Release, r.title);
        }
        item->setText(Release, release);
        item->setText(ReleasedFile, d.releasedSheet.isEmpty()
                                        ? d.releasedFile
                                        : tr("%1, sheet %2").arg(d.releasedFile, d.releasedSheet));
        item->setText(Difference, tr("%Ln record(s)", nullptr, static_cast<int>(d.difference)));
        item->setTextAlignment(Difference, Qt::AlignRight | Qt::AlignVCenter);
        for (int column = 0; column < Columns; ++column)
            if (item->toolTip(column).isEmpty())
                item->setToolTip(column, FindingTexts::message(d.finding));
    }
    // One table: its name on every line would only take the room the release needs.
    QSet<QString> tables;
    for (const protocol::ReleaseDifference &d : c.differences)
        tables.insert(d.finding.path + QChar(0x1f) + d.finding.sheet);
    m_list->setColumnHidden(Table, tables.size() < 2);
    m_list->setVisible(!c.differences.isEmpty());
}

} // namespace srs::ui
