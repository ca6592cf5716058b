// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TextOutput.h"
#include "WinExportWriter.h"

#include <QCoreApplication>
#include <QDate>

namespace ladder {

// Wins as a Markdown brag document that BragReader reads back field for
// field (docs/formats.md, "Markdown brag document"): "# Brag document", a
// "## March 2026" heading for each month, and each win as
// "- 2026-03-04 Title @skill #tag ★" with its body indented under it and its
// impact as a nested "- Impact: …" item.
class BragWriter : public WinExportWriter
{
    Q_DECLARE_TR_FUNCTIONS(BragWriter)

public:
    explicit BragWriter(QIODevice &out);
    void add(const Win &win) override;
    Result<void> finish() override;

private:
    void start();

    TextOutput m_out;
    bool m_started = false;
    QDate m_month; // the month of the last heading written
};

} // namespace ladder
