// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchQuery.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace ladder {

namespace {

Error searchError(const QString &query, const QString &problem)
{
    return Error(SearchQuery::tr("search '%1': %2").arg(query, problem));
}

Error searchErrorAt(const QString &query, const QString &problem, qsizetype index)
{
    return Error(SearchQuery::tr("search '%1': %2 at character %3").arg(query, problem, QString::number(index + 1)));
}

QString unbalanced()
{
    return SearchQuery::tr("unbalanced quote");
}

// Every user term becomes an FTS5 string, so AND, NEAR(, column: and ^ typed by
// the user are only ever text to look for.
QString fts5String(const QString &term)
{
    return u'"' + QString(term).replace(u'"', u"\"\""_s) + u'"';
}

} // namespace

Result<QString> SearchQuery::toFts5(const QString &typed)
{
    // SQLite reads an FTS5 expression as a C string: a NUL (pasted into the
    // GUI's search box) would cut it short. It separates words, as a space does.
    QString query = typed;
    query.replace(QChar(u'\0'), QLatin1Char(' '));
    if (query.trimmed().isEmpty())
        return searchError(query, tr("nothing to look for"));

    // An optional '-', then a "phrase" or a word. Quotes pair left to right, so
    // the only text this skips besides spaces is a quote that never closes.
    static const QRegularExpression termRe(u"(-?)(?:\"([^\"]*)\"|([^\\s\"]+))"_s);
    QList<QRegularExpressionMatch> terms;
    qsizetype scanned = 0;
    for (const QRegularExpressionMatch &m : termRe.globalMatch(query)) {
        terms.append(m);
        for (; scanned < m.capturedStart(); ++scanned) {
            if (!query.at(scanned).isSpace())
                return searchErrorAt(query, unbalanced(), scanned);
        }
        scanned = m.capturedEnd();
    }
    if (const qsizetype stray = query.indexOf(u'"', scanned); stray >= 0)
        return searchErrorAt(query, unbalanced(), stray);

    QStringList positive;
    QStringList excluded;
    for (const QRegularExpressionMatch &m : std::as_const(terms)) {
        const bool exclude = !m.captured(1).isEmpty();
        QString fts5;
        if (m.hasCaptured(2)) {
            if (m.captured(2).trimmed().isEmpty())
                return searchErrorAt(query, tr("empty phrase"), m.capturedStart(2) - 1);
            fts5 = fts5String(m.captured(2));
        } else {
            const QString word = m.captured(3);
            const qsizetype start = m.capturedStart(3);
            // The pattern's greedy '-' leaves a word starting with '-' only for "-" or "--…".
            if (word.startsWith(u'-'))
                return searchErrorAt(query, exclude ? tr("unexpected '-'") : tr("a lone '-'"), start);
            const bool prefix = word.endsWith(u'*');
            const QString stem = prefix ? word.chopped(1) : word;
            if (stem.isEmpty()) {
                const bool afterPhrase = !exclude && start > 0 && query.at(start - 1) == u'"';
                return searchErrorAt(query, afterPhrase ? tr("'*' after a phrase") : tr("a lone '*'"), start);
            }
            if (const qsizetype star = stem.indexOf(u'*'); star >= 0)
                return searchErrorAt(query, tr("'*' can only end a word"), start + star);
            fts5 = fts5String(stem) + (prefix ? u"*"_s : QString());
        }
        (exclude ? excluded : positive).append(fts5);
    }

    // FTS5's NOT is binary: it needs something on its left.
    if (positive.isEmpty())
        return searchError(query, tr("needs at least one word to look for"));
    QString result = positive.join(u" AND "_s);
    for (const QString &term : std::as_const(excluded))
        result += u" NOT "_s + term;
    return result;
}

} // namespace ladder
