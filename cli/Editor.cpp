// SPDX-License-Identifier: GPL-3.0-or-later
#include "Editor.h"

#include "application/Workspace.h"
#include "CommandContext.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <unistd.h>

namespace ladder {

namespace {

const QString Scissors = QStringLiteral("# ------------------------ >8 ------------------------");

// The text above the scissors line, trimmed.
QString textAboveScissors(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    const qsizetype cut = text.indexOf(Scissors);
    if (cut >= 0)
        text.truncate(cut);
    return text.trimmed();
}

// Writes `bytes` to a new file at `path`, 0600, flushed to disk; false when
// any step fails (the file is then removed).
bool writeNewFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return false;
    const bool written = file.write(bytes) == bytes.size() && file.flush() && ::fsync(file.handle()) == 0;
    file.close();
    if (!written || file.error() != QFileDevice::NoError) {
        file.remove();
        return false;
    }
    return true;
}

} // namespace

Editor::Editor(CommandContext &context, QString rescueName)
    : m_context(context)
    , m_rescueName(std::move(rescueName))
{
}

Result<QString> Editor::edit(const QString &initial, const QString &help)
{
    const QString editor = m_context.editor.isEmpty() ? QStringLiteral("vi") : m_context.editor;
    if (!m_dir.isValid())
        return Error(tr("cannot create a temporary folder for the editor"));
    m_path = m_dir.filePath(QStringLiteral("WIN.md"));
    const QString initialText = initial.trimmed();
    {
        QFile file(m_path);
        const QByteArray bytes = (initial + QStringLiteral("\n\n") + Scissors + QLatin1Char('\n') + help).toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
            return Error(tr("cannot write %1: %2").arg(m_path, file.errorString()));
    }
    // Through the shell, so that EDITOR="code --wait" works as it does for git.
    const int status = QProcess::execute(QStringLiteral("/bin/sh"),
                                         {QStringLiteral("-c"), editor + QStringLiteral(" \"$1\""), QStringLiteral("sh"), m_path});
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (status != 0)
            return Error(tr("the editor '%1' failed (exit status %2); nothing was saved").arg(editor).arg(status));
        return Error(tr("cannot read back %1").arg(m_path));
    }
    const QString text = textAboveScissors(file.readAll());
    if (status != 0) {
        // What was written before the editor failed is kept, unless it is
        // what the editor was opened on.
        if (text != initialText)
            m_edited = text;
        return Error(tr("the editor '%1' failed (exit status %2); nothing was saved").arg(editor).arg(status));
    }
    m_edited = text;
    return text;
}

QString Editor::rescue()
{
    if (m_edited.isEmpty())
        return {};
    const QByteArray bytes = (m_edited + QLatin1Char('\n')).toUtf8();
    const QString database = m_context.databasePath();
    const QDir folder = QFileInfo(database).absoluteDir();
    const QString stem
        = QStringLiteral("ladder-%1-%2").arg(m_rescueName, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    // A new name if one is taken (two failures in the same second): a file
    // there is never replaced.
    for (int n = 1; n <= 100; ++n) {
        const QString name = n == 1 ? stem + QStringLiteral(".md") : QStringLiteral("%1-%2.md").arg(stem).arg(n);
        const QString path = folder.absoluteFilePath(name);
        if (QFileInfo::exists(path))
            continue;
        if (writeNewFile(path, bytes))
            return path;
        break;
    }
    // The database's folder cannot take it: the editor's own file stays.
    if (m_dir.isValid() && QFile::remove(m_path) && writeNewFile(m_path, bytes)) {
        m_dir.setAutoRemove(false);
        return m_path;
    }
    return {};
}

int Editor::fail(const Error &error)
{
    const QString kept = rescue();
    if (kept.isEmpty())
        return m_context.fail(error);
    m_edited.clear(); // kept once
    return m_context.fail(Error(error.message() + tr("; your text is in %1").arg(kept)));
}

} // namespace ladder
