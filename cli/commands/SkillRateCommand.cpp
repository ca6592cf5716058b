// SPDX-License-Identifier: GPL-3.0-or-later
#include "SkillRateCommand.h"

#include "application/Frameworks.h"
#include "application/Ratings.h"
#include "application/Workspace.h"
#include "CommandContext.h"
#include "DateOptions.h"
#include "domain/Proficiency.h"
#include "FrameworkLookup.h"
#include "io/GoalJson.h"

#include <QRegularExpression>

namespace ladder {

namespace {

// "0 none, 1 learning, 2 practising, 3 fluent, 4 leading"
QString scale()
{
    QStringList labels;
    for (int p = Proficiency::Min; p <= Proficiency::Max; ++p)
        labels << Proficiency::label(p);
    return labels.join(QStringLiteral(", "));
}

// A number 0-4 or its word ("fluent"), as the scale shows them.
Result<int> parseRating(const QString &text)
{
    bool isNumber = false;
    const int number = text.trimmed().toInt(&isNumber);
    if (isNumber) {
        if (!Proficiency::isValid(number))
            return Error(SkillRateCommand::tr("rating %1 is outside 0-4 (%2)").arg(number).arg(scale()));
        return number;
    }
    for (int p = Proficiency::Min; p <= Proficiency::Max; ++p) {
        if (text.trimmed().compare(Proficiency::word(p), Qt::CaseInsensitive) == 0)
            return p;
    }
    // Digits too many for a number are still a number outside the scale.
    static const QRegularExpression digits(QStringLiteral("^[+-]?[0-9]+$"));
    if (digits.match(text.trimmed()).hasMatch())
        return Error(SkillRateCommand::tr("rating %1 is outside 0-4 (%2)").arg(text.trimmed(), scale()));
    return Error(SkillRateCommand::tr("rating '%1' is not a number 0-4 (%2)").arg(text, scale()));
}

} // namespace

SkillRateCommand::SkillRateCommand()
    : DatabaseCommand(QStringLiteral("skill rate"),
                      SkillRateCommand::tr("Rate yourself on a skill, 0-4; earlier ratings are kept as history."))
{
    m_options = {{QStringLiteral("note"), tr("Why this rating (shown in the history)."), QStringLiteral("TEXT")},
                 {QStringLiteral("date"), tr("The day the rating is for (default today; not in the future)."), QStringLiteral("D")}};
    m_arguments = {{QStringLiteral("SLUG"), tr("The skill (see skill list).")},
                   {QStringLiteral("RATING"), tr("0 none, 1 learning, 2 practising, 3 fluent, 4 leading (the number or the word)."),
                    QStringLiteral("0-4")}};
}

int SkillRateCommand::checkInput(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    // Checked before the database is opened: a typo must not create one.
    Result<int> rating = parseRating(positional.at(1));
    if (!rating)
        return context.fail(rating.error());
    Result<QDate> date = readPastDateOption(parser, QStringLiteral("date"), context.today);
    if (!date)
        return context.fail(date.error());
    m_rating = *rating;
    m_date = *date;
    return 0;
}

int SkillRateCommand::executeWithWorkspace(CommandContext &context, Workspace &workspace, const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    Result<QStringList> known = workspace.frameworks().skillSlugs();
    if (!known)
        return context.fail(known.error());
    Result<QString> slug = findSkill(*known, positional.at(0));
    if (!slug)
        return context.fail(slug.error());
    Result<QList<Assessment>> history = workspace.ratings().history(*slug);
    if (!history)
        return context.fail(history.error());

    Assessment assessment;
    assessment.skillSlug = *slug;
    assessment.rating = m_rating;
    assessment.date = m_date;
    assessment.note = parser.value(QStringLiteral("note")).trimmed();
    Result<Assessment> stored = workspace.ratings().rate(assessment);
    if (!stored)
        return context.fail(stored.error());

    if (context.json) {
        context.printJson(assessmentToJson(*stored));
        return 0;
    }
    // The rating it follows: the latest dated on or before the new one.
    const Assessment *before = nullptr;
    for (const Assessment &a : std::as_const(*history)) {
        if (a.date <= assessment.date)
            before = &a;
    }
    QString message = tr("Rated %1 %2 on %3").arg(*slug, Proficiency::label(m_rating), m_date.toString(Qt::ISODate));
    if (before)
        message += tr(" (before: %1 on %2)").arg(Proficiency::label(before->rating), before->date.toString(Qt::ISODate));
    context.err() << message << '.' << '\n';
    context.err().flush();
    return 0;
}

} // namespace ladder
