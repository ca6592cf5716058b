#pragma once

#include "Category.h"
#include "Level.h"
#include "Skill.h"

#include <QList>
#include <QString>

namespace ladder {

// A named career ladder: ordered levels, categories, skills and expectations.
struct Framework
{
    qint64 id = 0;
    QString uuid;
    QString slug;
    QString name;
    QString description;
    QList<Level> levels;         // ordered by rank
    QList<Category> categories;  // ordered by position
    QList<Skill> skills;         // ordered by category position, then skill position
    bool active = false;

    const Level *level(const QString &slug) const
    {
        for (const Level &l : levels) {
            if (l.slug == slug)
                return &l;
        }
        return nullptr;
    }
    const Skill *skill(const QString &slug) const
    {
        for (const Skill &s : skills) {
            if (s.slug == slug)
                return &s;
        }
        return nullptr;
    }
    const Category *category(const QString &slug) const
    {
        for (const Category &c : categories) {
            if (c.slug == slug)
                return &c;
        }
        return nullptr;
    }
    // The level right above `slug`, or nullptr at the top (or for an unknown slug).
    const Level *nextLevel(const QString &slug) const
    {
        const Level *current = level(slug);
        if (!current)
            return nullptr;
        for (const Level &l : levels) {
            if (l.rank == current->rank + 1)
                return &l;
        }
        return nullptr;
    }
};

} // namespace ladder
