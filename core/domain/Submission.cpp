#include "Submission.h"

#include <QCoreApplication>
#include <QSet>

namespace srs::domain {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Names
{
    const char *wire;
    // For messages, translated in the context SubmissionWorkflow: "in review", "partly approved".
    struct
    {
        const char *source;
        const char *comment;
    } spoken;
};

const Names StateNames[] = {
    {"draft", QT_TRANSLATE_NOOP3("SubmissionWorkflow", "a draft", "a request's state: Request R-1 is ...")},
    {"submitted",
     QT_TRANSLATE_NOOP3("SubmissionWorkflow", "submitted", "a request's state: Request R-1 is ...")},
    {"in-review",
     QT_TRANSLATE_NOOP3("SubmissionWorkflow", "in review", "a request's state: Request R-1 is ...")},
    {"returned", QT_TRANSLATE_NOOP3("SubmissionWorkflow", "returned to its author",
                                    "a request's state: Request R-1 is ...")},
    {"resubmitted",
     QT_TRANSLATE_NOOP3("SubmissionWorkflow", "resubmitted", "a request's state: Request R-1 is ...")},
    {"approved",
     QT_TRANSLATE_NOOP3("SubmissionWorkflow", "approved", "a request's state: Request R-1 is ...")},
    {"partly-approved",
     QT_TRANSLATE_NOOP3("SubmissionWorkflow", "partly approved", "a request's state: Request R-1 is ...")},
    {"rejected",
     QT_TRANSLATE_NOOP3("SubmissionWorkflow", "rejected", "a request's state: Request R-1 is ...")},
    {"withdrawn",
     QT_TRANSLATE_NOOP3("SubmissionWorkflow", "withdrawn", "a request's state: Request R-1 is ...")},
    {"released",
     QT_TRANSLATE_NOOP3("SubmissionWorkflow", "released", "a request's state: Request R-1 is ...")},
};

const Names ActionNames[] = {
    {"submit",
     QT_TRANSLATE_NOOP3("SubmissionWorkflow", "submitted", "what was asked: ... so it cannot be ...")},
    {"withdraw",
     QT_TRANSLATE_NOOP3("SubmissionWorkflow", "withdrawn", "what was asked: ... so it cannot be ...")},
    {"start-review",
     QT_TRANSLATE_NOOP3("SubmissionWorkflow", "taken for review", "what was asked: ... so it cannot be ...")},
    {"return", QT_TRANSLATE_NOOP3("SubmissionWorkflow", "returned to its author",
                                  "what was asked: ... so it cannot be ...")},
    {"resubmit",
     QT_TRANSLATE_NOOP3("SubmissionWorkflow", "resubmitted", "what was asked: ... so it cannot be ...")},
    {"approve",
     QT_TRANSLATE_NOOP3("SubmissionWorkflow", "approved", "what was asked: ... so it cannot be ...")},
    {"partly-approve",
     QT_TRANSLATE_NOOP3("SubmissionWorkflow", "partly approved", "what was asked: ... so it cannot be ...")},
    {"reject",
     QT_TRANSLATE_NOOP3("SubmissionWorkflow", "rejected", "what was asked: ... so it cannot be ...")},
    {"release",
     QT_TRANSLATE_NOOP3("SubmissionWorkflow", "released", "what was asked: ... so it cannot be ...")},
};

template <class E, std::size_t N>
std::optional<E> fromWire(const Names (&names)[N], QStringView text)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (text == QLatin1StringView(names[i].wire))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

Error refused(const char *code, const QString &message)
{
    return Error{QString::fromLatin1(code), message};
}

Error invalid(const QString &field, const QString &message)
{
    return Error{QString::fromLatin1(submissionerr::Invalid), field + u": "_s + message, field};
}

QString spokenAction(SubmissionAction a)
{
    const auto &spoken = ActionNames[static_cast<int>(a)].spoken;
    return QCoreApplication::translate("SubmissionWorkflow", spoken.source, spoken.comment);
}

bool authorAction(SubmissionAction a)
{
    return a == SubmissionAction::Submit || a == SubmissionAction::Withdraw ||
           a == SubmissionAction::Resubmit;
}

constexpr qsizetype MaxText = 4000;

} // namespace

