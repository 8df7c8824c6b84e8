#include "TablePreviewWidget.h"

#include "FindingListView.h"
#include "ReviewTexts.h"
#include "TablePreviewModel.h"
#include "ui/common/Accessibility.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

namespace {

// Up to this many cells the columns are sized to their contents; beyond, a fixed width, so
// that opening a large table never visits its cells.
constexpr qsizetype FitColumnsUpTo = 20'000;

// Labels in quotes, the first few of a long list and how many more.
QString quotedList(const QStringList &labels)
{
    constexpr qsizetype Shown = 12;
    QStringList out;
    for (qsizetype i = 0; i < std::min(Shown, labels.size()); ++i)
        out << u"'"_s + labels.at(i) + u"'"_s;
    if (labels.size() > Shown)
        out << TablePreviewWidget::tr("and %Ln more", nullptr, static_cast<int>(labels.size() - Shown));
    return out.join(u", "_s);
}

} // namespace

TablePreviewWidget::TablePreviewWidget(QWidget *parent)
    : QWidget(parent), m_model(new TablePreviewModel(this)), m_findings(new FindingListModel(this)),
      m_error(new QLabel(this)), m_summary(new QLabel(this)),
      m_onlyChanges(new QCheckBox(tr("Show only &changes"), this)),
      m_sheetLabel(new QLabel(tr("&Sheet:", "a worksheet of a workbook"), this)),
      m_sheets(new QComboBox(this)), m_sheetPosition(new QLabel(this)), m_table(new QTableView(this)),
      m_findingList(new FindingListView(m_findings, tr("Findings of this table"), this))
{
    setObjectName(u"tablePreviewWidget"_s);
    m_error->setObjectName(u"tableErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    m_summary->setObjectName(u"tableSummaryLabel"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_onlyChanges->setObjectName(u"showOnlyChangesCheckBox"_s);
    m_onlyChanges->setToolTip(tr("Only the rows and columns with a changed or new cell."));
    m_onlyChanges->setEnabled(false);

    m_sheets->setObjectName(u"sheetComboBox"_s);
    m_sheets->setAccessibleName(tr("Sheet", "a worksheet of a workbook"));
    m_sheets->setToolTip(tr("Each table of this workbook, by its sheet. Every sheet is released, so check "
                            "each one."));
    m_sheets->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sheetLabel->setBuddy(m_sheets);
    m_sheetLabel->hide();
    m_sheetPosition->setObjectName(u"sheetPositionLabel"_s);
    m_sheetPosition->hide();
    m_sheets->hide();

    m_table->setObjectName(u"tablePreviewView"_s);
    m_table->setAccessibleName(tr("Table preview"));
    m_table->setModel(m_model);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    m_table->setIconSize(QSize(16, 16));
    // Tab leaves the table for the next control; the arrow keys move between cells.
    m_table->setTabKeyNavigation(false);

    m_findingList->setObjectName(u"tableFindingsView"_s);

    auto *sheetRow = new QHBoxLayout;
    sheetRow->addWidget(m_sheetLabel);
    sheetRow->addWidget(m_sheets);
    sheetRow->addWidget(m_sheetPosition);
    sheetRow->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_onlyChanges);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_findingList);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_error);
    layout->addLayout(sheetRow);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_sheets, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            showSheet(index);
    });
    connect(m_onlyChanges, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setShowOnlyChanges(on);
        updateSummary();
    });
    connect(m_findingList, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const int row = index.data(FindingListModel::RowRole).toInt();
        const int column = index.data(FindingListModel::ColumnRole).toInt();
        if (row >= 0)
            goToCell(row, std::max(column, 0));
        else if (column >= 0)
            goToCell(0, column);
    });
}

bool TablePreviewWidget::showTable(const PreviewFile &file, const QList<protocol::CheckFindingInfo> &findings,
                                   const QList<domain::ExceptionRequest> &exceptions,
                                   const std::optional<PreviewFile> &previous)
{
    m_file = file;
    m_allFindings = findings;
    m_exceptions = exceptions;
    m_previousFile = previous;
    const bool several = file.specs.size() > 1;
    {
        const QSignalBlocker blocker(m_sheets);
        m_sheets->clear();
        if (several) {
            for (const domain::TableSpec &spec : file.specs) {
                const QString &sheet = spec.sheet;
                m_sheets->addItem(sheet.isEmpty() ? tr("First sheet", "a worksheet of a workbook") : sheet);
            }
            m_sheets->setCurrentIndex(file.spec ? std::max<int>(0, int(file.specs.indexOf(*file.spec))) : 0);
        }
    }
    m_sheetLabel->setVisible(several);
    m_sheets->setVisible(several);
    m_sheetPosition->setVisible(several);
    return several ? showSheet(m_sheets->currentIndex()) : showSpec(file.spec);
}

