// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace ladder {

// Every file chooser of the application goes through here, so that tests can
// supply the next file name instead of driving a native dialog (as
// KeePassXC's FileDialog does). An empty answer means "cancelled".
class FileDialog
{
public:
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &directory, const QString &filter);
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &directory, const QString &filter);
    static QString getExistingDirectory(QWidget *parent, const QString &caption, const QString &directory);

    // The name the next call returns at once (set "" to answer "cancelled").
    static void setNextFileName(const QString &fileName);

private:
    // The name set by setNextFileName, once.
    static std::optional<QString> takeNext();

    static QString s_nextFileName;
    static bool s_hasNext;
};

} // namespace ladder