QString clearanceTypeToString(ClearanceType type)
{
    switch (type) {
    case ClearanceType::PrePublication:
        return u"pre-publication"_s;
    case ClearanceType::Publication:
        return u"publication"_s;
    case ClearanceType::Code:
        return u"code"_s;
    }
    return {};
}

std::optional<ClearanceType> clearanceTypeFromString(QStringView text)
{
    for (ClearanceType t : {ClearanceType::PrePublication, ClearanceType::Publication, ClearanceType::Code}) {
        if (text == clearanceTypeToString(t))
            return t;
    }
    return std::nullopt;
}

QString fileRoleToString(FileRole role)
{
    switch (role) {
    case FileRole::Output:
        return u"output"_s;
    case FileRole::Supporting:
        return u"supporting"_s;
    case FileRole::Code:
        return u"code"_s;
    }
    return {};
}

std::optional<FileRole> fileRoleFromString(QStringView text)
{
    for (FileRole r : {FileRole::Output, FileRole::Supporting, FileRole::Code}) {
        if (text == fileRoleToString(r))
            return r;
    }
    return std::nullopt;
}

QString submissionStateInWords(SubmissionState s)
{
    const auto &spoken = StateNames[static_cast<int>(s)].spoken;
    return QCoreApplication::translate("SubmissionWorkflow", spoken.source, spoken.comment);
}

QString submissionStateToString(SubmissionState state)
{
    return QString::fromLatin1(StateNames[static_cast<int>(state)].wire);
}

std::optional<SubmissionState> submissionStateFromString(QStringView text)
{
    return fromWire<SubmissionState>(StateNames, text);
}

QString submissionActionToString(SubmissionAction action)
{
    return QString::fromLatin1(ActionNames[static_cast<int>(action)].wire);
}

std::optional<SubmissionAction> submissionActionFromString(QStringView text)
{
    return fromWire<SubmissionAction>(ActionNames, text);
}

QList<SubmissionState> allSubmissionStates()
{
    QList<SubmissionState> out;
    for (std::size_t i = 0; i < std::size(StateNames); ++i)
        out << static_cast<SubmissionState>(i);
    return out;
}

QList<SubmissionAction> allSubmissionActions()
{
    QList<SubmissionAction> out;
    for (std::size_t i = 0; i < std::size(ActionNames); ++i)
        out << static_cast<SubmissionAction>(i);
    return out;
}

bool isFinalState(SubmissionState state)
{
    return state == SubmissionState::Rejected || state == SubmissionState::Withdrawn ||
           state == SubmissionState::Released;
}

const SubmissionFile *SubmissionContent::file(QStringView path) const
{
    for (const SubmissionFile &f : files) {
        if (f.path == path)
            return &f;
    }
    return nullptr;
}

std::optional<SubmissionState> SubmissionWorkflow::target(SubmissionState from, SubmissionAction action)
{
    using S = SubmissionState;
    switch (action) {
    case SubmissionAction::Submit:
        return from == S::Draft ? std::optional(S::Submitted) : std::nullopt;
    case SubmissionAction::Withdraw:
        return (from == S::Draft || from == S::Submitted || from == S::InReview || from == S::Returned ||
                from == S::Resubmitted)
                   ? std::optional(S::Withdrawn)
                   : std::nullopt;
    case SubmissionAction::StartReview:
        return (from == S::Submitted || from == S::Resubmitted) ? std::optional(S::InReview) : std::nullopt;
    case SubmissionAction::Return:
        return from == S::InReview ? std::optional(S::Returned) : std::nullopt;
    case SubmissionAction::Resubmit:
        return from == S::Returned ? std::optional(S::Resubmitted) : std::nullopt;
    case SubmissionAction::Approve:
        return from == S::InReview ? std::optional(S::Approved) : std::nullopt;
    case SubmissionAction::PartlyApprove:
        return from == S::InReview ? std::optional(S::PartlyApproved) : std::nullopt;
    case SubmissionAction::Reject:
        return from == S::InReview ? std::optional(S::Rejected) : std::nullopt;
    case SubmissionAction::Release:
        return (from == S::Approved || from == S::PartlyApproved) ? std::optional(S::Released) : std::nullopt;
    }
    return std::nullopt;
}

