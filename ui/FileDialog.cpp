// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileDialog.h"

#include "NameOnlyIconProvider.h"

#include <QFileDialog>
#include <QFileInfo>

namespace ladder {

QString FileDialog::s_nextFileName;
bool FileDialog::s_hasNext = false;

namespace {

// Qt's own dialog, never the platform's: a native dialog running in this
// process may read files to guess their types, and any open and close of the
// database outside SQLite drops its locks (NameOnlyIconProvider says why).
QString run(QWidget *parent, const QString &caption, const QString &start, const QString &filter, QFileDialog::AcceptMode mode,
            QFileDialog::FileMode fileMode)
{
    // Shared by every dialog: the model's worker thread may still use it
    // for a moment after a dialog has gone.
    static NameOnlyIconProvider iconProvider;
    QFileDialog dialog(parent, caption, QString(), filter);
    dialog.setObjectName(QStringLiteral("fileDialog"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setOption(QFileDialog::DontUseCustomDirectoryIcons);
    dialog.setIconProvider(&iconProvider);
    dialog.setAcceptMode(mode);
    dialog.setFileMode(fileMode);
    if (fileMode == QFileDialog::Directory)
        dialog.setOption(QFileDialog::ShowDirsOnly);
    // Wide enough that sizes and dates are not elided.
    dialog.resize(dialog.sizeHint().expandedTo(QSize(820, 480)));
    const QFileInfo info(start);
    if (start.isEmpty() || info.isDir()) {
        dialog.setDirectory(start);
    } else {
        dialog.setDirectory(info.absolutePath());
        dialog.selectFile(info.fileName());
    }
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.selectedFiles().value(0);
}

} // namespace

std::optional<QString> FileDialog::takeNext()
{
    if (!s_hasNext)
        return std::nullopt;
    s_hasNext = false;
    return s_nextFileName;
}

void FileDialog::setNextFileName(const QString &fileName)
{
    s_nextFileName = fileName;
    s_hasNext = true;
}

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    if (std::optional<QString> next = takeNext())
        return *next;
    return run(parent, caption, directory, filter, QFileDialog::AcceptOpen, QFileDialog::ExistingFile);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    if (std::optional<QString> next = takeNext())
        return *next;
    return run(parent, caption, directory, filter, QFileDialog::AcceptSave, QFileDialog::AnyFile);
}

QString FileDialog::getExistingDirectory(QWidget *parent, const QString &caption, const QString &directory)
{
    if (std::optional<QString> next = takeNext())
        return *next;
    return run(parent, caption, directory, {}, QFileDialog::AcceptOpen, QFileDialog::Directory);
}

} // namespace ladder
