// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the reliability suites: running the real ladder-cli binary
// (crash, concurrency and fault tests need a process that can be killed, that
// has its own file-size limit, that competes for the file's lock), and reading
// a database back without trusting the process that wrote it.

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

struct BadInput;

namespace reliability {

// The ladder-cli built with this test (LADDER_CLI_EXE).
QString cliPath();

struct CliRun
{
    int code = -1;
    bool crashed = false; // killed by a signal (or could not start)
    QByteArray out;
    QByteArray err;
    QStringList errLines() const;
};

struct CliOptions
{
    QByteArray input;                    // written to stdin, then closed
    std::function<void()> childModifier; // runs in the child before exec
    int timeoutMs = 120000;
};

// Runs `ladder-cli --db DB ARGS…` to the end, in a clean environment
// (NO_COLOR, C.UTF-8, no $LADDER_DB); without --db when DB is empty (the
// arguments give their own: a second --db is a usage error).
CliRun runCli(const QString &db, const QStringList &arguments, const CliOptions &options = {});

// A QProcess set up as runCli() does, not yet started.
void prepareCli(QProcess &process, const QString &db, const QStringList &arguments);

// What is in a database, read through the product's own storage layer.
struct DbReport
{
    bool opened = false;
    QString openError;
    QStringList problems; // integrity_check, foreign_key_check, FTS integrity: empty when healthy
    qint64 wins = 0;
    int userVersion = -1;
};
DbReport inspect(const QString &db);

// Runs SQL that returns one integer (count(*), a pragma) on `db`; nullopt on failure.
std::optional<qint64> queryInt(const QString &db, const QString &sql);
// Runs SQL and returns its rows as text (NULL as an empty string); empty on failure.
QList<QStringList> queryRows(const QString &db, const QString &sql);
// Runs SQL that returns rows of (integer, text).
QList<std::pair<qint64, QString>> queryPairs(const QString &db, const QString &sql);

// A ladder export holding `count` new wins titled "<prefix> <n>", each with a
// fresh UUID, two tags and a skill: one import that must land whole or not at all.
QByteArray importFile(int count, const QString &prefix);

// Writes bytes to a file (replacing it); false on failure.
bool writeFile(const QString &path, const QByteArray &bytes);

// Copies to `path` a database made once per test run by the real binary with
// a little of everything (a win with a tag and a skill, a goal with a skill
// and two milestones, a rating), for the catalogues of refused inputs.
bool copySeededDatabase(const QString &path);

// The names in a folder, hidden ones included (a temporary file left behind
// is what the tests look for), sorted.
QStringList listing(const QString &dir);

// A child process modifier: the child's files may not grow beyond `bytes`,
// as if the disk were full (RLIMIT_FSIZE, which needs no mount). SIGXFSZ is
// ignored, so that write() fails with EFBIG instead of killing the child.
std::function<void()> fileSizeLimit(unsigned long long bytes);

// Runs a case of the bad-input catalogue (BadInput.h) on its own copy of the
// seeded database (copySeededDatabase), and checks that it was refused
// cleanly. A case that gives its own --db runs without the copy's.
void expectRefused(const BadInput &bad);

// An environment variable read as a positive count, else the default.
int envCount(const char *name, int fallback);

} // namespace reliability
