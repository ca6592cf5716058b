// SPDX-License-Identifier: GPL-3.0-or-later
#include "Frameworks.h"

#include "domain/Suggestion.h"
#include "engine/LevelLookup.h"
#include "io/FrameworkFormat.h"
#include "storage/StorageError.h"
#include "storage/Stores.h"
#include "storage/Transaction.h"

namespace ladder {

Frameworks::Frameworks(Stores &stores)
    : m_stores(stores)
{
}

Result<QList<Framework>> Frameworks::list()
{
    return m_stores.frameworks().list();
}

Result<Framework> Frameworks::active()
{
    return m_stores.frameworks().active();
}

Result<QStringList> Frameworks::skillSlugs()
{
    return m_stores.frameworks().knownSkillSlugs();
}

Result<void> Frameworks::activate(const QString &slug)
{
    return m_stores.frameworks().activate(slug);
}

Result<void> Frameworks::remove(const QString &slug)
{
    return m_stores.frameworks().remove(slug);
}

namespace {

// True when every UUID the file gives is the one the database holds for that
// row: a hand-written file without UUIDs agrees with any database.
bool uuidsAgree(const Framework &here, const Framework &file)
{
    auto agree = [](const QString &local, const QString &given) { return given.isEmpty() || local == given; };
    if (!agree(here.uuid, file.uuid))
        return false;
    for (const Level &l : file.levels) {
        const Level *local = here.level(l.slug);
        if (!local || !agree(local->uuid, l.uuid))
            return false;
    }
    for (const Category &c : file.categories) {
        const Category *local = here.category(c.slug);
        if (!local || !agree(local->uuid, c.uuid))
            return false;
    }
    for (const Skill &s : file.skills) {
        const Skill *local = here.skill(s.slug);
        if (!local || !agree(local->uuid, s.uuid))
            return false;
    }
    return true;
}

} // namespace

Result<Frameworks::Outcome> Frameworks::import(const Framework &framework, const ImportOptions &options)
{
    if (!options.level.isEmpty()) {
        if (Result<Level> level = LevelLookup::find(framework, options.level); !level)
            return level.error();
    }
    Result<QList<Framework>> frameworks = m_stores.frameworks().list();
    if (!frameworks)
        return frameworks.error();
    const Framework *existing = nullptr;
    for (const Framework &f : std::as_const(*frameworks)) {
        if (f.slug == framework.slug)
            existing = &f;
    }
    const bool sameContent = existing && FrameworkFormat::toJson(*existing) == FrameworkFormat::toJson(framework);
    const bool same = sameContent && uuidsAgree(*existing, framework);
    if (existing && !sameContent && !options.replace)
        return Error(tr("framework '%1' is already in the database with other content; add --replace to replace it "
                        "(ratings, goals and wins are kept)")
                         .arg(framework.slug));
    const Outcome outcome = !existing           ? Outcome::Added
        : !same && options.replace              ? Outcome::Replaced
        : !same                                 ? Outcome::OtherUuids
        : options.activate && !existing->active ? Outcome::Activated
                                                : Outcome::Unchanged;
    if (options.dryRun)
        return outcome;
    return guarded([&]() -> Result<Outcome> {
        Transaction transaction(m_stores.database());
        if (outcome == Outcome::Added || outcome == Outcome::Replaced) {
            if (auto saved = m_stores.frameworks().save(framework, options.activate); !saved)
                return saved.error();
        } else if (options.activate && !existing->active) {
            if (auto activated = m_stores.frameworks().activate(framework.slug); !activated)
                return activated.error();
        }
        if (!options.level.isEmpty()) {
            if (auto set = m_stores.frameworks().setCurrentLevel(options.level, framework.slug); !set)
                return set.error();
        }
        transaction.commit();
        return outcome;
    });
}

Result<QList<Frameworks::SharedRatings>> Frameworks::sharedRatings(const Framework &framework)
{
    Result<QList<Framework>> frameworks = m_stores.frameworks().list();
    if (!frameworks)
        return frameworks.error();
    Result<QList<Assessment>> ratings = m_stores.assessments().all();
    if (!ratings)
        return ratings.error();
    QHash<QString, int> counts;
    for (const Assessment &a : std::as_const(*ratings))
        ++counts[a.skillSlug];
    QList<SharedRatings> shared;
    for (const Skill &skill : framework.skills) {
        const int count = counts.value(skill.slug);
        if (count == 0)
            continue;
        // The active framework first: list() puts it there.
        for (const Framework &other : std::as_const(*frameworks)) {
            if (other.slug != framework.slug && other.skill(skill.slug)) {
                shared << SharedRatings{skill.slug, count, other.slug};
                break;
            }
        }
    }
    return shared;
}

Result<Framework> Frameworks::owning(const QString &skillSlug)
{
    Result<QList<Framework>> frameworks = m_stores.frameworks().list(); // the active one first
    if (!frameworks)
        return frameworks.error();
    for (const Framework &fw : std::as_const(*frameworks)) {
        if (fw.skill(skillSlug))
            return fw;
    }
    Result<QStringList> known = m_stores.frameworks().knownSkillSlugs();
    if (!known)
        return known.error();
    return unknownSkill(skillSlug, *known);
}

Result<QString> Frameworks::levelIn(const QString &frameworkSlug)
{
    return m_stores.frameworks().currentLevel(frameworkSlug);
}

} // namespace ladder
