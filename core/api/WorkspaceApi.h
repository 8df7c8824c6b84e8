#pragma once

#include "Client.h"

namespace srs::api {

// A project's workspace index: the changes since a revision, a page at a time.
class WorkspaceApi
{
public:
    explicit WorkspaceApi(Client &client) : m_client(client) {}

    struct Page
    {
        qint64 since = 0;
        int limit = 5000;
        QString cursor; // empty for the first page of a walk
    };
    [[nodiscard]] Call<protocol::WorkspaceChangesInfo> *changes(const QString &projectId, const Page &page);
    // The same page as its bytes, for a sync that decodes it on a worker thread
    // (protocol::WorkspaceChangesInfo::fromJson).
    [[nodiscard]] Call<Undecoded<protocol::WorkspaceChangesInfo>> *changesBody(const QString &projectId,
                                                                               const Page &page);

    // "?since=REV&limit=N&cursor=C", as the route takes it.
    [[nodiscard]] static QString query(const Page &page);

private:
    Client &m_client;
};

} // namespace srs::api
