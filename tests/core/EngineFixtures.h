// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small hand-made frameworks and records for the engine tests. Every expected
// number in Engine*Test.cpp is worked out by hand from the tables below.

#include "domain/Assessment.h"
#include "domain/Framework.h"
#include "domain/Goal.h"
#include "domain/Period.h"
#include "domain/Win.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <string>

namespace ladder::fixtures {

using namespace Qt::StringLiterals;

inline QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

inline Level level(const QString &slug, int rank)
{
    Level l;
    l.id = rank + 1;
    l.slug = slug;
    l.name = slug;
    l.rank = rank;
    return l;
}

inline Category category(const QString &slug, int position)
{
    Category c;
    c.id = position;
    c.slug = slug;
    c.name = slug;
    c.position = position;
    return c;
}

// In a skill's `expected` list: the level says the skill does not apply.
constexpr int NotApplicable = -1;

// `expected` lists the proficiency per level, in the order of `levels`
// (NotApplicable for "does not apply"). Each expectation gets one behaviour
// "<skill>@<level>" so tests can see which level's behaviours a step carries.
inline Skill skill(const QString &slug, const QString &categorySlug, int position, const QStringList &levels,
                   std::initializer_list<int> expected)
{
    Skill s;
    s.slug = slug;
    s.name = slug;
    s.categorySlug = categorySlug;
    s.position = position;
    qsizetype i = 0;
    for (int proficiency : expected) {
        Expectation e;
        e.levelSlug = levels.at(i++);
        e.applicable = proficiency != NotApplicable;
        e.proficiency = e.applicable ? proficiency : 0;
        e.behaviours = QStringList{slug + u'@' + e.levelSlug};
        s.expectations.append(e);
    }
    return s;
}

// The "mini" framework used by most engine tests.
//
//   category (position)  skill (position)     junior  mid-level  senior  architect
//   craft (1)            testing (1)              1       2         3       3
//   craft (1)            debugging (2)            1       2         3       4
//   systems (2)          system-design (1)        0       1         3       4
//   people (3)           mentoring (1)            0       0         2       3
inline Framework mini()
{
    const QStringList levels{u"junior"_s, u"mid-level"_s, u"senior"_s, u"architect"_s};
    Framework f;
    f.slug = u"mini"_s;
    f.name = u"Mini"_s;
    for (int rank = 0; rank < levels.size(); ++rank)
        f.levels.append(level(levels.at(rank), rank));
    f.categories = {category(u"craft"_s, 1), category(u"systems"_s, 2), category(u"people"_s, 3)};
    f.skills = {
        skill(u"testing"_s, u"craft"_s, 1, levels, {1, 2, 3, 3}),
        skill(u"debugging"_s, u"craft"_s, 2, levels, {1, 2, 3, 4}),
        skill(u"system-design"_s, u"systems"_s, 1, levels, {0, 1, 3, 4}),
        skill(u"mentoring"_s, u"people"_s, 1, levels, {0, 0, 2, 3}),
    };
    return f;
}

// A six-step scale 0-5, as a points-based ladder's milestones.
inline ProficiencyScale sixSteps()
{
    QList<ScaleStep> steps;
    for (const QString &name : {u"none"_s, u"aware"_s, u"learning"_s, u"practising"_s, u"fluent"_s, u"leading"_s})
        steps.append(ScaleStep{name, QString(), {}});
    return ProficiencyScale(steps);
}

// The "tracks" framework: its own 0-5 scale and a manager level at which
// on-call does not apply (n/a).
//
//   category (position)  skill (position)  ic1  ic2  manager
//   craft (1)            testing (1)         2    4      3
//   craft (1)            on-call (2)         1    3     n/a
//   people (2)           mentoring (1)       0    2      5
inline Framework tracks()
{
    const QStringList levels{u"ic1"_s, u"ic2"_s, u"manager"_s};
    Framework f;
    f.slug = u"tracks"_s;
    f.name = u"Tracks"_s;
    f.scale = sixSteps();
    for (int rank = 0; rank < levels.size(); ++rank)
        f.levels.append(level(levels.at(rank), rank));
    f.categories = {category(u"craft"_s, 1), category(u"people"_s, 2)};
    f.skills = {
        skill(u"testing"_s, u"craft"_s, 1, levels, {2, 4, 3}),
        skill(u"on-call"_s, u"craft"_s, 2, levels, {1, 3, NotApplicable}),
        skill(u"mentoring"_s, u"people"_s, 1, levels, {0, 2, 5}),
    };
    return f;
}

inline Assessment rate(qint64 id, const QString &skillSlug, int rating, const QDate &date)
{
    Assessment a;
    a.id = id;
    a.skillSlug = skillSlug;
    a.rating = rating;
    a.date = date;
    return a;
}

inline Win win(qint64 id, const QDate &date, const QStringList &skillSlugs)
{
    Win w;
    w.id = id;
    w.date = date;
    w.title = u"win "_s + QString::number(id);
    w.skillSlugs = skillSlugs;
    return w;
}

inline Goal goal(qint64 id, GoalStatus status, const QStringList &skillSlugs)
{
    Goal g;
    g.id = id;
    g.title = u"goal "_s + QString::number(id);
    g.status = status;
    g.skillSlugs = skillSlugs;
    return g;
}

inline Period period(const QDate &from, const QDate &to)
{
    Period p;
    p.from = from;
    p.to = to;
    p.text = from.toString(Qt::ISODate) + u".."_s + to.toString(Qt::ISODate);
    return p;
}

// Joins strings with ',' as a std::string, so that an order check prints
// readably when it fails.
inline std::string joined(const QStringList &items)
{
    return items.join(u',').toStdString();
}

// 2026-H1: 2026-01-01..2026-06-30, the review period of most readiness tests.
inline Period h1()
{
    return period(d(2026, 1, 1), d(2026, 6, 30));
}

} // namespace ladder::fixtures
