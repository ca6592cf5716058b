// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace ladder {

// Stable source ids for the entries of one imported file (Win::source), so
// that importing the same file again adds nothing: the same entry gets the
// same id every time. An id is "PREFIX:" and a hash of the entry's fields;
// identical entries in one file (the same line twice in a brag document) are
// told apart by their order, "…#2", so neither is dropped. An entry that
// carries its own id (a jrnl uuid) uses that instead.
class SourceIds
{
public:
    explicit SourceIds(const QString &prefix);
    // The id of the next entry made of `fields`.
    QString next(const QStringList &fields);
    // The id of an entry that names itself ("jrnl:" + its uuid).
    QString own(const QString &id) const;
    // The UUID `text` writes (with or without braces, any case) as Ladder
    // keeps one, lower-case without braces; empty for anything else (a row
    // number, jrnl's DayOne ids). ImportedWin::win.uuid takes it.
    static QString uuid(const QString &text);

private:
    QString m_prefix;
    QHash<QString, int> m_seen;
};

} // namespace ladder
