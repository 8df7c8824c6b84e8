#pragma once

#include "RefreshSchedule.h"
#include "api/ApiFailure.h"
#include "api/CallGroup.h"
#include "domain/WorkingDays.h"
#include "protocol/SubmissionMessages.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <algorithm>
#include <optional>

namespace srs::session {

class Clock;
class Session;
class WorkspaceSync;

// The person's clearance requests ("My submissions"): the requests of every project they may
// open now (GET /projects/{id}/submissions for each), one request in full, and withdrawing.
//
// The list is wanted from sign-in (and again after each unlock): it is asked as soon as the
// browser lists the projects, again whenever they change, on demand (refresh()) and, while the
// session is active, every refresh interval (60 s by default; refreshIfDue(), run by a timer,
// measures it with the session's Clock), so that a decision on a request reaches the person
// without their asking (SubmissionNotices). Locking or signing out clears everything
// (cleared()) and stops the timer. The server decides every action; canWithdraw()/canResubmit() only say
// what to offer, with the same rules (SubmissionWorkflow).
class Submissions : public QObject
{
    Q_OBJECT
public:
    Submissions(Session *session, WorkspaceSync *projects, const Clock &clock, QObject *parent = nullptr);
    ~Submissions() override;

    // Every request of the openable projects, most recently changed first.
    [[nodiscard]] const QList<protocol::SubmissionSummary> &list() const { return m_list; }
    [[nodiscard]] bool isLoading() const { return !m_listCalls.isEmpty(); }
    // Whether every openable project has answered at least once since the list was wanted.
    [[nodiscard]] bool hasLoaded() const { return m_loaded; }
    // The projects whose list could not be fetched last time, with why.
    [[nodiscard]] const QHash<QString, QString> &problems() const { return m_problems; }
    // The request in full, once detailLoaded() has said so.
    [[nodiscard]] std::optional<protocol::SubmissionInfo> detail(const QString &submissionId) const;
    [[nodiscard]] QString projectTitle(const QString &projectId) const;

    // The day today is for the service (Europe/London) and its working days (England and Wales
    // bank holidays: domain::WorkingDays::englandAndWales(), the list the server counts by, so
    // the days left until the server's expected answer date are counted as the server counts them).
    [[nodiscard]] QDate today() const;
    [[nodiscard]] const domain::WorkingDays &workingDays() const { return m_workingDays; }

    // Who the signed-in person is to this request, for the workflow's rules.
    [[nodiscard]] domain::SubmissionActor actorFor(const QString &projectId) const;
    [[nodiscard]] bool canWithdraw(const protocol::SubmissionInfo &info) const;
    [[nodiscard]] bool canResubmit(const protocol::SubmissionInfo &info) const;
    // Whether fixing and resubmitting can be opened here (something handles resubmitRequested).
    [[nodiscard]] bool resubmissionAvailable() const;

    // Asks the server for the list now (and keeps it up to date from then on).
    void refresh();
    // Asks again if the list is wanted, the session is active, nothing is under way and the
    // refresh interval has passed since the last time it was asked (by the Clock's steady time).
    // A timer runs it every few seconds while the session is active.
    void refreshIfDue();
    void setRefreshInterval(int seconds) { m_schedule.setIntervalSeconds(seconds); }
    [[nodiscard]] qint64 refreshIntervalMs() const { return m_schedule.intervalMs(); }
    [[nodiscard]] bool refreshesPeriodically() const { return m_schedule.isRunning(); }
    void fetchDetail(const QString &submissionId);
    // Withdraws the request (the UI has asked the person first); the note is optional.
    void withdraw(const QString &submissionId, const QString &note = {});
    // A returned request, to fix and resubmit: emits resubmitRequested with the request in full.
    // False when the request is not loaded or may not be resubmitted now.
    bool openForResubmission(const QString &submissionId);
    // The server's answer to a request sent from this client (the wizard's submit or
    // resubmit): listed and kept in full at once, without asking again.
    void take(const protocol::SubmissionInfo &info);

signals:
    void listChanged();
    void listFailed(const QString &projectId, const srs::api::ApiFailure &failure);
    void detailLoaded(const QString &submissionId);
    void detailFailed(const QString &submissionId, const srs::api::ApiFailure &failure);
    void withdrawn(const QString &submissionId);
    void withdrawFailed(const QString &submissionId, const srs::api::ApiFailure &failure);
    // For the submission wizard: open this returned request to fix and resubmit it.
    void resubmitRequested(const srs::protocol::SubmissionInfo &submission);
    // Locked or signed out: everything shown must go.
    void cleared();

private:
    [[nodiscard]] QString projectOfSubmission(const QString &submissionId) const;
    void onProjectsChanged();
    void startWanting();
    void rebuildList();
    void storeDetail(const protocol::SubmissionInfo &info);
    void clear(bool forget);

    Session *m_session;
    WorkspaceSync *m_projects; // the projects list
    const Clock &m_clock;
    domain::WorkingDays m_workingDays;
    RefreshSchedule m_schedule; // when the list is asked again
    bool m_loaded = false;
    QHash<QString, QList<protocol::SubmissionSummary>> m_byProject;
    QHash<QString, QString> m_problems;
    QList<protocol::SubmissionSummary> m_list;
    QHash<QString, protocol::SubmissionInfo> m_details;
    api::CallGroup m_listCalls;  // the lists of the last refresh (an earlier refresh's are stopped)
    api::CallGroup m_otherCalls; // details and withdrawals
};

} // namespace srs::session
