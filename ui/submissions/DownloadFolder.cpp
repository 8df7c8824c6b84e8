#include "DownloadFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace srs::ui {

QString DownloadFolder::start(const QSettings &settings)
{
    const QString last = settings.value(QString::fromLatin1(SettingsKey)).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (!downloads.isEmpty() && QFileInfo(downloads).isDir())
        return downloads;
    return QDir::homePath();
}

void DownloadFolder::remember(QSettings &settings, const QString &folder)
{
    settings.setValue(QString::fromLatin1(SettingsKey), folder);
}

QString DownloadFolder::result(const QString &releaseId, const QString &folder,
                               const QList<session::Releases::FileOutcome> &files, bool &problem)
{
    const QString where = QDir::toNativeSeparators(folder);
    QStringList saved;
    QStringList problems;
    for (const session::Releases::FileOutcome &f : files) {
        if (f.ok)
            saved << QDir::toNativeSeparators(f.path);
        else
            problems << QDir::toNativeSeparators(f.path) + u": "_s + f.message;
    }
    problem = !problems.isEmpty();
    if (!problem)
        return tr("Release %1 is saved in %2, every file checked against the manifest: %3 (with "
                  "MANIFEST-SHA256.txt, to check them again later).")
            .arg(releaseId, where, saved.join(u", "_s));
    return tr("Release %1, in %2: not every file could be kept. Saved: %3. Not saved: %4")
        .arg(releaseId, where, saved.isEmpty() ? tr("none") : saved.join(u", "_s), problems.join(u"; "_s));
}

} // namespace srs::ui
