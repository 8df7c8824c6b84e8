// The checkers' item models, each under QAbstractItemModelTester as it changes: the queue and
// its filter, the table preview (findings placed by labels and sheets, the cell diff, "show
// only changes") and the findings list.

#include "SdcTestSupport.h"

#include "ui/review/FindingListModel.h"
#include "ui/review/ReviewQueueFilter.h"
#include "ui/review/ReviewQueueModel.h"
#include "ui/review/ReviewTexts.h"
#include "ui/review/TablePreviewModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace srs;
using ui::FindingListModel;
using ui::PlacedFinding;
using ui::ReviewQueueFilter;
using ui::ReviewQueueModel;
using ui::TablePreviewModel;

namespace {

protocol::ReviewQueueItem item(const QString &id, int days, int files = 1, int reviewers = 0)
{
    protocol::ReviewQueueItem i;
    i.id = id;
    i.projectId = "P-" + id;
    i.projectTitle = "Project of " + id;
    i.title = "Title " + id;
    i.files = files;
    i.workingDaysWaiting = days;
    i.reviewers = reviewers;
    i.worstFinding = "pass";
    i.round = 1;
    return i;
}

protocol::CheckFindingInfo finding(const QString &row, const QString &column, const QString &outcome = "fail",
                                   const QString &rule = "threshold", const QString &path = "t.csv")
{
    protocol::CheckFindingInfo f;
    f.rule = rule;
    f.outcome = outcome;
    f.path = path;
    f.rowLabel = row;
    f.columnLabel = column;
    f.message = "Message about " + row + "/" + column;
    return f;
}

// A spec as a request carries it, read by the engine's reader.
domain::TableSpec specOf(const QJsonObject &json)
{
    auto spec = sdc::tableSpecFromJson(json, "spec");
    if (!spec.ok())
        qFatal("%s", qPrintable(spec.error().message));
    return std::move(spec).value();
}

ui::PreviewTable read(const QByteArray &bytes, const QString &path = "t.csv", const QJsonObject &spec = {})
{
    auto t = ui::readPreviewTable(bytes, path, spec.isEmpty() ? std::nullopt : std::optional(specOf(spec)));
    if (!t.ok())
        qFatal("%s", qPrintable(t.error().message));
    return std::move(t).value();
}

QStringList column(const QAbstractItemModel &m, int c, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, c).data(role).toString();
    return out;
}

const QByteArray Freq = "Area,Female,Male\nCardiff,25,9\nNewport,[c],14\nBangor,,3\n";

} // namespace

