// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Category.h"
#include "Level.h"
#include "ProficiencyScale.h"
#include "Skill.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ladder {

// A named career ladder: ordered levels, categories, skills and expectations.
struct Framework
{
    qint64 id = 0;
    QString uuid;
    QString slug;
    QString name;
    QString description;
    QList<Level> levels;        // ordered by rank
    QList<Category> categories; // ordered by position
    QList<Skill> skills;        // ordered by category position, then skill position
    ProficiencyScale scale;     // the built-in 0-4 unless the framework declares its own
    QJsonObject extensions;     // the file's `x-…` keys, kept as they were
    bool active = false;

    const Level *level(const QString &wanted) const
    {
        for (const Level &l : levels) {
            if (l.slug == wanted)
                return &l;
        }
        return nullptr;
    }
    const Skill *skill(const QString &wanted) const
    {
        for (const Skill &s : skills) {
            if (s.slug == wanted)
                return &s;
        }
        return nullptr;
    }
    QStringList skillSlugs() const
    {
        QStringList slugs;
        for (const Skill &s : skills)
            slugs << s.slug;
        return slugs;
    }
    const Category *category(const QString &wanted) const
    {
        for (const Category &c : categories) {
            if (c.slug == wanted)
                return &c;
        }
        return nullptr;
    }
    // The level right above `wanted`, or nullptr at the top (or for an unknown slug).
    const Level *nextLevel(const QString &wanted) const
    {
        const Level *current = level(wanted);
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
