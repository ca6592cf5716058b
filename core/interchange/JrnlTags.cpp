// SPDX-License-Identifier: GPL-3.0-or-later
#include "JrnlTags.h"

#include <algorithm>

namespace ladder {

namespace {

const QString &paragraphBreak()
{
    static const QString text = QStringLiteral("\n\n");
    return text;
}

} // namespace

JrnlTags::JrnlTags(const QString &symbols)
    : m_symbols(symbols)
{
    QString set;
    for (const QChar symbol : symbols)
        set += QRegularExpression::escape(QString(symbol));
    if (!set.isEmpty())
        m_pattern = QRegularExpression(QStringLiteral(R"((?<!\S)[%1][-+*#/\w]+)").arg(set), QRegularExpression::UseUnicodePropertiesOption);
}

void JrnlTags::find(QStringView text, QStringList &found) const
{
    // Most lines name no tag: the pattern (with its look-behind) only runs
    // on text that holds a symbol.
    if (std::none_of(m_symbols.cbegin(), m_symbols.cend(), [&](QChar symbol) { return text.contains(symbol); }))
        return;
    QRegularExpressionMatchIterator it = m_pattern.globalMatch(text);
    while (it.hasNext())
        found << it.next().captured();
}

QStringList JrnlTags::named(QStringView text) const
{
    QStringList found;
    find(text, found);
    for (QString &tag : found)
        tag = tag.toLower();
    return found;
}

QString JrnlTags::missing(const QStringList &tags, const QString &text) const
{
    const QStringList present = named(text);
    QStringList out;
    for (const QString &tag : tags) {
        if (!present.contains(tag.toLower()))
            out << tag;
    }
    return out.join(QLatin1Char(' '));
}

QString JrnlTags::withoutTagParagraph(const QString &body, const QString &elsewhere) const
{
    if (m_symbols.isEmpty())
        return body;
    const qsizetype at = body.lastIndexOf(paragraphBreak());
    const QString last = at < 0 ? body : body.mid(at + paragraphBreak().size());
    if (last.isEmpty() || !m_symbols.contains(last.front()))
        return body;
    const QString before = at < 0 ? QString() : body.left(at);
    const QStringList others = named(QString(elsewhere + QLatin1Char('\n') + before));
    static const QRegularExpression space(QStringLiteral(R"(\s+)"));
    const QStringList words = last.split(space, Qt::SkipEmptyParts);
    for (const QString &word : words) {
        // Every word a tag, and one the rest of the entry does not name.
        const QRegularExpressionMatch tag = m_pattern.match(word);
        if (!m_symbols.contains(word.front()) || !tag.hasMatch() || tag.capturedStart() != 0 || others.contains(tag.captured().toLower()))
            return body;
    }
    return before;
}

QStringList JrnlTags::ofWin(const Win &win)
{
    QStringList tags;
    tags.reserve(win.tags.size() + win.skillSlugs.size());
    for (const QString &tag : win.tags)
        tags << QLatin1Char('@') + tag;
    for (const QString &slug : win.skillSlugs)
        tags << QLatin1Char('@') + slug;
    tags.sort();
    tags.erase(std::unique(tags.begin(), tags.end()), tags.end());
    return tags;
}

} // namespace ladder
