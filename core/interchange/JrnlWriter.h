// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WinExportWriter.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace ladder {

// Wins as jrnl's JSON export (`jrnl --export json`, docs/formats.md "jrnl"):
// the same keys, the same two-space layout. Each entry is written as it
// comes; the tag counts, known only at the end, follow the entries (JSON
// readers take keys in any order). Skills go out as "@slug" tags beside the
// tags, and the impact as a last paragraph "Impact: …" of the body, so that
// nothing a win holds is left behind.
class JrnlWriter : public WinExportWriter
{
public:
    explicit JrnlWriter(QIODevice &out);
    void add(const Win &win) override;
    Result<void> finish() override;

    // The entry's "time": when the win was written down, if that was on its
    // own day (local time), else jrnl's default hour 09:00.
    static QString timeOf(const Win &win);

private:
    bool flush();

    QIODevice &m_device;
    QByteArray m_out;
    QHash<QString, int> m_tagCounts;
    bool m_first = true;
    bool m_failed = false;
};

} // namespace ladder
