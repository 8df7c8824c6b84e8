// A release as a Five Safes RO-Crate (https://w3id.org/5s-crate/0.4): the crate's root is the
// release, its files are the released outputs (named, sized and hashed, never included), and
// the egress steps are the profile's review actions: the automated disclosure checks and each
// output checker's review as AssessActions (Safe Haven Provenance DisclosureCheck), the release
// decision as an AuthorizeAction and making the files available to the project as a SendAction.

#include "ReleaseService.h"

#include "ServiceError.h"

#include "store/ReviewRepository.h"
#include "store/SubmissionRepository.h"
#include "store/UserRepository.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString Completed = u"http://schema.org/CompletedActionStatus"_s;
const QString DisclosureCheck = u"https://w3id.org/shp#DisclosureCheck"_s;
const QString Profile = u"https://w3id.org/5s-crate/0.4"_s;

QJsonObject ref(const QString &id)
{
    return QJsonObject{{u"@id"_s, id}};
}

QString time(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QString spoken(domain::FileDecision d)
{
    switch (d) {
    case domain::FileDecision::Approve:
        return u"approved"_s;
    case domain::FileDecision::RequestChanges:
        return u"changes requested"_s;
    case domain::FileDecision::Reject:
        return u"rejected"_s;
    }
    return {};
}

} // namespace

