#include "SubmissionWizardDialog.h"

#include "session/ProjectBrowser.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

using session::SubmissionDraft;
using session::SubmissionWizard;
using Page = SubmissionDraft::Page;

namespace {

QLabel *wrapped(const QString &text, QWidget *parent, const char *objectName = nullptr)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    if (objectName)
        l->setObjectName(QString::fromLatin1(objectName));
    return l;
}

// Where a finding is, as a spreadsheet shows it: the server names cells by their place in the
// file, never by their labels.
QString findingPlace(const protocol::CheckFindingInfo &f)
{
    QString where;
    if (f.line > 0)
        return SubmissionWizardDialog::tr("Line %1").arg(f.line);
    if (!f.cell.isEmpty())
        where =
            SubmissionWizardDialog::tr("Row %1, column %2 (%3)").arg(f.fileRow).arg(f.fileColumn).arg(f.cell);
    else if (f.fileRow > 0)
        where = SubmissionWizardDialog::tr("Row %1").arg(f.fileRow);
    else if (f.fileColumn > 0)
        where = SubmissionWizardDialog::tr("Column %1").arg(f.fileColumn);
    else
        return SubmissionWizardDialog::tr("Whole table");
    if (!f.sheet.isEmpty())
        where = SubmissionWizardDialog::tr("%1 of sheet \"%2\"").arg(where, f.sheet);
    return where;
}

QString roleText(domain::FileRole role)
{
    switch (role) {
    case domain::FileRole::Output:
        return SubmissionWizardDialog::tr("Output (to be released)");
    case domain::FileRole::Supporting:
        return SubmissionWizardDialog::tr("Supporting (for the checkers, never released)");
    case domain::FileRole::Code:
        return SubmissionWizardDialog::tr("Code (to be released)");
    }
    return {};
}

// A page that shows what it still needs and only lets the person on when it is complete.
class StepPage : public QWizardPage
{
public:
    StepPage(SubmissionWizard *controller, Page page, const QString &title, const QString &subTitle)
        : m_controller(controller), m_page(page), m_problem(wrapped({}, this, "pageProblemLabel"))
    {
        setTitle(title);
        setSubTitle(subTitle);
        m_problem->setStyleSheet(u"color: #b3261e;"_s);
        m_problem->setVisible(false);
        m_layout = new QVBoxLayout(this);
        // Fixing a returned request: what the checkers said stays in sight on every page.
        m_returned = wrapped({}, this, "returnedBanner");
        m_returned->setFrameShape(QFrame::StyledPanel);
        m_returned->setVisible(false);
        m_layout->addWidget(m_returned);
        // A draft that cannot be kept on this computer yet (just after signing in, before the
        // cache has opened) is said, rather than stopping the person.
        m_notKept = wrapped({}, this, "draftNotKeptLabel");
        m_notKept->setStyleSheet(u"background: #fff4e5; color: #663c00; padding: 6px; border-radius: 4px;"_s);
        m_notKept->setVisible(false);
        m_layout->addWidget(m_notKept);
        QObject::connect(controller, &SubmissionWizard::saveProblemChanged, this,
                         [this](const QString &problem) { showNotKept(problem); });
    }
    bool validatePage() override
    {
        store();
        const int next = static_cast<int>(m_page) + 1;
        if (next > static_cast<int>(Page::Commit))
            return true;
        const Status s = m_controller->goTo(static_cast<Page>(next));
        showProblem(s.ok() ? QString() : s.error().message);
        return s.ok();
    }
    void initializePage() override
    {
        m_problem->setVisible(false);
        const SubmissionDraft &d = draft();
        if (d.isResubmission()) {
            m_returned->setText(
                d.returnNote.isEmpty()
                    ? SubmissionWizardDialog::tr(
                          "You are fixing request %1, which the output checkers returned.")
                          .arg(d.resubmitOf)
                    : SubmissionWizardDialog::tr("You are fixing request %1. The output checkers said: “%2”")
                          .arg(d.resubmitOf, d.returnNote));
        }
        m_returned->setVisible(d.isResubmission());
        showNotKept(m_controller->saveProblem());
        load();
    }
    void cleanupPage() override
    {
        if (!m_controller->isActive())
            return; // submitted or cleared: nothing to keep
        store();
        // Back: the draft now resumes on the page before. Closing: it stays where it was.
        if (!wizard()->property("closing").toBool())
            (void)m_controller->goTo(static_cast<Page>(std::max(0, static_cast<int>(m_page) - 1)));
        else
            (void)m_controller->save();
    }

protected:
    virtual void load() = 0;
    virtual void store() = 0;
    void finishLayout()
    {
        m_layout->addStretch(1);
        m_layout->addWidget(m_problem);
    }
    void showProblem(const QString &text)
    {
        m_problem->setText(text);
        m_problem->setVisible(!text.isEmpty());
    }
    SubmissionDraft &draft() { return m_controller->draft(); }
    void showNotKept(const QString &problem)
    {
        m_notKept->setText(problem.isEmpty()
                               ? QString()
                               : SubmissionWizardDialog::tr("%1 This draft will be saved as soon as it "
                                                            "can be; until then, it is only in this window.")
                                     .arg(problem));
        m_notKept->setVisible(!problem.isEmpty());
    }

