// SPDX-License-Identifier: GPL-3.0-or-later
#include "SkillRateCommand.h"

#include "application/Frameworks.h"
#include "application/Ratings.h"
#include "application/Workspace.h"
#include "CommandContext.h"
#include "DateOptions.h"
#include "domain/ProficiencyScale.h"
#include "io/GoalJson.h"
#include "report/ReportText.h"

#include <QFileInfo>

namespace ladder {

SkillRateCommand::SkillRateCommand()
    : DatabaseCommand(QStringLiteral("skill rate"),
                      SkillRateCommand::tr("Rate yourself on a skill on its framework's scale; earlier ratings are kept as history."))
{
    m_options = {{QStringLiteral("note"), tr("Why this rating (shown in the history)."), QStringLiteral("TEXT")},
                 {QStringLiteral("date"), tr("The day the rating is for (default today; not in the future)."), QStringLiteral("D")}};
    m_arguments = {{QStringLiteral("SLUG"), tr("The skill (see skill list).")},
                   {QStringLiteral("RATING"),
                    tr("A step of the framework's scale, the number or the word; the built-in scale is "
                       "0 none, 1 learning, 2 practising, 3 fluent, 4 leading."),
                    QStringLiteral("RATING")}};
}

int SkillRateCommand::checkInput(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    // The rating is read on the skill's framework's scale once the database is
    // open; a database yet to be made will hold the built-in framework, so a
    // typo is refused here against its scale and must not create one.
    if (!QFileInfo::exists(context.databasePath())) {
        Result<int> rating = ProficiencyScale().parse(positional.at(1));
        if (!rating)
            return context.fail(rating.error());
    }
    Result<QDate> date = readPastDateOption(parser, QStringLiteral("date"), context.today);
    if (!date)
        return context.fail(date.error());
    m_date = *date;
    return 0;
}

int SkillRateCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    // The skill's own framework reads the rating on its scale (the store
    // checks the same); an unknown skill is the error "did you mean" gives.
    Result<Framework> framework = workspace.frameworks().owning(positional.at(0));
    if (!framework)
        return context.fail(framework.error());
    const QString &slug = positional.at(0);
    const ProficiencyScale &scale = framework->scale;
    Result<int> rating = scale.parse(positional.at(1));
    if (!rating)
        return context.fail(rating.error());
    Result<QList<Assessment>> history = workspace.ratings().history(slug);
    if (!history)
        return context.fail(history.error());

    Assessment assessment;
    assessment.skillSlug = slug;
    assessment.rating = *rating;
    assessment.date = m_date;
    assessment.note = parser.value(QStringLiteral("note")).trimmed();
    Result<Assessment> stored = workspace.ratings().rate(assessment);
    if (!stored)
        return context.fail(stored.error());

    if (context.json) {
        context.printJson(assessmentToJson(*stored, scale));
        return 0;
    }
    // The rating it follows: the latest dated on or before the new one.
    const Assessment *before = nullptr;
    for (const Assessment &a : std::as_const(*history)) {
        if (a.date <= assessment.date)
            before = &a;
    }
    QString message = tr("Rated %1 %2 on %3").arg(slug, ReportText::proficiency(*rating, scale), m_date.toString(Qt::ISODate));
    if (before)
        message += tr(" (before: %1 on %2)").arg(ReportText::proficiency(before->rating, scale), before->date.toString(Qt::ISODate));
    context.err() << message << '.' << '\n';
    context.err().flush();
    return 0;
}

} // namespace ladder
