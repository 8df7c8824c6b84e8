// TableDiff: a table against the previous round's version of it, cell by cell, rows and
// columns matched by their labels.
#include "sdc/CsvReader.h"
#include "sdc/TableDiff.h"

#include <QTest>

using namespace srs::sdc;

namespace {

Table csv(const QByteArray &text)
{
    auto t = CsvReader::read(text, QStringLiteral("t.csv"));
    if (!t.ok())
        qFatal("%s", qPrintable(t.error().message));
    return std::move(t).value();
}

} // namespace

class TestTableDiff : public QObject
{
    Q_OBJECT
private slots:
    void identicalTablesHaveNoChanges()
    {
        const Table t = csv("Area,F,M\nCardiff,25,30\nNewport,[c],14\nBangor,,3\n");
        const TableDiff d = TableDiff::compare(t, t);
        QVERIFY(!d.hasChanges());
        QCOMPARE(d.changedCells(), 0);
        QCOMPARE(d.addedCells(), 0);
        for (int r = 0; r < 3; ++r) {
            QVERIFY(!d.rowHasChanges(r));
            for (int c = 0; c < 2; ++c)
                QCOMPARE(d.change(r, c), CellChange::Unchanged);
        }
    }

    void valuesKindsAndMarkersChange()
    {
        const Table before = csv("Area,F,M\nCardiff,25,30\nNewport,[c],14\nBangor,,3\nRhyl,*,5\n");
        const Table after = csv("Area,F,M\nCardiff,25,31\nNewport,12,14\nBangor,,[c]\nRhyl,..,5\n");
        const TableDiff d = TableDiff::compare(before, after);
        QCOMPARE(d.change(0, 0), CellChange::Unchanged);
        QCOMPARE(d.change(0, 1), CellChange::Changed); // 30 -> 31
        QCOMPARE(d.change(1, 0), CellChange::Changed); // marker -> number
        QCOMPARE(d.change(1, 1), CellChange::Unchanged);
        QCOMPARE(d.change(2, 0), CellChange::Unchanged); // blank stays blank
        QCOMPARE(d.change(2, 1), CellChange::Changed);   // number -> marker
        QCOMPARE(d.change(3, 0), CellChange::Changed);   // one marker for another
        QCOMPARE(d.changedCells(), 4);
        QVERIFY(d.rowHasChanges(0));
        QVERIFY(d.columnHasChanges(0));
        QVERIFY(d.hasChanges());
    }

    // Rows and columns are matched by label, not position: a row inserted at the top moves
    // nothing, and the rows and columns that went are named.
    void rowsAndColumnsMatchedByLabel()
    {
        const Table before = csv("Area,F,M,X\nCardiff,25,30,1\nNewport,11,14,2\nGone,1,1,3\n");
        const Table after = csv("Area,M,F,Total\nNew town,4,5,9\nNewport,14,11,25\nCardiff,30,26,56\n");
        const TableDiff d = TableDiff::compare(before, after);
        QCOMPARE(d.previousRow(0), -1);
        QCOMPARE(d.previousRow(1), 1);
        QCOMPARE(d.previousRow(2), 0);
        QCOMPARE(d.previousColumn(0), 1);
        QCOMPARE(d.previousColumn(1), 0);
        QCOMPARE(d.previousColumn(2), -1);
        QCOMPARE(d.addedRows(), 1);
        QCOMPARE(d.addedColumns(), 1);
        QCOMPARE(d.removedRows(), QStringList{"Gone"});
        QCOMPARE(d.removedColumns(), QStringList{"X"});
        // The new row's cells and the new column's cells are added: 3 + 2 (not counted twice).
        QCOMPARE(d.addedCells(), 5);
        QCOMPARE(d.change(0, 0), CellChange::Added);
        QCOMPARE(d.change(1, 2), CellChange::Added);
        QCOMPARE(d.change(1, 0), CellChange::Unchanged); // Newport/M 14 both times
        QCOMPARE(d.change(1, 1), CellChange::Unchanged);
        QCOMPARE(d.change(2, 1), CellChange::Changed); // Cardiff/F 25 -> 26
        QCOMPARE(d.changedCells(), 1);
        QVERIFY(d.rowHasChanges(1)); // its Total cell is new
    }

    // The same label twice: the n-th is matched with the n-th.
    void repeatedLabelsMatchInOrder()
    {
        const Table before = csv("Area,N\nTotal,1\nTotal,2\n");
        const Table after = csv("Area,N\nTotal,1\nTotal,3\nTotal,4\n");
        const TableDiff d = TableDiff::compare(before, after);
        QCOMPARE(d.previousRow(0), 0);
        QCOMPARE(d.previousRow(1), 1);
        QCOMPARE(d.previousRow(2), -1);
        QCOMPARE(d.change(0, 0), CellChange::Unchanged);
        QCOMPARE(d.change(1, 0), CellChange::Changed);
        QCOMPARE(d.change(2, 0), CellChange::Added);
    }
};

QTEST_GUILESS_MAIN(TestTableDiff)
#include "tst_sdc_tablediff.moc"