Status SubmissionWorkflow::checkCan(SubmissionAction action, const Submission &s, const SubmissionActor &a)
{
    // Who first, then when: a person who may never take the action is told so, whatever the state.
    if (authorAction(action)) {
        if (!a.projectMember)
            return refused(submissionerr::NotMember,
                           QCoreApplication::translate(
                               "SubmissionWorkflow",
                               "Only an active member of project %1 can do this; you are not one now.")
                               .arg(s.projectId));
        if (a.userId != s.authorId)
            return refused(submissionerr::NotAuthor,
                           QCoreApplication::translate("SubmissionWorkflow",
                                                       "Only the author of request %1 can change it.")
                               .arg(s.id));
    } else {
        if (!a.outputChecker)
            return refused(submissionerr::NotChecker,
                           QCoreApplication::translate(
                               "SubmissionWorkflow", "Only output checkers can review and release outputs."));
        if (a.userId == s.authorId)
            return refused(
                submissionerr::OwnSubmission,
                QCoreApplication::translate("SubmissionWorkflow",
                                            "Request %1 is your own: another output checker must handle it.")
                    .arg(s.id));
    }
    if (!target(s.state, action)) {
        return refused(
            submissionerr::WrongState,
            QCoreApplication::translate("SubmissionWorkflow", "Request %1 is %2, so it cannot be %3.")
                .arg(s.id.isEmpty() ? QCoreApplication::translate("SubmissionWorkflow", "(new)") : s.id,
                     submissionStateInWords(s.state), spokenAction(action)));
    }
    return {};
}

#define SRS_PERMISSION_PAIR(Name, Action)                                                                    \
    Status SubmissionWorkflow::checkCan##Name(const Submission &s, const SubmissionActor &a)                 \
    {                                                                                                        \
        return checkCan(SubmissionAction::Action, s, a);                                                     \
    }                                                                                                        \
    bool SubmissionWorkflow::can##Name(const Submission &s, const SubmissionActor &a)                        \
    {                                                                                                        \
        return checkCan(SubmissionAction::Action, s, a).ok();                                                \
    }
SRS_PERMISSION_PAIR(Submit, Submit)
SRS_PERMISSION_PAIR(Withdraw, Withdraw)
SRS_PERMISSION_PAIR(StartReview, StartReview)
SRS_PERMISSION_PAIR(Return, Return)
SRS_PERMISSION_PAIR(Resubmit, Resubmit)
SRS_PERMISSION_PAIR(Approve, Approve)
SRS_PERMISSION_PAIR(PartlyApprove, PartlyApprove)
SRS_PERMISSION_PAIR(Reject, Reject)
SRS_PERMISSION_PAIR(Release, Release)
#undef SRS_PERMISSION_PAIR

