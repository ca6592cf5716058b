// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The catalogue of refused inputs, shared by the in-process CLI tests
// (tests/cli) and the ones that run the real binary (tests/reliability): each
// test file lists its cases; what a refusal must look like is said once here
// (DESIGN.md "command line"): exit 1 with exactly one line on stderr,
// "ladder-cli: error: <what and where>" (exit 2 for usage, whose first line is
// "ladder-cli: usage: ..."), nothing on stdout, and the database file byte for
// byte unchanged.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <utility>

// A case's arguments and the words its message must contain.
#define ARGS(...)                                                                                                                          \
    QStringList                                                                                                                            \
    {                                                                                                                                      \
        __VA_ARGS__                                                                                                                        \
    }
#define SAYS(...)                                                                                                                          \
    QStringList                                                                                                                            \
    {                                                                                                                                      \
        __VA_ARGS__                                                                                                                        \
    }

struct BadInput
{
    const char *name;
    QStringList arguments;                            // %DIR% is the case's folder
    QList<std::pair<const char *, QByteArray>> files; // made in %DIR% first (see writeBadInputFiles)
    int code;                                         // 1 refused, 2 usage
    QStringList mentions;                             // all in the first line of stderr (%DIR% too)
    QByteArray input = {};                            // standard input
};

// Names the case in test listings instead of dumping its bytes.
void PrintTo(const BadInput &bad, std::ostream *os);
std::string badInputName(const ::testing::TestParamInfo<BadInput> &info);

// Makes the case's files in `dir`: the bytes given, or "<dir>" a folder,
// "<sparse N>" a file of N bytes that takes no room.
::testing::AssertionResult writeBadInputFiles(const BadInput &bad, const QString &dir);
// The case's arguments with %DIR% replaced by `dir`.
QStringList badInputArguments(const BadInput &bad, const QString &dir);

// What one run of ladder-cli gave back.
struct BadInputRun
{
    int code = -1;
    bool crashed = false;
    QString out;
    QString err;
};

// Checks a run of `bad` against the rules above; `before` and `after` are the
// database file's bytes around the run.
void expectRefusedCleanly(const BadInput &bad, const QString &dir, const BadInputRun &run, const QByteArray &before,
                          const QByteArray &after);
