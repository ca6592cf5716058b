// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Framework.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ladder {

// The translation context of the text of the functions below.
struct FrameworkLookup
{
    Q_DECLARE_TR_FUNCTIONS(FrameworkLookup)
};

// Finding what a person typed in the active framework, with a "did you mean"
// when it is not there.

// A level by slug, or by name in any case ("Senior", "mid-level"). Unknown:
// "unknown level 'seniro' (did you mean 'senior'?)", or the list of levels when
// nothing is close.
Result<Level> findLevel(const Framework &framework, const QString &text);

// The framework with `slug` among `frameworks`, else "unknown framework 'acme'
// (did you mean 'acme-platform'?)" or the list of frameworks.
Result<Framework> findFramework(const QList<Framework> &frameworks, const QString &slug);

// `slug` when it is one of `known`, else "unknown skill 'perf' (did you mean
// 'performance'?)".
Result<QString> findSkill(const QStringList &known, const QString &slug);

} // namespace ladder
