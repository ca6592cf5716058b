// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QIODevice>
#include <QString>

#include <functional>

namespace ladder {

// A file Ladder writes (an export, a report, a backup), written whole or not
// at all: the bytes go to a temporary file beside the target (0600, the
// owner's alone) which is fsynced and renamed into place by commit(); a
// killed, failed or abandoned write leaves the old file as it was. A target
// that exists and is not a regular file (a terminal, /dev/full, a FIFO) is
// written to directly. Every write, fsync and close is checked, and the first
// failure is reported by commit() in a person's words ("disk full").
// The open database and its side files are refused before anything is opened
// (DatabaseFiles).
class OutputFile : public QIODevice
{
    Q_OBJECT

public:
    explicit OutputFile(QString target);
    ~OutputFile() override; // discards what was written unless committed

    // Checks the target and creates the temporary file (or opens the target
    // itself when it is not a regular file).
    Result<void> create();
    // For a writer that needs a path rather than a device (SQLite's backup
    // API): the temporary file, released so that the writer opens it alone.
    // The writer must have closed it before commit().
    QString releaseToWriter();
    Result<void> commit();
    void discard();

    const QString &target() const { return m_target; }
    bool isSequential() const override { return true; }

    // `path` with every symbolic link on the way followed, whether or not the
    // final file exists yet. Nothing is opened.
    static QString resolvedPath(const QString &path);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    Error failure(const QString &why) const;

    QString m_target;    // as the user gave it, for messages
    QString m_final;     // where the file ends up (symbolic links followed)
    QString m_temporary; // empty when writing the target directly
    int m_fd = -1;
    int m_writeError = 0; // errno of the first failed write
    bool m_released = false;
};

// The common case: create, let `write` fill the device, commit. An Error from
// `write` abandons the file.
Result<void> writeFileAtomically(const QString &path, const std::function<Result<void>(QIODevice &)> &write);
Result<void> writeFileAtomically(const QString &path, const QByteArray &data);

} // namespace ladder
