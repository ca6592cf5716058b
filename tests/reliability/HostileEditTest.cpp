// SPDX-License-Identifier: GPL-3.0-or-later
// Editor round trips against the real ladder-cli (issue 12, item 4; docs/reliability.md):
// `win edit ID` opens $EDITOR on the win, and while the person edits another
// process changes the same win. Only what the person changed is written,
// onto the win as it is by then; a field changed on both sides to different
// values is refused in one line; and whenever the write after the editor
// fails (a conflict, the win deleted meanwhile, an invalid text, no
// database) the text written is kept in a file beside the database, 0600,
// named in that line. `win add` through the editor keeps its text the same
// way.
//
// The editor is a shell script given as $EDITOR: it plays the other process
// (a second ladder-cli on the same file) and then writes the person's text.
// Standard input is a pseudo-terminal, as `win edit` without options needs.

#include "ReliabilitySupport.h"
#include "TempDir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <fcntl.h>
#include <ostream>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace reliability;

// Readable failure messages for Qt strings.
static void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

namespace {

QString shellQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

class HostileEdit : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = m_dir.file(QStringLiteral("ladder.db"));
        const CliRun added
            = runCli(m_db,
                     {QStringLiteral("win"), QStringLiteral("add"), QStringLiteral("Led the failover drill"), QStringLiteral("--tag"),
                      QStringLiteral("oncall"), QStringLiteral("--date"), QStringLiteral("2026-11-02"), QStringLiteral("--impact"),
                      QStringLiteral("Failover in 4 min"), QStringLiteral("--body"), QStringLiteral("Wrote the runbook first."),
                      QStringLiteral("--skill"), QStringLiteral("distributed-systems")});
        ASSERT_EQ(added.code, 0) << added.err.constData();
        ASSERT_EQ(added.out.trimmed(), "1");
    }

    // An $EDITOR that first runs ladder-cli ARGS… on the same database (the
    // other process; its output goes to other.out/other.err), then saves
    // `text` as what the person wrote, and exits with `status`. With a
    // snapshot, `win show 1` as the other process left it goes to meanwhile.json.
    QString editor(const QList<QStringList> &others, const QString &text, int status = 0, bool snapshot = true)
    {
        QString script = QStringLiteral("#!/bin/sh\n");
        for (const QStringList &other : others) {
            QString line = shellQuoted(cliPath()) + QStringLiteral(" --db ") + shellQuoted(m_db);
            for (const QString &argument : other)
                line += QLatin1Char(' ') + shellQuoted(argument);
            script += line + QStringLiteral(" >>") + shellQuoted(m_dir.file(QStringLiteral("other.out"))) + QStringLiteral(" 2>>")
                + shellQuoted(m_dir.file(QStringLiteral("other.err"))) + QStringLiteral(" || exit 99\n");
        }
        if (snapshot && !others.isEmpty())
            script += shellQuoted(cliPath()) + QStringLiteral(" --db ") + shellQuoted(m_db) + QStringLiteral(" --json win show 1 >")
                + shellQuoted(m_dir.file(QStringLiteral("meanwhile.json"))) + QStringLiteral(" 2>/dev/null\n");
        script += QStringLiteral("printf '%s\\n' ") + shellQuoted(text) + QStringLiteral(" >\"$1\"\n");
        script += QStringLiteral("exit %1\n").arg(status);
        const QString path = m_dir.file(QStringLiteral("editor-%1.sh").arg(++m_editors));
        EXPECT_TRUE(writeFile(path, script.toUtf8()));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        return path;
    }

    // ladder-cli --db DB ARGS… with standard input on a pseudo-terminal and
    // $EDITOR set.
    CliRun runWithEditor(const QStringList &arguments, const QString &editorPath, const QString &db = {})
    {
        CliRun run;
        const int master = posix_openpt(O_RDWR | O_NOCTTY);
        if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0) {
            ADD_FAILURE() << "no pseudo-terminal";
            return run;
        }
        const QByteArray terminal = ptsname(master);
        QProcess process;
        prepareCli(process, db.isEmpty() ? m_db : db, arguments);
        QProcessEnvironment env = process.processEnvironment();
        env.remove(QStringLiteral("VISUAL"));
        env.insert(QStringLiteral("EDITOR"), editorPath);
        process.setProcessEnvironment(env);
        process.setChildProcessModifier([terminal] {
            const int fd = ::open(terminal.constData(), O_RDWR | O_NOCTTY);
            if (fd >= 0) {
                ::dup2(fd, STDIN_FILENO);
                ::close(fd);
            }
        });
        process.start();
        if (!process.waitForFinished(120000))
            process.kill();
        process.waitForFinished(-1);
        ::close(master);
        run.crashed = process.exitStatus() != QProcess::NormalExit;
        run.code = process.exitCode();
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    // The win's fields, as text.
    QStringList row(qint64 id = 1)
    {
        const QList<QStringList> rows = queryRows(
            m_db,
            QStringLiteral("SELECT occurred_on, title, body, impact, starred, tags,"
                           " (SELECT group_concat(skill_slug, ' ') FROM (SELECT skill_slug FROM win_skill WHERE win_id = w.id ORDER BY 1)),"
                           " updated_at FROM win w WHERE id = %1")
                .arg(id));
        return rows.value(0);
    }

    QByteArray show()
    {
        return runCli(m_db, {QStringLiteral("--json"), QStringLiteral("win"), QStringLiteral("show"), QStringLiteral("1")}).out;
    }

    // The one error line must end in "; your text is in FILE": FILE, which
    // must be a file of its owner's only, beside the database.
    QString rescueFile(const CliRun &run)
    {
        const QStringList lines = run.errLines();
        EXPECT_EQ(lines.size(), 1) << run.err.constData();
        static const QRegularExpression kept(QStringLiteral("; your text is in (.+)$"));
        const QRegularExpressionMatch match = kept.match(lines.value(0));
        EXPECT_TRUE(match.hasMatch()) << run.err.constData();
        const QString path = match.captured(1);
        EXPECT_EQ(QFileInfo(path).absolutePath(), QFileInfo(m_db).absolutePath()) << path.toStdString();
        struct stat info = {};
        EXPECT_EQ(::stat(QFile::encodeName(path).constData(), &info), 0) << path.toStdString();
        EXPECT_EQ(info.st_mode & 0777, 0600u);
        return path;
    }

    static QString contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    TempDir m_dir;
    QString m_db;
    int m_editors = 0;
};

