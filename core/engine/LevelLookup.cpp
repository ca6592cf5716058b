// SPDX-License-Identifier: GPL-3.0-or-later
#include "LevelLookup.h"

#include <QStringList>

#include <algorithm>

namespace ladder {

Result<Level> LevelLookup::find(const Framework &framework, const QString &levelSlug)
{
    if (const Level *level = framework.level(levelSlug))
        return *level;
    QStringList slugs;
    for (const Level &level : byRank(framework))
        slugs.append(level.slug);
    return Error(tr("unknown level '%1' (levels: %2)").arg(levelSlug, slugs.join(QStringLiteral(", "))));
}

QList<Level> LevelLookup::byRank(const Framework &framework)
{
    QList<Level> levels = framework.levels;
    std::stable_sort(levels.begin(), levels.end(), [](const Level &a, const Level &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        return a.slug < b.slug;
    });
    return levels;
}

int LevelLookup::expected(const Skill &skill, const QString &levelSlug, const ProficiencyScale &scale)
{
    return scale.clamp(skill.expectedAt(levelSlug));
}

bool LevelLookup::counts(const Skill &skill, const QString &levelSlug, const ProficiencyScale &scale)
{
    return skill.appliesAt(levelSlug) && expected(skill, levelSlug, scale) > 0;
}

Result<QString> LevelLookup::defaultTarget(const Framework &framework, const QString &currentLevelSlug)
{
    const QList<Level> levels = byRank(framework);
    if (levels.isEmpty())
        return Error(tr("the active framework '%1' has no levels").arg(framework.slug));
    for (qsizetype i = 0; i < levels.size(); ++i) {
        if (levels.at(i).slug == currentLevelSlug)
            return levels.at(std::min(i + 1, levels.size() - 1)).slug;
    }
    return levels.first().slug;
}

} // namespace ladder
