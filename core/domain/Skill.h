// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Expectation.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace ladder {

struct Skill
{
    qint64 id = 0;
    QString uuid;
    QString slug;
    QString name;
    QString categorySlug;
    QString description;
    int position = 0;
    // One per level of the framework, in level order.
    QList<Expectation> expectations;
    QJsonObject extensions; // the file's `x-…` keys, kept as they were

    // The expectation for a level, or nullptr when the skill has none for it.
    const Expectation *expectationFor(const QString &levelSlug) const
    {
        for (const Expectation &e : expectations) {
            if (e.levelSlug == levelSlug)
                return &e;
        }
        return nullptr;
    }
    // The proficiency a level expects; 0 when the skill does not apply there.
    int expectedAt(const QString &levelSlug) const
    {
        const Expectation *e = expectationFor(levelSlug);
        return e && e->applicable ? e->proficiency : 0;
    }
    // False when the level says the skill is not applicable there.
    bool appliesAt(const QString &levelSlug) const
    {
        const Expectation *e = expectationFor(levelSlug);
        return !e || e->applicable;
    }
};

} // namespace ladder
