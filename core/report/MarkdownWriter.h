// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BragReportModel.h"
#include "ReadinessReportModel.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace ladder {

// The reports as Markdown (CommonMark with GitHub tables and task lists), for
// pasting into a review tool or a wiki. Deterministic: the same model gives the
// same characters (no timestamps; every list in the model's fixed order).
// Markdown has no chart; the per-skill table carries the same numbers.
class MarkdownWriter
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownWriter)

public:
    static QString readiness(const ReadinessReportModel &model);
    static QString brag(const BragReportModel &model);
    // The same handed to `write` a group at a time, so that a long brag
    // document is never held whole (the command writes it to its file).
    static void brag(const BragReportModel &model, const std::function<void(const QString &)> &write);

    // Inline text with Markdown's active characters backslash-escaped and line
    // breaks folded, so a win titled "use *ptr | fix" stays literal (also in
    // tables). '#' is left alone: it is only special at the start of a line,
    // where the writer never puts user text.
    static QString escape(const QString &text);
};

} // namespace ladder
