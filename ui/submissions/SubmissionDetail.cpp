// "My submissions": a request's detail as the person reads it (its state, the check's result,
// the files with the checkers' comments, the history), written as HTML with every text from the
// request escaped. Part of SubmissionsView, whose translation context it keeps.

#include "SubmissionsView.h"

#include "SubmissionTexts.h"
#include "ui/common/FindingTexts.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString when(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), u"d MMMM yyyy, HH:mm"_s);
}

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString findingsText(qint64 n)
{
    if (n == 0)
        return SubmissionsView::tr("no findings");
    return SubmissionsView::tr("%Ln finding(s)", nullptr, static_cast<int>(n));
}

} // namespace

QStringList SubmissionsView::sharedFileComments(const protocol::SubmissionInfo &info, const QString &path)
{
    // Each decided round, newest first: the decision on the file and what the checkers said.
    QStringList out;
    for (auto r = info.rounds.crbegin(); r != info.rounds.crend(); ++r) {
        if (!r->outcome)
            continue;
        for (const domain::FileReview &f : r->outcome->files) {
            if (f.path != path)
                continue;
            QString decision;
            switch (f.decision) {
            case domain::FileDecision::Approve:
                decision = tr("approved");
                break;
            case domain::FileDecision::RequestChanges:
                decision = tr("changes requested");
                break;
            case domain::FileDecision::Reject:
                decision = tr("rejected");
                break;
            }
            out << (f.sharedComment.isEmpty()
                        ? tr("Round %1, %2.").arg(r->round).arg(decision)
                        : tr("Round %1, %2: %3").arg(r->round).arg(decision, f.sharedComment));
        }
    }
    return out;
}

