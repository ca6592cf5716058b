// SPDX-License-Identifier: GPL-3.0-or-later
// ladder-seed: makes databases for examples, screenshots and benchmarks.
//   ladder-seed --db FILE --example [--today D]      a year of one engineer's wins, ratings and goals
//   ladder-seed --db FILE --wins N [--seed S]         N realistic wins spread over the last years, with
//                                                     ratings and goals (see Seeder::bulk)
// Test tooling only: not part of any production target.

#include "application/Workspace.h"
#include "Seeder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

using namespace ladder;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "ladder-seed: error: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Makes example and benchmark databases for Ladder."));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("The database to create (must not exist)."), QStringLiteral("FILE"));
    const QCommandLineOption example(QStringLiteral("example"), QStringLiteral("A year of one engineer's wins, ratings and goals."));
    const QCommandLineOption wins(QStringLiteral("wins"), QStringLiteral("N realistic wins with ratings and goals (benchmarks)."),
                                  QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption today(QStringLiteral("today"), QStringLiteral("The date the data ends on (YYYY-MM-DD)."), QStringLiteral("D"));
    parser.addOptions({db, example, wins, seed, today});
    parser.process(app);

    const QString path = parser.value(db);
    if (path.isEmpty() || (!parser.isSet(example) && !parser.isSet(wins)))
        return fail(QStringLiteral("give --db FILE and --example or --wins N"));
    if (parser.isSet(example) && parser.isSet(wins))
        return fail(QStringLiteral("give --example or --wins N, not both"));
    if (QFileInfo::exists(path))
        return fail(QStringLiteral("%1 exists; ladder-seed only makes new databases").arg(path));
    const QDate end = parser.isSet(today) ? QDate::fromString(parser.value(today), Qt::ISODate) : QDate::currentDate();
    if (!end.isValid())
        return fail(QStringLiteral("--today %1: not a date").arg(parser.value(today)));
    bool countOk = false;
    const qint64 count = parser.value(wins).toLongLong(&countOk);
    if (parser.isSet(wins) && (!countOk || count < 0))
        return fail(QStringLiteral("--wins %1: not a count").arg(parser.value(wins)));

    Result<std::unique_ptr<Workspace>> ws = Workspace::open(path);
    if (!ws)
        return fail(ws.error().message());
    const Result<QString> made
        = parser.isSet(example) ? Seeder::example(**ws, end) : Seeder::bulk(**ws, count, parser.value(seed).toUInt(), end);
    if (!made)
        return fail(made.error().message());
    std::printf("%s\n", qPrintable(*made));
    return 0;
}
