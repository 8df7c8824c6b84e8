#pragma once

#include "Client.h"

namespace srs::api {

// Bringing files into a project: ingest requests and the upload of their files in chunks.
// A chunk is the `chunk`th piece of a file, IngestInfo::chunkBytes long (a file's last may be
// shorter); chunks may be sent in any order and again (the same bytes are accepted again).
class IngestApi
{
public:
    explicit IngestApi(Client &client) : m_client(client) {}

    [[nodiscard]] Call<protocol::IngestInfo> *create(const QString &projectId,
                                                     const protocol::IngestCreateRequest &request);
    [[nodiscard]] Call<QList<protocol::IngestInfo>> *list(const QString &projectId);
    [[nodiscard]] Call<protocol::IngestInfo> *ingest(const QString &projectId, const QString &ingestId);
    // Sends the bytes with their SHA-256, computed here.
    [[nodiscard]] Call<protocol::NoBody> *sendChunk(const QString &projectId, const QString &ingestId,
                                                    int file, int chunk, const QByteArray &bytes);
    // Sends the bytes with their SHA-256 (64 lower-case hexadecimal digits) computed already.
    [[nodiscard]] Call<protocol::NoBody> *sendChunk(const QString &projectId, const QString &ingestId,
                                                    int file, int chunk, const QByteArray &bytes,
                                                    const QByteArray &sha256Hex);
    [[nodiscard]] Call<protocol::IngestMissing> *missing(const QString &projectId, const QString &ingestId);
    [[nodiscard]] Call<protocol::IngestInfo> *finish(const QString &projectId, const QString &ingestId);
    [[nodiscard]] Call<protocol::IngestInfo> *cancel(const QString &projectId, const QString &ingestId);

private:
    Client &m_client;
};

} // namespace srs::api