    SubmissionWizard *m_controller;
    Page m_page;
    QLabel *m_problem;
    QLabel *m_returned;
    QLabel *m_notKept;
    QVBoxLayout *m_layout;
};

class TypePage : public StepPage
{
public:
    explicit TypePage(SubmissionWizard *c)
        : StepPage(c, Page::Type, SubmissionWizardDialog::tr("What are you asking to release?"),
                   SubmissionWizardDialog::tr("The kind of clearance decides who may see the outputs and "
                                              "what the checkers look for."))
    {
        const struct
        {
            domain::ClearanceType type;
            const char *name;
            QString title;
            QString text;
        } kinds[] = {
            {domain::ClearanceType::PrePublication, "prePublicationRadio",
             SubmissionWizardDialog::tr("Pre-publication"),
             SubmissionWizardDialog::tr("To share with the named project team only, for example drafts for "
                                        "co-authors. It must be destroyed when the project ends.")},
            {domain::ClearanceType::Publication, "publicationRadio",
             SubmissionWizardDialog::tr("Publication"),
             SubmissionWizardDialog::tr(
                 "Everything that will be disseminated: tables, words and graphics, with "
                 "the underlying data (counts) the checkers need.")},
            {domain::ClearanceType::Code, "codeRadio", SubmissionWizardDialog::tr("Code"),
             SubmissionWizardDialog::tr("Analysis code to take out: no identifiers or record listings, and "
                                        "annotated so a checker can follow it.")},
        };
        for (const auto &k : kinds) {
            auto *radio = new QRadioButton(k.title, this);
            radio->setObjectName(QString::fromLatin1(k.name));
            m_group.addButton(radio, static_cast<int>(k.type));
            m_layout->addWidget(radio);
            auto *explain = wrapped(k.text, this);
            explain->setContentsMargins(24, 0, 0, 8);
            m_layout->addWidget(explain);
        }
        m_title = new QLineEdit(this);
        m_title->setObjectName(u"requestTitleEdit"_s);
        m_title->setPlaceholderText(SubmissionWizardDialog::tr("For example: Income by region, 2024"));
        auto *form = new QFormLayout;
        form->addRow(SubmissionWizardDialog::tr("Title of the request"), m_title);
        m_layout->addLayout(form);
        finishLayout();
    }

protected:
    void load() override
    {
        if (draft().typeChosen)
            m_group.button(static_cast<int>(draft().clearanceType))->setChecked(true);
        m_title->setText(draft().title);
    }
    void store() override
    {
        if (m_group.checkedId() >= 0) {
            draft().typeChosen = true;
            draft().clearanceType = static_cast<domain::ClearanceType>(m_group.checkedId());
        }
        draft().title = m_title->text().trimmed();
    }

private:
    QButtonGroup m_group;
    QLineEdit *m_title;
};