Status SubmissionWorkflow::checkContent(const SubmissionContent &c)
{
    if (c.title.trimmed().isEmpty() || c.title.size() > 200)
        return invalid(u"title"_s,
                       QCoreApplication::translate("SubmissionWorkflow",
                                                   "give the request a title of 1 to 200 characters."));
    if (c.files.isEmpty())
        return invalid(u"files"_s,
                       QCoreApplication::translate("SubmissionWorkflow", "add at least one file to clear."));
    QSet<QString> paths;
    bool toClear = false;
    for (qsizetype i = 0; i < c.files.size(); ++i) {
        const SubmissionFile &f = c.files.at(i);
        const QString at = u"files[%1]"_s.arg(i);
        if (f.path.isEmpty())
            return invalid(at + u".path"_s, QCoreApplication::translate("SubmissionWorkflow",
                                                                        "give the file's workspace path."));
        if (paths.contains(f.path))
            return invalid(
                at + u".path"_s,
                QCoreApplication::translate("SubmissionWorkflow", "%1 is listed twice.").arg(f.path));
        paths.insert(f.path);
        if (f.description.size() > MaxText || f.destination.size() > MaxText)
            return invalid(
                at + u".description"_s,
                QCoreApplication::translate("SubmissionWorkflow",
                                            "keep the description and destination under %1 characters.")
                    .arg(MaxText));
        if (f.role == FileRole::Supporting)
            continue;
        toClear = true;
        if (f.description.trimmed().isEmpty())
            return invalid(at + u".description"_s,
                           QCoreApplication::translate("SubmissionWorkflow", "say what %1 is.").arg(f.path));
        if (f.role == FileRole::Output && f.destination.trimmed().isEmpty())
            return invalid(at + u".destination"_s,
                           QCoreApplication::translate("SubmissionWorkflow",
                                                       "say where %1 will be published, or to whom it goes.")
                               .arg(f.path));
        if (c.clearanceType == ClearanceType::Code && f.role != FileRole::Code)
            return invalid(
                at + u".role"_s,
                QCoreApplication::translate(
                    "SubmissionWorkflow", "a code clearance request releases code files only; %1 is not one.")
                    .arg(f.path));
    }
    if (!toClear)
        return invalid(u"files"_s, QCoreApplication::translate(
                                       "SubmissionWorkflow",
                                       "every file is supporting: add the outputs or code to clear."));
    if (c.controls.trimmed().isEmpty() || c.controls.size() > MaxText)
        return invalid(
            u"controls"_s,
            QCoreApplication::translate(
                "SubmissionWorkflow",
                "say what disclosure control was applied (or that none was), in under %1 characters.")
                .arg(MaxText));
    for (qsizetype i = 0; i < c.exceptions.size(); ++i) {
        const ExceptionRequest &e = c.exceptions.at(i);
        const QString at = u"exceptions[%1]"_s.arg(i);
        if (!paths.contains(e.path))
            return invalid(at + u".path"_s, QCoreApplication::translate("SubmissionWorkflow",
                                                                        "%1 is not a file of this request.")
                                                .arg(e.path));
        if (e.rule.isEmpty())
            return invalid(at + u".rule"_s, QCoreApplication::translate("SubmissionWorkflow",
                                                                        "name the rule of the finding."));
        if (e.justification.trimmed().size() < 10 || e.justification.size() > MaxText)
            return invalid(
                at + u".justification"_s,
                QCoreApplication::translate("SubmissionWorkflow",
                                            "explain why the exception is safe (10 to %1 characters).")
                    .arg(MaxText));
    }
    return {};
}

namespace {

Submission moved(Submission s, SubmissionAction action, SubmissionState to, const SubmissionActor &a,
                 const QDateTime &at, const QString &note)
{
    s.history.append({at, a.userId, action, s.state, to, s.round, note});
    s.state = to;
    s.updatedAt = at;
    return s;
}

Status needsNote(const QString &note)
{
    if (note.trimmed().isEmpty() || note.size() > MaxText)
        return invalid(u"note"_s,
                       QCoreApplication::translate("SubmissionWorkflow",
                                                   "say why (1 to %1 characters): the author reads it.")
                           .arg(MaxText));
    return {};
}

} // namespace

Result<Submission> SubmissionWorkflow::submit(Submission s, const SubmissionActor &a, const QDateTime &at,
                                              QDate expectedAnswer)
{
    if (Status ok = checkCanSubmit(s, a); !ok)
        return ok.error();
    if (Status ok = checkContent(s.content); !ok)
        return ok.error();
    s.round = 1;
    s.submittedAt = at;
    s.expectedAnswerDate = expectedAnswer;
    return moved(std::move(s), SubmissionAction::Submit, SubmissionState::Submitted, a, at, {});
}

Result<Submission> SubmissionWorkflow::withdraw(Submission s, const SubmissionActor &a, const QDateTime &at,
                                                const QString &note)
{
    if (Status ok = checkCanWithdraw(s, a); !ok)
        return ok.error();
    if (note.size() > MaxText)
        return invalid(u"note"_s,
                       QCoreApplication::translate("SubmissionWorkflow", "keep the note under %1 characters.")
                           .arg(MaxText));
    s.expectedAnswerDate = {};
    return moved(std::move(s), SubmissionAction::Withdraw, SubmissionState::Withdrawn, a, at, note);
}

Result<Submission> SubmissionWorkflow::startReview(Submission s, const SubmissionActor &a,
                                                   const QDateTime &at)
{
    if (Status ok = checkCanStartReview(s, a); !ok)
        return ok.error();
    return moved(std::move(s), SubmissionAction::StartReview, SubmissionState::InReview, a, at, {});
}

