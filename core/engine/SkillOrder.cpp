// SPDX-License-Identifier: GPL-3.0-or-later
#include "SkillOrder.h"

#include <QHash>

#include <algorithm>
#include <climits>

namespace ladder {

namespace {

bool categoryBefore(const Category &a, const Category &b)
{
    if (a.position != b.position)
        return a.position < b.position;
    return a.slug < b.slug;
}

} // namespace

QList<Category> SkillOrder::categories(const Framework &framework)
{
    QList<Category> known = framework.categories;
    std::stable_sort(known.begin(), known.end(), categoryBefore);

    QList<Category> strays;
    for (const Skill &skill : framework.skills) {
        if (framework.category(skill.categorySlug))
            continue;
        const bool seen = std::any_of(strays.cbegin(), strays.cend(), [&](const Category &c) { return c.slug == skill.categorySlug; });
        if (seen)
            continue;
        Category stray;
        stray.slug = skill.categorySlug;
        stray.name = skill.categorySlug;
        stray.position = INT_MAX;
        strays.append(stray);
    }
    std::stable_sort(strays.begin(), strays.end(), categoryBefore);
    return known + strays;
}

QList<const Skill *> SkillOrder::skills(const Framework &framework)
{
    QHash<QString, qsizetype> categoryIndex;
    const QList<Category> ordered = categories(framework);
    for (qsizetype i = 0; i < ordered.size(); ++i)
        categoryIndex.insert(ordered.at(i).slug, i);

    QList<const Skill *> result;
    result.reserve(framework.skills.size());
    for (const Skill &skill : framework.skills)
        result.append(&skill);
    std::stable_sort(result.begin(), result.end(), [&](const Skill *a, const Skill *b) {
        const qsizetype ca = categoryIndex.value(a->categorySlug);
        const qsizetype cb = categoryIndex.value(b->categorySlug);
        if (ca != cb)
            return ca < cb;
        if (a->position != b->position)
            return a->position < b->position;
        return a->slug < b->slug;
    });
    return result;
}

} // namespace ladder