class FilesPage : public StepPage
{
public:
    explicit FilesPage(SubmissionWizard *c)
        : StepPage(
              c, Page::Files, SubmissionWizardDialog::tr("Which files?"),
              SubmissionWizardDialog::tr("Choose from the project's workspace. Outputs and code are released "
                                         "if approved; supporting files (counts, top contributions) are only "
                                         "for the checkers."))
    {
        m_filter = new QLineEdit(this);
        m_filter->setObjectName(u"fileFilterEdit"_s);
        m_filter->setPlaceholderText(SubmissionWizardDialog::tr("Filter the workspace by name"));
        m_files = new QListWidget(this);
        m_files->setObjectName(u"workspaceFileList"_s);
        m_files->setSelectionMode(QAbstractItemView::ExtendedSelection);
        auto *buttons = new QHBoxLayout;
        for (const auto &[role, text, name] :
             {std::tuple{domain::FileRole::Output, SubmissionWizardDialog::tr("Add as output"),
                         "addOutputButton"},
              std::tuple{domain::FileRole::Supporting, SubmissionWizardDialog::tr("Add as supporting"),
                         "addSupportingButton"},
              std::tuple{domain::FileRole::Code, SubmissionWizardDialog::tr("Add as code"),
                         "addCodeButton"}}) {
            auto *b = new QPushButton(text, this);
            b->setObjectName(QString::fromLatin1(name));
            buttons->addWidget(b);
            connect(b, &QPushButton::clicked, this, [this, r = role] {
                for (QListWidgetItem *item : m_files->selectedItems())
                    m_controller->setFile(item->text(), r);
                showChosen();
            });
        }
        buttons->addStretch(1);
        m_chosen = new QTableWidget(0, 2, this);
        m_chosen->setObjectName(u"chosenFilesTable"_s);
        m_chosen->setHorizontalHeaderLabels(
            {SubmissionWizardDialog::tr("File"), SubmissionWizardDialog::tr("Role")});
        m_chosen->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_chosen->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        m_chosen->verticalHeader()->hide();
        m_chosen->setEditTriggers(QAbstractItemView::NoEditTriggers);
        auto *remove = new QPushButton(SubmissionWizardDialog::tr("Remove"), this);
        remove->setObjectName(u"removeFileButton"_s);
        connect(remove, &QPushButton::clicked, this, [this] {
            const int row = m_chosen->currentRow();
            if (row >= 0)
                m_controller->removeFile(m_chosen->item(row, 0)->text());
            showChosen();
        });
        connect(m_filter, &QLineEdit::textChanged, this, [this] { showWorkspace(); });
        // The workspace arriving or changing while the page is open (a first sync) shows at once.
        connect(c, &SubmissionWizard::workspaceChanged, this, [this] {
            if (isVisible())
                showWorkspace();
        });
        m_layout->addWidget(m_filter);
        m_layout->addWidget(m_files, 2);
        m_layout->addLayout(buttons);
        m_layout->addWidget(wrapped(SubmissionWizardDialog::tr("In this request:"), this));
        m_layout->addWidget(m_chosen, 1);
        m_layout->addWidget(remove, 0, Qt::AlignLeft);
        finishLayout();
    }

protected:
    void load() override
    {
        showWorkspace();
        showChosen();
    }
    void store() override {}

private:
    void showWorkspace()
    {
        m_files->clear();
        const QString filter = m_filter->text().trimmed();
        int shown = 0;
        for (const cache::CachedEntry &e : m_controller->workspace()) {
            if (e.directory || (!filter.isEmpty() && !e.path.contains(filter, Qt::CaseInsensitive)))
                continue;
            if (++shown > 2000)
                break; // the filter narrows it
            m_files->addItem(e.path);
        }
        m_files->sortItems();
    }
    void showChosen()
    {
        const auto &files = draft().files;
        m_chosen->setRowCount(static_cast<int>(files.size()));
        for (int i = 0; i < files.size(); ++i) {
            m_chosen->setItem(i, 0, new QTableWidgetItem(files[i].path));
            m_chosen->setItem(i, 1, new QTableWidgetItem(roleText(files[i].role)));
        }
    }

    QLineEdit *m_filter;
    QListWidget *m_files;
    QTableWidget *m_chosen;
};

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
        for (const cache::CachedEntry &e : m_controller->workspace())
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