class TestReviewModels : public QObject
{
    Q_OBJECT
private slots:
    void queueShowsEveryColumnInWords()
    {
        ReviewQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto late = item("R-7", 7, 3, 1);
        late.worstFinding = "fail";
        late.exceptions = 2;
        late.round = 2;
        late.clearanceType = domain::ClearanceType::PrePublication;
        late.claimedByMe = true;
        late.state = domain::SubmissionState::Resubmitted;
        auto due = item("R-8", 5);
        due.notForMe = domain::reviewerr::ProjectMember;
        due.state = domain::SubmissionState::PartlyApproved;
        model.setItems({late, due, item("R-9", 0)});
        QCOMPARE(model.rowCount(), 3);
        auto cell = [&](int row, int c, int role = Qt::DisplayRole) {
            return model.index(row, c).data(role);
        };
        QCOMPARE(cell(0, ReviewQueueModel::RequestColumn).toString(), QString("R-7\nTitle R-7 (round 2)"));
        QCOMPARE(cell(0, ReviewQueueModel::StateColumn).toString(), QString("Resubmitted"));
        QCOMPARE(cell(1, ReviewQueueModel::StateColumn).toString(), QString("Partly approved"));
        QCOMPARE(cell(2, ReviewQueueModel::StateColumn).toString(), QString("New"));
        QCOMPARE(cell(0, ReviewQueueModel::ProjectColumn).toString(), QString("P-R-7"));
        QCOMPARE(cell(0, ReviewQueueModel::ProjectColumn, Qt::ToolTipRole).toString(),
                 QString("Project of R-7"));
        QCOMPARE(cell(0, ReviewQueueModel::TypeColumn).toString(), QString("Pre-publication"));
        QCOMPARE(cell(0, ReviewQueueModel::FilesColumn).toInt(), 3);
        QCOMPARE(cell(0, ReviewQueueModel::WorstFindingColumn).toString(), QString("Fail"));
        QVERIFY(!cell(0, ReviewQueueModel::WorstFindingColumn, Qt::DecorationRole).isNull());
        QCOMPARE(cell(0, ReviewQueueModel::ExceptionsColumn).toInt(), 2);
        // Overdue: in words and with an icon, not colour alone.
        QCOMPARE(cell(0, ReviewQueueModel::WaitingColumn).toString(),
                 QString("7 working days\noverdue by 2"));
        QVERIFY(!cell(0, ReviewQueueModel::WaitingColumn, Qt::DecorationRole).isNull());
        QVERIFY(cell(0, ReviewQueueModel::WaitingColumn, ReviewQueueModel::OverdueRole).toBool());
        QCOMPARE(cell(0, ReviewQueueModel::ReviewersColumn).toString(), QString("1 of 2"));
        QCOMPARE(cell(0, ReviewQueueModel::MineColumn).toString(), QString("Claimed by you"));
        QCOMPARE(cell(1, ReviewQueueModel::WaitingColumn).toString(), QString("5 working days\ndue today"));
        QCOMPARE(cell(0, ReviewQueueModel::RequestColumn, Qt::AccessibleTextRole).toString(),
                 QString("R-7, Title R-7, waiting 7 working days, overdue by 2")); // read as one line
        QVERIFY(cell(1, ReviewQueueModel::WaitingColumn, Qt::DecorationRole).isNull());
        QCOMPARE(cell(1, ReviewQueueModel::MineColumn).toString(), QString("Not for you"));
        QCOMPARE(cell(1, ReviewQueueModel::MineColumn, Qt::ToolTipRole).toString(),
                 QString("You are a member of its project, so you may not check it."));
        QCOMPARE(cell(2, ReviewQueueModel::WaitingColumn).toString(), QString("Submitted today"));
        QCOMPARE(cell(2, ReviewQueueModel::RequestColumn).toString(), QString("R-9\nTitle R-9"));
        // Sort roles: numbers as numbers.
        QCOMPARE(cell(0, ReviewQueueModel::WaitingColumn, ReviewQueueModel::SortRole).typeId(),
                 int(QMetaType::Int));
        QCOMPARE(cell(0, ReviewQueueModel::WorstFindingColumn, ReviewQueueModel::SortRole).toInt(), 2);
        QCOMPARE(model.overdueCount(), 1);
        QCOMPARE(model.rowOf("R-9"), 2);
    }