TEST_F(HostileEdit, WinEditKeepsWhatAnotherProcessChangedMeanwhileInFieldsTheEditorNeverShowed)
{
    const QString script = editor({{QStringLiteral("win"), QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--impact"),
                                    QStringLiteral("Failover in 3 min"), QStringLiteral("--star"), QStringLiteral("--tag"),
                                    QStringLiteral("drill"), QStringLiteral("--date"), QStringLiteral("2026-11-03")}},
                                  QStringLiteral("Led the regional failover drill\n\nRunbook first, then the drill."));
    const CliRun run = runWithEditor({QStringLiteral("win"), QStringLiteral("edit"), QStringLiteral("1")}, script);
    ASSERT_EQ(run.code, 0) << run.err.constData() << contents(m_dir.file(QStringLiteral("other.err"))).toStdString();
    const QStringList now = row();
    ASSERT_EQ(now.size(), 8);
    EXPECT_EQ(now.at(0), QStringLiteral("2026-11-03"));
    EXPECT_EQ(now.at(1), QStringLiteral("Led the regional failover drill"));
    EXPECT_EQ(now.at(2), QStringLiteral("Runbook first, then the drill."));
    EXPECT_EQ(now.at(3), QStringLiteral("Failover in 3 min"));
    EXPECT_EQ(now.at(4), QStringLiteral("1"));
    EXPECT_EQ(now.at(5), QStringLiteral("drill oncall"));
    EXPECT_EQ(now.at(6), QStringLiteral("distributed-systems"));
    EXPECT_TRUE(inspect(m_db).problems.isEmpty());
}

