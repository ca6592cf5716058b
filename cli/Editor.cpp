#include "Editor.h"

#include "CommandContext.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace ladder {

namespace {

const QString Scissors = QStringLiteral("# ------------------------ >8 ------------------------");

} // namespace

Result<QString> editInEditor(CommandContext &context, const QString &initial, const QString &help)
{
    const QString editor = context.editor.isEmpty() ? QStringLiteral("vi") : context.editor;
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error(QCoreApplication::translate("Editor", "cannot create a temporary folder for the editor"));
    const QString path = dir.filePath(QStringLiteral("WIN.md"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Error(QCoreApplication::translate("Editor", "cannot write %1").arg(path));
        file.write((initial + QStringLiteral("\n\n") + Scissors + QLatin1Char('\n') + help).toUtf8());
    }
    // Through the shell, so that EDITOR="code --wait" works as it does for git.
    const int status = QProcess::execute(QStringLiteral("/bin/sh"),
                                         {QStringLiteral("-c"), editor + QStringLiteral(" \"$1\""), QStringLiteral("sh"), path});
    if (status != 0)
        return Error(QCoreApplication::translate("Editor", "the editor '%1' failed (exit status %2); nothing was saved").arg(editor).arg(status));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QCoreApplication::translate("Editor", "cannot read back %1").arg(path));
    QString text = QString::fromUtf8(file.readAll());
    const qsizetype cut = text.indexOf(Scissors);
    if (cut >= 0)
        text.truncate(cut);
    return text.trimmed();
}

} // namespace ladder
