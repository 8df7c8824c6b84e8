// The browser's item models, each checked by QAbstractItemModelTester as it changes, and
// what they show: natural order, folders made up from paths, filtering, end-date warnings.

#include "ui/projects/ProjectModels.h"
#include "ui/projects/ProjectView.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QTest>

using namespace srs;
using srs::ui::ProjectListModel;
using srs::ui::WorkspaceTreeModel;

namespace {

domain::WorkspaceEntry file(const QString &path, qint64 size = 10)
{
    domain::WorkspaceEntry e;
    e.path = path;
    e.size = size;
    e.modifiedMs = QDateTime(QDate(2026, 3, 1), QTime(9, 30), QTimeZone::utc()).toMSecsSinceEpoch();
    e.sha256.fill(0xab);
    e.revision = 1;
    return e;
}

domain::WorkspaceEntry folder(const QString &path)
{
    domain::WorkspaceEntry e = file(path, 0);
    e.directory = true;
    e.sha256.fill(0);
    return e;
}

QStringList names(const QAbstractItemModel &m, const QModelIndex &parent = {})
{
    QStringList out;
    for (int r = 0; r < m.rowCount(parent); ++r)
        out << m.index(r, 0, parent).data().toString();
    return out;
}

protocol::ProjectInfo project(const QString &id, QDate end, bool allowed = true)
{
    protocol::ProjectInfo p;
    p.project.id = id;
    p.project.title = "Title of " + id;
    p.project.startDate = QDate(2025, 1, 1);
    p.project.endDate = end;
    p.access.allowed = allowed;
    if (!allowed) {
        p.access.code = "home-working-not-approved";
        p.access.message = "Project " + id + " is not approved for home working.";
    }
    return p;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT
private slots:
    void naturalOrder_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("sign");
        QTest::newRow("numbers as numbers") << "table2.csv"
                                            << "table10.csv" << -1;
        QTest::newRow("longer number") << "v100"
                                       << "v99" << 1;
        QTest::newRow("case ignored") << "alpha"
                                      << "Beta" << -1;
        QTest::newRow("prefix first") << "table"
                                      << "table1" << -1;
        QTest::newRow("equal") << "same"
                               << "same" << 0;
        QTest::newRow("leading zeros") << "file007"
                                       << "file8" << -1;
        QTest::newRow("digits before letters") << "1a"
                                               << "a1" << -1;
        QTest::newRow("empty") << ""
                               << "a" << -1;
    }
    void naturalOrder()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, sign);
        const int forward = ui::naturalCompare(a, b);
        const int backward = ui::naturalCompare(b, a);
        QCOMPARE((forward > 0) - (forward < 0), sign);
        QCOMPARE((backward > 0) - (backward < 0), -sign);
    }
    void equalAsReadStillHasAnOrder()
    {
        QVERIFY(ui::naturalCompare(u"File01", u"file1") != 0);
        QCOMPARE(ui::naturalCompare(u"File01", u"file1"), -ui::naturalCompare(u"file1", u"File01"));
    }

    void projectListShowsStatusEndAndAccess()
    {
        ProjectListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDate today(2026, 11, 22);
        protocol::ProjectInfo completed = project("P-2023-007", QDate(2026, 7, 21), false);
        completed.project.status = domain::ProjectStatus::Completed;
        model.setProjects({project("P-1", QDate(2026, 12, 4)), project("P-2", QDate(2028, 1, 31), false),
                           completed, project("P-3", QDate(2026, 11, 23))},
                          today);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(ProjectListModel::ColumnCount));
        auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(0, ProjectListModel::ProjectColumn).toString(), QString("P-1\nTitle of P-1"));
        QCOMPARE(cell(0, ProjectListModel::ProjectColumn, ProjectListModel::ProjectIdRole).toString(),
                 QString("P-1"));
        QCOMPARE(cell(0, ProjectListModel::StatusColumn).toString(), QString("Active"));
        // Under 30 days: said in words and marked with an icon, never by colour alone.
        QCOMPARE(cell(0, ProjectListModel::EndsColumn).toString(),
                 QString("Ends in 12 days, 4 December 2026"));
        QVERIFY(!cell(0, ProjectListModel::EndsColumn, Qt::DecorationRole).isNull());
        QVERIFY(cell(0, ProjectListModel::EndsColumn, Qt::ToolTipRole).toString().contains("30 days"));
        QCOMPARE(cell(3, ProjectListModel::EndsColumn).toString(),
                 QString("Ends tomorrow, 23 November 2026"));
        QCOMPARE(cell(1, ProjectListModel::EndsColumn).toString(), QString("Ends 31 January 2028"));
        QVERIFY(cell(1, ProjectListModel::EndsColumn, Qt::DecorationRole).isNull());
        QCOMPARE(cell(2, ProjectListModel::StatusColumn).toString(), QString("Completed"));
        QCOMPARE(cell(2, ProjectListModel::EndsColumn).toString(), QString("Ended 21 July 2026"));
        QVERIFY(cell(2, ProjectListModel::EndsColumn, Qt::DecorationRole).isNull()); // over: no warning
        QCOMPARE(cell(0, ProjectListModel::AccessColumn).toString(), QString("Allowed"));
        QCOMPARE(cell(1, ProjectListModel::AccessColumn).toString(), QString("Not from here"));
        QCOMPARE(cell(1, ProjectListModel::AccessColumn, Qt::ToolTipRole).toString(),
                 QString("Project P-2 is not approved for home working."));
        QCOMPARE(model.rowOf("P-3"), 3);
        QCOMPARE(model.rowOf("nope"), -1);
        QVERIFY(!model.project(4));
        // Completed before its end date: not "Ends ...", and no warning however near the date is.
        protocol::ProjectInfo early = project("P-4", QDate(2026, 11, 30));
        early.project.status = domain::ProjectStatus::Completed;
        QCOMPARE(ProjectListModel::endText(early.project, today), QString("Completed early"));
        model.setProjects({early}, today);
        QCOMPARE(cell(0, ProjectListModel::EndsColumn, Qt::ToolTipRole).toString(),
                 QString("Completed before its end date, 30 November 2026."));
        QVERIFY(cell(0, ProjectListModel::EndsColumn, Qt::DecorationRole).isNull());
        early.project.endDate = today;
        QCOMPARE(ProjectListModel::endText(early.project, today), QString("Ended today"));
        model.setProjects({}, today);
        QCOMPARE(model.rowCount(), 0);
    }

    void treeIsFoldersFirstInNaturalOrder()
    {
        WorkspaceTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries({file("README.md"), folder("outputs"), file("outputs/table10.csv"),
                          file("outputs/table2.csv"), folder("outputs/figures"),
                          file("outputs/figures/f1.png"), folder("code"), file("code/analysis.R"),
                          // No folder entry for data/raw: made up from the path.
                          file("data/raw/extract.csv", 2048)});
        QCOMPARE(names(model), QStringList({"code", "data", "outputs", "README.md"}));
        const QModelIndex outputs = model.index(2, 0);
        QCOMPARE(names(model, outputs), QStringList({"figures", "table2.csv", "table10.csv"}));
        const QModelIndex data = model.index(1, 0);
        QVERIFY(model.isFolder(data));
        QVERIFY(!model.entry(data)); // made up
        const QModelIndex raw = model.index(0, 0, data);
        QCOMPARE(model.path(model.index(0, 0, raw)), QString("data/raw/extract.csv"));
        const domain::WorkspaceEntry *extract = model.entry(model.index(0, 0, raw));
        QVERIFY(extract);
        QCOMPARE(extract->size, 2048);
        QCOMPARE(model.index(0, WorkspaceTreeModel::SizeColumn, raw).data().toString(),
                 QLocale().formattedDataSize(2048, 1));
        QCOMPARE(model.index(0, WorkspaceTreeModel::SizeColumn).data().toString(), QString()); // a folder
        QCOMPARE(model.indexOf("outputs/figures/f1.png").data().toString(), QString("f1.png"));
        QVERIFY(!model.indexOf("outputs/missing.csv").isValid());
        QCOMPARE(model.entryCount(), 9);
        QCOMPARE(
            model.headerData(WorkspaceTreeModel::ModifiedColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
            QString("Modified"));
    }

    void filterKeepsMatchesAndTheirFolders()
    {
        WorkspaceTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries({file("README.md"), folder("outputs"), folder("outputs/tables"),
                          file("outputs/tables/income_by_region.csv"),
                          file("outputs/tables/income_by_age.csv"),
                          file("outputs/tables/Income_by_region_counts.csv"), folder("code"),
                          file("code/region_recode.R")});
        model.setFilter("REGION");
        QCOMPARE(model.matchCount(), 3);
        QCOMPARE(names(model), QStringList({"code", "outputs"}));
        const QModelIndex tables = model.index(0, 0, model.index(1, 0));
        QCOMPARE(names(model, tables), QStringList({"income_by_region.csv", "Income_by_region_counts.csv"}));
        QCOMPARE(model.matchParents(100).size(), 3); // code, outputs, tables
        QVERIFY(model.matchParents(2).isEmpty());    // too many matches to open everything
        model.setFilter("nothing like it");
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.matchCount(), 0);
        model.setFilter("  ");
        QCOMPARE(names(model), QStringList({"code", "outputs", "README.md"}));
        // A folder that matches is shown; its children only when they match too.
        model.setFilter("tables");
        QCOMPARE(model.matchCount(), 1);
        QCOMPARE(model.rowCount(model.index(0, 0, model.index(0, 0))), 0);
        // New entries keep the filter.
        model.setEntries({file("tables.txt"), file("other.txt")});
        QCOMPARE(names(model), QStringList({"tables.txt"}));
    }

    void detailsAreEscapedAndExplained()
    {
        protocol::ProjectInfo p = project("P-9", QDate(2027, 1, 1));
        p.project.title = "<script>alert(1)</script> & more";
        p.members = {{"asha.patel", "Dr <b>Asha</b>", domain::ProjectRole::Lead}};
        p.datasets = {{"DS-1", "Survey", "ONS", domain::DatasetAccess::SafeRoomOnly},
                      {"DS-2", "Register", "NHS", domain::DatasetAccess::RemoteAllowed}};
        p.hiddenDatasets = 1;
        const QString html = ui::ProjectView::detailsHtml(p, true);
        QVERIFY(!html.contains("<script>"));
        QVERIFY(html.contains("&lt;script&gt;"));
        QVERIFY(!html.contains("<b>Asha</b>"));
        QVERIFY(html.contains("Project lead"));
        QVERIFY(html.contains("[Safe room only]"));
        QVERIFY(html.contains("May be used only at a safe-room terminal."));
        QVERIFY(html.contains("[Remote access allowed]"));
        QVERIFY(html.contains("1 more dataset"));
        QVERIFY(html.contains("Home working is not approved"));
        p.project.homeWorkingApproved = true;
        QVERIFY(ui::ProjectView::detailsHtml(p, false).contains("Home working is approved"));
        QVERIFY(ui::ProjectView::detailsHtml(p, false).contains("appear once the server has sent them"));
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
