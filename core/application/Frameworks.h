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
    // The slugs of the active framework's skills, in framework order.
    Result<QStringList> skillSlugs();
    Result<void> activate(const QString &slug);
    // Removes a framework that is not the active one.
    Result<void> remove(const QString &slug);

    enum class Outcome {
        Added,     // a new framework
        Replaced,  // one of the same slug with other content
        Unchanged, // the same framework (UUIDs aside) was there already
        Activated, // the same framework was there, and is now the active one
    };
    struct ImportOptions
    {
        bool replace = false;  // another framework of the same slug may be replaced
        bool activate = false; // make it the active framework
        bool dryRun = false;   // check and tell, write nothing
    };
    // Brings in a framework read from a file (FrameworkFormat). Another
    // framework of the same slug is only replaced with `replace`, keeping
    // ratings, goals and wins; otherwise that is the error.
    Result<Outcome> import(const Framework &framework, const ImportOptions &options);

private:
    Stores &m_stores;
};

} // namespace ladder
