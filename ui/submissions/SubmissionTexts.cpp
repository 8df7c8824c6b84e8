#include "SubmissionTexts.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

using domain::SubmissionAction;
using domain::SubmissionState;

QString SubmissionTexts::state(SubmissionState state)
{
    switch (state) {
    case SubmissionState::Draft:
        return tr("Draft");
    case SubmissionState::Submitted:
        return tr("Submitted, waiting for a checker");
    case SubmissionState::InReview:
        return tr("Being checked");
    case SubmissionState::Returned:
        return tr("Returned to you for changes");
    case SubmissionState::Resubmitted:
        return tr("Resubmitted, waiting for a checker");
    case SubmissionState::Approved:
        return tr("Approved");
    case SubmissionState::PartlyApproved:
        return tr("Partly approved");
    case SubmissionState::Rejected:
        return tr("Rejected");
    case SubmissionState::Withdrawn:
        return tr("Withdrawn");
    case SubmissionState::Released:
        return tr("Released");
    }
    return {};
}

QString SubmissionTexts::cameBackAs(SubmissionState to)
{
    switch (to) {
    case SubmissionState::Returned:
        return tr("changes requested");
    case SubmissionState::Approved:
        return tr("approved");
    case SubmissionState::PartlyApproved:
        return tr("partly approved");
    case SubmissionState::Rejected:
        return tr("rejected");
    case SubmissionState::Released:
        return tr("released");
    case SubmissionState::Draft:
    case SubmissionState::Submitted:
    case SubmissionState::InReview:
    case SubmissionState::Resubmitted:
    case SubmissionState::Withdrawn:
        break;
    }
    return SubmissionTexts::state(to).toLower();
}

QString SubmissionTexts::clearanceType(domain::ClearanceType type)
{
    switch (type) {
    case domain::ClearanceType::PrePublication:
        return tr("Pre-publication");
    case domain::ClearanceType::Publication:
        return tr("Publication");
    case domain::ClearanceType::Code:
        return tr("Code");
    }
    return {};
}

QString SubmissionTexts::fileRole(domain::FileRole role)
{
    switch (role) {
    case domain::FileRole::Output:
        return tr("Output to release");
    case domain::FileRole::Supporting:
        return tr("Supporting (never released)");
    case domain::FileRole::Code:
        return tr("Code to release");
    }
    return {};
}

QString SubmissionTexts::action(SubmissionAction action)
{
    switch (action) {
    case SubmissionAction::Submit:
        return tr("Submitted");
    case SubmissionAction::Withdraw:
        return tr("Withdrew the request");
    case SubmissionAction::StartReview:
        return tr("Started checking");
    case SubmissionAction::Return:
        return tr("Returned it for changes after both reviews");
    case SubmissionAction::Resubmit:
        return tr("Resubmitted with changes");
    case SubmissionAction::Approve:
        return tr("Approved it after both reviews");
    case SubmissionAction::PartlyApprove:
        return tr("Approved part of it after both reviews");
    case SubmissionAction::Reject:
        return tr("Rejected it after both reviews");
    case SubmissionAction::Release:
        return tr("Released the approved outputs");
    }
    return {};
}

QString SubmissionTexts::checkStatus(const QString &status)
{
    if (status == "pass"_L1)
        return tr("Passed");
    if (status == "review"_L1)
        return tr("Passed, with points for the checker to look at");
    if (status == "fail"_L1)
        return tr("Failed");
    if (status == "error"_L1)
        return tr("Could not be checked");
    return tr("Not checked");
}

int SubmissionTexts::workingDaysUntil(QDate today, QDate day, const domain::WorkingDays &days)
{
    if (!today.isValid() || !day.isValid() || day <= today)
        return 0;
    int count = 0;
    // An expected date is days away; a far one (a wrong clock) is not walked for ever.
    const QDate last = std::min(day, today.addYears(2));
    for (QDate d = today.addDays(1); d <= last; d = d.addDays(1)) {
        if (days.isWorkingDay(d))
            ++count;
    }
    return count;
}

QString SubmissionTexts::day(QDate day)
{
    return QLocale().toString(day, u"d MMMM yyyy"_s);
}

QString SubmissionTexts::expectedAnswer(SubmissionState state, QDate expected, QDate today,
                                        const domain::WorkingDays &days)
{
    if (expected.isValid()) {
        if (isOverdue(expected, today))
            return tr("%1, overdue").arg(day(expected));
        const int n = workingDaysUntil(today, expected, days);
        if (n == 0)
            return tr("%1, due today").arg(day(expected));
        return tr("%1, in %n working day(s)", nullptr, n).arg(day(expected));
    }
    switch (state) {
    case SubmissionState::Draft:
        return tr("Not submitted yet");
    case SubmissionState::Returned:
        return tr("Waiting for your changes");
    case SubmissionState::Withdrawn:
        return tr("None: withdrawn");
    case SubmissionState::Submitted:
    case SubmissionState::InReview:
    case SubmissionState::Resubmitted:
        return tr("Not given");
    case SubmissionState::Approved:
    case SubmissionState::PartlyApproved:
    case SubmissionState::Rejected:
    case SubmissionState::Released:
        break;
    }
    return tr("Answered");
}

} // namespace srs::ui