class ChecksPage : public StepPage
{
public:
    explicit ChecksPage(SubmissionWizard *c)
        : StepPage(
              c, Page::Checks, SubmissionWizardDialog::tr("Check for disclosure risks"),
              SubmissionWizardDialog::tr("The service checks the files where they are, inside the secure "
                                         "environment, and names each problem cell by its labels."))
    {
        m_run = new QPushButton(SubmissionWizardDialog::tr("Run the checks"), this);
        m_run->setObjectName(u"runChecksButton"_s);
        m_status = wrapped({}, this, "checkStatusLabel");
        m_results = new QTreeWidget(this);
        m_results->setObjectName(u"checkResultsTree"_s);
        m_results->setHeaderLabels(
            {SubmissionWizardDialog::tr("File and finding"), SubmissionWizardDialog::tr("Rule")});
        m_results->header()->setStretchLastSection(false);
        m_results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_results->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        m_detail = wrapped({}, this, "findingDetailLabel");
        m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
        connect(m_results, &QTreeWidget::currentItemChanged, this,
                [this](QTreeWidgetItem *item) { m_detail->setText(item ? item->toolTip(0) : QString()); });
        auto *row = new QHBoxLayout;
        row->addWidget(m_run);
        row->addWidget(m_status, 1);
        m_layout->addLayout(row);
        m_layout->addWidget(m_results, 1);
        m_layout->addWidget(m_detail);
        finishLayout();
        connect(m_run, &QPushButton::clicked, this, [this] {
            store();
            m_controller->runChecks();
        });
        connect(c, &SubmissionWizard::checksStarted, this, [this] {
            m_run->setEnabled(false);
            m_status->setText(SubmissionWizardDialog::tr("Checking on the server…"));
        });
        connect(c, &SubmissionWizard::checksFinished, this, [this] {
            m_run->setEnabled(true);
            showResults();
            showProblem({});
        });
        connect(c, &SubmissionWizard::checksFailed, this, [this](const QString &message) {
            m_run->setEnabled(true);
            m_status->setText({});
            showProblem(SubmissionWizardDialog::tr("The checks could not be run: %1").arg(message));
        });
        connect(c, &SubmissionWizard::checksOutOfDateChanged, this, [this] { showResults(); });
    }

protected:
    void load() override { showResults(); }
    void store() override {}

private:
    void showResults()
    {
        m_results->clear();
        const auto &check = draft().lastCheck;
        if (!check) {
            m_status->setText(SubmissionWizardDialog::tr("Not checked yet."));
            return;
        }
        int fails = 0, reviews = 0;
        for (const protocol::CheckItemInfo &item : check->items) {
            auto *top = new QTreeWidgetItem(m_results, {item.path, item.status});
            if (item.error)
                new QTreeWidgetItem(
                    top, {SubmissionWizardDialog::tr("Could not be checked: %1").arg(item.error->message),
                          QString()});
            for (const protocol::CheckFindingInfo &f : item.findings) {
                const QString where = findingPlace(f);
                const QString outcome = f.outcome == u"fail"_s
                                            ? SubmissionWizardDialog::tr("Must be fixed")
                                            : SubmissionWizardDialog::tr("A checker will look");
                auto *finding =
                    new QTreeWidgetItem(top, {u"%1 — %2: %3"_s.arg(outcome, where, f.message), f.rule});
                finding->setToolTip(0, finding->text(0));
                if (!m_results->currentItem())
                    m_results->setCurrentItem(finding);
                (f.outcome == u"fail"_s ? fails : reviews) += 1;
            }
            if (item.findingsTotal > item.findings.size())
                new QTreeWidgetItem(top, {SubmissionWizardDialog::tr("… and %1 more")
                                              .arg(item.findingsTotal - item.findings.size()),
                                          QString()});
            top->setExpanded(true);
        }
        QString text = fails == 0 && reviews == 0
                           ? SubmissionWizardDialog::tr("No problems found.")
                           : SubmissionWizardDialog::tr("%1 to fix or explain, %2 for a checker to look at.")
                                 .arg(fails)
                                 .arg(reviews);
        if (m_controller->checksOutOfDate())
            text = SubmissionWizardDialog::tr("Files have changed since this check: run it again.");
        m_status->setText(text);
    }

    QPushButton *m_run;
    QLabel *m_status;
    QTreeWidget *m_results;
    QLabel *m_detail = nullptr;
};

