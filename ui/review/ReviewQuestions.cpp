#include "ReviewQuestions.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

QString ReviewQuestions::decision(domain::FileDecision d)
{
    switch (d) {
    case domain::FileDecision::Approve:
        return tr("Approve");
    case domain::FileDecision::RequestChanges:
        return tr("Request changes");
    case domain::FileDecision::Reject:
        return tr("Reject");
    }
    return {};
}

QString ReviewQuestions::noteLabel(bool reasonNeeded)
{
    return reasonNeeded ? tr("Why is it safe to release despite the failing checks? Required, in your "
                             "&note for checkers only")
                        : QString();
}

QString ReviewQuestions::notePlaceholder(bool reasonNeeded)
{
    return reasonNeeded
               ? tr("This file failed automated disclosure checks. Say why it is safe to release all "
                    "the same.")
               : QString();
}

QSet<QString> ReviewQuestions::failingPaths(const protocol::ReviewContext &c)
{
    QSet<QString> failing;
    {
        for (const protocol::CheckItemInfo &item : c.submission.check.items) {
            // The item's status counts its findings beyond those shown too.
            if (item.status == u"fail")
                failing.insert(item.path);
            for (const protocol::CheckFindingInfo &f : item.findings)
                if (f.outcome == u"fail")
                    failing.insert(f.path);
        }
    }
    return failing;
}

QString ReviewQuestions::beforeSubmitting(const protocol::ReviewContext &c, const domain::Review *mine,
                                          const protocol::VoteRequest &votes)
{
    QStringList lines{tr("Your decision on each file:")};
    bool changes = false;
    bool rejected = false;
    for (const domain::FileReview &f : votes.files) {
        lines << tr("• %1 → %2").arg(f.path, decision(f.decision));
        changes = changes || f.decision == domain::FileDecision::RequestChanges;
        rejected = rejected || f.decision == domain::FileDecision::Reject;
    }
    lines << QString();
    lines << tr("Your review is final once it is sent: you cannot change it afterwards.");
    const bool otherIn =
        std::any_of(c.reviews.cbegin(), c.reviews.cend(), [mine](const protocol::ReviewInfo &r) {
            return (!mine || r.review.checkerId != mine->checkerId) && r.review.isSubmitted();
        });
    lines << (otherIn ? tr("The other checker's review is in, so the request is decided as soon as yours "
                           "arrives; for each file the stricter of your two decisions counts.")
                      : tr("The request is decided when the second checker's review is in; for each file "
                           "the stricter of your two decisions counts."));
    if (changes)
        lines << (otherIn
                      ? tr("Because you ask for changes, the request goes back to the author with your "
                           "comments.")
                      : tr("You ask for changes: when the second checker's review is in, the request goes "
                           "back to the author with the checkers' comments, unless a stricter decision of "
                           "theirs counts instead."));
    else if (rejected)
        lines << tr("The files you reject will not be released, whatever the other checker decides.");
    else
        lines << tr("The files are released only if the other checker approves them too.");
    return lines.join(u'\n');
}

QString ReviewQuestions::beforeReleasing(const protocol::ReviewContext &c)
{
    const protocol::SubmissionRoundInfo *r = nullptr;
    for (const protocol::SubmissionRoundInfo &each : c.submission.rounds)
        if (each.round == c.submission.submission.round)
            r = &each;
    if (!r)
        return {};
    // What the two reviews decided: the round's outcome, or worked out from the two reviews (still
    // in review, and so nothing released, when neither is to hand).
    const domain::ReviewOutcome outcome = [&c, r] {
        if (r->outcome)
            return *r->outcome;
        QList<domain::Review> submitted;
        for (const protocol::ReviewInfo &info : c.reviews)
            if (info.review.isSubmitted())
                submitted.append(info.review);
        if (submitted.size() == 2)
            return domain::ReviewRules::decide(submitted.at(0), submitted.at(1),
                                               c.submission.submission.content);
        return domain::ReviewOutcome{};
    }();
    const auto decisionOf = [&outcome](const QString &path) -> std::optional<domain::FileDecision> {
        for (const domain::FileReview &f : outcome.files)
            if (f.path == path)
                return f.decision;
        return std::nullopt;
    };
    const QLocale locale;
    QStringList released;
    QStringList kept;
    for (const domain::SubmissionFile &f : r->files) {
        const QString size = locale.formattedDataSize(f.size);
        // Released: the output and code files both approved, in a request approved or partly so
        // (the rule of ReviewRules::decide; the outcome on the wire carries the decisions).
        const bool releasable = (outcome.state == domain::SubmissionState::Approved ||
                                 outcome.state == domain::SubmissionState::PartlyApproved) &&
                                f.role != domain::FileRole::Supporting &&
                                decisionOf(f.path) == domain::FileDecision::Approve;
        if (releasable) {
            released << tr("• %1 (%2)").arg(f.path, size);
            continue;
        }
        QString why;
        if (f.role == domain::FileRole::Supporting)
            why = tr("supporting file: never released");
        else if (const auto d = decisionOf(f.path); d && *d == domain::FileDecision::Reject)
            why = tr("rejected");
        else
            why = tr("not approved by both checkers");
        kept << tr("• %1 (%2): %3").arg(f.path, size, why);
    }
    QStringList lines{tr("These files become available to the project's members, with a manifest of their "
                         "SHA-256 checksums:")};
    lines += released.isEmpty() ? QStringList{tr("(none)")} : released;
    if (!kept.isEmpty()) {
        lines << QString() << tr("Not released:");
        lines += kept;
    }
    return lines.join(u'\n');
}

QMessageBox *ReviewQuestions::ask(QWidget *parent, const QString &objectName, const QString &title,
                                  const QString &text, const QString &go, const QString &back)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(objectName);
    box->setTextFormat(Qt::PlainText); // paths are the author's: never markup
    box->addButton(go, QMessageBox::AcceptRole);
    QPushButton *stay = box->addButton(back, QMessageBox::RejectRole);
    box->setDefaultButton(stay); // Enter and Escape both leave things as they are
    box->setEscapeButton(stay);
    box->setAttribute(Qt::WA_DeleteOnClose);
    return box;
}

} // namespace srs::ui