TEST_F(HostileEdit, TagsAddedInTheEditorAndMeanwhileAreBothKept)
{
    const QString script = editor({{QStringLiteral("win"), QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--tag"),
                                    QStringLiteral("drill"), QStringLiteral("--remove-skill"), QStringLiteral("distributed-systems")}},
                                  QStringLiteral("Led the failover drill @resilience\n\nWrote the runbook first."));
    const CliRun run = runWithEditor({QStringLiteral("win"), QStringLiteral("edit"), QStringLiteral("1")}, script);
    ASSERT_EQ(run.code, 0) << run.err.constData();
    const QStringList now = row();
    ASSERT_EQ(now.size(), 8);
    // The tag ending the new title is taken out of it (domain/InlineTags.h).
    EXPECT_EQ(now.at(1), QStringLiteral("Led the failover drill"));
    EXPECT_EQ(now.at(5), QStringLiteral("drill oncall resilience"));
    EXPECT_EQ(now.at(6), QString()) << "the skill unlinked meanwhile came back";
}

TEST_F(HostileEdit, AFieldChangedMeanwhileToAnotherValueIsRefusedInOneLineAndTheTextIsKept)
{
    const QString text = QStringLiteral("Led the regional failover drill\n\nRunbook first, then the drill.");
    const QString script
        = editor({{QStringLiteral("win"), QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("Ran the failover drill")}}, text);
    const CliRun run = runWithEditor({QStringLiteral("win"), QStringLiteral("edit"), QStringLiteral("1")}, script);
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.errLines().value(0).startsWith(
        QStringLiteral("ladder-cli: error: win 1 was changed elsewhere meanwhile (title); nothing was changed; your text is in ")))
        << run.err.constData();
    EXPECT_EQ(contents(rescueFile(run)), text + QLatin1Char('\n'));
    // The win is as the other process left it.
    EXPECT_EQ(show(), fileBytes(m_dir.file(QStringLiteral("meanwhile.json"))));
    EXPECT_EQ(row().value(1), QStringLiteral("Ran the failover drill"));
}

TEST_F(HostileEdit, TheBodyChangedOnBothSidesIsAConflictToo)
{
    const QString script = editor({{QStringLiteral("win"), QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--body"),
                                    QStringLiteral("Runbook by the team.")}},
                                  QStringLiteral("Led the failover drill\n\nRunbook by me."));
    const CliRun run = runWithEditor({QStringLiteral("win"), QStringLiteral("edit"), QStringLiteral("1")}, script);
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.errLines().value(0).contains(QStringLiteral("(body)"))) << run.err.constData();
    EXPECT_EQ(contents(rescueFile(run)), QStringLiteral("Led the failover drill\n\nRunbook by me.\n"));
    EXPECT_EQ(show(), fileBytes(m_dir.file(QStringLiteral("meanwhile.json"))));
}

TEST_F(HostileEdit, TheSameChangeMadeMeanwhileIsNoConflict)
{
    const QString script
        = editor({{QStringLiteral("win"), QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("Led the regional failover drill"),
                   QStringLiteral("--impact"), QStringLiteral("Failover in 3 min")}},
                 QStringLiteral("Led the regional failover drill\n\nWrote the runbook first."));
    const CliRun run = runWithEditor({QStringLiteral("win"), QStringLiteral("edit"), QStringLiteral("1")}, script);
    ASSERT_EQ(run.code, 0) << run.err.constData();
    EXPECT_EQ(row().value(1), QStringLiteral("Led the regional failover drill"));
    EXPECT_EQ(row().value(3), QStringLiteral("Failover in 3 min"));
}

TEST_F(HostileEdit, ABodyGivenBackAsShownIsNoChangeEvenWithSpacesAroundItStored)
{
    // An imported body may end in blank lines; the editor gives it back trimmed.
    queryRows(m_db, QStringLiteral("UPDATE win SET body = body || char(10, 10) WHERE id = 1"));
    ASSERT_EQ(row().value(2), QStringLiteral("Wrote the runbook first.\n\n"));
    const QString script = editor({{QStringLiteral("win"), QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--body"),
                                    QStringLiteral("Runbook by the team.")}},
                                  QStringLiteral("Led the regional failover drill\n\nWrote the runbook first."));
    const CliRun run = runWithEditor({QStringLiteral("win"), QStringLiteral("edit"), QStringLiteral("1")}, script);
    ASSERT_EQ(run.code, 0) << run.err.constData();
    EXPECT_EQ(row().value(1), QStringLiteral("Led the regional failover drill"));
    EXPECT_EQ(row().value(2), QStringLiteral("Runbook by the team."));
}

