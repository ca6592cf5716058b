// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "ImportedWin.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ladder {

// A Markdown brag document's wins (docs/formats.md, "Markdown brag
// document"): each top-level list item is a win, "- 2026-03-04 Title @tag
// #tag ★"; an item without a leading date takes the date of the nearest
// dated heading above it ("## March 2026" is 2026-03-01, "## 2026-Q1"
// 2026-01-01); nested items and indented paragraphs under it are its body,
// Markdown kept, and a nested "- Impact: …" its impact. Text outside list
// items (an introduction, notes between sections) is not a win and is not
// read. Any problem fails the whole file with "FILE:LINE: problem".
class BragReader
{
    Q_DECLARE_TR_FUNCTIONS(BragReader)

public:
    static Result<QList<ImportedWin>> read(const QByteArray &data, const QString &fileName);
};

} // namespace ladder
