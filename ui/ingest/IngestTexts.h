#pragma once

#include "protocol/IngestMessages.h"
#include "session/IngestUploads.h"

#include <QCoreApplication>
#include <QString>

namespace srs::ui {

// The words for files brought into a project: a request's state, a file's decision, an
// upload's progress. Every state is a word, never a colour alone.
class IngestTexts
{
    Q_DECLARE_TR_FUNCTIONS(IngestTexts)
public:
    [[nodiscard]] static QString dataSize(qint64 bytes);
    // The request's state as the server gives it ("uploading", "checking", ...), in words.
    [[nodiscard]] static QString state(const QString &state);
    // What a change of state tells the person ("I-… is approved", ...) for the notice.
    [[nodiscard]] static QString changeNotice(const QString &ingestId, const QString &projectId,
                                              const QString &state);
    // The upload on this computer, in words: "Sending", "Paused", "Waiting: <why>", ...
    [[nodiscard]] static QString uploadState(const session::IngestUploadProgress &progress);
    // "412 MB of 1.0 GB · 38 MB/s · about 20 s left".
    [[nodiscard]] static QString progressLine(const session::IngestUploadProgress &progress);
    [[nodiscard]] static QString timeLeft(qint64 seconds);
    // A file's decision ("pending", "approved", "rejected"), in words.
    [[nodiscard]] static QString decision(const QString &decision);
    // What the checks found a file to be ("code", "table", ...), in words.
    [[nodiscard]] static QString kind(const QString &kind);
    // "2.0 MB of 18.8 MB received".
    [[nodiscard]] static QString received(qint64 received, qint64 size);
    // One file of a request as the server has it: received, being checked, its checks and decision.
    [[nodiscard]] static QString fileStatus(const protocol::IngestInfo &info,
                                            const protocol::IngestFileInfo &file);
};

} // namespace srs::ui