TEST_F(HostileEdit, AWinDeletedWhileInTheEditorIsAClearErrorAndTheTextIsKept)
{
    const QString text = QStringLiteral("Led the regional failover drill");
    const QString script
        = editor({{QStringLiteral("win"), QStringLiteral("rm"), QStringLiteral("1"), QStringLiteral("--yes")}}, text, 0, false);
    const CliRun run = runWithEditor({QStringLiteral("win"), QStringLiteral("edit"), QStringLiteral("1")}, script);
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.errLines().value(0).startsWith(
        QStringLiteral("ladder-cli: error: win 1 was deleted meanwhile; nothing was changed; your text is in ")))
        << run.err.constData();
    EXPECT_EQ(contents(rescueFile(run)), text + QLatin1Char('\n'));
    EXPECT_EQ(queryInt(m_db, QStringLiteral("SELECT count(*) FROM win")), 0);
}

TEST_F(HostileEdit, AnInvalidTextAfterTheEditorIsRefusedAndKept)
{
    // Only a date on the title line: no title left.
    const QStringList before = row();
    const QString text = QStringLiteral("2026-11-04:\n\nThe body I spent an hour on.");
    const CliRun run = runWithEditor({QStringLiteral("win"), QStringLiteral("edit"), QStringLiteral("1")}, editor({}, text));
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.errLines().value(0).startsWith(
        QStringLiteral("ladder-cli: error: the win has no title (only a date was given); your text is in ")))
        << run.err.constData();
    EXPECT_EQ(contents(rescueFile(run)), text + QLatin1Char('\n'));
    EXPECT_EQ(row(), before);
}

TEST_F(HostileEdit, AnEditorThatFailsAfterTheTextChangedKeepsIt)
{
    const QStringList before = row();
    const QString text = QStringLiteral("Led the failover drill\n\nHalf of what I meant to write");
    const CliRun run = runWithEditor({QStringLiteral("win"), QStringLiteral("edit"), QStringLiteral("1")}, editor({}, text, 3));
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.errLines().value(0).contains(QStringLiteral("(exit status 3); nothing was saved; your text is in ")))
        << run.err.constData();
    EXPECT_EQ(contents(rescueFile(run)), text + QLatin1Char('\n'));
    EXPECT_EQ(row(), before);
}

TEST_F(HostileEdit, TwoRescuesInTheSameSecondGoToTwoFiles)
{
    const QString first = QStringLiteral("yesterday:\n\nFirst text");
    const QString second = QStringLiteral("yesterday:\n\nSecond text");
    const CliRun one = runWithEditor({QStringLiteral("win"), QStringLiteral("edit"), QStringLiteral("1")}, editor({}, first));
    const CliRun two = runWithEditor({QStringLiteral("win"), QStringLiteral("edit"), QStringLiteral("1")}, editor({}, second));
    const QString firstFile = rescueFile(one);
    const QString secondFile = rescueFile(two);
    EXPECT_NE(firstFile, secondFile);
    EXPECT_EQ(contents(firstFile), first + QLatin1Char('\n'));
    EXPECT_EQ(contents(secondFile), second + QLatin1Char('\n'));
}

TEST_F(HostileEdit, WinAddThroughTheEditorKeepsTheTextWhenTheAddFails)
{
    const qint64 wins = queryInt(m_db, QStringLiteral("SELECT count(*) FROM win")).value_or(-1);
    // Only a date, no title.
    const QString dateOnly = QStringLiteral("yesterday:\n\nA body without a title line");
    const CliRun untitled = runWithEditor({QStringLiteral("win"), QStringLiteral("add")}, editor({}, dateOnly));
    EXPECT_EQ(untitled.code, 1);
    EXPECT_TRUE(untitled.errLines().value(0).startsWith(QStringLiteral("ladder-cli: error: the win has no title")))
        << untitled.err.constData();
    EXPECT_EQ(contents(rescueFile(untitled)), dateOnly + QLatin1Char('\n'));

    // An option that turns out wrong once the text is written.
    const QString text = QStringLiteral("Shipped the canary analysis\n\nTwo weeks of work.");
    const CliRun badGoal
        = runWithEditor({QStringLiteral("win"), QStringLiteral("add"), QStringLiteral("--goal"), QStringLiteral("42")}, editor({}, text));
    EXPECT_EQ(badGoal.code, 1);
    EXPECT_TRUE(badGoal.errLines().value(0).contains(QStringLiteral("42"))) << badGoal.err.constData();
    EXPECT_EQ(contents(rescueFile(badGoal)), text + QLatin1Char('\n'));
    EXPECT_EQ(queryInt(m_db, QStringLiteral("SELECT count(*) FROM win")), wins);
}