class ExceptionsPage : public StepPage
{
public:
    explicit ExceptionsPage(SubmissionWizard *c)
        : StepPage(
              c, Page::Exceptions, SubmissionWizardDialog::tr("Explain what remains"),
              SubmissionWizardDialog::tr("For each problem you have not fixed, say why the output is safe to "
                                         "release. A checker decides; most requests come back when this is "
                                         "missing."))
    {
        m_area = new QScrollArea(this);
        m_area->setWidgetResizable(true);
        m_layout->addWidget(m_area, 1);
        finishLayout();
    }

protected:
    void load() override
    {
        m_edits.clear();
        auto *inner = new QWidget;
        auto *v = new QVBoxLayout(inner);
        QList<protocol::CheckFindingInfo> findings;
        if (draft().lastCheck)
            for (const protocol::CheckItemInfo &item : draft().lastCheck->items)
                for (const protocol::CheckFindingInfo &f : item.findings)
                    if (f.outcome == u"fail"_s)
                        findings.append(f);
        for (const protocol::CheckFindingInfo &f : std::as_const(findings)) {
            v->addWidget(
                wrapped(u"<b>%1</b><br/>%2"_s.arg(f.path.toHtmlEscaped(), f.message.toHtmlEscaped()), inner));
            auto *edit = new QPlainTextEdit(inner);
            edit->setObjectName(u"justificationEdit"_s);
            edit->setPlaceholderText(SubmissionWizardDialog::tr("Why is this safe to release?"));
            edit->setMaximumHeight(70);
            for (const domain::ExceptionRequest &e : draft().exceptions)
                if (e.path == f.path && e.rule == f.rule && e.cell == f.place() && e.line == f.line)
                    edit->setPlainText(e.justification);
            v->addWidget(edit);
            m_edits.append({f, edit});
        }
        if (findings.isEmpty())
            v->addWidget(
                wrapped(SubmissionWizardDialog::tr("Nothing to explain: no cell or line must be fixed."),
                        inner, "nothingToExplainLabel"));
        v->addStretch(1);
        m_area->setWidget(inner);
    }
    void store() override
    {
        for (const auto &[finding, edit] : std::as_const(m_edits))
            if (!edit->toPlainText().trimmed().isEmpty())
                m_controller->setException(finding, edit->toPlainText().trimmed());
    }

private:
    QScrollArea *m_area;
    QList<std::pair<protocol::CheckFindingInfo, QPlainTextEdit *>> m_edits;
};

class ContextPage : public StepPage
{
public:
    explicit ContextPage(SubmissionWizard *c)
        : StepPage(c, Page::Context, SubmissionWizardDialog::tr("Context and controls"),
                   SubmissionWizardDialog::tr(
                       "What each output is, where it will be published or to whom it goes, "
                       "and what you did to control disclosure."))
    {
        m_area = new QScrollArea(this);
        m_area->setWidgetResizable(true);
        m_controls = new QPlainTextEdit(this);
        m_controls->setObjectName(u"controlsEdit"_s);
        m_controls->setPlaceholderText(SubmissionWizardDialog::tr(
            "For example: cells under 10 suppressed, with a second cell in each row"));
        m_controls->setMaximumHeight(80);
        m_layout->addWidget(m_area, 1);
        m_layout->addWidget(wrapped(SubmissionWizardDialog::tr("Disclosure control applied"), this));
        m_layout->addWidget(m_controls);
        finishLayout();
    }

protected:
    void load() override
    {
        m_rows.clear();
        auto *inner = new QWidget;
        auto *form = new QFormLayout(inner);
        for (const domain::SubmissionFile &f : draft().files) {
            if (f.role == domain::FileRole::Supporting)
                continue;
            auto *what = new QLineEdit(f.description, inner);
            what->setObjectName(u"descriptionEdit"_s);
            what->setPlaceholderText(SubmissionWizardDialog::tr("What it is"));
            auto *where = new QLineEdit(f.destination, inner);
            where->setObjectName(u"destinationEdit"_s);
            where->setPlaceholderText(
                SubmissionWizardDialog::tr("Where it will be published, or to whom it goes"));
            auto *box = new QVBoxLayout;
            box->addWidget(what);
            box->addWidget(where);
            form->addRow(f.path, box);
            m_rows.append({f.path, what, where});
        }
        m_area->setWidget(inner);
        m_controls->setPlainText(draft().controls);
    }
    void store() override
    {
        for (const auto &[path, what, where] : std::as_const(m_rows)) {
            for (domain::SubmissionFile &f : draft().files) {
                if (f.path == path) {
                    f.description = what->text().trimmed();
                    f.destination = where->text().trimmed();
                }
            }
        }
        draft().controls = m_controls->toPlainText().trimmed();
    }

private:
    QScrollArea *m_area;
    QPlainTextEdit *m_controls;
    QList<std::tuple<QString, QLineEdit *, QLineEdit *>> m_rows;
};