bool TablePreviewWidget::showSheet(int index)
{
    if (index < 0 || index >= m_file.specs.size())
        return false;
    if (m_sheets->currentIndex() != index) {
        const QSignalBlocker blocker(m_sheets);
        m_sheets->setCurrentIndex(index);
    }
    m_sheetPosition->setText(
        tr("%1 of %2: every sheet is released, so check each one").arg(index + 1).arg(m_file.specs.size()));
    return showSpec(m_file.specs.at(index));
}

bool TablePreviewWidget::showSpec(const std::optional<domain::TableSpec> &spec)
{
    PreviewFile file = m_file;
    file.spec = spec;
    std::optional<PreviewFile> previous = m_previousFile;
    if (previous && m_file.specs.size() > 1)
        previous->spec = spec; // the same sheet in the last round
    // With several tables in the file, each shows the findings on its own sheet (and those that
    // name none).
    QList<protocol::CheckFindingInfo> findings = m_allFindings;
    if (m_file.specs.size() > 1) {
        const QString sheet = spec ? spec->sheet : QString();
        findings.removeIf([&sheet](const protocol::CheckFindingInfo &f) {
            return !f.sheet.isEmpty() && !sheet.isEmpty() && f.sheet != sheet;
        });
    }
    const QList<domain::ExceptionRequest> &exceptions = m_exceptions;
    m_onlyChanges->setChecked(false);
    m_previousError.clear();
    auto read = readPreviewTable(file.bytes, file.path, file.spec);
    if (!read.ok()) {
        m_model->setTable({}, {});
        m_findings->setFindings({});
        showAlert(m_error, tr("This table cannot be shown: %1").arg(read.error().message));
        updateSummary();
        return false;
    }
    m_error->hide();
    const qsizetype cells = read.value().table.cellCount();
    m_model->setTable(std::move(read).value(), findings);
    if (previous) {
        auto before = readPreviewTable(previous->bytes, previous->path, previous->spec);
        if (before.ok())
            m_model->setPrevious(std::move(before).value().table);
        else
            m_previousError = before.error().message;
    }
    QList<PlacedFinding> placed = m_model->findings();
    attachJustifications(placed, exceptions);
    m_findings->setFindings(placed);
    m_onlyChanges->setEnabled(m_model->hasPrevious());
    if (cells <= FitColumnsUpTo) {
        m_table->resizeColumnsToContents();
    }
    m_findingList->fitColumns();
    updateSummary();
    return true;
}

bool TablePreviewWidget::goToCell(int tableRow, int tableColumn)
{
    const QModelIndex index = m_model->indexOfCell(tableRow, tableColumn);
    if (!index.isValid())
        return false;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

QList<QWidget *> TablePreviewWidget::focusOrder() const
{
    return {m_sheets, m_onlyChanges, m_table, m_findingList};
}

QString TablePreviewWidget::summaryText() const
{
    return m_summary->text();
}

void TablePreviewWidget::updateSummary()
{
    const sdc::Table &t = m_model->table();
    QStringList parts;
    if (t.cellCount() > 0) {
        parts << tr("%Ln row(s)", nullptr, t.rowCount()) + u" × "_s +
                     tr("%Ln column(s)", nullptr, t.columnCount());
        if (!m_model->sheet().isEmpty())
            parts.last() += tr(", sheet '%1'").arg(m_model->sheet());
        const qsizetype flagged = m_model->flaggedCellCount();
        if (flagged > 0)
            parts << tr("%Ln cell(s) flagged", nullptr, static_cast<int>(flagged));
        const int unplaced = m_findings->unplacedCount();
        if (unplaced > 0)
            parts << tr("%Ln finding(s) not found in the table: see the list below", nullptr, unplaced);
    }
    QString text = parts.join(u"; "_s);
    if (m_model->hasPrevious()) {
        text += u"\n"_s + tr("Since the last round: %1.").arg(m_model->changeSummary());
        const sdc::TableDiff &d = m_model->diff();
        if (!d.removedRows().isEmpty())
            text += u" "_s + tr("Rows removed: %1.").arg(quotedList(d.removedRows()));
        if (!d.removedColumns().isEmpty())
            text += u" "_s + tr("Columns removed: %1.").arg(quotedList(d.removedColumns()));
    } else if (!m_previousError.isEmpty()) {
        text += u"\n"_s + tr("The last round's version cannot be compared: %1").arg(m_previousError);
    }
    m_summary->setText(text);
}

} // namespace srs::ui