TEST_F(HostileEdit, WinAddThroughTheEditorOnAFileThatIsNoDatabaseKeepsTheText)
{
    const QString notADatabase = m_dir.file(QStringLiteral("notes.txt"));
    const QByteArray bytes = QByteArray("Meeting notes, not a journal.\n").repeated(40);
    ASSERT_TRUE(writeFile(notADatabase, bytes));
    const QString text = QStringLiteral("Shipped the canary analysis");
    const CliRun run = runWithEditor({QStringLiteral("win"), QStringLiteral("add")}, editor({}, text), notADatabase);
    EXPECT_EQ(run.code, 1);
    EXPECT_EQ(fileBytes(notADatabase), bytes);
    const QStringList lines = run.errLines();
    ASSERT_EQ(lines.size(), 1) << run.err.constData();
    static const QRegularExpression kept(QStringLiteral("; your text is in (.+)$"));
    const QString path = kept.match(lines.first()).captured(1);
    EXPECT_EQ(QFileInfo(path).absolutePath(), QFileInfo(notADatabase).absolutePath()) << run.err.constData();
    EXPECT_EQ(contents(path), text + QLatin1Char('\n'));
}

TEST_F(HostileEdit, WhenTheDatabaseFolderCannotTakeTheTextTheEditorsFileIsKept)
{
    // The "folder" of this database is a plain file: no database, no rescue file beside it.
    const QString plain = m_dir.file(QStringLiteral("plain"));
    ASSERT_TRUE(writeFile(plain, "not a folder\n"));
    const QString text = QStringLiteral("Shipped the canary analysis\n\nTwo weeks of work.");
    const CliRun run
        = runWithEditor({QStringLiteral("win"), QStringLiteral("add")}, editor({}, text), plain + QStringLiteral("/ladder.db"));
    EXPECT_EQ(run.code, 1);
    const QStringList lines = run.errLines();
    ASSERT_EQ(lines.size(), 1) << run.err.constData();
    static const QRegularExpression kept(QStringLiteral("; your text is in (.+)$"));
    const QString path = kept.match(lines.first()).captured(1);
    ASSERT_FALSE(path.isEmpty()) << run.err.constData();
    EXPECT_EQ(contents(path), text + QLatin1Char('\n'));
    struct stat info = {};
    EXPECT_EQ(::stat(QFile::encodeName(path).constData(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
    EXPECT_EQ(fileBytes(plain), "not a folder\n");
    // The editor's folder was left for the person; this test tidies it.
    QFile::remove(path);
    QDir().rmdir(QFileInfo(path).absolutePath());
}

TEST_F(HostileEdit, NothingIsKeptWhenTheEditWorkedOrTheTextWasEmpty)
{
    const CliRun worked = runWithEditor({QStringLiteral("win"), QStringLiteral("edit"), QStringLiteral("1")},
                                        editor({}, QStringLiteral("Led the failover drill\n\nWrote the runbook first.")));
    EXPECT_EQ(worked.code, 0) << worked.err.constData();
    const CliRun empty = runWithEditor({QStringLiteral("win"), QStringLiteral("add")}, editor({}, QString()));
    EXPECT_EQ(empty.code, 1);
    EXPECT_EQ(empty.errLines(), QStringList{QStringLiteral("ladder-cli: error: the win is empty; nothing was saved")});
    const QStringList kept = QDir(m_dir.path()).entryList({QStringLiteral("ladder-win-*")}, QDir::Files);
    EXPECT_TRUE(kept.isEmpty()) << kept.join(QLatin1Char(' ')).toStdString();
}

} // namespace
