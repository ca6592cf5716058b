// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>

namespace ladder {

// Every "open this file" of the application goes through here, so that tests
// can check what would be opened without launching another program (the same
// kind of seam as MessageBox and FileDialog).
class DesktopServices
{
public:
    // Opens the URL with the desktop's handler (a file in its application, a
    // folder in the file manager); when recording, only remembers it.
    static bool openUrl(const QUrl &url);

    // Tests: record instead of opening.
    static void setRecording(bool recording);
    // The URL last asked to open (recorded or opened), then forgotten.
    static QUrl takeLastUrl();

private:
    static bool s_recording;
    static QUrl s_lastUrl;
};

} // namespace ladder
