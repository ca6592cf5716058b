// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ladder {

// One step of a framework's own proficiency scale: its name ("expert"), an
// optional description, and the extension keys (`x-…`) a file gave it.
struct ScaleStep
{
    QString name;
    QString description;
    QJsonObject extensions;

    bool operator==(const ScaleStep &) const = default;
};

// The proficiency scale of a framework: the numbers 0..max() and their words.
// A framework that declares no scale has the built-in one, 0-4 (Proficiency);
// one that does names each step itself, e.g. six milestones 0-5
// (docs/formats.md, "Proficiency scale"). Ratings and expectations of a
// skill are numbers on its framework's scale.
class ProficiencyScale
{
    Q_DECLARE_TR_FUNCTIONS(ProficiencyScale)

public:
    // The fewest and most steps a framework's own scale may have.
    static constexpr int MinSteps = 2;
    static constexpr int MaxSteps = 11;

    // The built-in scale.
    ProficiencyScale() = default;
    explicit ProficiencyScale(QList<ScaleStep> steps);

    // True for the built-in scale (a framework that declares none).
    bool isBuiltIn() const { return m_steps.isEmpty(); }
    // The framework's own steps; empty for the built-in scale.
    const QList<ScaleStep> &steps() const { return m_steps; }

    int min() const { return 0; }
    int max() const;
    bool isValid(int value) const { return value >= min() && value <= max(); }
    int clamp(int value) const { return std::clamp(value, min(), max()); }
    // The step's word ("fluent"); "unrated" outside the scale.
    QString word(int value) const;
    // "3 fluent"
    QString label(int value) const;
    // The whole scale, "0 none, 1 learning, …": what an error about a rating shows.
    QString describe() const;
    // "0-4"
    QString range() const;
    // A rating as a person types it: the number or its word, any case;
    // otherwise an error quoting it with the scale.
    Result<int> parse(const QString &text) const;
    Error outOfRange(const QString &number) const;

    bool operator==(const ProficiencyScale &) const = default;

private:
    QList<ScaleStep> m_steps;
};

} // namespace ladder
