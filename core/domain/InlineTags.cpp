// SPDX-License-Identifier: GPL-3.0-or-later
#include "InlineTags.h"

#include <QList>
#include <QRegularExpression>
#include <QSet>

namespace ladder {

namespace {

const QRegularExpression &tagPattern()
{
    // After a space or at the start; a word with a letter in it, hyphens
    // only inside; then punctuation at most before a space or the end.
    static const QRegularExpression pattern(QStringLiteral("(?<!\\S)[@#]((?=[\\w-]*\\p{L})\\w(?:[\\w-]*\\w)?)(?=\\p{P}*(?:\\s|$))"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

} // namespace

InlineTags InlineTags::ofTitle(const QString &title)
{
    InlineTags result;
    QList<QRegularExpressionMatch> matches;
    // A set beside the list: a title of many tags is read in linear time.
    QSet<QString> seen;
    for (auto it = tagPattern().globalMatch(title); it.hasNext();) {
        matches << it.next();
        const QString word = matches.back().captured(1).toLower();
        if (!seen.contains(word)) {
            seen.insert(word);
            result.tags << word;
        }
    }
    if (matches.isEmpty()) {
        result.title = title.trimmed();
        return result;
    }

    // The run of tags ending the title: nothing but spaces and punctuation
    // after each of them.
    static const QRegularExpression gap(QStringLiteral("^[\\s\\p{P}]*$"), QRegularExpression::UseUnicodePropertiesOption);
    qsizetype run = matches.size();
    qsizetype next = title.size();
    while (
        run > 0
        && gap.match(QStringView(title).sliced(matches.at(run - 1).capturedEnd(), next - matches.at(run - 1).capturedEnd())).hasMatch()) {
        --run;
        next = matches.at(run).capturedStart();
    }
    // Inside the sentence, a tag keeps its word and loses its symbol.
    QString text;
    text.reserve(title.size());
    qsizetype from = 0;
    for (qsizetype i = 0; i < run; ++i) {
        text += QStringView(title).sliced(from, matches.at(i).capturedStart() - from);
        from = matches.at(i).capturedStart() + 1;
    }
    text += QStringView(title).sliced(from, next - from);
    if (run < matches.size()) {
        // A sentence that ended after its tags ends after its words.
        static const QRegularExpression terminal(QStringLiteral("[.!?\\x{2026}]"));
        const QRegularExpressionMatch end = terminal.match(QStringView(title).sliced(matches.back().capturedEnd()));
        // What joined the words to the tags goes with them: "Led the drill, @sre" or "(@sre)".
        static const QRegularExpression joint(QStringLiteral("[\\s,;:\\p{Pd}\\p{Ps}]+$"), QRegularExpression::UseUnicodePropertiesOption);
        text.remove(joint);
        if (end.hasMatch() && !text.isEmpty() && !terminal.match(text.right(1)).hasMatch())
            text += end.captured();
    }
    result.title = text.trimmed();
    return result;
}

void InlineTags::find(const QString &text, QStringList &tags)
{
    if (!text.contains(QLatin1Char('@')) && !text.contains(QLatin1Char('#')))
        return;
    for (auto it = tagPattern().globalMatch(text); it.hasNext();)
        tags << it.next().captured(1).toLower();
}

} // namespace ladder
