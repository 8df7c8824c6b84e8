#pragma once

#include "protocol/ReviewMessages.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

class QMessageBox;
class QWidget;

namespace srs::ui {

// What the review window asks before it acts, in words: why a file whose automated checks
// failed is safe to release (before an approval of it is sent), each file's decision and what
// follows (before the review is sent), and exactly which files leave and which do not (before a
// release). Plain text: the paths are the author's.
class ReviewQuestions
{
    Q_DECLARE_TR_FUNCTIONS(ReviewQuestions)
public:
    // The paths of the round's files whose automated checks have a Fail finding.
    [[nodiscard]] static QSet<QString> failingPaths(const protocol::ReviewContext &c);
    // The label (with the mnemonic of the note for checkers) and placeholder of the note when it
    // must give the reason; empty when it need not.
    [[nodiscard]] static QString noteLabel(bool reasonNeeded);
    [[nodiscard]] static QString notePlaceholder(bool reasonNeeded);
    // Before sending `votes` (`mine` the checker's review): each file's decision, and what follows.
    [[nodiscard]] static QString beforeSubmitting(const protocol::ReviewContext &c,
                                                  const domain::Review *mine,
                                                  const protocol::VoteRequest &votes);
    // Before releasing: each file released (path and size), then those not released, with why,
    // from the round's outcome (or the two reviews).
    [[nodiscard]] static QString beforeReleasing(const protocol::ReviewContext &c);
    // A question box, window-modal once opened, deleted when closed: `go` accepts; `back` is the
    // default and the escape button.
    [[nodiscard]] static QMessageBox *ask(QWidget *parent, const QString &objectName, const QString &title,
                                          const QString &text, const QString &go, const QString &back);
    // A file's decision in a word or two: "Approve", "Request changes", "Reject".
    [[nodiscard]] static QString decision(domain::FileDecision d);
};

} // namespace srs::ui
