// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JrnlTags.h"
#include "TextOutput.h"
#include "WinExportWriter.h"

#include <QCoreApplication>

namespace ladder {

// Wins as the plain-text journal file jrnl keeps (docs/formats.md, "jrnl"),
// which is all `jrnl --import` reads: each entry as jrnl writes it
// (jrnl/journals/Entry.py), "[YYYY-MM-DD HH:MM] Title", " *" after a starred
// title, the body on the lines after, and a blank line between entries. A
// win's tags and skills its text does not name already go as a last
// paragraph "@tag @slug" for jrnl to find, and the impact as the last
// paragraph "Impact: …" (JrnlImpact); JrnlReader gives both back.
class JrnlTextWriter : public WinExportWriter
{
    Q_DECLARE_TR_FUNCTIONS(JrnlTextWriter)

public:
    explicit JrnlTextWriter(QIODevice &out);
    void add(const Win &win) override;
    Result<void> finish() override;

private:
    TextOutput m_out;
    JrnlTags m_tags; // jrnl's default tag symbol
    bool m_first = true;
};

} // namespace ladder
