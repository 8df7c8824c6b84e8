#pragma once

#include "session/Releases.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QSettings;

namespace srs::ui {

// Where a person's released files are downloaded: the folder the dialog starts in (the one they
// chose last, remembered in their own settings, if it is still there; else their Downloads
// folder; else home), and the words that say exactly where the files went.
class DownloadFolder
{
    Q_DECLARE_TR_FUNCTIONS(DownloadFolder)
public:
    // The key of the person's settings (QSettings) that holds the folder chosen last.
    static constexpr char SettingsKey[] = "downloads/lastReleaseFolder";

    [[nodiscard]] static QString start(const QSettings &settings);
    static void remember(QSettings &settings, const QString &folder);
    // A download of release `releaseId` into `folder` is done: the folder's full native path and
    // each file saved in it, or also those not saved and why (then `problem` is set).
    [[nodiscard]] static QString result(const QString &releaseId, const QString &folder,
                                        const QList<session::Releases::FileOutcome> &files, bool &problem);
};

} // namespace srs::ui
