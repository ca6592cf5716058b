// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Win.h"

#include <QString>

namespace ladder {

// One entry read from another journal's file, before it is stored: a win
// with its source id set (win.source, see SourceIds) and where it was read,
// for messages that point a person at the entry ("brag.md:12",
// "journal.json: entries[3]"). Tags are lower-case words without their
// symbol; the application layer links those that are skill slugs. A reader
// sets win.uuid (lower-case) only when the file gives the entry a UUID (a
// jrnl or CSV file Ladder wrote): importing Ladder's own export back then
// finds every win present.
struct ImportedWin
{
    Win win;
    QString location;
    // The file tells skills from tags (a CSV skills column): no tag becomes
    // a skill link. Otherwise a tag named like a skill of the active
    // framework links that skill.
    bool skillsSeparate = false;
};

} // namespace ladder