class CommitPage : public StepPage
{
public:
    explicit CommitPage(SubmissionWizard *c, QWizard *wizard)
        : StepPage(c, Page::Commit, SubmissionWizardDialog::tr("Declaration and summary"),
                   SubmissionWizardDialog::tr(
                       "Read the summary, confirm the declaration and submit. A person checks "
                       "every output before anything leaves."))
    {
        m_summary = new QTextBrowser(this);
        m_summary->setObjectName(u"summaryBrowser"_s);
        // The declaration wraps in a label; a check box's own text would not.
        auto *declaration =
            wrapped(SubmissionWizardDialog::tr(
                        "I declare that these outputs are what I describe, that I have applied the "
                        "disclosure controls stated, and that they contain no identifying "
                        "information beyond what the checks and my explanations cover."),
                    this, "declarationTextLabel");
        m_declare = new QCheckBox(SubmissionWizardDialog::tr("I make this declaration"), this);
        m_declare->setObjectName(u"declarationCheck"_s);
        m_answerLabel = wrapped(SubmissionWizardDialog::tr("What you changed in answer to the output "
                                                           "checkers (they read this with the new version):"),
                                this, "resubmitAnswerLabel");
        m_answer = new QPlainTextEdit(this);
        m_answer->setObjectName(u"resubmitAnswerEdit"_s);
        m_answer->setTabChangesFocus(true);
        m_answer->setMaximumHeight(90);
        m_answerLabel->setBuddy(m_answer);
        m_layout->addWidget(m_summary, 1);
        m_layout->addWidget(m_answerLabel);
        m_layout->addWidget(m_answer);
        m_layout->addWidget(declaration);
        m_layout->addWidget(m_declare);
        finishLayout();
        // QWizard validates the page again on accept(): by then the request is in.
        connect(c, &SubmissionWizard::submitted, this, [this, wizard] {
            m_submitted = true;
            wizard->accept();
        });
        connect(c, &SubmissionWizard::submitFailed, this, [this](const QString &message) {
            m_sending = false;
            showProblem(SubmissionWizardDialog::tr("Not submitted: %1 Your draft is kept.").arg(message));
        });
    }
    bool validatePage() override
    {
        if (m_submitted)
            return true;
        store();
        if (m_sending)
            return false;
        m_sending = true;
        m_controller->submit(); // the dialog closes when the server has it
        return false;
    }

protected:
    void load() override
    {
        m_sending = false;
        const SubmissionDraft &d = draft();
        const QString kind = d.clearanceType == domain::ClearanceType::PrePublication
                                 ? SubmissionWizardDialog::tr("pre-publication (the project team only)")
                             : d.clearanceType == domain::ClearanceType::Code
                                 ? SubmissionWizardDialog::tr("code")
                                 : SubmissionWizardDialog::tr("publication");
        const QString exceptions =
            d.exceptions.isEmpty() ? SubmissionWizardDialog::tr("No exceptions asked for.")
            : d.exceptions.size() == 1
                ? SubmissionWizardDialog::tr("One exception asked for.")
                : SubmissionWizardDialog::tr("%1 exceptions asked for.").arg(d.exceptions.size());
        QString html = u"<h3>%1</h3><p>"_s.arg(d.title.toHtmlEscaped()) +
                       SubmissionWizardDialog::tr("Clearance: %1").arg(kind) + u"</p><ul>"_s;
        for (const domain::SubmissionFile &f : d.files)
            html += u"<li>%1 — %2</li>"_s.arg(f.path.toHtmlEscaped(), roleText(f.role).toHtmlEscaped());
        html += u"</ul><p>"_s + exceptions + u"</p><p>"_s + d.controls.toHtmlEscaped() + u"</p>"_s;
        m_summary->setHtml(html);
        m_declare->setChecked(d.declared);
        m_answerLabel->setVisible(d.isResubmission());
        m_answer->setVisible(d.isResubmission());
        m_answer->setPlainText(d.answer);
    }
    void store() override
    {
        draft().declared = m_declare->isChecked();
        if (draft().isResubmission())
            draft().answer = m_answer->toPlainText();
    }

private:
    QTextBrowser *m_summary;
    QCheckBox *m_declare;
    QLabel *m_answerLabel;
    QPlainTextEdit *m_answer;
    bool m_sending = false;
    bool m_submitted = false;
};

} // namespace

