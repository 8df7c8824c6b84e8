// The "My submissions" list model under QAbstractItemModelTester, and the words it uses for
// states and for when an answer can be expected (working days, bank holidays, overdue).

#include "ui/submissions/SubmissionListModel.h"
#include "ui/submissions/SubmissionTexts.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTimeZone>

using namespace srs;
using domain::SubmissionState;
using ui::SubmissionListModel;
using ui::SubmissionTexts;

namespace {

// Christmas 2026 falls on a Friday: Boxing Day's substitute is Monday 28 December.
domain::WorkingDays christmas2026()
{
    return domain::WorkingDays(
        {{QDate(2026, 12, 25), "Christmas Day"}, {QDate(2026, 12, 28), "Boxing Day (substitute day)"}});
}

protocol::SubmissionSummary summary(const QString &id, SubmissionState state, QDate expected, int round = 1)
{
    protocol::SubmissionSummary s;
    s.id = id;
    s.projectId = "P-2026-001";
    s.title = "Request " + id;
    s.clearanceType = domain::ClearanceType::Code;
    s.state = state;
    s.round = round;
    s.submittedAt = QDateTime(QDate(2026, 12, 18), QTime(10, 0), QTimeZone::utc());
    s.updatedAt = s.submittedAt;
    s.expectedAnswerDate = expected;
    return s;
}

} // namespace

