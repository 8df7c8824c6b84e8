#include "CheckingSettings.h"

#include "ServiceError.h"
#include "SubmissionChecks.h"

#include "store/ProjectRepository.h"

#include <QSet>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;

Result<QList<domain::Dataset>> requestDatasets(store::Database &db, const domain::Submission &submission)
{
    auto held = store::ProjectRepository(db).datasetsOf(submission.projectId);
    if (!held)
        return internalError(held.errorString());
    const domain::SubmissionContent &content = submission.content;
    QStringList named;
    QSet<QString> attributed; // files a table (or its companions) accounts for
    bool unattributed = false;
    for (const domain::TableSpec &spec : content.tables) {
        if (spec.dataset.isEmpty()) {
            unattributed = true;
            continue;
        }
        if (!named.contains(spec.dataset))
            named.append(spec.dataset);
        attributed.insert(spec.file);
        for (const QString &path : spec.companionFiles())
            attributed.insert(path);
    }
    for (const domain::SubmissionFile &f : content.files) {
        if (!attributed.contains(f.path))
            unattributed = true;
    }
    if (unattributed)
        return held.value();
    QList<domain::Dataset> out;
    named.sort();
    for (const QString &id : std::as_const(named)) {
        domain::Dataset d{id, id, {}, domain::DatasetAccess::SafeRoomOnly};
        for (const domain::Dataset &h : held.value()) {
            if (h.id == id)
                d = h;
        }
        out.append(d);
    }
    return out;
}

Status checkCanOpenForChecking(store::Database &db, const Caller &caller,
                               const domain::Submission &submission)
{
    // The setting and the declarations first: they need no reading.
    const domain::SettingKind setting = caller.settingDecision.setting;
    if (const domain::Decision d = caller.policy->checkCanOpenForChecking(caller.user, setting); !d)
        return refusal(d);
    auto datasets = requestDatasets(db, submission);
    if (!datasets)
        return datasets.error();
    if (const domain::Decision d =
            caller.policy->checkCanOpenForChecking(caller.user, setting, datasets.value());
        !d)
        return refusal(d);
    return {};
}

} // namespace srs::server
