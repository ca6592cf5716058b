// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Win.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace ladder {

// Tags as jrnl finds them in an entry's text (jrnl/journals/Entry.py): a
// tag symbol, then letters, digits or -+*#/_, not inside a word. A win's
// tags that its text does not name travel in a journal file as a last
// paragraph of tags only, "@launch @testing" (docs/formats.md, "jrnl"),
// which the reader takes back out of the body.
class JrnlTags
{
public:
    explicit JrnlTags(const QString &symbols);

    // The tags in `text`, with their symbols, appended to `found`.
    void find(QStringView text, QStringList &found) const;

    // What the tag paragraph says: `tags` (with their symbol) that `text`
    // does not name, separated by spaces; empty when it names them all.
    QString missing(const QStringList &tags, const QString &text) const;
    // `body` without a last paragraph that holds only tags none of which
    // `body`'s other paragraphs or `elsewhere` (the title and the impact)
    // name: the paragraph missing() made.
    QString withoutTagParagraph(const QString &body, const QString &elsewhere) const;

    // A win's tags and skill slugs, each with an '@', sorted, once each: what
    // both jrnl writers give as the entry's tags.
    static QStringList ofWin(const Win &win);

private:
    // The tags `text` names, lower-case with their symbols.
    QStringList named(QStringView text) const;

    QString m_symbols;
    QRegularExpression m_pattern;
};

} // namespace ladder
