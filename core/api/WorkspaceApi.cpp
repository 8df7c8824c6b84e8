#include "WorkspaceApi.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace srs::api {

namespace route = protocol::route;

QString WorkspaceApi::query(const Page &page)
{
    QUrlQuery q;
    q.addQueryItem(u"since"_s, QString::number(page.since));
    q.addQueryItem(u"limit"_s, QString::number(page.limit));
    if (!page.cursor.isEmpty())
        q.addQueryItem(u"cursor"_s, QString::fromLatin1(QUrl::toPercentEncoding(page.cursor)));
    return u'?' + q.toString(QUrl::FullyEncoded);
}

Call<protocol::WorkspaceChangesInfo> *WorkspaceApi::changes(const QString &projectId, const Page &page)
{
    return m_client.send(route::Workspace, {projectId}, query(page));
}

Call<Undecoded<protocol::WorkspaceChangesInfo>> *WorkspaceApi::changesBody(const QString &projectId,
                                                                           const Page &page)
{
    static constexpr protocol::Route<protocol::NoBody, Undecoded<protocol::WorkspaceChangesInfo>> Undecoded{
        route::Workspace.spec};
    return m_client.send(Undecoded, {projectId}, query(page));
}

} // namespace srs::api
