#include "FileDialog.h"

#include <QFileDialog>

namespace ladder {

QString FileDialog::s_nextFileName;
bool FileDialog::s_hasNext = false;

void FileDialog::setNextFileName(const QString &fileName)
{
    s_nextFileName = fileName;
    s_hasNext = true;
}

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &directory,
                                    const QString &filter)
{
    if (s_hasNext) {
        s_hasNext = false;
        return s_nextFileName;
    }
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &directory,
                                    const QString &filter)
{
    if (s_hasNext) {
        s_hasNext = false;
        return s_nextFileName;
    }
    return QFileDialog::getSaveFileName(parent, caption, directory, filter);
}

} // namespace ladder
