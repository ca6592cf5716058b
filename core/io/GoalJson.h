// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Assessment.h"
#include "domain/Goal.h"
#include "domain/ProficiencyScale.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ladder {

// The translation context of the text of the functions below.
struct GoalJson
{
    Q_DECLARE_TR_FUNCTIONS(GoalJson)
};

// Goals (with milestones) and assessments as JSON, for `--json` listings and
// the export. The readers name the place of a problem with `where`.
QJsonObject goalToJson(const Goal &goal);
Result<Goal> goalFromJson(const QJsonObject &object, const QString &where);

// `rating_word` is the rating's word on `scale` (the active framework's);
// empty for a rating above it, given on another framework's longer scale.
QJsonObject assessmentToJson(const Assessment &assessment, const ProficiencyScale &scale);
Result<Assessment> assessmentFromJson(const QJsonObject &object, const QString &where);

} // namespace ladder
