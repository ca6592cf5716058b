// SPDX-License-Identifier: GPL-3.0-or-later
// What reaches a terminal (issue 12): control characters from the data or the
// arguments are shown as visible signs, never sent; an error is one line
// whatever it quotes, and a file's several problems still get a line each.

#include "CliRunner.h"
#include "CommandContext.h"
#include "TempDir.h"
#include "TerminalText.h"

#include <QFile>

#include <gtest/gtest.h>

#include <sqlite3.h>

using ladder::TerminalText;

namespace {

#define S(x) QStringLiteral(x)

// The control characters left in `text`, as "U+001B " etc.: empty when none.
QString controls(const QString &text, bool newlinesAllowed)
{
    QString found;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && !(newlinesAllowed && u == u'\n')) || u == 0x7f || (u >= 0x80 && u <= 0x9f))
            found += S("U+%1 ").arg(int(u), 4, 16, QLatin1Char('0'));
    }
    return found;
}

TEST(TerminalText, ShowsEveryControlCharacterAsAVisibleSign)
{
    EXPECT_EQ(TerminalText::line(S("a\x1b]0;x\x07"
                                   "b")),
              S("a\u241b]0;x\u2407b"));
    EXPECT_EQ(TerminalText::line(S("one\ntwo\r\tz\x7f")), S("one\u240atwo\u240d\u2409z\u2421"));
    EXPECT_EQ(TerminalText::line(S("c1 \u009b31m \u0085 \u2028")), S("c1 \ufffd31m \ufffd \ufffd"));
    EXPECT_EQ(TerminalText::line(QString(QChar(u'\0'))), S("\u2400"));
    // Printable text, accents and emoji included, is left as it is.
    const QString fine = S("Café — naïve 日本 \U0001F680 tab-free");
    EXPECT_EQ(TerminalText::line(fine), fine);
    // Idempotent: the signs are printable.
    EXPECT_EQ(TerminalText::line(TerminalText::line(S("a\x1b"
                                                      "b"))),
              S("a\u241bb"));
}

TEST(TerminalText, ABodyKeepsItsLinesButNothingElse)
{
    EXPECT_EQ(TerminalText::lines(S("one\r\ntwo\n\tthree\rfour\x1b[2J")), S("one\ntwo\n\tthree\u240dfour\u241b[2J"));
    EXPECT_EQ(TerminalText::keepingStyles(S("\x1b[1mbold\x1b[0m \x1b[2J \x1b]0;t\x07 \x1b[")),
              S("\x1b[1mbold\x1b[0m \u241b[2J \u241b]0;t\u2407 \u241b["));
}

class TerminalOutput : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Ladder refuses such text in a win now (PrintableText), but a
        // database written by an earlier version may hold it: written here
        // behind Ladder's back, as that version would have.
        ASSERT_EQ(m_cli.run({S("win"), S("add"), S("plain"), S("--tag"), S("plain-tag")}).code, 0);
        sqlite3 *db = nullptr;
        ASSERT_EQ(sqlite3_open(m_dir.file(S("ladder.db")).toUtf8().constData(), &db), SQLITE_OK);
        const QString body = S("line one\n\x1b[1Aline\rtwo\a");
        const QString tag = S("t\x1b[31mred");
        const QString sql = S("UPDATE win SET title = '%1', impact = 'i\x1b[8m', body = '%2', tags = '%3' WHERE id = 1;"
                              "UPDATE tag SET name = '%3' WHERE name = 'plain-tag';")
                                .arg(m_evil, body, tag);
        EXPECT_EQ(sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
        sqlite3_close(db);
        ASSERT_EQ(m_cli.run({S("goal"), S("add"), m_evil, S("--note"), S("n\x1b]8;;http://x\x07"), S("--milestone"), S("m\x1b[2K\r")}).code,
                  0);
        ASSERT_EQ(m_cli.run({S("skill"), S("rate"), S("testing"), S("3"), S("--note"), S("why\x1b[5m\r")}).code, 0);
    }

    TempDir m_dir;
    CliRunner m_cli{m_dir.file(S("ladder.db"))};
    const QString m_evil = S("Evil \x1b]0;pwned\x07title\x1b[2J\r fake\x7f \u009b31m end");
};

TEST_F(TerminalOutput, EveryPrinterShowsDataWithoutControlCharacters)
{
    const QList<QStringList> commands = {{S("win"), S("list")},    {S("win"), S("show"), S("1")},
                                         {S("goal"), S("list")},   {S("goal"), S("show"), S("1")},
                                         {S("search"), S("Evil")}, {S("skill"), S("history"), S("testing")},
                                         {S("skill"), S("list")},  {S("framework"), S("show")},
                                         {S("readiness")},         {S("gap")},
                                         {S("roadmap")},           {S("level"), S("list")}};
    for (const QStringList &command : commands) {
        SCOPED_TRACE(command.join(QLatin1Char(' ')).toStdString());
        const CliResult r = m_cli.runOnTerminal(command);
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        EXPECT_EQ(controls(r.out, true), QString()) << r.out.toStdString();
        EXPECT_EQ(controls(r.err, true), QString()) << r.err.toStdString();
    }
    const CliResult show = m_cli.runOnTerminal({S("win"), S("show"), S("1")});
    EXPECT_TRUE(show.out.contains(S("line one\n"))) << show.out.toStdString();
    EXPECT_TRUE(show.out.contains(S("Evil \u241b]0;pwned\u2407title"))) << show.out.toStdString();
}

