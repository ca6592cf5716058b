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
QString run(QWidget *parent, const QString &caption, const QString &start, const QString &filter, QFileDialog::AcceptMode mode)
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
    dialog.setFileMode(mode == QFileDialog::AcceptOpen ? QFileDialog::ExistingFile : QFileDialog::AnyFile);
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

void FileDialog::setNextFileName(const QString &fileName)
{
    s_nextFileName = fileName;
    s_hasNext = true;
}

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    if (s_hasNext) {
        s_hasNext = false;
        return s_nextFileName;
    }
    return run(parent, caption, directory, filter, QFileDialog::AcceptOpen);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    if (s_hasNext) {
        s_hasNext = false;
        return s_nextFileName;
    }
    return run(parent, caption, directory, filter, QFileDialog::AcceptSave);
}

} // namespace ladder
