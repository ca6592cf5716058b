// SPDX-License-Identifier: GPL-3.0-or-later
#include "Frameworks.h"

#include "io/FrameworkFormat.h"
#include "storage/Stores.h"

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
    return m_stores.frameworks().activeSkillSlugs();
}

Result<void> Frameworks::activate(const QString &slug)
{
    return m_stores.frameworks().activate(slug);
}

Result<void> Frameworks::remove(const QString &slug)
{
    return m_stores.frameworks().remove(slug);
}

Result<Frameworks::Outcome> Frameworks::import(const Framework &framework, const ImportOptions &options)
{
    Result<QList<Framework>> frameworks = m_stores.frameworks().list();
    if (!frameworks)
        return frameworks.error();
    const Framework *existing = nullptr;
    for (const Framework &f : std::as_const(*frameworks)) {
        if (f.slug == framework.slug)
            existing = &f;
    }
    // The same framework again (UUIDs aside) is nothing to replace.
    const bool same = existing && FrameworkFormat::toJson(*existing) == FrameworkFormat::toJson(framework);
    if (existing && !same && !options.replace)
        return Error(tr("framework '%1' is already in the database with other content; add --replace to replace it "
                        "(ratings, goals and wins are kept)")
                         .arg(framework.slug));
    const Outcome outcome = !existing           ? Outcome::Added
        : !same                                 ? Outcome::Replaced
        : options.activate && !existing->active ? Outcome::Activated
                                                : Outcome::Unchanged;
    if (options.dryRun || outcome == Outcome::Unchanged)
        return outcome;
    if (outcome == Outcome::Activated) {
        if (auto activated = m_stores.frameworks().activate(framework.slug); !activated)
            return activated.error();
        return outcome;
    }
    if (auto saved = m_stores.frameworks().save(framework, options.activate); !saved)
        return saved.error();
    return outcome;
}

} // namespace ladder
