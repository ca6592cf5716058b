// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrameworkShowCommand.h"

#include "application/Frameworks.h"
#include "application/Workspace.h"
#include "CommandContext.h"
#include "engine/LevelLookup.h"
#include "engine/SkillOrder.h"
#include "FrameworkLookup.h"
#include "io/FrameworkFormat.h"
#include "report/ReportText.h"
#include "TextTable.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ladder {

namespace {

QString categoryName(const Framework &fw, const QString &slug)
{
    const Category *category = fw.category(slug);
    return category ? category->name : slug;
}

void printSkill(CommandContext &context, const Framework &fw, const Skill &skill)
{
    if (context.json) {
        QJsonObject expectations;
        for (const Level &level : LevelLookup::byRank(fw)) {
            const Expectation *e = skill.expectationFor(level.slug);
            const int proficiency = LevelLookup::expected(skill, level.slug, fw.scale);
            // null where the skill does not apply at the level
            const bool applies = skill.appliesAt(level.slug);
            expectations.insert(
                level.slug,
                QJsonObject{{QStringLiteral("proficiency"), applies ? QJsonValue(proficiency) : QJsonValue()},
                            {QStringLiteral("proficiency_word"), applies ? QJsonValue(fw.scale.word(proficiency)) : QJsonValue()},
                            {QStringLiteral("behaviours"), QJsonArray::fromStringList(e ? e->behaviours : QStringList())}});
        }
        context.printJson(QJsonObject{{QStringLiteral("framework"), fw.slug},
                                      {QStringLiteral("category"), skill.categorySlug},
                                      {QStringLiteral("slug"), skill.slug},
                                      {QStringLiteral("name"), skill.name},
                                      {QStringLiteral("description"), skill.description},
                                      {QStringLiteral("expectations"), expectations}});
        return;
    }
    QTextStream &out = context.out();
    out << context.bold(skill.name) << context.dim(QStringLiteral(" (%1) \u00b7 %2").arg(skill.slug, categoryName(fw, skill.categorySlug)))
        << '\n';
    if (!skill.description.isEmpty())
        out << context.shownLines(skill.description) << '\n';
    for (const Level &level : LevelLookup::byRank(fw)) {
        const Expectation *e = skill.expectationFor(level.slug);
        out << '\n'
            << context.bold(level.name) << ": "
            << ReportText::expected(LevelLookup::expected(skill, level.slug, fw.scale), skill.appliesAt(level.slug), fw.scale) << '\n';
        if (e) {
            for (const QString &behaviour : e->behaviours)
                out << QStringLiteral("  - ") << context.shown(behaviour) << '\n';
        }
    }
    out.flush();
}

} // namespace

FrameworkShowCommand::FrameworkShowCommand()
    : DatabaseCommand(QStringLiteral("framework show"),
                      FrameworkShowCommand::tr("Show a framework: levels, skills and what each level expects."))
{
    m_options = {{QStringLiteral("skill"), tr("Show one skill with the example behaviours of each level."), QStringLiteral("SLUG")}};
    m_arguments = {{QStringLiteral("SLUG"), tr("The framework (default: the active one)."), QStringLiteral("[SLUG]"), false}};
}

int FrameworkShowCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser)
{
    Result<QList<Framework>> frameworks = workspace.frameworks().list();
    if (!frameworks)
        return context.fail(frameworks.error());
    const QStringList positional = parser.positionalArguments();
    Result<Framework> fw = positional.isEmpty() ? workspace.frameworks().active() : findFramework(*frameworks, positional.first());
    if (!fw)
        return context.fail(fw.error());

    if (parser.isSet(QStringLiteral("skill"))) {
        QStringList slugs;
        for (const Skill &s : fw->skills)
            slugs << s.slug;
        Result<QString> slug = findSkill(slugs, parser.value(QStringLiteral("skill")));
        if (!slug)
            return context.fail(slug.error().at(QStringLiteral("--skill")));
        printSkill(context, *fw, *fw->skill(*slug));
        return 0;
    }
    if (context.json) {
        // The framework file's own format, so that the output imports as it is.
        QJsonObject o = FrameworkFormat::toJson(*fw, true);
        o.insert(QStringLiteral("active"), fw->active);
        context.printJson(o);
        return 0;
    }

    QTextStream &out = context.out();
    out << context.bold(fw->name) << context.dim(QStringLiteral(" (%1)").arg(fw->slug));
    if (fw->active)
        out << context.dim(tr(" \u00b7 active"));
    out << '\n';
    if (!fw->description.isEmpty())
        out << context.shownLines(fw->description) << '\n';
    QStringList levels;
    for (const Level &level : LevelLookup::byRank(*fw))
        levels << QStringLiteral("%1 (%2)").arg(level.name, level.slug);
    out << tr("Levels, lowest first: ") << context.shown(levels.join(QStringLiteral(" \u2192 "))) << '\n';
    // The built-in scale goes without saying; a framework's own is spelt out.
    if (!fw->scale.isBuiltIn())
        out << tr("Scale: ") << context.shown(fw->scale.describe()) << '\n';
    out << '\n';
    out.flush();

    QStringList headers{tr("CATEGORY"), tr("SKILL")};
    for (const Level &level : LevelLookup::byRank(*fw))
        headers << level.name.toUpper();
    TextTable table(headers);
    QString previousCategory;
    for (const Skill *skill : SkillOrder::skills(*fw)) {
        QStringList cells{skill->categorySlug == previousCategory ? QString() : categoryName(*fw, skill->categorySlug), skill->slug};
        for (const Level &level : LevelLookup::byRank(*fw))
            cells << ReportText::expected(LevelLookup::expected(*skill, level.slug, fw->scale), skill->appliesAt(level.slug), fw->scale);
        table.addRow(cells);
        previousCategory = skill->categorySlug;
    }
    table.print(context);
    return 0;
}

} // namespace ladder
