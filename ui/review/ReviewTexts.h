#pragma once

#include "domain/Submission.h"
#include "sdc/TableDiff.h"

#include <QCoreApplication>
#include <QString>

namespace srs::ui {

// The words of the checkers' screens: outcomes, waiting times against the five-working-day
// promise, the marks written into flagged and changed cells. Never colour alone: every mark
// on screen is also one of these words.
class ReviewTexts
{
    Q_DECLARE_TR_FUNCTIONS(ReviewTexts)
public:
    static constexpr int PromiseWorkingDays = 5;

    // A finding's outcome ("fail", "review") in words: "Fail", "Review".
    [[nodiscard]] static QString outcome(const QString &outcome);
    // A round's check status ("pass", "review", "fail", "error") as the queue shows it.
    [[nodiscard]] static QString worstFinding(const QString &status);
    // 0 pass, 1 review, 2 fail, 3 error (could not be checked), -1 not known: for sorting.
    [[nodiscard]] static int worstFindingRank(const QString &status);

    [[nodiscard]] static bool isOverdue(int workingDaysWaiting)
    {
        return workingDaysWaiting > PromiseWorkingDays;
    }
    // "Submitted today", "1 working day", "4 working days", "5 working days\ndue today",
    // "7 working days\noverdue by 2" (two lines, as the queue's rows are).
    [[nodiscard]] static QString waiting(int workingDaysWaiting);
    // "0 of 2", "1 of 2", "2 of 2".
    [[nodiscard]] static QString reviewers(int reviewers);
    // A request's state as the checkers' queue shows it: "New", "Being checked", "Resubmitted",
    // "Approved", "Partly approved" (both waiting to be released: only released ones leave it).
    [[nodiscard]] static QString queueState(domain::SubmissionState state);
    // What the checker is told once their review is in: the request waits for the other
    // checker, or (with both in) what was decided and what comes next.
    [[nodiscard]] static QString afterVoting(domain::SubmissionState state);

    // The marks written after a cell's value.
    [[nodiscard]] static QString failTag() { return tr("[fail]", "a table cell that fails a rule"); }
    [[nodiscard]] static QString reviewTag()
    {
        return tr("[review]", "a table cell the checker should look at");
    }
    [[nodiscard]] static QString changedTag()
    {
        return tr("[changed]", "a table cell changed since last round");
    }
    [[nodiscard]] static QString addedTag() { return tr("[new]", "a table cell new in this round"); }
    [[nodiscard]] static QString suppressTag()
    {
        return tr("[suppress too]",
                  "a table cell to suppress as well, so a flagged one cannot be worked out");
    }
    [[nodiscard]] static QString outcomeTag(const QString &outcome);

    // "1 cell changed", "3 cells changed, 1 row added, 2 columns removed", "No changes since the last round".
    // Added cells come with their added rows and columns.
    [[nodiscard]] static QString changeSummary(const sdc::TableDiff &diff);
    // "1 request", "12 requests".
    [[nodiscard]] static QString requests(qsizetype n);
    [[nodiscard]] static QString dataSize(qint64 bytes);
};

} // namespace srs::ui
