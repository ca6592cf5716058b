// SPDX-License-Identifier: GPL-3.0-or-later
// ladder-cli import FILE with other journals' files (docs/formats.md,
// "Importing and exporting wins"), in process: the format recognised from
// the content or named, --dry-run listing what would come in and changing
// nothing, a second import adding nothing, --map for other headers, and bad
// options or files refused in one line with nothing changed (and, for a
// usage error, no database made).
#include "CliRunner.h"
#include "TempDir.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class ImportCommand : public ::testing::Test
{
protected:
    QString write(const QString &name, const QByteArray &contents)
    {
        const QString path = m_dir.file(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(contents);
        return path;
    }

    QJsonArray wins()
    {
        const CliResult r = m_cli.run({u"--json"_s, u"win"_s, u"list"_s});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    TempDir m_dir;
    CliRunner m_cli{m_dir.file(u"ladder.db"_s)};
};

// A brag document named .txt: recognised by its content, not its name.
const QByteArray Brag = "# Brag document\n\n## March 2026\n\n"
                        "- 2026-03-04 Shipped the billing migration @system-design #billing \xE2\x98\x85\n"
                        "  - Zero downtime; three services moved.\n"
                        "- 2026-03-11 Ran the on-call retro #oncall\n";

TEST_F(ImportCommand, DryRunListsWhatWouldComeInAndChangesNothing)
{
    const QString path = write(u"brag.txt"_s, Brag);
    const CliResult r = m_cli.run({u"import"_s, path, u"--dry-run"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, u"2026-03-04  * Shipped the billing migration\n2026-03-11  Ran the on-call retro\n"_s);
    EXPECT_EQ(r.err, u"Would add 2 wins (already present: 0).\n"_s);
    EXPECT_TRUE(wins().isEmpty());
}

TEST_F(ImportCommand, TheSameFileTwiceAddsNothingTheSecondTime)
{
    const QString path = write(u"brag.txt"_s, Brag);
    const CliResult first = m_cli.run({u"import"_s, path});
    ASSERT_EQ(first.code, 0) << first.err.toStdString();
    EXPECT_EQ(first.err, u"Added 2 wins (already present: 0).\n"_s);
    const QJsonArray stored = wins();
    ASSERT_EQ(stored.size(), 2);
    const QJsonObject shipped = stored.at(1).toObject();
    EXPECT_EQ(shipped.value(u"title"_s).toString(), u"Shipped the billing migration"_s);
    EXPECT_EQ(shipped.value(u"body"_s).toString(), u"- Zero downtime; three services moved."_s); // its Markdown kept
    EXPECT_EQ(shipped.value(u"skills"_s).toArray(), QJsonArray{u"system-design"_s});
    EXPECT_EQ(shipped.value(u"tags"_s).toArray(), QJsonArray{u"billing"_s});
    EXPECT_TRUE(shipped.value(u"starred"_s).toBool());
    EXPECT_TRUE(shipped.value(u"source"_s).toString().startsWith(u"markdown:"_s));

    const CliResult again = m_cli.run({u"import"_s, path});
    ASSERT_EQ(again.code, 0) << again.err.toStdString();
    EXPECT_EQ(again.err, u"Added 0 wins (already present: 2).\n"_s);
    EXPECT_EQ(wins(), stored);
}

TEST_F(ImportCommand, MapReadsColumnsNamedOtherwise)
{
    const QString path = write(u"sheet.csv"_s, "When;What;Notes\n2026-05-02;Led the failover drill;\"Two regions,\nfour minutes\"\n");
    const CliResult refused = m_cli.run({u"import"_s, path});
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(refused.err.contains(u"sheet.csv"_s)) << refused.err.toStdString();
    EXPECT_EQ(refused.err.count(u'\n'), 1) << refused.err.toStdString();

    const CliResult r
        = m_cli.run({u"import"_s, path, u"--map"_s, u"date=When"_s, u"--map"_s, u"title=What"_s, u"--map"_s, u"body=Notes"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray stored = wins();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.at(0).toObject().value(u"date"_s).toString(), u"2026-05-02"_s);
    EXPECT_EQ(stored.at(0).toObject().value(u"body"_s).toString(), u"Two regions,\nfour minutes"_s);
}

TEST_F(ImportCommand, AProblemAnywhereImportsNothingAndNamesTheLine)
{
    const QString path = write(u"sheet.csv"_s, "date,title\n2026-01-02,Fine row\n2026-02-30,Not a day\n");
    const CliResult r = m_cli.run({u"import"_s, path});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.startsWith(u"ladder-cli: error: sheet.csv:3:"_s)) << r.err.toStdString();
    EXPECT_EQ(r.err.count(u'\n'), 1) << r.err.toStdString();
    EXPECT_TRUE(wins().isEmpty());
}

TEST_F(ImportCommand, BadOptionsAreUsageErrorsThatMakeNoDatabase)
{
    const QString path = write(u"brag.md"_s, Brag);
    const QList<QStringList> cases = {
        {u"import"_s, path, u"--format"_s, u"xlsx"_s}, {u"import"_s, path, u"--map"_s, u"colour=Colour"_s},
        {u"import"_s, path, u"--map"_s, u"title="_s},  {u"import"_s, path, u"--map"_s, u"title=A"_s, u"--map"_s, u"title=B"_s},
        {u"import"_s, path, u"--tagsymbols"_s, u""_s},
    };
    for (const QStringList &arguments : cases) {
        const CliResult r = m_cli.run(arguments);
        EXPECT_EQ(r.code, 2) << arguments.join(u' ').toStdString() << ": " << r.err.toStdString();
        EXPECT_EQ(r.err.count(u'\n'), 1) << r.err.toStdString();
        EXPECT_FALSE(QFileInfo::exists(m_cli.dbPath())) << arguments.join(u' ').toStdString();
    }
}

TEST_F(ImportCommand, AFileNothingFitsAsksForTheFormat)
{
    const QString path = write(u"notes.txt"_s, "just some words\nand more words\n");
    const CliResult r = m_cli.run({u"import"_s, path});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(u"notes.txt: not a file Ladder can import; say which it is with --format"_s)) << r.err.toStdString();
    EXPECT_TRUE(wins().isEmpty());
}

} // namespace

namespace {

// One rule for text, whichever door it comes in by: a control character in a
// title is refused by `win add` and by every import alike, never stored.
TEST_F(ImportCommand, AControlCharacterIsRefusedByEveryDoor)
{
    const CliResult added = m_cli.run({u"win"_s, u"add"_s, u"x\x1b]0;pwn\ay"_s});
    EXPECT_EQ(added.code, 1);
    EXPECT_TRUE(added.err.contains(u"U+001B"_s)) << added.err.toStdString();
    const QString journal = write(u"esc.txt"_s, "[2026-01-01 09:00] esc \x1b]0;pwn\x07 title\nbody\n");
    const CliResult imported = m_cli.run({u"import"_s, journal});
    EXPECT_EQ(imported.code, 1);
    EXPECT_TRUE(imported.err.contains(u"esc.txt:1"_s)) << imported.err.toStdString();
    EXPECT_EQ(imported.err.count(u'\n'), 1) << imported.err.toStdString();
    const QString sheet = write(u"esc.csv"_s, "date,title,body\n2026-01-01,fine,\"a\x1b[31m red\"\n");
    const CliResult csv = m_cli.run({u"import"_s, sheet});
    EXPECT_EQ(csv.code, 1);
    EXPECT_TRUE(csv.err.contains(u"esc.csv:2"_s)) << csv.err.toStdString();
    EXPECT_TRUE(wins().isEmpty());
}

} // namespace
