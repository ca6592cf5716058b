// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

#include "CommandContext.h"

#include <QCoreApplication>

namespace ladder {

Command::Command(QString name, QString description)
    : m_name(std::move(name))
    , m_description(std::move(description))
{
}

Command::~Command() = default;

void Command::setUp(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(m_description);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(m_options);
    parser.addHelpOption();
    for (const Argument &a : m_arguments)
        parser.addPositionalArgument(a.name, a.description, a.syntax.isEmpty() ? a.name : a.syntax);
}

QString Command::helpText()
{
    QCommandLineParser parser;
    setUp(parser);
    QString text = parser.helpText();
    // QCommandLineParser names the binary; show the command too.
    text.replace(
        QStringLiteral("Usage: %1")
            .arg(QCoreApplication::applicationName().isEmpty() ? QStringLiteral("ladder-cli") : QCoreApplication::applicationName()),
        QStringLiteral("Usage: ladder-cli ") + m_name);
    return text;
}

QStringList Command::positionalDashWords(const QStringList &arguments) const
{
    // Known options (and their values) stay in front; every other word moves,
    // in order, behind "--" where the parser takes it as positional.
    QStringList options;
    QStringList words;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--")) {
            words += arguments.mid(i + 1);
            break;
        }
        const QString name = a.startsWith(QLatin1String("--")) ? a.mid(2).section(QLatin1Char('='), 0, 0) : a.mid(1);
        const QCommandLineOption *known = nullptr;
        if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            for (const QCommandLineOption &o : m_options) {
                if (o.names().contains(name))
                    known = &o;
            }
            if (name == QLatin1String("help") || name == QLatin1String("h"))
                options << a;
        }
        if (!known) {
            if (!options.contains(a))
                words << a;
            continue;
        }
        options << a;
        if (!known->valueName().isEmpty() && !a.contains(QLatin1Char('=')) && i + 1 < arguments.size())
            options << arguments.at(++i);
    }
    return options + QStringList{QStringLiteral("--")} + words;
}

QString Command::repeatedSingleOption(const QCommandLineParser &parser) const
{
    for (const QCommandLineOption &o : m_options) {
        const QStringList names = o.names();
        if (o.valueName().isEmpty() || m_repeatable.contains(names.constFirst()) || parser.values(names.constFirst()).size() < 2)
            continue;
        QStringList spelled;
        for (const QString &n : names)
            spelled << (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
        return spelled.join(QLatin1Char('/'));
    }
    return {};
}

int Command::run(CommandContext &context, const QStringList &givenArguments)
{
    QCommandLineParser parser;
    setUp(parser);
    const QStringList arguments = dashWordsArePositional() ? positionalDashWords(givenArguments) : givenArguments;
    if (!parser.parse(QStringList{QStringLiteral("ladder-cli")} + arguments))
        return context.usage(m_name + QStringLiteral(": ") + parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << helpText();
        context.out().flush();
        return 0;
    }
    if (const QString repeated = repeatedSingleOption(parser); !repeated.isEmpty())
        return context.usage(tr("%1: %2 takes one value; give it once").arg(m_name, repeated));
    const QStringList positional = parser.positionalArguments();
    qsizetype required = 0;
    bool repeats = false;
    for (const Argument &a : std::as_const(m_arguments)) {
        required += a.required ? 1 : 0;
        repeats = repeats || a.repeats;
    }
    if (positional.size() < required) {
        const Argument &missing = m_arguments.at(positional.size());
        return context.usage(tr("%1: missing %2").arg(m_name, missing.syntax.isEmpty() ? missing.name : missing.syntax));
    }
    if (!repeats && positional.size() > m_arguments.size())
        return context.usage(tr("%1: unexpected argument '%2'").arg(m_name, positional.at(m_arguments.size())));
    return execute(context, parser);
}

} // namespace ladder
