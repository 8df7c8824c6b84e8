#include "StepPage.h"
#include "WizardPages.h"

#include "ui/submissions/SubmissionWizardDialog.h"

#include "session/WorkspaceSync.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <initializer_list>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui::wizard {

namespace {

class TablesPage : public StepPage
{
public:
    explicit TablesPage(SubmissionWizard *c)
        : StepPage(
              c, Page::Tables, SubmissionWizardDialog::tr("Describe each table"),
              SubmissionWizardDialog::tr("The checks need to know what each table shows and where its counts "
                                         "are. Guesses from the file names are filled in: check them."))
    {
        m_list = new QListWidget(this);
        m_list->setObjectName(u"tableList"_s);
        m_list->setAccessibleName(SubmissionWizardDialog::tr("Tables and figures of this request"));
        m_statistic = new QComboBox(this);
        m_statistic->setObjectName(u"statisticCombo"_s);
        for (const auto &[value, text] :
             {std::pair{u"frequency"_s,
                        SubmissionWizardDialog::tr("Counts of people or records (frequency)")},
              {u"percentage"_s, SubmissionWizardDialog::tr("Percentages")},
              {u"mean"_s, SubmissionWizardDialog::tr("Means")},
              {u"sum"_s, SubmissionWizardDialog::tr("Totals (sums)")},
              {u"ratio"_s, SubmissionWizardDialog::tr("Ratios")},
              {u"median"_s, SubmissionWizardDialog::tr("Medians")},
              {u"regression"_s, SubmissionWizardDialog::tr("Regression results")}})
            m_statistic->addItem(text, value);
        for (auto *combo : {&m_counts, &m_top1, &m_top2, &m_total, &m_source}) {
            *combo = new QComboBox(this);
            (*combo)->setEditable(false);
        }
        m_counts->setObjectName(u"countsCombo"_s);
        m_top1->setObjectName(u"top1Combo"_s);
        m_top2->setObjectName(u"top2Combo"_s);
        m_total->setObjectName(u"totalCombo"_s);
        m_source->setObjectName(u"figureSourceCombo"_s);
        m_weighted =
            new QCheckBox(SubmissionWizardDialog::tr("The values are weighted (the counts are not)"), this);
        m_weighted->setObjectName(u"weightedCheck"_s);
        m_sheet = new QLineEdit(this);
        m_sheet->setObjectName(u"sheetEdit"_s);
        m_sheet->setPlaceholderText(SubmissionWizardDialog::tr("The first sheet"));
        m_sheet->setToolTip(SubmissionWizardDialog::tr("For an Excel workbook: the name of the sheet "
                                                       "holding the table."));
        m_labelRows = new QSpinBox(this);
        m_labelRows->setObjectName(u"labelRowsSpin"_s);
        m_labelColumns = new QSpinBox(this);
        m_labelColumns->setObjectName(u"labelColumnsSpin"_s);
        for (QSpinBox *spin : {m_labelRows, m_labelColumns})
            spin->setRange(1, 9);
        m_labelRows->setToolTip(SubmissionWizardDialog::tr(
            "How many rows at the top hold the column labels (2 for \"Female\" over \"Under 35\")."));
        m_labelColumns->setToolTip(
            SubmissionWizardDialog::tr("How many columns at the left hold the row labels."));
        m_labelRows->setAccessibleName(SubmissionWizardDialog::tr("Rows of column labels"));
        m_labelRows->setAccessibleDescription(m_labelRows->toolTip());
        m_labelColumns->setAccessibleName(SubmissionWizardDialog::tr("Columns of row labels"));
        m_labelColumns->setAccessibleDescription(m_labelColumns->toolTip());
        auto *labels = m_labelRowsLayout = new QHBoxLayout;
        labels->addWidget(m_labelRows);
        labels->addWidget(new QLabel(SubmissionWizardDialog::tr("rows of column labels, and"), this));
        labels->addWidget(m_labelColumns);
        labels->addWidget(new QLabel(SubmissionWizardDialog::tr("columns of row labels"), this));
        labels->addStretch(1);
        m_margins = new QComboBox(this);
        m_margins->setObjectName(u"marginsCombo"_s);
        m_margins->addItem(SubmissionWizardDialog::tr("Found by their labels (Total, All, Overall)"),
                           u"auto"_s);
        m_margins->addItem(SubmissionWizardDialog::tr("It has a total row or column: check it"), u"true"_s);
        m_margins->addItem(SubmissionWizardDialog::tr("It has no totals"), u"false"_s);
        m_dataset = new QComboBox(this);
        m_dataset->setObjectName(u"datasetCombo"_s);
        m_form = new QFormLayout;
        m_form->addRow(SubmissionWizardDialog::tr("What it shows"), m_statistic);
        m_form->addRow(SubmissionWizardDialog::tr("Counts file"), m_counts);
        m_form->addRow(SubmissionWizardDialog::tr("Largest contribution"), m_top1);
        m_form->addRow(SubmissionWizardDialog::tr("Second largest"), m_top2);
        m_form->addRow(SubmissionWizardDialog::tr("Cell totals"), m_total);
        m_form->addRow(QString(), m_weighted);
        m_form->addRow(SubmissionWizardDialog::tr("Sheet"), m_sheet);
        m_form->addRow(SubmissionWizardDialog::tr("Labels"), labels);
        m_form->addRow(SubmissionWizardDialog::tr("Totals"), m_margins);
        m_form->addRow(SubmissionWizardDialog::tr("From the dataset"), m_dataset);
        m_form->addRow(SubmissionWizardDialog::tr("Drawn from the table"), m_source);
        auto *row = new QHBoxLayout;
        row->addWidget(m_list, 1);
        row->addLayout(m_form, 2);
        m_layout->addLayout(row, 1);
        finishLayout();
        connect(m_list, &QListWidget::currentTextChanged, this, [this] { showSelected(); });
        for (QComboBox *combo :
             {m_statistic, m_counts, m_top1, m_top2, m_total, m_source, m_margins, m_dataset})
            connect(combo, &QComboBox::activated, this, [this] { apply(); });
        connect(m_weighted, &QCheckBox::toggled, this, [this] { apply(); });
        connect(m_sheet, &QLineEdit::editingFinished, this, [this] { apply(); });
        for (QSpinBox *spin : {m_labelRows, m_labelColumns})
            connect(spin, &QSpinBox::valueChanged, this, [this] { apply(); });
    }

protected:
    void load() override
    {
        m_controller->guessTables();
        QStringList companions{QString()};
        for (const domain::WorkspaceEntry &e : m_controller->workspace())
            if (!e.directory && session::isTableFile(e.path))
                companions << e.path;
        companions.sort();
        for (QComboBox *combo : {m_counts, m_top1, m_top2, m_total}) {
            combo->clear();
            for (const QString &p : std::as_const(companions))
                combo->addItem(p.isEmpty() ? SubmissionWizardDialog::tr("(none)") : p, p);
        }
        m_dataset->clear();
        m_dataset->addItem(SubmissionWizardDialog::tr("(not stated)"), QString());
        for (const domain::Dataset &d : m_controller->projectDatasets())
            m_dataset->addItem(SubmissionWizardDialog::tr("%1 (%2)").arg(d.title, d.id), d.id);
        m_source->clear();
        m_source->addItem(SubmissionWizardDialog::tr("(choose)"), QString());
        m_list->clear();
        for (const domain::SubmissionFile &f : draft().files) {
            if (f.role != domain::FileRole::Output)
                continue;
            if (session::isTableFile(f.path)) {
                m_list->addItem(f.path);
                m_source->addItem(f.path, f.path);
            } else if (session::isFigureFile(f.path)) {
                m_list->addItem(f.path);
            }
        }
        if (m_list->count() > 0)
            m_list->setCurrentRow(0);
        showSelected();
    }
    void store() override { apply(); }

private:
    static void select(QComboBox *combo, const QString &value)
    {
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
    }
    void showSelected()
    {
        const QString path = m_list->currentItem() ? m_list->currentItem()->text() : QString();
        const bool figure = session::isFigureFile(path);
        m_updating = true;
        for (QWidget *w :
             std::initializer_list<QWidget *>{m_statistic, m_counts, m_top1, m_top2, m_total, m_weighted,
                                              m_labelRows, m_labelColumns, m_margins, m_dataset})
            w->setEnabled(!path.isEmpty() && !figure);
        m_sheet->setEnabled(path.endsWith(u".xlsx"_s, Qt::CaseInsensitive));
        m_source->setEnabled(figure);
        domain::TableSpec shown;
        if (const domain::TableSpec *t = draft().table(path))
            shown = *t;
        select(m_statistic, domain::statisticName(shown.statistic));
        select(m_counts, shown.counts.file);
        select(m_top1, shown.top1.file);
        select(m_top2, shown.top2.file);
        select(m_total, shown.total.file);
        m_weighted->setChecked(shown.weighted);
        m_sheet->setText(shown.sheet);
        m_labelRows->setValue(shown.layout.labelRows);
        m_labelColumns->setValue(shown.layout.labelColumns);
        select(m_margins, marginsChoice(shown.margins.mode));
        select(m_dataset, shown.dataset);
        select(m_source, draft().figureSources.value(path));
        showRowsFor(figure, domain::isMagnitude(shown.statistic));
        m_updating = false;
    }
    void apply()
    {
        if (m_updating || !m_list->currentItem())
            return;
        const QString path = m_list->currentItem()->text();
        if (session::isFigureFile(path)) {
            draft().figureSources.insert(path, m_source->currentData().toString());
            return;
        }
        domain::TableSpec t = draft().table(path) ? *draft().table(path) : domain::TableSpec{};
        t.file = path;
        const QString statistic = m_statistic->currentData().toString();
        if (statistic != domain::statisticName(t.statistic) &&
            !domain::parseStatistic(statistic, t.statistic, t.percentile))
            t.statistic = domain::Statistic::Frequency;
        // A companion keeps its sheet or column while its file is the one chosen.
        for (const auto &[combo, companion] : {std::pair{m_counts, &t.counts}, std::pair{m_top1, &t.top1},
                                               std::pair{m_top2, &t.top2}, std::pair{m_total, &t.total}}) {
            const QString file = combo->currentData().toString();
            if (file != companion->file)
                *companion = domain::CompanionSource{file, {}, {}};
        }
        t.weighted = m_weighted->isChecked();
        t.sheet = m_sheet->isEnabled() ? m_sheet->text().trimmed() : QString();
        t.layout.labelRows = m_labelRows->value();
        t.layout.labelColumns = m_labelColumns->value();
        const QString margins = m_margins->currentData().toString();
        if (margins != marginsChoice(t.margins.mode))
            t.margins = domain::MarginSpec{margins == u"true"_s    ? domain::MarginSpec::Mode::On
                                           : margins == u"false"_s ? domain::MarginSpec::Mode::Off
                                                                   : domain::MarginSpec::Mode::Auto,
                                           {},
                                           {}};
        t.dataset = m_dataset->currentData().toString();
        m_controller->setTable(t);
        showRowsFor(false, domain::isMagnitude(t.statistic));
    }
    // The margins choice a spec's mode is offered as (totals named by their labels are found by
    // them too, as far as the page can say).
    static QString marginsChoice(domain::MarginSpec::Mode mode)
    {
        switch (mode) {
        case domain::MarginSpec::Mode::On:
            return u"true"_s;
        case domain::MarginSpec::Mode::Off:
            return u"false"_s;
        case domain::MarginSpec::Mode::Auto:
        case domain::MarginSpec::Mode::Named:
            break;
        }
        return u"auto"_s;
    }
    // Only what applies is asked: a figure needs only the table it was drawn from; top
    // contributions and cell totals only matter for magnitude tables (sums, means, ratios).
    void showRowsFor(bool figure, bool magnitude)
    {
        for (QWidget *w : std::initializer_list<QWidget *>{m_statistic, m_counts, m_weighted, m_sheet,
                                                           m_margins, m_dataset})
            m_form->setRowVisible(w, !figure);
        m_form->setRowVisible(m_labelRowsLayout, !figure);
        for (QWidget *w : std::initializer_list<QWidget *>{m_top1, m_top2, m_total})
            m_form->setRowVisible(w, !figure && magnitude);
        m_form->setRowVisible(m_source, figure);
    }

    QListWidget *m_list;
    QComboBox *m_statistic;
    QComboBox *m_counts = nullptr;
    QComboBox *m_top1 = nullptr;
    QComboBox *m_top2 = nullptr;
    QComboBox *m_total = nullptr;
    QComboBox *m_source = nullptr;
    QCheckBox *m_weighted;
    QLineEdit *m_sheet;
    QSpinBox *m_labelRows;
    QSpinBox *m_labelColumns;
    QHBoxLayout *m_labelRowsLayout = nullptr;
    QComboBox *m_margins;
    QComboBox *m_dataset;
    QFormLayout *m_form;
    bool m_updating = false;
};

} // namespace

QWizardPage *createTablesPage(SubmissionWizard *c)
{
    return new TablesPage(c);
}

} // namespace srs::ui::wizard
