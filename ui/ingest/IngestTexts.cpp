#include "IngestTexts.h"

#include <QHash>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

QString IngestTexts::dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString IngestTexts::state(const QString &state)
{
    if (state == u"uploading")
        return tr("Uploading");
    if (state == u"checking" || state == u"uploaded")
        return tr("Being checked");
    if (state == u"awaiting-review")
        return tr("Waiting for a checker");
    if (state == u"decided")
        return tr("Decided");
    if (state == u"cancelled")
        return tr("Cancelled");
    return state; // a state newer than this client: the server's word
}

QString IngestTexts::changeNotice(const QString &ingestId, const QString &projectId, const QString &state)
{
    if (state == u"checking" || state == u"uploaded")
        return tr("Files %1 for %2 have arrived and are being checked.").arg(ingestId, projectId);
    if (state == u"awaiting-review")
        return tr("Files %1 for %2 passed the automatic checks and wait for a checker.")
            .arg(ingestId, projectId);
    if (state == u"decided")
        return tr("Files %1 for %2 have been decided: see which were approved.").arg(ingestId, projectId);
    if (state == u"cancelled")
        return tr("Files %1 for %2 were cancelled.").arg(ingestId, projectId);
    return tr("Files %1 for %2: %3.").arg(ingestId, projectId, IngestTexts::state(state));
}

QString IngestTexts::uploadState(const session::IngestUploadProgress &progress)
{
    using State = session::IngestUploadProgress::State;
    switch (progress.state) {
    case State::Creating:
        return tr("Asking the server");
    case State::Running:
        return tr("Sending");
    case State::Paused:
        return tr("Paused");
    case State::Waiting:
        return progress.message.isEmpty() ? tr("Waiting to carry on")
                                          : tr("Waiting to carry on: %1").arg(progress.message);
    case State::Finishing:
        return tr("Finishing");
    case State::Done:
        return tr("Sent");
    case State::Failed:
        return progress.message.isEmpty() ? tr("Stopped") : tr("Stopped: %1").arg(progress.message);
    case State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString IngestTexts::timeLeft(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return tr("about %n second(s) left", nullptr, int(std::max<qint64>(seconds, 1)));
    if (seconds < 3600)
        return tr("about %n minute(s) left", nullptr, int((seconds + 30) / 60));
    return tr("about %n hour(s) left", nullptr, int((seconds + 1800) / 3600));
}

QString IngestTexts::progressLine(const session::IngestUploadProgress &progress)
{
    QStringList parts{tr("%1 of %2").arg(dataSize(progress.sent), dataSize(progress.total))};
    using State = session::IngestUploadProgress::State;
    if (progress.state == State::Running && progress.bytesPerSecond > 0) {
        parts << tr("%1/s").arg(dataSize(qint64(progress.bytesPerSecond)));
        if (const QString left = timeLeft(progress.secondsLeft); !left.isEmpty())
            parts << left;
    }
    return parts.join(u" · "_s);
}

QString IngestTexts::decision(const QString &decision)
{
    if (decision == u"approved")
        return tr("Approved");
    if (decision == u"rejected")
        return tr("Rejected");
    if (decision == u"pending" || decision.isEmpty())
        return tr("Not decided yet");
    return decision;
}

QString IngestTexts::kind(const QString &kind)
{
    static const QHash<QString, const char *> words{
        {u"text"_s, QT_TR_NOOP("text")},
        {u"code"_s, QT_TR_NOOP("code")},
        {u"table"_s, QT_TR_NOOP("table")},
        {u"image"_s, QT_TR_NOOP("image")},
        {u"pdf"_s, QT_TR_NOOP("PDF")},
        {u"document"_s, QT_TR_NOOP("office document")},
        {u"archive"_s, QT_TR_NOOP("archive")},
        {u"package"_s, QT_TR_NOOP("package")},
        {u"binary"_s, QT_TR_NOOP("binary file")},
        {u"empty"_s, QT_TR_NOOP("empty")},
    };
    const auto word = words.constFind(kind);
    return word == words.constEnd() ? kind : tr(*word);
}

QString IngestTexts::received(qint64 received, qint64 size)
{
    return tr("%1 of %2 received").arg(dataSize(received), dataSize(size));
}

QString IngestTexts::fileStatus(const protocol::IngestInfo &info, const protocol::IngestFileInfo &file)
{
    if (info.state == u"uploading")
        return received(file.receivedBytes, file.spec.size);
    if (file.decision == u"approved")
        return file.deliveredPath.isEmpty() ? tr("Approved; being placed in the workspace")
                                            : tr("Approved: in the workspace as %1").arg(file.deliveredPath);
    if (file.decision == u"rejected")
        return file.decisionComment.isEmpty() ? tr("Rejected") : tr("Rejected: %1").arg(file.decisionComment);
    if (info.state == u"awaiting-review" && !file.findings.isEmpty())
        return tr("%1 (the checks noted %n thing(s) for the checker)", nullptr, int(file.findings.size()))
            .arg(state(info.state));
    return state(info.state);
}

} // namespace srs::ui
