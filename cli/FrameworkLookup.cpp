// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrameworkLookup.h"

#include "domain/Suggestion.h"
#include "engine/LevelLookup.h"

namespace ladder {

Result<Level> findLevel(const Framework &framework, const QString &text)
{
    const QString wanted = text.trimmed();
    for (const Level &level : framework.levels) {
        if (level.slug == wanted.toLower() || level.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return level;
    }
    QStringList slugs;
    for (const Level &level : LevelLookup::byRank(framework))
        slugs << level.slug;
    const QString suggestion = didYouMean(wanted, slugs);
    if (suggestion.isEmpty())
        return LevelLookup::find(framework, wanted);
    return Error(FrameworkLookup::tr("unknown level '%1'%2").arg(wanted, suggestion));
}

Result<Framework> findFramework(const QList<Framework> &frameworks, const QString &slug)
{
    QStringList slugs;
    for (const Framework &fw : frameworks) {
        if (fw.slug == slug)
            return fw;
        slugs << fw.slug;
    }
    const QString suggestion = didYouMean(slug, slugs);
    if (!suggestion.isEmpty())
        return Error(FrameworkLookup::tr("unknown framework '%1'%2").arg(slug, suggestion));
    return Error(FrameworkLookup::tr("unknown framework '%1' (frameworks: %2)").arg(slug, slugs.join(QStringLiteral(", "))));
}

Result<QString> findSkill(const QStringList &known, const QString &slug)
{
    if (known.contains(slug))
        return slug;
    return unknownSkill(slug, known);
}

} // namespace ladder