QString SubmissionsView::detailHtml(const protocol::SubmissionInfo &info, const QString &projectTitle,
                                    const QString &myId, QDate today, const domain::WorkingDays &workingDays)
{
    const domain::Submission &s = info.submission;
    auto who = [&](const QString &id) {
        const QString name = info.actorNames.value(id, id == info.author.id ? info.author.displayName : id);
        return id == myId ? tr("You (%1)").arg(name) : name;
    };
    QString html;
    html += u"<table cellspacing='0' cellpadding='3'>"_s;
    auto row = [&html](const QString &label, const QString &value) {
        html += u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(esc(label), value);
    };
    row(tr("Project"),
        esc(projectTitle.isEmpty() ? s.projectId : tr("%1, %2").arg(s.projectId, projectTitle)));
    row(tr("Clearance type"), esc(SubmissionTexts::clearanceType(s.content.clearanceType)));
    QString state = SubmissionTexts::state(s.state);
    if (s.round > 1)
        state = tr("%1 (round %2)").arg(state).arg(s.round);
    row(tr("State"), esc(state));
    row(tr("Requested by"), esc(who(info.author.id.isEmpty() ? s.authorId : info.author.id)));
    if (s.submittedAt.isValid())
        row(tr("Submitted"), esc(when(s.submittedAt)));
    row(tr("Answer expected"),
        esc(SubmissionTexts::expectedAnswer(s.state, s.expectedAnswerDate, today, workingDays)));
    html += u"</table>"_s;
    if (s.expectedAnswerDate.isValid())
        html += u"<p><small>%1</small></p>"_s.arg(
            esc(tr("An answer is expected within five working days of the request, not counting weekends or "
                   "England and Wales bank holidays.")));

    // The checkers' latest word (why it was returned, rejected or partly approved) comes first:
    // it is what the author needs to act on; the history below keeps every note.
    if (!s.history.isEmpty()) {
        const domain::SubmissionEvent &last = s.history.constLast();
        if (!last.note.isEmpty() && last.actorId != myId)
            html += u"<table cellpadding='6' width='100%' style='background-color: "
                    u"#fff4e5'><tr><td><b>%1</b><br>%2"
                    u"</td></tr></table>"_s.arg(
                        esc(tr("Note from %1, %2:").arg(who(last.actorId), when(last.at))),
                        esc(last.note).replace(u'\n', u"<br>"_s));
    }

    // The check of the current round.
    html += u"<h3>%1</h3>"_s.arg(esc(tr("Check result")));
    html += u"<p>%1</p>"_s.arg(esc(SubmissionTexts::checkStatus(info.check.status)));
    if (!info.check.items.isEmpty()) {
        html += u"<ul>"_s;
        for (const protocol::CheckItemInfo &item : info.check.items) {
            QString line =
                u"<b>%1</b>: %2, %3"_s.arg(esc(item.path), esc(SubmissionTexts::checkStatus(item.status)),
                                           esc(findingsText(item.findingsTotal)));
            if (item.error)
                line += u"<br>"_s + esc(item.error->message);
            for (qsizetype i = 0; i < item.findings.size() && i < 3; ++i)
                line += u"<br>&bull; "_s + esc(FindingTexts::message(item.findings.at(i)));
            const qint64 more = item.findingsTotal - std::min<qint64>(item.findingsTotal, 3);
            if (more > 0)
                line += u"<br>"_s + esc(tr("and %Ln more finding(s)", nullptr, static_cast<int>(more)));
            html += u"<li>%1</li>"_s.arg(line);
        }
        html += u"</ul>"_s;
    }
    if (!s.content.exceptions.isEmpty()) {
        const qsizetype n = s.content.exceptions.size();
        html += u"<p>%1</p>"_s.arg(
            esc(tr("You asked for %n exception(s); the checkers decide whether to allow them.", nullptr,
                   static_cast<int>(n))));
    }

    // The files of the current round, as snapshotted, and what the checkers say about each.
    html += u"<h3>%1</h3>"_s.arg(esc(tr("Files")));
    html += u"<table border='1' cellspacing='0' cellpadding='4' width='100%' style='border-collapse: "
            u"collapse'><tr><th>%1</th><th>%2</th>"
            u"<th>%3</th></tr>"_s.arg(esc(tr("File")), esc(tr("Role")), esc(tr("Checkers' comments")));
    for (const domain::SubmissionFile &f : s.content.files) {
        // The checksum on a line of its own, unbroken, so it can be compared with another copy.
        QString what = u"<b>%1</b>"_s.arg(esc(f.path));
        if (!f.description.isEmpty())
            what += u"<br>%1"_s.arg(esc(f.description));
        what += u"<br><small>%1</small> <tt style='white-space: nowrap'>%2</tt>"_s.arg(
            esc(tr("%1, SHA-256").arg(dataSize(f.size))), esc(f.sha256));
        const QStringList comments = sharedFileComments(info, f.path);
        const QString commentText =
            comments.isEmpty() ? esc(tr("None")) : esc(comments.join(u'\n')).replace(u'\n', u"<br>"_s);
        html += u"<tr><td>%1</td><td>%2</td><td>%3</td></tr>"_s.arg(
            what, esc(SubmissionTexts::fileRole(f.role)), commentText);
    }
    html += u"</table>"_s;

    // The timeline, oldest first: who did what, when, and what they wrote.
    html += u"<h3>%1</h3>"_s.arg(esc(tr("History")));
    html += u"<table border='1' cellspacing='0' cellpadding='4' width='100%' style='border-collapse: "
            u"collapse'><tr><th>%1</th><th>%2</th>"
            u"<th>%3</th><th>%4</th></tr>"_s.arg(esc(tr("When")), esc(tr("Who")), esc(tr("What")),
                                                 esc(tr("Note")));
    for (const domain::SubmissionEvent &e : s.history) {
        QString what = esc(SubmissionTexts::action(e.action));
        what += u"<br><small>%1</small>"_s.arg(
            esc(tr("Now: %1, round %2").arg(SubmissionTexts::state(e.to)).arg(e.round)));
        html += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>"_s.arg(
            esc(when(e.at)), esc(who(e.actorId)), what, esc(e.note).replace(u'\n', u"<br>"_s));
    }
    html += u"</table>"_s;
    return html;
}

} // namespace srs::ui
