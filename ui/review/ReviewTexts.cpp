#include "ReviewTexts.h"

#include "ui/submissions/SubmissionTexts.h"

#include <QLocale>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

namespace {

QString cells(qsizetype n)
{
    return ReviewTexts::tr("%Ln cell(s) changed", nullptr, static_cast<int>(n));
}

QString rows(qsizetype n, bool added)
{
    if (added)
        return ReviewTexts::tr("%Ln row(s) added", nullptr, static_cast<int>(n));
    return ReviewTexts::tr("%Ln row(s) removed", nullptr, static_cast<int>(n));
}

QString columns(qsizetype n, bool added)
{
    if (added)
        return ReviewTexts::tr("%Ln column(s) added", nullptr, static_cast<int>(n));
    return ReviewTexts::tr("%Ln column(s) removed", nullptr, static_cast<int>(n));
}

} // namespace

QString ReviewTexts::outcome(const QString &outcome)
{
    if (outcome == "fail"_L1)
        return tr("Fail");
    if (outcome == "review"_L1)
        return tr("Review");
    return outcome;
}

QString ReviewTexts::outcomeTag(const QString &outcome)
{
    return outcome == "fail"_L1 ? failTag() : reviewTag();
}

QString ReviewTexts::worstFinding(const QString &status)
{
    if (status == "pass"_L1)
        return tr("Pass");
    if (status == "review"_L1)
        return tr("Review");
    if (status == "fail"_L1)
        return tr("Fail");
    if (status == "error"_L1)
        return tr("Could not be checked");
    return tr("Not checked");
}

int ReviewTexts::worstFindingRank(const QString &status)
{
    if (status == "pass"_L1)
        return 0;
    if (status == "review"_L1)
        return 1;
    if (status == "fail"_L1)
        return 2;
    if (status == "error"_L1)
        return 3;
    return -1;
}

QString ReviewTexts::waiting(int days)
{
    if (days <= 0)
        return tr("Submitted today");
    const QString count = tr("%Ln working day(s)", nullptr, days);
    if (days == PromiseWorkingDays)
        return count + u"\n"_s + tr("due today", "a request waiting for its checkers");
    if (isOverdue(days))
        return count + u"\n"_s + tr("overdue by %Ln", "working days", days - PromiseWorkingDays);
    return count;
}

QString ReviewTexts::reviewers(int reviewers)
{
    return tr("%1 of 2").arg(reviewers);
}

QString ReviewTexts::queueState(domain::SubmissionState state)
{
    using domain::SubmissionState;
    switch (state) {
    case SubmissionState::Submitted:
        return tr("New");
    case SubmissionState::InReview:
        return tr("Being checked");
    case SubmissionState::Resubmitted:
        return tr("Resubmitted");
    case SubmissionState::Approved:
        return tr("Approved");
    case SubmissionState::PartlyApproved:
        return tr("Partly approved");
    default:
        return SubmissionTexts::state(state); // not kept in the queue; said plainly if ever there
    }
}

QString ReviewTexts::afterVoting(domain::SubmissionState state)
{
    using domain::SubmissionState;
    switch (state) {
    case SubmissionState::Approved:
        return tr("Your review is in, and with it both: the request is approved. It can now be released.");
    case SubmissionState::PartlyApproved:
        return tr("Your review is in, and with it both: the request is partly approved. Its approved "
                  "files can now be released.");
    case SubmissionState::Returned:
        return tr("Your review is in, and with it both: the request is returned to the author with the "
                  "shared comments, to fix and resubmit.");
    case SubmissionState::Rejected:
        return tr("Your review is in, and with it both: the request is rejected, and the author is told "
                  "why.");
    default:
        return tr("Your review is in. The request waits for the second checker.");
    }
}

QString ReviewTexts::changeSummary(const sdc::TableDiff &diff)
{
    QStringList parts;
    if (diff.changedCells() > 0)
        parts << cells(diff.changedCells());
    if (diff.addedRows() > 0)
        parts << rows(diff.addedRows(), true);
    if (diff.addedColumns() > 0)
        parts << columns(diff.addedColumns(), true);
    if (!diff.removedRows().isEmpty())
        parts << rows(diff.removedRows().size(), false);
    if (!diff.removedColumns().isEmpty())
        parts << columns(diff.removedColumns().size(), false);
    if (parts.isEmpty())
        return tr("No changes since the last round");
    return parts.join(u", "_s);
}

QString ReviewTexts::requests(qsizetype n)
{
    return tr("%Ln request(s)", nullptr, static_cast<int>(n));
}

QString ReviewTexts::dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace srs::ui