    // A refresh keeps rows that are still listed (persistent indexes and selection survive),
    // updates them in place, removes the gone and appends the new.
    void queueReplacesInPlace()
    {
        ReviewQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems({item("A", 1), item("B", 2), item("C", 3), item("D", 4), item("E", 5)});
        QItemSelectionModel selection(&model);
        selection.setCurrentIndex(model.index(3, 0), QItemSelectionModel::ClearAndSelect);
        const QPersistentModelIndex b(model.index(1, 0));
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        auto b2 = item("B", 3, 4, 1);
        model.setItems({item("F", 0), item("D", 4), b2, item("A", 1)});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 2); // E, then C: two runs
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(column(model, ReviewQueueModel::ProjectColumn), (QStringList{"P-A", "P-B", "P-D", "P-F"}));
        QVERIFY(b.isValid());
        QCOMPARE(b.row(), 1);
        QCOMPARE(model.index(1, ReviewQueueModel::FilesColumn).data().toInt(), 4);
        QCOMPARE(selection.currentIndex().data(ReviewQueueModel::SubmissionIdRole).toString(), QString("D"));
        QCOMPARE(model.rowOf("F"), 3);
        QCOMPARE(model.rowOf("C"), -1);
        // An empty list, then a full one: resets.
        model.setItems({});
        QCOMPARE(model.rowCount(), 0);
        model.setItems({item("X", 1)});
        QCOMPARE(reset.count(), 2);
        QCOMPARE(model.rowCount(), 1);
    }

    void queueFilterAndSort()
    {
        ReviewQueueModel model;
        ReviewQueueFilter filter;
        filter.setQueueModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto r2 = item("R-2", 7, 10, 1);
        r2.clearanceType = domain::ClearanceType::Code;
        r2.title = "Mortality by deprivation";
        r2.state = domain::SubmissionState::InReview;
        auto r10 = item("R-10", 2, 2, 0);
        r10.state = domain::SubmissionState::Resubmitted;
        r10.projectTitle = "Housing and health";
        auto r1 = item("R-1", 6, 9, 2);
        r1.claimedByMe = true;
        model.setItems({r10, r2, r1, item("R-30", 0, 1, 1)});
        QCOMPARE(filter.rowCount(), 4);

        filter.sort(ReviewQueueModel::RequestColumn, Qt::AscendingOrder);
        QCOMPARE(column(filter, ReviewQueueModel::ProjectColumn),
                 (QStringList{"P-R-1", "P-R-2", "P-R-10", "P-R-30"}));
        filter.sort(ReviewQueueModel::FilesColumn, Qt::AscendingOrder); // 1, 2, 9, 10: not "10" < "2"
        QCOMPARE(column(filter, ReviewQueueModel::FilesColumn), (QStringList{"1", "2", "9", "10"}));
        filter.sort(ReviewQueueModel::WaitingColumn, Qt::DescendingOrder);
        QCOMPARE(column(filter, ReviewQueueModel::ProjectColumn),
                 (QStringList{"P-R-2", "P-R-1", "P-R-10", "P-R-30"}));
        // By state in the order of the process (new before resubmitted), not by the words.
        filter.sort(ReviewQueueModel::StateColumn, Qt::AscendingOrder);
        QCOMPARE(column(filter, ReviewQueueModel::StateColumn),
                 (QStringList{"New", "New", "Being checked", "Resubmitted"}));
        filter.sort(ReviewQueueModel::WaitingColumn, Qt::DescendingOrder);

        filter.setText("deprivation"); // title
        QCOMPARE(column(filter, ReviewQueueModel::ProjectColumn), QStringList{"P-R-2"});
        filter.setText("HOUSING"); // project title, any case
        QCOMPARE(column(filter, ReviewQueueModel::ProjectColumn), QStringList{"P-R-10"});
        filter.setText("r-3"); // id
        QCOMPARE(column(filter, ReviewQueueModel::ProjectColumn), QStringList{"P-R-30"});
        filter.setText("");
        filter.setOverdueOnly(true);
        QCOMPARE(column(filter, ReviewQueueModel::ProjectColumn), (QStringList{"P-R-2", "P-R-1"}));
        filter.setOverdueOnly(false);
        filter.setWaitingForSecondChecker(true);
        QCOMPARE(column(filter, ReviewQueueModel::ProjectColumn), (QStringList{"P-R-2", "P-R-30"}));
        filter.setWaitingForSecondChecker(false);
        filter.setMineOnly(true);
        QCOMPARE(column(filter, ReviewQueueModel::ProjectColumn), QStringList{"P-R-1"});
        filter.setMineOnly(false);
        filter.setClearanceType(domain::ClearanceType::Code);
        QCOMPARE(column(filter, ReviewQueueModel::ProjectColumn), QStringList{"P-R-2"});
        filter.setClearanceType(std::nullopt);
        filter.setState(domain::SubmissionState::Resubmitted);
        QCOMPARE(column(filter, ReviewQueueModel::ProjectColumn), QStringList{"P-R-10"});
        filter.setState(std::nullopt);
        QCOMPARE(filter.rowCount(), 4);
        // The filter still applies after the list changes.
        filter.setOverdueOnly(true);
        model.setItems({r10, item("R-2", 1), r1, item("R-40", 9)});
        QCOMPARE(column(filter, ReviewQueueModel::ProjectColumn), (QStringList{"P-R-40", "P-R-1"}));
    }

    void findingsPlacedByLabels()
    {
        TablePreviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto whole = finding("", "", "review", "differencing");
        auto other = finding("Cardiff", "Male", "fail", "threshold", "other.csv");
        model.setTable(read(Freq), {finding("Cardiff", "Male"), finding("Bangor", "Female", "review", "zero"),
                                    finding("Swansea", "Male"), finding("Newport", ""), whole, other,
                                    finding("", "Female", "review", "dominance-nk")});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), QString("Female [review]"));
        QCOMPARE(model.headerData(1, Qt::Vertical, Qt::DisplayRole).toString(), QString("Newport [fail]"));
        QVERIFY(!model.headerData(1, Qt::Vertical, Qt::DecorationRole).isNull());
        QCOMPARE(model.headerData(0, Qt::Vertical, Qt::DisplayRole).toString(), QString("Cardiff"));

        const QModelIndex flagged = model.index(0, 1); // Cardiff, Male
        QCOMPARE(flagged.data().toString(), QString("9 [fail]"));
        QVERIFY(!flagged.data(Qt::DecorationRole).isNull());
        QVERIFY(flagged.data(Qt::BackgroundRole).isValid());
        QCOMPARE(flagged.data(TablePreviewModel::OutcomeRole).toString(), QString("fail"));
        const QString tip = flagged.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains("threshold") && tip.contains("Message about Cardiff/Male"), qPrintable(tip));
        QVERIFY(tip.startsWith("row 'Cardiff', column 'Male': 9"));
        const QString spoken = flagged.data(Qt::AccessibleTextRole).toString();
        QVERIFY(spoken.contains("Fail (threshold)") && !spoken.contains('\n'));
        // A blank flagged cell still says so in text.
        QCOMPARE(model.index(2, 0).data().toString(), QString("[review]"));
        QCOMPARE(model.index(2, 0).data(TablePreviewModel::OutcomeRole).toString(), QString("review"));
        // Unflagged cells: the value only, no icon, no colour.
        QCOMPARE(model.index(0, 0).data().toString(), QString("25"));
        QVERIFY(model.index(0, 0).data(Qt::DecorationRole).isNull());
        QVERIFY(!model.index(0, 0).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.index(1, 0).data().toString(), QString("[c]"));
        QCOMPARE(model.flaggedCellCount(), 2);

        // Every finding of this file is listed, placed or not; other files' are left out.
        const QList<PlacedFinding> &placed = model.findings();
        QCOMPARE(placed.size(), 6);
        QCOMPARE(placed[0].place, PlacedFinding::Place::Cell);
        QCOMPARE(placed[0].row, 0);
        QCOMPARE(placed[0].column, 1);
        QCOMPARE(placed[2].place, PlacedFinding::Place::NotFound);
        QCOMPARE(placed[3].place, PlacedFinding::Place::Row);
        QCOMPARE(placed[4].place, PlacedFinding::Place::Table);
        QCOMPARE(placed[5].place, PlacedFinding::Place::Column);
        QCOMPARE(FindingListModel::whereText(placed[2]),
                 QString("Not found in this file: row 'Swansea', column 'Male'"));
    }

    // Margin differencing names the cells to suppress as well: each is marked by icon, word
    // and tooltip, not only named in the message.
    void cellsToSuppressAsWellAreMarked()
    {
        TablePreviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto differencing = finding("Newport", "Female", "fail", "margin-differencing");
        differencing.alsoSuppressLabels = {{"Newport", "Male"}, {"Cardiff", "Female"}, {"Swansea", "Male"}};
        model.setTable(read(Freq), {differencing});
        const QModelIndex newportMale = model.index(1, 1);
        QCOMPARE(newportMale.data().toString(), QString("14 [suppress too]"));
        QVERIFY(newportMale.data(TablePreviewModel::SuppressTooRole).toBool());
        QVERIFY(!newportMale.data(Qt::DecorationRole).isNull());
        QVERIFY(newportMale.data(Qt::BackgroundRole).isValid());
        QVERIFY(
            newportMale.data(TablePreviewModel::OutcomeRole).toString().isEmpty()); // not a finding itself
        const QString tip = newportMale.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains("To be suppressed as well (margin-differencing)") &&
                     tip.contains("'Newport'") && tip.contains("'Female'"),
                 qPrintable(tip));
        QCOMPARE(model.index(0, 0).data().toString(), QString("25 [suppress too]"));
        // The flagged cell keeps its own mark; the others none.
        QCOMPARE(model.index(1, 0).data().toString(), QString("[c] [fail]"));
        QVERIFY(!model.index(1, 0).data(TablePreviewModel::SuppressTooRole).toBool());
        QCOMPARE(model.index(0, 1).data().toString(), QString("9"));
        QVERIFY(model.index(0, 1).data(Qt::DecorationRole).isNull());
        QVERIFY(!model.index(0, 1).data(TablePreviewModel::SuppressTooRole).toBool());
    }

    void findingsOnWorkbookSheets()
    {
        using sdc::test::csvRows;
        const QByteArray book =
            sdc::test::writeXlsx({{"Counts", csvRows("Area,Female,Male\nCardiff,25,9\nNewport,4,14")},
                                  {"Table", csvRows("Area,Female,Male\nCardiff,2.5,0.9\nNewport,[c],1.4")}});
        auto onCounts = finding("Newport", "Female", "fail", "threshold", "b.xlsx");
        onCounts.sheet = "Counts";
        auto onTable = finding("Cardiff", "Male", "review", "zero", "b.xlsx");
        onTable.sheet = "Table";
        const QJsonObject spec{{"file", "b.xlsx"},
                               {"sheet", "Table"},
                               {"statistic", "mean"},
                               {"counts", QJsonObject{{"file", "b.xlsx"}, {"sheet", "Counts"}}},
                               {"top1", QJsonObject{{"file", "b.xlsx"}, {"sheet", "Counts"}}},
                               {"top2", QJsonObject{{"file", "b.xlsx"}, {"sheet", "Counts"}}}};
        TablePreviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable(read(book, "b.xlsx", spec), {onCounts, onTable});
        QCOMPARE(model.sheet(), QString("Table"));
        QCOMPARE(model.index(0, 1).data().toString(), QString("0.9 [review]"));
        QCOMPARE(model.index(1, 0).data().toString(),
                 QString("[c]")); // the counts sheet's finding is not here
        QCOMPARE(model.findings().at(0).place, PlacedFinding::Place::OtherSheet);
        QCOMPARE(model.findings().at(1).place, PlacedFinding::Place::Cell);
        QCOMPARE(FindingListModel::whereText(model.findings().at(0)),
                 QString("Sheet 'Counts', row 'Newport', column 'Female': not the sheet shown"));

        // Without a spec, the first sheet is read and named, so its findings are placed.
        model.setTable(read(book, "b.xlsx"), {onCounts, onTable});
        QCOMPARE(model.sheet(), QString("Counts"));
        QCOMPARE(model.index(1, 0).data().toString(), QString("4 [fail]"));
        QCOMPARE(model.findings().at(1).place, PlacedFinding::Place::OtherSheet);
        // A spec's sheet that the workbook lacks is an error, not an empty table.
        QVERIFY(
            !ui::readPreviewTable(
                 book, "b.xlsx",
                 specOf(QJsonObject{
                     {"file", "b.xlsx"}, {"sheet", "Nope"}, {"statistic", "frequency"}, {"counts", "c.csv"}}))
                 .ok());
    }

    void cellDiffAgainstThePreviousRound()
    {
        TablePreviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QByteArray before = "Area,Female,Male,Other\nCardiff,25,9,1\nNewport,[c],14,2\nRhyl,3,3,3\n";
        const QByteArray after = "Area,Female,Male\nCardiff,25,12\nNewport,[c],14\nBangor,,3\n";
        model.setTable(read(after), {finding("Cardiff", "Male", "review", "zero")});
        QCOMPARE(model.index(0, 1).data(TablePreviewModel::ChangeRole).toInt(), -1);
        QVERIFY(model.changeSummary().isEmpty());
        model.setPrevious(read(before).table);
        QCOMPARE(model.changeSummary(),
                 QString("1 cell changed, 1 row added, 1 row removed, 1 column removed"));
        const QModelIndex changed = model.index(0, 1);
        QCOMPARE(changed.data(TablePreviewModel::ChangeRole).toInt(), int(sdc::CellChange::Changed));
        QCOMPARE(changed.data(TablePreviewModel::PreviousValueRole).toString(), QString("9"));
        QCOMPARE(changed.data().toString(), QString("12 [review] [changed]"));
        QVERIFY(changed.data(Qt::ToolTipRole).toString().contains("was 9"));
        QCOMPARE(model.index(0, 0).data().toString(), QString("25"));
        QCOMPARE(model.index(0, 0).data(TablePreviewModel::ChangeRole).toInt(),
                 int(sdc::CellChange::Unchanged));
        const QModelIndex added = model.index(2, 1);
        QCOMPARE(added.data().toString(), QString("3 [new]"));
        QVERIFY(!added.data(Qt::DecorationRole).isNull());
        QVERIFY(added.data(Qt::ToolTipRole).toString().contains("New in this round"));
        QCOMPARE(model.headerData(2, Qt::Vertical, Qt::DisplayRole).toString(), QString("Bangor [new]"));
        QCOMPARE(model.diff().removedRows(), QStringList{"Rhyl"});
        QCOMPARE(model.diff().removedColumns(), QStringList{"Other"});

        model.setShowOnlyChanges(true); // rows Cardiff and Bangor; columns Female (Bangor's) and Male
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.headerData(1, Qt::Vertical, Qt::DisplayRole).toString(), QString("Bangor [new]"));
        QCOMPARE(model.tableRow(1), 2);
        QVERIFY(!model.indexOfCell(1, 0).isValid()); // Newport is hidden
        QCOMPARE(model.indexOfCell(2, 1), model.index(1, 1));
        QCOMPARE(model.index(1, 1).data(TablePreviewModel::SourceRowRole).toInt(), 2);
        model.setShowOnlyChanges(false);
        QCOMPARE(model.rowCount(), 3);
        model.setPrevious(std::nullopt);
        QCOMPARE(model.index(0, 1).data().toString(), QString("12 [review]"));
    }

    void findingListSaysWhereAndWhy()
    {
        FindingListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        PlacedFinding cell{finding("Cardiff", "Male"), PlacedFinding::Place::Cell, 0, 1, {}};
        cell.finding.fileRow = 2; // the exception names the cell by its place, as the researcher saw it
        cell.finding.fileColumn = 3;
        PlacedFinding lost{
            finding("Swansea", "Male", "review", "zero"), PlacedFinding::Place::NotFound, -1, -1, {}};
        QList<PlacedFinding> list{cell, lost};
        domain::ExceptionRequest e;
        e.path = "t.csv";
        e.rule = "threshold";
        e.cell = "C2";
        e.justification = "Published already by the ONS.";
        ui::attachJustifications(list, {e});
        model.setFindings(list);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, FindingListModel::OutcomeColumn).data().toString(), QString("Fail"));
        QVERIFY(!model.index(0, FindingListModel::OutcomeColumn).data(Qt::DecorationRole).isNull());
        QCOMPARE(model.index(0, FindingListModel::RuleColumn).data().toString(), QString("threshold"));
        QCOMPARE(model.index(0, FindingListModel::WhereColumn).data().toString(),
                 QString("Row 'Cardiff', column 'Male'"));
        QCOMPARE(model.index(0, FindingListModel::JustificationColumn).data().toString(),
                 QString("Published already by the ONS."));
        QCOMPARE(model.index(1, FindingListModel::JustificationColumn).data().toString(),
                 QString("No exception asked for"));
        QCOMPARE(model.index(1, FindingListModel::OutcomeColumn).data().toString(), QString("Review"));
        QCOMPARE(model.index(0, 0).data(FindingListModel::RowRole).toInt(), 0);
        QCOMPARE(model.index(0, 0).data(FindingListModel::ColumnRole).toInt(), 1);
        QCOMPARE(model.unplacedCount(), 1);
        model.setFindings({});
        QCOMPARE(model.rowCount(), 0);
    }

    void afterVotingSaysWhatWasDecided_data()
    {
        QTest::addColumn<domain::SubmissionState>("state");
        QTest::addColumn<QString>("says");
        QTest::newRow("first review") << domain::SubmissionState::InReview << "waits for the second checker";
        QTest::newRow("approved") << domain::SubmissionState::Approved << "approved. It can now be released";
        QTest::newRow("partly") << domain::SubmissionState::PartlyApproved
                                << "partly approved. Its approved files can now be released";
        QTest::newRow("returned") << domain::SubmissionState::Returned << "returned to the author";
        QTest::newRow("rejected") << domain::SubmissionState::Rejected << "rejected, and the author is told";
    }
    void afterVotingSaysWhatWasDecided()
    {
        QFETCH(domain::SubmissionState, state);
        QFETCH(QString, says);
        QVERIFY2(ui::ReviewTexts::afterVoting(state).contains(says),
                 qPrintable(ui::ReviewTexts::afterVoting(state)));
    }

    void waitingTexts_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("text");
        QTest::newRow("today") << 0 << "Submitted today";
        QTest::newRow("one") << 1 << "1 working day";
        QTest::newRow("four") << 4 << "4 working days";
        QTest::newRow("due") << 5 << "5 working days\ndue today";
        QTest::newRow("one over") << 6 << "6 working days\noverdue by 1";
        QTest::newRow("late") << 12 << "12 working days\noverdue by 7";
    }
    void waitingTexts()
    {
        QFETCH(int, days);
        QFETCH(QString, text);
        QCOMPARE(ui::ReviewTexts::waiting(days), text);
        QCOMPARE(ui::ReviewTexts::isOverdue(days), days > 5);
    }
};

QTEST_MAIN(TestReviewModels)
#include "tst_reviewmodels.moc"