Result<Submission> SubmissionWorkflow::returnToAuthor(Submission s, const SubmissionActor &a,
                                                      const QDateTime &at, const QString &note)
{
    if (Status ok = checkCanReturn(s, a); !ok)
        return ok.error();
    if (Status ok = needsNote(note); !ok)
        return ok.error();
    s.expectedAnswerDate = {};
    return moved(std::move(s), SubmissionAction::Return, SubmissionState::Returned, a, at, note);
}

Result<Submission> SubmissionWorkflow::resubmit(Submission s, const SubmissionActor &a,
                                                SubmissionContent content, const QDateTime &at,
                                                QDate expectedAnswer, const QString &note)
{
    if (Status ok = checkCanResubmit(s, a); !ok)
        return ok.error();
    if (Status ok = checkContent(content); !ok)
        return ok.error();
    if (note.size() > MaxText)
        return invalid(u"note"_s,
                       QCoreApplication::translate("SubmissionWorkflow", "keep the note under %1 characters.")
                           .arg(MaxText));
    s.content = std::move(content);
    s.round += 1;
    s.submittedAt = at;
    s.expectedAnswerDate = expectedAnswer;
    // The step is recorded in the round it opens.
    s.history.append(
        {at, a.userId, SubmissionAction::Resubmit, s.state, SubmissionState::Resubmitted, s.round, note});
    s.state = SubmissionState::Resubmitted;
    s.updatedAt = at;
    return s;
}

Result<Submission> SubmissionWorkflow::approve(Submission s, const SubmissionActor &a, const QDateTime &at,
                                               const QString &note)
{
    if (Status ok = checkCanApprove(s, a); !ok)
        return ok.error();
    s.expectedAnswerDate = {};
    return moved(std::move(s), SubmissionAction::Approve, SubmissionState::Approved, a, at, note);
}

Result<Submission> SubmissionWorkflow::partlyApprove(Submission s, const SubmissionActor &a,
                                                     const QDateTime &at, const QString &note)
{
    if (Status ok = checkCanPartlyApprove(s, a); !ok)
        return ok.error();
    if (Status ok = needsNote(note); !ok)
        return ok.error();
    s.expectedAnswerDate = {};
    return moved(std::move(s), SubmissionAction::PartlyApprove, SubmissionState::PartlyApproved, a, at, note);
}

Result<Submission> SubmissionWorkflow::reject(Submission s, const SubmissionActor &a, const QDateTime &at,
                                              const QString &note)
{
    if (Status ok = checkCanReject(s, a); !ok)
        return ok.error();
    if (Status ok = needsNote(note); !ok)
        return ok.error();
    s.expectedAnswerDate = {};
    return moved(std::move(s), SubmissionAction::Reject, SubmissionState::Rejected, a, at, note);
}

Result<Submission> SubmissionWorkflow::release(Submission s, const SubmissionActor &a, const QDateTime &at)
{
    if (Status ok = checkCanRelease(s, a); !ok)
        return ok.error();
    return moved(std::move(s), SubmissionAction::Release, SubmissionState::Released, a, at, {});
}

Result<Submission> SubmissionWorkflow::apply(SubmissionAction action, Submission s, const SubmissionActor &a,
                                             const QDateTime &at, const QString &note, QDate expectedAnswer)
{
    switch (action) {
    case SubmissionAction::Submit:
        return submit(std::move(s), a, at, expectedAnswer);
    case SubmissionAction::Withdraw:
        return withdraw(std::move(s), a, at, note);
    case SubmissionAction::StartReview:
        return startReview(std::move(s), a, at);
    case SubmissionAction::Return:
        return returnToAuthor(std::move(s), a, at, note);
    case SubmissionAction::Resubmit: {
        SubmissionContent content = s.content;
        return resubmit(std::move(s), a, std::move(content), at, expectedAnswer, note);
    }
    case SubmissionAction::Approve:
        return approve(std::move(s), a, at, note);
    case SubmissionAction::PartlyApprove:
        return partlyApprove(std::move(s), a, at, note);
    case SubmissionAction::Reject:
        return reject(std::move(s), a, at, note);
    case SubmissionAction::Release:
        return release(std::move(s), a, at);
    }
    return refused(submissionerr::WrongState,
                   QCoreApplication::translate("SubmissionWorkflow", "Unknown action."));
}

} // namespace srs::domain
