// SPDX-License-Identifier: GPL-3.0-or-later
#include "SkillListCommand.h"

#include "application/Review.h"
#include "application/Workspace.h"
#include "CommandContext.h"
#include "domain/ProficiencyScale.h"
#include "engine/LevelLookup.h"
#include "engine/SkillOrder.h"
#include "FrameworkLookup.h"
#include "report/ReportText.h"
#include "TextTable.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace ladder {

namespace {

const QString None = QString(QChar(0x2014));

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

SkillListCommand::SkillListCommand()
    : DatabaseCommand(QStringLiteral("skill list"),
                      SkillListCommand::tr("Each skill: your rating, what your level and the next expect, the gap."))
{
    m_options = {{QStringLiteral("level"), tr("Compare with level L (slug or name) instead of the next level."), QStringLiteral("L")}};
}

int SkillListCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser)
{
    Result<ReportData> standing = workspace.review().standing();
    if (!standing)
        return context.fail(standing.error());
    const Framework *fw = &standing->framework;
    Result<Level> current = LevelLookup::find(*fw, standing->currentLevelSlug);
    if (!current)
        return context.fail(current.error());

    // The next level up, or the top level itself for someone already there:
    // keeping up with it is what is left to do.
    Level target = *current;
    const bool targetGiven = parser.isSet(QStringLiteral("level"));
    if (targetGiven) {
        Result<Level> given = findLevel(*fw, parser.value(QStringLiteral("level")));
        if (!given)
            return context.fail(given.error().at(QStringLiteral("--level")));
        target = *given;
    } else if (const Level *next = fw->nextLevel(current->slug)) {
        target = *next;
    }

    // Ratings as they stand today: one dated later (from an import) is not yet in force.
    Result<GapReport> report = workspace.review().gap(*standing, target.slug, context.today);
    if (!report)
        return context.fail(report.error());

    QHash<QString, QString> categoryNames;
    for (const Category &c : SkillOrder::categories(*fw))
        categoryNames.insert(c.slug, c.name);

    const ProficiencyScale &scale = fw->scale;
    // A number and its word, or null: unrated, not applicable, or a rating
    // given on a longer scale than this framework's (its number is kept).
    const auto word = [&scale](int value, bool known) {
        return known && scale.isValid(value) ? QJsonValue(scale.word(value)) : QJsonValue(QJsonValue::Null);
    };
    if (context.json) {
        QJsonArray array;
        for (const SkillGap &g : std::as_const(report->skills)) {
            const Skill *skill = fw->skill(g.skillSlug);
            const int currentExpects = skill ? LevelLookup::expected(*skill, current->slug, scale) : 0;
            const bool currentApplies = !skill || skill->appliesAt(current->slug);
            array.append(QJsonObject{
                {QStringLiteral("category"), g.categorySlug},
                {QStringLiteral("category_name"), categoryNames.value(g.categorySlug)},
                {QStringLiteral("skill"), g.skillSlug},
                {QStringLiteral("name"), g.skillName},
                {QStringLiteral("rating"), g.unrated ? QJsonValue(QJsonValue::Null) : QJsonValue(g.givenRating)},
                {QStringLiteral("rating_word"), word(g.givenRating, !g.unrated)},
                {QStringLiteral("rated_on"), dateOrNull(g.ratedOn)},
                {QStringLiteral("current_level"), current->slug},
                {QStringLiteral("current_expects"), currentApplies ? QJsonValue(currentExpects) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("current_expects_word"), word(currentExpects, currentApplies)},
                {QStringLiteral("target_level"), target.slug},
                {QStringLiteral("target_expects"), g.applicable ? QJsonValue(g.expected) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("target_expects_word"), word(g.expected, g.applicable)},
                {QStringLiteral("gap"), g.gap},
            });
        }
        context.printJson(array);
        return 0;
    }
    if (report->skills.isEmpty()) {
        context.err() << tr("Framework '%1' has no skills.").arg(fw->slug) << '\n';
        context.err().flush();
        return 0;
    }

    const bool sameLevel = target.slug == current->slug;
    QStringList headers{tr("CATEGORY"), tr("SKILL"), tr("RATING"), tr("%1 (CURRENT)").arg(current->name.toUpper())};
    if (!sameLevel)
        headers << (targetGiven ? tr("%1 (TARGET)") : tr("%1 (NEXT)")).arg(target.name.toUpper());
    headers << tr("GAP");
    TextTable table(headers);
    QString previousCategory;
    for (const SkillGap &g : std::as_const(report->skills)) {
        const Skill *skill = fw->skill(g.skillSlug);
        const int currentExpects = skill ? LevelLookup::expected(*skill, current->slug, scale) : 0;
        const bool currentApplies = !skill || skill->appliesAt(current->slug);
        // The category is named once, on the first row of its group.
        QStringList cells{g.categorySlug == previousCategory ? QString() : categoryNames.value(g.categorySlug), g.skillSlug,
                          g.unrated ? None : ReportText::proficiency(g.givenRating, scale),
                          ReportText::expected(currentExpects, currentApplies, scale)};
        QList<TextTable::Style> styles{TextTable::Style::Plain, TextTable::Style::Plain,
                                       g.unrated ? TextTable::Style::Dim : TextTable::Style::Plain, TextTable::Style::Plain};
        if (!sameLevel) {
            cells << ReportText::expected(g.expected, g.applicable, scale);
            styles << TextTable::Style::Plain;
        }
        cells << QString::number(g.gap);
        styles << (g.gap > 0 ? TextTable::Style::Accent : TextTable::Style::Dim);
        table.addRow(cells, styles);
        previousCategory = g.categorySlug;
    }
    table.print(context);

    QTextStream &out = context.out();
    out << '\n';
    if (report->gapCount == 0)
        out << context.shown(tr("You meet every expectation of %1.").arg(target.name));
    else
        out << context.shown(tr("Below %1 on %2 of %3 skills; total gap %4.")
                                 .arg(target.name)
                                 .arg(report->gapCount)
                                 .arg(report->expectedSkillCount)
                                 .arg(report->totalGap));
    if (report->unratedCount > 0)
        out << ' ' << tr("Unrated: %1 (rate with: ladder-cli skill rate SLUG %2).").arg(report->unratedCount).arg(scale.range());
    if (sameLevel && !targetGiven)
        out << ' ' << context.shown(tr("%1 is the top level.").arg(current->name));
    out << '\n';
    out.flush();
    return 0;
}

} // namespace ladder
