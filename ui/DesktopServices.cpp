// SPDX-License-Identifier: GPL-3.0-or-later
#include "DesktopServices.h"

#include <QDesktopServices>

#include <utility>

namespace ladder {

bool DesktopServices::s_recording = false;
QUrl DesktopServices::s_lastUrl;

bool DesktopServices::openUrl(const QUrl &url)
{
    s_lastUrl = url;
    if (s_recording)
        return true;
    return QDesktopServices::openUrl(url);
}

void DesktopServices::setRecording(bool recording)
{
    s_recording = recording;
}

QUrl DesktopServices::takeLastUrl()
{
    return std::exchange(s_lastUrl, QUrl());
}

} // namespace ladder
