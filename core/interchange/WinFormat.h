// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace ladder {

// The formats wins come in and go out in (docs/formats.md). Ladder is the
// whole-database export; the others hold wins only. Jrnl is read in both of
// jrnl's forms and written as its JSON export; JrnlText is written as jrnl's
// journal file (what `jrnl --import` reads) and read as Jrnl is.
enum class WinFormat { Ladder, Jrnl, JrnlText, Csv, Markdown };

class WinFormats
{
    Q_DECLARE_TR_FUNCTIONS(WinFormats)

public:
    // "ladder", "jrnl", "jrnl-text", "csv", "markdown" (and "md"); nullopt
    // for anything else.
    static std::optional<WinFormat> parse(const QString &name);
    static QString name(WinFormat format);
    // The file extension an export in `format` gets: "json", "txt", "csv", "md".
    static QString extension(WinFormat format);
    static QStringList names();
    // The format of a file from its first bytes, then its extension: JSON
    // (or a .json name) with "entries" and no "format": "ladder-export" is
    // jrnl's, any other JSON Ladder's; a first line "[2026-03-04 09:15] …" a
    // jrnl journal file; then .csv/.tsv and .md names; headings or list items
    // Markdown; a header line with a separator CSV. nullopt when nothing fits.
    // Never JrnlText: a journal file is Jrnl, which reads both forms.
    static std::optional<WinFormat> detect(const QByteArray &data, const QString &fileName);
};

} // namespace ladder