SubmissionWizardDialog::SubmissionWizardDialog(session::SubmissionWizard *controller, QWidget *parent)
    : QWizard(parent), m_controller(controller)
{
    setObjectName(u"submissionWizard"_s);
    setWindowTitle(tr("Request output clearance"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("Submit for checking"));
    setPage(idOf(Page::Type), new TypePage(controller));
    setPage(idOf(Page::Files), new FilesPage(controller));
    setPage(idOf(Page::Tables), new TablesPage(controller));
    setPage(idOf(Page::Checks), new ChecksPage(controller));
    setPage(idOf(Page::Exceptions), new ExceptionsPage(controller));
    setPage(idOf(Page::Context), new ContextPage(controller));
    setPage(idOf(Page::Commit), new CommitPage(controller, this));
    resize(900, 640);
    // The workstation locks: the draft has been saved; nothing of it stays on screen.
    connect(controller, &session::SubmissionWizard::draftChanged, this, [this] {
        if (!m_controller->isActive() && isVisible() && !property("closing").toBool())
            reject();
    });
}

void SubmissionWizardDialog::done(int result)
{
    setProperty("closing", true);
    QWizard::done(result);
    setProperty("closing", false);
}

void SubmissionWizardDialog::showDraft()
{
    const session::SubmissionDraft &d = m_controller->draft();
    setWindowTitle(d.isResubmission() ? tr("Fix and resubmit request %1").arg(d.resubmitOf)
                                      : tr("Request output clearance"));
    setButtonText(QWizard::FinishButton,
                  d.isResubmission() ? tr("Resubmit for checking") : tr("Submit for checking"));
    // From the start, then on through every complete page to where the person was, so that
    // Back works as it did.
    const int target = idOf(m_controller->draft().page);
    setStartId(idOf(Page::Type));
    restart();
    while (currentId() < target) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break; // that page is not complete any more: it shows what it needs
    }
}

} // namespace srs::ui

namespace srs::ui {

SubmissionWizardDialog *SubmissionWizardDialog::openFor(session::SubmissionWizard *controller,
                                                        QWidget *parent)
{
    auto *dialog = new SubmissionWizardDialog(controller, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Not exec() for the answer: it comes in the network answer's signal, and a nested event
    // loop there would delete the call under it.
    auto submitted = std::make_shared<QMetaObject::Connection>();
    const bool again = controller->draft().isResubmission();
    *submitted = connect(
        controller, &session::SubmissionWizard::submitted, parent,
        [parent, submitted, again](const protocol::SubmissionInfo &info) {
            disconnect(*submitted);
            const QDate due = info.submission.expectedAnswerDate;
            const QString when = due.isValid() ? QLocale().toString(due, u"dddd d MMMM yyyy"_s) : QString();
            QString text;
            if (again)
                text = due.isValid()
                           ? tr("Your new version of request %1 has been sent with your answer. Output "
                                "checkers will look at it again; expect an answer by %2 (five working "
                                "days).")
                                 .arg(info.submission.id, when)
                           : tr("Your new version of request %1 has been sent.").arg(info.submission.id);
            else
                text = due.isValid()
                           ? tr("Your request %1 has been submitted. Output checkers will look at it; "
                                "expect an answer by %2 (five working days).")
                                 .arg(info.submission.id, when)
                           : tr("Your request %1 has been submitted.").arg(info.submission.id);
            auto *done = new QMessageBox(QMessageBox::Information,
                                         again ? tr("Request resubmitted") : tr("Request submitted"), text,
                                         QMessageBox::Ok, parent);
            done->setObjectName(u"submittedMessage"_s);
            done->setAttribute(Qt::WA_DeleteOnClose);
            done->open();
        });
    connect(dialog, &QDialog::rejected, dialog, [submitted] { QObject::disconnect(*submitted); });
    dialog->showDraft();
    dialog->open();
    return dialog;
}

} // namespace srs::ui