class TestSubmissionModel : public QObject
{
    Q_OBJECT

private slots:
    void workingDaysSkipWeekendsAndBankHolidays_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("days");
        QTest::newRow("same day") << QDate(2026, 12, 21) << QDate(2026, 12, 21) << 0;
        QTest::newRow("in the past") << QDate(2026, 12, 21) << QDate(2026, 12, 18) << 0;
        QTest::newRow("next day") << QDate(2026, 12, 21) << QDate(2026, 12, 22) << 1;
        QTest::newRow("over a weekend") << QDate(2026, 11, 20) << QDate(2026, 11, 23) << 1;
        QTest::newRow("over Christmas and Boxing Day") << QDate(2026, 12, 23) << QDate(2026, 12, 30) << 3;
        QTest::newRow("to a holiday itself") << QDate(2026, 12, 24) << QDate(2026, 12, 25) << 0;
    }

    void workingDaysSkipWeekendsAndBankHolidays()
    {
        QFETCH(QDate, today);
        QFETCH(QDate, day);
        QFETCH(int, days);
        QCOMPARE(SubmissionTexts::workingDaysUntil(today, day, christmas2026()), days);
    }

    void expectedAnswerInWords_data()
    {
        QTest::addColumn<SubmissionState>("state");
        QTest::addColumn<QDate>("expected");
        QTest::addColumn<QString>("text");
        const QDate today(2026, 12, 23);
        QTest::newRow("one working day")
            << SubmissionState::Submitted << QDate(2026, 12, 24) << "24 December 2026, in 1 working day";
        QTest::newRow("several, over the holidays")
            << SubmissionState::Resubmitted << QDate(2026, 12, 30) << "30 December 2026, in 3 working days";
        QTest::newRow("due today") << SubmissionState::InReview << today << "23 December 2026, due today";
        QTest::newRow("overdue") << SubmissionState::InReview << QDate(2026, 12, 22)
                                 << "22 December 2026, overdue";
        QTest::newRow("returned") << SubmissionState::Returned << QDate() << "Waiting for your changes";
        QTest::newRow("withdrawn") << SubmissionState::Withdrawn << QDate() << "None: withdrawn";
        QTest::newRow("answered") << SubmissionState::Approved << QDate() << "Answered";
        QTest::newRow("draft") << SubmissionState::Draft << QDate() << "Not submitted yet";
    }

    void expectedAnswerInWords()
    {
        QFETCH(SubmissionState, state);
        QFETCH(QDate, expected);
        QFETCH(QString, text);
        QCOMPARE(SubmissionTexts::expectedAnswer(state, expected, QDate(2026, 12, 23), christmas2026()),
                 text);
    }

    void everyStateHasWords()
    {
        QStringList seen;
        for (SubmissionState s : domain::allSubmissionStates()) {
            const QString words = SubmissionTexts::state(s);
            QVERIFY(!words.isEmpty());
            QVERIFY(!seen.contains(words));
            seen << words;
        }
        for (domain::SubmissionAction a : domain::allSubmissionActions())
            QVERIFY(!SubmissionTexts::action(a).isEmpty());
    }

    void modelShowsRequestsAndChangesCleanly()
    {
        SubmissionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(SubmissionListModel::ColumnCount));

        const QDate today(2026, 12, 23);
        model.setSubmissions({summary("a", SubmissionState::InReview, QDate(2026, 12, 22)),
                              summary("b", SubmissionState::Resubmitted, QDate(2026, 12, 30), 2),
                              summary("c", SubmissionState::Withdrawn, QDate())},
                             {{"P-2026-001", "Housing and health"}}, today, christmas2026());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf("b"), 1);
        QCOMPARE(model.rowOf("missing"), -1);
        QCOMPARE(model.submission(2)->id, QString("c"));
        QVERIFY(!model.submission(3));

        auto at = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(at(0, SubmissionListModel::TitleColumn).toString(), QString("Request a"));
        // The request id in a column of its own, to quote to the checkers or the service desk.
        QCOMPARE(at(1, SubmissionListModel::IdColumn).toString(), QString("b"));
        QCOMPARE(at(1, SubmissionListModel::IdColumn, Qt::ToolTipRole).toString(), QString("Request b"));
        QCOMPARE(model.headerData(SubmissionListModel::IdColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QString("Request"));
        QCOMPARE(at(0, SubmissionListModel::ProjectColumn, Qt::ToolTipRole).toString(),
                 QString("Housing and health"));
        QCOMPARE(at(0, SubmissionListModel::TypeColumn).toString(), QString("Code"));
        QCOMPARE(at(0, SubmissionListModel::StateColumn).toString(), QString("Being checked"));
        QCOMPARE(at(1, SubmissionListModel::StateColumn).toString(),
                 QString("Resubmitted, waiting for a checker (round 2)"));
        QCOMPARE(at(0, SubmissionListModel::SubmittedColumn).toString(), QString("18 December 2026"));
        // Overdue in words, and in colour as well.
        QCOMPARE(at(0, SubmissionListModel::AnswerColumn).toString(), QString("22 December 2026, overdue"));
        QVERIFY(at(0, SubmissionListModel::AnswerColumn, Qt::ForegroundRole).isValid());
        QVERIFY(!at(1, SubmissionListModel::AnswerColumn, Qt::ForegroundRole).isValid());
        QCOMPARE(at(1, SubmissionListModel::AnswerColumn).toString(),
                 QString("30 December 2026, in 3 working days"));
        QCOMPARE(at(2, SubmissionListModel::AnswerColumn).toString(), QString("None: withdrawn"));
        QCOMPARE(at(1, SubmissionListModel::TitleColumn, SubmissionListModel::SubmissionIdRole).toString(),
                 QString("b"));
        QCOMPARE(at(1, SubmissionListModel::AnswerColumn, SubmissionListModel::ProjectIdRole).toString(),
                 QString("P-2026-001"));
        QCOMPARE(
            model.headerData(SubmissionListModel::AnswerColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
            QString("Answer expected"));

        // Replaced, then emptied: the tester checks every change.
        model.setSubmissions({summary("d", SubmissionState::Draft, QDate())}, {}, today, christmas2026());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(at(0, SubmissionListModel::SubmittedColumn).toString(), QString("18 December 2026"));
        model.setSubmissions({}, {}, today, christmas2026());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestSubmissionModel)
#include "tst_submissionmodel.moc"
