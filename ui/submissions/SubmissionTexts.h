#pragma once

#include "domain/Submission.h"
#include "domain/WorkingDays.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace srs::ui {

// The words a researcher reads for a clearance request's parts: states, types, roles, steps,
// check results and the expected answer date. Never colour alone: every state is a word.
class SubmissionTexts
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionTexts)
public:
    [[nodiscard]] static QString state(domain::SubmissionState state);
    // What a request that came back from the checkers came back as, for the notice on the home
    // page ("changes requested", "approved", ...).
    [[nodiscard]] static QString cameBackAs(domain::SubmissionState state);
    [[nodiscard]] static QString clearanceType(domain::ClearanceType type);
    [[nodiscard]] static QString fileRole(domain::FileRole role);
    [[nodiscard]] static QString action(domain::SubmissionAction action);
    // "pass", "review", "fail", "error" in words.
    [[nodiscard]] static QString checkStatus(const QString &status);

    // Working days after `today` up to and including `day` (0 when `day` is today or earlier).
    [[nodiscard]] static int workingDaysUntil(QDate today, QDate day, const domain::WorkingDays &days);
    // When an answer can be expected, in words: "27 November 2026, in 3 working days",
    // "27 November 2026, due today", "27 November 2026, overdue"; without a date, what the state
    // means instead ("Waiting for your changes", "Answered", ...).
    [[nodiscard]] static QString expectedAnswer(domain::SubmissionState state, QDate expected, QDate today,
                                                const domain::WorkingDays &days);
    [[nodiscard]] static bool isOverdue(QDate expected, QDate today)
    {
        return expected.isValid() && expected < today;
    }
    [[nodiscard]] static QString day(QDate day);
};

} // namespace srs::ui
