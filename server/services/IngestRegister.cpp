#include "IngestRegister.h"

#include "ServiceError.h"

#include "protocol/WireFields.h"
#include "store/IngestRepository.h"
#include "store/IngestReviewRepository.h"
#include "store/UserRepository.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace srs::server {

using namespace Qt::Literals::StringLiterals;

namespace {

// As the register of releases writes its cells: one a spreadsheet would take for a formula is
// made text with a leading quote; one with a quote, comma or line break is quoted.
QString csvCell(const QString &text)
{
    QString cell = text;
    const bool formula =
        !cell.isEmpty() && (cell.front() == u'=' || cell.front() == u'+' || cell.front() == u'-' ||
                            cell.front() == u'@' || cell.front() == u'\t' || cell.front() == u'\r');
    if (formula)
        cell.prepend(u'\'');
    if (!formula && !cell.contains(u',') && !cell.contains(u'"') && !cell.contains(u'\n') &&
        !cell.contains(u'\r'))
        return cell;
    cell.replace(u"\""_s, u"\"\""_s);
    return u"\""_s + cell + u"\""_s;
}

} // namespace

Result<QJsonArray> IngestRegister::entries(ServerContext &context)
{
    store::Database &db = context.database();
    store::IngestRepository requests(db);
    store::IngestReviewRepository reviews(db);
    store::UserRepository users(db);
    QHash<QString, QString> names;
    auto nameOf = [&](const QString &id) {
        if (!names.contains(id)) {
            auto user = users.findById(id);
            names.insert(id, user ? user->profile.displayName : QString());
        }
        return names.value(id);
    };
    auto ids = reviews.allRequests();
    if (!ids)
        return internalError(ids.errorString());
    QJsonArray out;
    for (const QString &id : ids.value()) {
        auto record = requests.find(id);
        if (!record)
            return internalError(record.errorString());
        auto files = reviews.files(id);
        if (!files)
            return internalError(files.errorString());
        auto votes = reviews.votes(id);
        if (!votes)
            return internalError(votes.errorString());
        QJsonArray fileList;
        for (const store::IngestFileRecord &f : record->files) {
            const store::IngestFileReviewRecord review =
                f.position < files->size() ? files->at(f.position) : store::IngestFileReviewRecord{};
            QJsonArray voteList;
            for (const store::IngestVoteRecord &v : votes.value()) {
                if (v.position != f.position)
                    continue;
                voteList.append(
                    QJsonObject{{u"checker"_s, QJsonObject{{u"id"_s, v.checkerId},
                                                           {u"display_name"_s, nameOf(v.checkerId)}}},
                                {u"decision"_s, v.decision},
                                {u"comment"_s, v.comment},
                                {u"at"_s, protocol::wire::time(v.votedAt)}});
            }
            fileList.append(QJsonObject{{u"index"_s, f.position},
                                        {u"name"_s, f.name},
                                        {u"size"_s, f.size},
                                        {u"sha256"_s, f.sha256},
                                        {u"kind"_s, review.kind},
                                        {u"decision"_s, review.decision},
                                        {u"decided_at"_s, protocol::wire::time(review.decidedAt)},
                                        {u"votes"_s, voteList},
                                        {u"delivered_path"_s, review.deliveredPath},
                                        {u"purged"_s, review.purgedAt.isValid()}});
        }
        out.append(
            QJsonObject{{u"id"_s, record->id},
                        {u"project_id"_s, record->projectId},
                        {u"requester"_s, QJsonObject{{u"id"_s, record->requesterId},
                                                     {u"display_name"_s, nameOf(record->requesterId)}}},
                        {u"created_at"_s, protocol::wire::time(record->createdAt)},
                        {u"state"_s, record->state},
                        {u"approvals_needed"_s, record->approvalsNeeded},
                        {u"reason"_s, record->reason},
                        {u"files"_s, fileList}});
    }
    db.finishStatements();
    return out;
}

QByteArray IngestRegister::toJson(const QJsonArray &entries)
{
    return QJsonDocument(QJsonObject{{u"ingests"_s, entries}}).toJson(QJsonDocument::Indented);
}

QByteArray IngestRegister::toCsv(const QJsonArray &entries)
{
    QByteArray out =
        "ingest_id,project_id,requester_id,requester,created_at,state,file,name,size,sha256,kind,"
        "decision,decided_by,comments,delivered_path\r\n";
    for (const QJsonValue &e : entries) {
        const QJsonObject r = e.toObject();
        for (const QJsonValue &fv : r.value("files"_L1).toArray()) {
            const QJsonObject f = fv.toObject();
            QStringList by, comments;
            for (const QJsonValue &vv : f.value("votes"_L1).toArray()) {
                const QJsonObject v = vv.toObject();
                const QString who = v.value("checker"_L1).toObject().value("display_name"_L1).toString();
                by << u"%1 (%2)"_s.arg(who, v.value("decision"_L1).toString());
                if (!v.value("comment"_L1).toString().isEmpty())
                    comments << u"%1: %2"_s.arg(who, v.value("comment"_L1).toString());
            }
            const QStringList row{r.value("id"_L1).toString(),
                                  r.value("project_id"_L1).toString(),
                                  r.value("requester"_L1).toObject().value("id"_L1).toString(),
                                  r.value("requester"_L1).toObject().value("display_name"_L1).toString(),
                                  r.value("created_at"_L1).toString(),
                                  r.value("state"_L1).toString(),
                                  QString::number(f.value("index"_L1).toInt()),
                                  f.value("name"_L1).toString(),
                                  QString::number(f.value("size"_L1).toInteger()),
                                  f.value("sha256"_L1).toString(),
                                  f.value("kind"_L1).toString(),
                                  f.value("decision"_L1).toString(),
                                  by.join(u"; "_s),
                                  comments.join(u"; "_s),
                                  f.value("delivered_path"_L1).toString()};
            QStringList cells;
            for (const QString &cell : row)
                cells << csvCell(cell);
            out += cells.join(u',').toUtf8() + "\r\n";
        }
    }
    return out;
}

} // namespace srs::server