Result<QByteArray> ReleaseService::roCrateOf(ServerContext &context, const QString &releaseId)
{
    store::Database &db = context.database();
    store::ReviewRepository repo(db);
    auto release = repo.findRelease(releaseId);
    if (!release) {
        if (release.code() == store::StoreError::Code::NotFound)
            return Error{svc::NotFound, u"There is no release %1."_s.arg(releaseId)};
        return internalError(release.errorString());
    }
    const store::StoredRelease &r = release.value();
    auto extras = repo.registerExtras(releaseId);
    if (!extras)
        return internalError(extras.errorString());
    const store::RegisterExtras x = extras->value(releaseId);
    auto reviews = repo.reviewsOf(r.submissionId);
    if (!reviews)
        return internalError(reviews.errorString());
    auto rounds = store::SubmissionRepository(db).rounds(r.submissionId);
    if (!rounds)
        return internalError(rounds.errorString());
    QString checkStatus;
    QDateTime submittedAt;
    for (const store::SubmissionRound &round : rounds.value()) {
        if (round.round == r.round) {
            checkStatus = round.checkStatus;
            submittedAt = round.submittedAt;
        }
    }
    const bool byName = context.config().registerCheckersByName;

    QJsonArray graph;
    QJsonArray files, parts;
    for (const store::StoredReleaseFile &f : r.files) {
        parts.append(ref(f.path));
        files.append(ref(f.path));
        graph.append(QJsonObject{{u"@id"_s, f.path},
                                 {u"@type"_s, u"File"_s},
                                 {u"name"_s, f.path.section(u'/', -1)},
                                 {u"contentSize"_s, QString::number(f.size)},
                                 {u"sha256"_s, f.sha256},
                                 {u"additionalType"_s, domain::fileRoleToString(f.role)}});
    }
    const QString project = u"#project-"_s + r.projectId;
    graph.append(QJsonObject{{u"@id"_s, project},
                             {u"@type"_s, u"Project"_s},
                             {u"name"_s, r.projectTitle},
                             {u"identifier"_s, r.projectId}});
    graph.append(QJsonObject{{u"@id"_s, u"#service"_s},
                             {u"@type"_s, u"Organization"_s},
                             {u"name"_s, u"SRS Workstation secure research service"_s}});
    graph.append(QJsonObject{{u"@id"_s, u"#sdc-engine"_s},
                             {u"@type"_s, u"SoftwareApplication"_s},
                             {u"name"_s, u"srs-sdc disclosure checks"_s},
                             {u"version"_s, x.engineVersion},
                             {u"provider"_s, ref(u"#service"_s)}});
    graph.append(QJsonObject{{u"@id"_s, u"#risk-profile"_s},
                             {u"@type"_s, u"CreativeWork"_s},
                             {u"name"_s, u"Risk profile of the disclosure checks"_s},
                             {u"version"_s, x.profileVersion}});

    QJsonArray mentions;
    const QString check = u"#check-round-%1"_s.arg(r.round);
    mentions.append(ref(check));
    graph.append(QJsonObject{
        {u"@id"_s, check},
        {u"@type"_s, u"AssessAction"_s},
        {u"additionalType"_s, ref(DisclosureCheck)},
        {u"name"_s, u"Automated disclosure checks of round %1: %2"_s.arg(r.round).arg(checkStatus)},
        {u"agent"_s, ref(u"#sdc-engine"_s)},
        {u"instrument"_s, ref(u"#risk-profile"_s)},
        {u"object"_s, files},
        {u"endTime"_s, time(submittedAt)},
        {u"actionStatus"_s, Completed}});
    // The two reviews that decided the round, in the order they were submitted.
    QList<domain::Review> deciding;
    for (const domain::Review &v : reviews.value()) {
        if (v.round == r.round && v.isSubmitted())
            deciding.append(v);
    }
    std::sort(deciding.begin(), deciding.end(),
              [](const domain::Review &a, const domain::Review &b) { return a.submittedAt < b.submittedAt; });
    QHash<QString, QString> checkerNode;
    for (qsizetype i = 0; i < deciding.size(); ++i) {
        const domain::Review &v = deciding.at(i);
        const QString person = u"#output-checker-%1"_s.arg(i + 1);
        checkerNode.insert(v.checkerId, person);
        QString name = u"Output checker %1"_s.arg(i + 1);
        if (byName) {
            for (const auto &[id, display] : x.checkers) {
                if (id == v.checkerId)
                    name = display;
            }
        }
        graph.append(QJsonObject{{u"@id"_s, person}, {u"@type"_s, u"Person"_s}, {u"name"_s, name}});
        QStringList decisions;
        for (const domain::FileReview &f : v.files)
            decisions << u"%1 %2"_s.arg(f.path, spoken(f.decision));
        const QString action = u"#review-%1"_s.arg(i + 1);
        mentions.append(ref(action));
        graph.append(QJsonObject{{u"@id"_s, action},
                                 {u"@type"_s, u"AssessAction"_s},
                                 {u"additionalType"_s, ref(DisclosureCheck)},
                                 {u"name"_s, u"Review by %1: %2"_s.arg(name, decisions.join(u"; "_s))},
                                 {u"agent"_s, ref(person)},
                                 {u"object"_s, files},
                                 {u"startTime"_s, time(v.claimedAt)},
                                 {u"endTime"_s, time(v.submittedAt)},
                                 {u"actionStatus"_s, Completed}});
    }
    QString releaser = checkerNode.value(r.releasedBy);
    if (releaser.isEmpty()) {
        releaser = u"#releasing-output-checker"_s;
        QString name = u"Releasing output checker"_s;
        if (byName) {
            auto user = store::UserRepository(db).findById(r.releasedBy);
            if (!user)
                return internalError(user.errorString());
            name = user->profile.displayName;
        }
        graph.append(QJsonObject{{u"@id"_s, releaser}, {u"@type"_s, u"Person"_s}, {u"name"_s, name}});
    }
    mentions.append(ref(u"#authorise"_s));
    graph.append(QJsonObject{
        {u"@id"_s, u"#authorise"_s},
        {u"@type"_s, u"AuthorizeAction"_s},
        {u"name"_s, u"Release authorised: %1 file(s) approved by two output checkers"_s.arg(r.files.size())},
        {u"agent"_s, ref(releaser)},
        {u"object"_s, files},
        {u"recipient"_s, ref(project)},
        {u"endTime"_s, time(r.releasedAt)},
        {u"actionStatus"_s, Completed}});
    mentions.append(ref(u"#send"_s));
    graph.append(QJsonObject{
        {u"@id"_s, u"#send"_s},
        {u"@type"_s, u"SendAction"_s},
        {u"name"_s, u"Released files made available to the members of project %1"_s.arg(r.projectId)},
        {u"agent"_s, ref(u"#service"_s)},
        {u"object"_s, files},
        {u"recipient"_s, ref(project)},
        {u"endTime"_s, time(r.releasedAt)},
        {u"actionStatus"_s, Completed}});

    QJsonObject root{
        {u"@id"_s, u"./"_s},
        {u"@type"_s, u"Dataset"_s},
        {u"identifier"_s, r.id},
        {u"name"_s, u"Release %1: %2"_s.arg(r.id, r.title)},
        {u"description"_s, u"Outputs of request %1 (%2 clearance) released from the secure research "
                           u"service after two independent output checks."_s.arg(
                               r.submissionId, domain::clearanceTypeToString(r.clearanceType))},
        {u"conformsTo"_s, ref(Profile)},
        {u"datePublished"_s, time(r.releasedAt)},
        {u"publisher"_s, ref(u"#service"_s)},
        {u"sourceOrganization"_s, ref(project)},
        {u"hasPart"_s, parts},
        {u"mentions"_s, mentions}};
    if (r.destroyBy.isValid())
        root.insert(u"expires"_s, r.destroyBy.toString(Qt::ISODate));
    graph.prepend(QJsonObject{
        {u"@id"_s, Profile}, {u"@type"_s, u"Profile"_s}, {u"name"_s, u"Five Safes RO-Crate profile"_s}});
    graph.prepend(root);
    graph.prepend(QJsonObject{{u"@id"_s, u"ro-crate-metadata.json"_s},
                              {u"@type"_s, u"CreativeWork"_s},
                              {u"about"_s, ref(u"./"_s)},
                              {u"conformsTo"_s, ref(u"https://w3id.org/ro/crate/1.1"_s)}});
    const QJsonObject crate{{u"@context"_s, u"https://w3id.org/ro/crate/1.1/context"_s},
                            {u"@graph"_s, graph}};
    return QJsonDocument(crate).toJson(QJsonDocument::Indented);
}

} // namespace srs::server
