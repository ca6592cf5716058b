// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Framework.h"

#include <QList>

namespace ladder {

// The "foundational" order of a framework (docs/readiness.md "Ordering"):
// categories by position, skills by position inside their category, slug last.
// The framework lists Craft before Systems before Production before People
// before Impact because each rests on the ones before it, so this order is also
// the order in which to work on equal gaps. Computed here rather than trusted
// from the input so that every report comes out byte-identical.
class SkillOrder
{
public:
    // The framework's categories by position (ties by slug), then one stand-in
    // category (slug and name = the slug, position INT_MAX) per category slug
    // that a skill uses but the framework does not define, by slug.
    static QList<Category> categories(const Framework &framework);
    // Every skill of the framework in foundational order. The pointers point
    // into `framework`.
    static QList<const Skill *> skills(const Framework &framework);
};

} // namespace ladder