TEST_F(TerminalOutput, ScriptsAndJsonGetTheDataAsStored)
{
    EXPECT_TRUE(m_cli.run({S("win"), S("show"), S("1")}).out.contains(m_evil));
    const CliResult json = m_cli.runOnTerminal({S("win"), S("show"), S("1"), S("--json")});
    EXPECT_TRUE(json.out.contains(S("\\u001b]0;pwned\\u0007title"))) << json.out.toStdString();
}

TEST_F(TerminalOutput, TheConfirmationQuestionIsClean)
{
    const CliResult r = m_cli.runOnTerminal({S("goal"), S("rm"), S("1")}, S("n\n"));
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(controls(r.err, true), QString()) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(S("[y/N]")));
}

TEST(OneLineErrors, UserTextCannotAddLines)
{
    TempDir dir;
    CliRunner cli(dir.file(S("ladder.db")));
    const QString nasty = S("a\nladder-cli: error: fake\r\x1b[2Jb");
    const QList<QStringList> cases = {{S("win"), S("show"), nasty},
                                      {S("win"), S("add"), S("x"), S("--date"), nasty},
                                      {S("goal"), S("add"), S("g"), S("--due"), nasty},
                                      {S("win"), S("list"), S("--period"), nasty},
                                      {S("framework"), S("show"), nasty},
                                      {nasty},
                                      {S("win"), S("list"), S("--") + nasty}};
    for (const QStringList &args : cases) {
        SCOPED_TRACE(args.join(QLatin1Char(' ')).toStdString());
        const CliResult r = cli.run(args);
        EXPECT_NE(r.code, 0);
        EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << r.err.toStdString();
        EXPECT_EQ(controls(r.err.trimmed(), false), QString()) << r.err.toStdString();
    }
}

TEST(OneLineErrors, SeveralProblemsOfAFileKeepALineEach)
{
    TempDir dir;
    CliRunner cli(dir.file(S("ladder.db")));
    // Two problems, one of them quoting a name with a newline in it.
    const QByteArray file = R"({"format": "ladder-framework", "version": 1, "slug": "bad slug", "name": "x\ny",
        "levels": [], "categories": []})";
    const QString path = dir.file(S("bad.json"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(file);
    f.close();
    const CliResult r = cli.run({S("framework"), S("import"), path});
    EXPECT_EQ(r.code, 1);
    const QStringList lines = r.err.trimmed().split(QLatin1Char('\n'));
    EXPECT_GE(lines.size(), 2) << r.err.toStdString();
    for (const QString &line : lines)
        EXPECT_TRUE(line.startsWith(S("ladder-cli: error: "))) << r.err.toStdString();
}

// Colour (ANSI styling) only on a terminal, and never with NO_COLOR set or
// TERM=dumb: every other case gets plain text.
class Color : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(m_cli.run({S("skill"), S("rate"), S("testing"), S("3")}).code, 0);
        m_noColor = qgetenv("NO_COLOR");
        m_hadNoColor = qEnvironmentVariableIsSet("NO_COLOR");
        m_term = qgetenv("TERM");
        m_hadTerm = qEnvironmentVariableIsSet("TERM");
        qunsetenv("NO_COLOR");
        qputenv("TERM", "xterm-256color");
    }
    void TearDown() override
    {
        m_hadNoColor ? qputenv("NO_COLOR", m_noColor) : qunsetenv("NO_COLOR");
        m_hadTerm ? qputenv("TERM", m_term) : qunsetenv("TERM");
    }

    TempDir m_dir;
    CliRunner m_cli{m_dir.file(S("ladder.db"))};
    QByteArray m_noColor;
    QByteArray m_term;
    bool m_hadNoColor = false;
    bool m_hadTerm = false;
};

TEST_F(Color, OnlyOnATerminalWithoutNoColorOrADumbTerminal)
{
    EXPECT_TRUE(ladder::CommandContext::colorWanted(true));
    EXPECT_FALSE(ladder::CommandContext::colorWanted(false));
    qputenv("NO_COLOR", "1");
    EXPECT_FALSE(ladder::CommandContext::colorWanted(true));
    qputenv("NO_COLOR", "");
    EXPECT_TRUE(ladder::CommandContext::colorWanted(true)) << "no-color.org: an empty NO_COLOR is not set";
    qunsetenv("NO_COLOR");
    qputenv("TERM", "dumb");
    EXPECT_FALSE(ladder::CommandContext::colorWanted(true));
}

TEST_F(Color, NoColorAndNoColorOptionGivePlainTextOnATerminal)
{
    const QList<QStringList> commands = {{S("skill"), S("list")}, {S("level"), S("list")}, {S("gap")}, {S("roadmap")}};
    for (const QStringList &command : commands) {
        SCOPED_TRACE(command.join(QLatin1Char(' ')).toStdString());
        qunsetenv("NO_COLOR");
        const CliResult styled = m_cli.runOnColorTerminal(command);
        EXPECT_EQ(styled.code, 0) << styled.err.toStdString();
        EXPECT_TRUE(styled.out.contains(QChar(0x1b))) << "a colour terminal gets styling";
        EXPECT_FALSE(m_cli.runOnColorTerminal(QStringList{S("--no-color")} + command).out.contains(QChar(0x1b)));
        qputenv("NO_COLOR", "1");
        const CliResult plain = m_cli.runOnColorTerminal(command);
        EXPECT_EQ(plain.out.count(QChar(0x1b)), 0) << plain.out.toStdString();
        EXPECT_EQ(controls(plain.out, true), QString());
    }
}

} // namespace
