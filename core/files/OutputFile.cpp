// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutputFile.h"

#include "DatabaseFiles.h"
#include "SystemError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdlib>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ladder {

namespace {

// The folder's entry for the renamed file must reach the disk too, or a power
// cut can bring back the old file after a reported success.
void syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

OutputFile::OutputFile(QString target)
    : m_target(std::move(target))
{
}

OutputFile::~OutputFile()
{
    discard();
}

QString OutputFile::resolvedPath(const QString &path)
{
    QString current = QFileInfo(path).absoluteFilePath();
    for (int hops = 0; hops < 40; ++hops) {
        const QFileInfo info(current);
        if (!info.isSymLink())
            break;
        const QString target = info.symLinkTarget();
        if (target.isEmpty())
            break;
        current = QFileInfo(target).absoluteFilePath();
    }
    const QFileInfo info(current);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QDir::cleanPath((folder.isEmpty() ? info.absolutePath() : folder) + QLatin1Char('/') + info.fileName());
}

Error OutputFile::failure(const QString &why) const
{
    return Error(tr("cannot write %1: %2; nothing was written").arg(m_target, why));
}

Result<void> OutputFile::create()
{
    if (m_target.isEmpty())
        return Error(tr("the output file name is empty"));
    if (auto refused = DatabaseFiles::refuseAsOutput(m_target); !refused)
        return refused;
    m_final = resolvedPath(m_target);
    const QByteArray final = QFile::encodeName(m_final);
    struct stat existing = {};
    if (::stat(final.constData(), &existing) == 0) {
        if (S_ISDIR(existing.st_mode))
            return failure(tr("it is a folder"));
        if (!S_ISREG(existing.st_mode)) {
            // A device or a pipe cannot be replaced by renaming: write into it.
            m_fd = ::open(final.constData(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
            if (m_fd < 0)
                return failure(systemErrorText(errno));
            QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
            return {};
        }
    }
    const QFileInfo info(m_final);
    if (!QFileInfo(info.absolutePath()).isDir())
        return failure(tr("the folder %1 does not exist").arg(info.absolutePath()));
    QByteArray pattern = QFile::encodeName(info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".tmp-XXXXXX"));
    // mkostemp creates the file 0600 and never opens an existing one.
    m_fd = ::mkostemp(pattern.data(), O_CLOEXEC);
    if (m_fd < 0)
        return failure(systemErrorText(errno));
    m_temporary = QFile::decodeName(pattern);
    QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    return {};
}

QString OutputFile::releaseToWriter()
{
    if (m_fd >= 0 && !m_temporary.isEmpty()) {
        ::close(m_fd);
        m_fd = -1;
        m_released = true;
    }
    return m_temporary;
}

qint64 OutputFile::readData(char *, qint64)
{
    return -1;
}

qint64 OutputFile::writeData(const char *data, qint64 size)
{
    if (m_fd < 0 || m_writeError != 0)
        return -1;
    qint64 done = 0;
    while (done < size) {
        const ssize_t n = ::write(m_fd, data + done, std::size_t(size - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            m_writeError = errno;
            setErrorString(systemErrorText(errno));
            return -1;
        }
        done += n;
    }
    return done;
}

Result<void> OutputFile::commit()
{
    int error = m_writeError;
    if (m_released) {
        // The writer closed its own descriptor: open the file again to sync it.
        m_fd = ::open(QFile::encodeName(m_temporary).constData(), O_RDONLY | O_CLOEXEC);
        if (m_fd < 0 && error == 0)
            error = errno;
    }
    if (m_fd >= 0 && error == 0 && ::fsync(m_fd) != 0 && (!m_temporary.isEmpty() || (errno != EINVAL && errno != EROFS)))
        error = errno;
    if (m_fd >= 0 && ::close(m_fd) != 0 && error == 0)
        error = errno;
    m_fd = -1;
    QIODevice::close();
    if (error == 0 && !m_temporary.isEmpty()) {
        if (::rename(QFile::encodeName(m_temporary).constData(), QFile::encodeName(m_final).constData()) != 0)
            error = errno;
        else
            syncFolder(QFileInfo(m_final).absolutePath());
    }
    if (error != 0) {
        discard();
        return failure(systemErrorText(error));
    }
    m_temporary.clear();
    return {};
}

void OutputFile::discard()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (isOpen())
        QIODevice::close();
    if (!m_temporary.isEmpty()) {
        ::unlink(QFile::encodeName(m_temporary).constData());
        m_temporary.clear();
    }
}

Result<void> writeFileAtomically(const QString &path, const std::function<Result<void>(QIODevice &)> &write)
{
    OutputFile file(path);
    if (auto created = file.create(); !created)
        return created;
    if (Result<void> written = write(file); !written) {
        file.discard();
        return Error(OutputFile::tr("cannot write %1: %2").arg(path, written.error().message()));
    }
    return file.commit();
}

Result<void> writeFileAtomically(const QString &path, const QByteArray &data)
{
    return writeFileAtomically(path, [&](QIODevice &file) -> Result<void> {
        file.write(data);
        return {}; // a failed write is kept by the file and reported by commit()
    });
}

} // namespace ladder
