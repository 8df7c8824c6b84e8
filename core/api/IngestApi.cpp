#include "IngestApi.h"

#include "crypto/Crypto.h"

namespace srs::api {

namespace route = protocol::route;

Call<protocol::IngestInfo> *IngestApi::create(const QString &projectId,
                                              const protocol::IngestCreateRequest &request)
{
    return m_client.send(route::CreateIngest, {projectId}, request);
}

Call<QList<protocol::IngestInfo>> *IngestApi::list(const QString &projectId)
{
    return m_client.send(route::Ingests, {projectId});
}

Call<protocol::IngestInfo> *IngestApi::ingest(const QString &projectId, const QString &ingestId)
{
    return m_client.send(route::Ingest, {projectId, ingestId});
}

Call<protocol::NoBody> *IngestApi::sendChunk(const QString &projectId, const QString &ingestId, int file,
                                             int chunk, const QByteArray &bytes)
{
    return sendChunk(projectId, ingestId, file, chunk, bytes, crypto::sha256(bytes).toHex());
}

Call<protocol::NoBody> *IngestApi::sendChunk(const QString &projectId, const QString &ingestId, int file,
                                             int chunk, const QByteArray &bytes, const QByteArray &sha256Hex)
{
    Client::Outgoing out;
    out.path = route::IngestChunk.path({projectId, ingestId, QString::number(file), QString::number(chunk)});
    out.body = bytes;
    out.headers = {{QByteArray(protocol::ChunkSha256Header), sha256Hex},
                   {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/octet-stream")}};
    return m_client.send(route::IngestChunk, std::move(out));
}

Call<protocol::IngestMissing> *IngestApi::missing(const QString &projectId, const QString &ingestId)
{
    return m_client.send(route::IngestMissingRoute, {projectId, ingestId});
}

Call<protocol::IngestInfo> *IngestApi::finish(const QString &projectId, const QString &ingestId)
{
    return m_client.send(route::FinishIngest, {projectId, ingestId});
}

Call<protocol::IngestInfo> *IngestApi::cancel(const QString &projectId, const QString &ingestId)
{
    return m_client.send(route::CancelIngest, {projectId, ingestId});
}

} // namespace srs::api
