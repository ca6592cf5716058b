// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseFiles.h"

#include "OutputFile.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <mutex>

#include <sys/stat.h>

namespace ladder {

namespace {

std::mutex s_mutex;
QHash<QString, int> &openDatabases()
{
    static QHash<QString, int> paths;
    return paths;
}

const char *const Suffixes[] = {"", "-wal", "-shm", "-journal"};

bool sameInode(const QByteArray &a, const struct stat &target)
{
    struct stat other = {};
    return ::stat(a.constData(), &other) == 0 && other.st_dev == target.st_dev && other.st_ino == target.st_ino;
}

} // namespace

QStringList DatabaseFiles::sideFiles(const QString &databasePath)
{
    QStringList files;
    for (const char *suffix : Suffixes) {
        if (*suffix)
            files << databasePath + QLatin1String(suffix);
    }
    return files;
}

void DatabaseFiles::add(const QString &databasePath)
{
    const std::lock_guard lock(s_mutex);
    ++openDatabases()[OutputFile::resolvedPath(databasePath)];
}

void DatabaseFiles::remove(const QString &databasePath)
{
    const std::lock_guard lock(s_mutex);
    auto it = openDatabases().find(OutputFile::resolvedPath(databasePath));
    if (it != openDatabases().end() && --it.value() <= 0)
        openDatabases().erase(it);
}

Result<void> DatabaseFiles::refuseAsOutput(const QString &target)
{
    const QString resolved = OutputFile::resolvedPath(target);
    struct stat targetStat = {};
    const bool exists = ::stat(QFile::encodeName(target).constData(), &targetStat) == 0;
    const std::lock_guard lock(s_mutex);
    for (auto it = openDatabases().cbegin(); it != openDatabases().cend(); ++it) {
        for (const char *suffix : Suffixes) {
            const QString file = it.key() + QLatin1String(suffix);
            if (resolved == file || (exists && sameInode(QFile::encodeName(file), targetStat))) {
                const QString what
                    = *suffix ? tr("a file SQLite keeps beside the open database %1").arg(it.key()) : tr("the open database itself");
                return Error(tr("%1 is %2: choose another file; nothing was written").arg(target, what));
            }
        }
    }
    return {};
}

} // namespace ladder
