// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ladder {

class CommandContext;

// One ladder-cli command ("win add", "goal milestone done"), as KeePassXC's
// cli/Command: its own options and positional arguments, parsed by
// QCommandLineParser, and execute() doing the work.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    struct Argument
    {
        Argument(QString name_, QString description_, QString syntax_ = {}, bool required_ = true, bool repeats_ = false)
            : name(std::move(name_))
            , description(std::move(description_))
            , syntax(std::move(syntax_))
            , required(required_)
            , repeats(repeats_)
        {
        }
        QString name;
        QString description;
        QString syntax;
        bool required = true;
        bool repeats = false; // TEXT… takes all the remaining words
    };

    Command(QString name, QString description);
    virtual ~Command();

    const QString &name() const { return m_name; }
    const QString &description() const { return m_description; }

    // Parses `arguments` (what follows the command's name) and runs it; returns
    // the exit code (0 done, 1 bad input or data, 2 usage).
    int run(CommandContext &context, const QStringList &arguments);
    QString helpText();

protected:
    // Search queries exclude with "-word": such words are positional, not
    // unknown options, for commands that say so.
    virtual bool dashWordsArePositional() const { return false; }
    virtual int execute(CommandContext &context, const QCommandLineParser &parser) = 0;

    QList<QCommandLineOption> m_options;
    // The options of m_options meant to be given several times (--tag T…), by
    // their first name. Every other option that takes a value is single-valued:
    // given twice it is a usage error rather than the last one silently winning.
    QStringList m_repeatable;
    QList<Argument> m_arguments;

private:
    void setUp(QCommandLineParser &parser) const;
    QStringList positionalDashWords(const QStringList &arguments) const;
    // The first single-valued option given more than once, as "-o/--output"; empty when none.
    QString repeatedSingleOption(const QCommandLineParser &parser) const;

    QString m_name;
    QString m_description;
};

} // namespace ladder
