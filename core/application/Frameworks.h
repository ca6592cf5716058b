// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Framework.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ladder {

class Stores;

// The career frameworks of the file: which one is active, bringing one in
// from a file, switching and removing.
class Frameworks
{
    Q_DECLARE_TR_FUNCTIONS(Frameworks)

public:
    explicit Frameworks(Stores &stores);

    Result<QList<Framework>> list();
    Result<Framework> active();
    // The slugs of the skills of every framework of the database, sorted:
    // what a win, a goal or a rating may name (docs/formats.md, "Several
    // frameworks").
    Result<QStringList> skillSlugs();
    Result<void> activate(const QString &slug);
    // Removes a framework that is not the active one.
    Result<void> remove(const QString &slug);

    enum class Outcome {
        Added,      // a new framework
        Replaced,   // one of the same slug with other content, or other UUIDs
        Unchanged,  // the same framework was there already
        Activated,  // the same framework was there, and is now the active one
        OtherUuids, // the same content was there under other UUIDs: kept (no `replace`)
    };
    struct ImportOptions
    {
        bool replace = false;  // another framework of the same slug may be replaced
        bool activate = false; // make it the active framework
        bool dryRun = false;   // check and tell, write nothing
        QString level;         // the user's level in it (empty: keep what is stored)
    };
    // Brings in a framework read from a file (FrameworkFormat). The rule
    // (docs/formats.md, "Identity"): a framework of the database is only ever
    // changed by `replace` — content and UUIDs alike, keeping ratings, goals
    // and wins. Other content without `replace` is the error; the same content
    // under other UUIDs is kept as it is here and told (OtherUuids). A file
    // without UUIDs agrees with any. `level` must be one of the framework's.
    Result<Outcome> import(const Framework &framework, const ImportOptions &options);

    // Ratings are kept by skill slug, so a rating of `communication` made
    // under one framework counts for every framework with that slug. For
    // each skill of `framework` rated under another framework of the
    // database: how many ratings, and that framework's slug.
    struct SharedRatings
    {
        QString skillSlug;
        int count = 0;
        QString fromFramework;
    };
    Result<QList<SharedRatings>> sharedRatings(const Framework &framework);

    // The framework a skill belongs to: the active one when it has the skill,
    // else the first that has it; the "unknown skill" error otherwise.
    Result<Framework> owning(const QString &skillSlug);

    // The user's level in a framework as stored (each framework keeps its
    // own); empty when never set.
    Result<QString> levelIn(const QString &frameworkSlug);

private:
    Stores &m_stores;
};

} // namespace ladder
