// The review window's texts made from the request: its header, and the reviews this checker may
// see. Part of ReviewDialog, whose translation context it keeps; every text from the request is
// escaped.

#include "ReviewDialog.h"
#include "ReviewQuestions.h"

#include "ui/submissions/SubmissionTexts.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

QString ReviewDialog::headerHtml(const protocol::ReviewContext &c)
{
    const domain::Submission &s = c.submission.submission;
    QString html =
        tr("<b>%1 — %2</b><br>Project %3 · %4 · round %5 · from %6, submitted %7")
            .arg(s.id.toHtmlEscaped(), s.content.title.toHtmlEscaped(), s.projectId.toHtmlEscaped(),
                 SubmissionTexts::clearanceType(s.content.clearanceType).toHtmlEscaped())
            .arg(s.round)
            .arg(c.submission.author.displayName.toHtmlEscaped(),
                 QLocale().toString(s.submittedAt.toLocalTime(), u"d MMMM yyyy, HH:mm"_s));
    // What the author says they changed for this round (the note of their resubmission).
    for (auto e = s.history.crbegin(); e != s.history.crend(); ++e) {
        if (e->action != domain::SubmissionAction::Resubmit || e->round != s.round)
            continue;
        if (!e->note.trimmed().isEmpty())
            html += u"<br><b>%1</b> %2"_s.arg(tr("What the author changed:").toHtmlEscaped(),
                                              e->note.toHtmlEscaped().replace(u'\n', u"<br>"_s));
        break;
    }
    return html;
}

QString ReviewDialog::reviewsHtml(const protocol::ReviewContext &c, const QString &me)
{
    // The reviews this checker may see (their own always; the other once theirs is in).
    QString others;
    const auto describe = [](const protocol::ReviewInfo &r, const QString &heading) -> QString {
        QString html = u"<p><b>%1</b> — %2</p><ul>"_s.arg(heading.toHtmlEscaped(),
                                                          r.checker.displayName.toHtmlEscaped());
        if (!r.review.isSubmitted())
            return html + u"<li>"_s + ReviewDialog::tr("Still reviewing.") + u"</li></ul>"_s;
        for (const domain::FileReview &f : r.review.files) {
            html += u"<li>%1: %2"_s.arg(f.path.toHtmlEscaped(),
                                        ReviewQuestions::decision(f.decision).toHtmlEscaped());
            if (!f.sharedComment.isEmpty())
                html += u" — “%1”"_s.arg(f.sharedComment.toHtmlEscaped());
            if (!f.internalComment.isEmpty())
                html += u" ("_s +
                        ReviewDialog::tr("checkers only: %1").arg(f.internalComment).toHtmlEscaped() + u")"_s;
            html += u"</li>"_s;
        }
        return html + u"</ul>"_s;
    };
    for (const protocol::ReviewInfo &r : c.reviews) {
        if (c.blinded && r.review.checkerId != me) {
            others += u"<p><b>%1</b> — %2</p><ul><li>%3</li></ul>"_s.arg(
                tr("Round %1").arg(r.review.round).toHtmlEscaped(), r.checker.displayName.toHtmlEscaped(),
                tr("Their votes are hidden until yours are in.").toHtmlEscaped());
            continue;
        }
        others += describe(r, tr("Round %1").arg(r.review.round));
    }
    for (const protocol::ReviewInfo &r : c.earlierReviews)
        others += describe(r, tr("Round %1 (earlier)").arg(r.review.round));
    return others;
}

} // namespace srs::ui
