#pragma once

// What IngestUploads keeps of each upload under way (private to IngestUploads.cpp).

#include "IngestUploads.h"

#include "api/ApiFailure.h"
#include "api/PendingCall.h"
#include "protocol/IngestMessages.h"

#include <QElapsedTimer>
#include <QPointer>

#include <deque>
#include <numeric>

namespace srs::session {

namespace uploadstate {

inline constexpr qint64 SpeedWindowMs = 8000; // the moving average's span
inline constexpr int MaxBackoffSeconds = 30;

inline qint64 chunkKey(int file, int chunk)
{
    return (qint64(file) << 32) | qint64(quint32(chunk));
}

// A failure worth waiting out: the network, the server restarting or overloaded, the session
// ended (the call is sent again once the person has signed in), a chunk damaged on the way.
inline bool isTransient(const api::ApiFailure &f)
{
    using K = api::ApiFailure::Kind;
    switch (f.kind) {
    case K::Unreachable:
    case K::TimedOut:
    case K::TlsFailed:
    case K::BadResponse:
        return true;
    case K::Refused:
        return f.httpStatus >= 500 || f.httpStatus == 401 || f.httpStatus == 408 || f.httpStatus == 429 ||
               f.serverCode == QLatin1String(protocol::ingesterr::ChunkHashMismatch);
    default:
        return false;
    }
}

} // namespace uploadstate

struct IngestUploads::Upload
{
    QString key; // the local key start() returned, or the id for one carried on from the journal
    QString ingestId;
    QString projectId;
    QString reason;
    QList<IngestLocalFile> files;
    qint64 chunkBytes = 0;
    IngestUploadProgress::State state = IngestUploadProgress::State::Creating;
    QString message;
    QList<qint64> fileSent;
    std::deque<std::pair<int, int>> queue;              // (file, chunk) still to send
    QHash<qint64, QPointer<api::PendingCall>> inFlight; // being read, read, or being sent (the call)
    struct ReadChunk
    {
        int file = 0;
        int chunk = 0;
        QByteArray bytes;
        QByteArray sha256Hex;
    };
    std::deque<ReadChunk> ready; // read and hashed, waiting for the chunk being sent to be answered
    int sending = 0;             // chunks on the wire
    quint64 generation = 0;      // moved on when work under way is abandoned
    int attempt = 0;             // transient failures in a row
    bool cancelAfterCreate = false;
    QElapsedTimer clock; // monotonic: a sleeping computer does not spoil the average
    std::deque<std::pair<qint64, qint64>> samples; // (ms, bytes sent)
    double bytesPerSecond = 0;

    [[nodiscard]] QString id() const { return ingestId.isEmpty() ? key : ingestId; }
    [[nodiscard]] qint64 sent() const
    {
        return std::accumulate(fileSent.cbegin(), fileSent.cend(), qint64(0));
    }
    [[nodiscard]] qint64 lengthOf(int file, int chunk) const
    {
        return std::min(chunkBytes, files.at(file).size - qint64(chunk) * chunkBytes);
    }
    void abandon()
    {
        ++generation;
        const auto calls = std::exchange(inFlight, {});
        for (const QPointer<api::PendingCall> &call : calls)
            if (call)
                call->cancel();
        queue.clear();
        ready.clear();
        sending = 0;
    }
    void resetSpeed()
    {
        samples.clear();
        bytesPerSecond = 0;
    }
    void sample()
    {
        if (!clock.isValid())
            clock.start();
        const qint64 now = clock.elapsed();
        samples.emplace_back(now, sent());
        while (samples.size() > 2 && now - samples[1].first >= uploadstate::SpeedWindowMs)
            samples.pop_front();
        const qint64 span = samples.back().first - samples.front().first;
        if (samples.size() >= 2 && span >= 200)
            bytesPerSecond = double(samples.back().second - samples.front().second) * 1000.0 / double(span);
    }
};

} // namespace srs::session
