// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace ladder {

// The translation context of the text of the functions below.
struct SystemError
{
    Q_DECLARE_TR_FUNCTIONS(SystemError)
};

// The reason a system call failed, in words a person acts on: "disk full"
// rather than "No space left on device" or "Unknown error".
QString systemErrorText(int error);

} // namespace ladder
