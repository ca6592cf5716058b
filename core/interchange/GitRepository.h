// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ladder {

// A git repository found from a path the user gave (GitLog::open).
struct GitRepository
{
    QString path;   // as the user gave it, for messages
    QString gitDir; // absolute; where git runs
    QString name;   // the work tree's folder name (a bare repository's without ".git")
};

} // namespace ladder
