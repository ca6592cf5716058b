// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the tests of the win readers and writers share: fixtures from
// tests/fixtures/import, a reader's entries or its one-line error, and the
// bytes a writer gives for a list of wins.

#include "application/Transfer.h"
#include "application/Workspace.h"
#include "domain/Result.h"
#include "interchange/ImportedWin.h"

#include <QBuffer>
#include <QFile>

#include <gtest/gtest.h>

namespace ladder {

inline QByteArray importFixture(const QString &name)
{
    QFile file(QStringLiteral(LADDER_FIXTURES_DIR "/import/") + name);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
    return file.readAll();
}

// The entries read, or none (and a failure saying why).
inline QList<ImportedWin> entriesOf(const Result<QList<ImportedWin>> &read)
{
    EXPECT_TRUE(read.ok()) << read.error().message().toStdString();
    return read.ok() ? *read : QList<ImportedWin>();
}

// The message of a read that must fail.
inline std::string errorOf(const Result<QList<ImportedWin>> &read)
{
    EXPECT_FALSE(read.ok());
    return read.ok() ? std::string() : read.error().message().toStdString();
}

inline Win sampleWin(const QDate &date, const QString &title)
{
    Win win;
    win.date = date;
    win.title = title;
    return win;
}

// A win with every field a win file can hold: a starred win with tags (one
// also named in its body), a skill of the built-in framework, a body of
// several paragraphs and an impact.
inline Win fullSampleWin()
{
    Win win = sampleWin(QDate(2026, 3, 2), QStringLiteral("Shipped the billing migration"));
    win.body = QStringLiteral("Moved 1.2M accounts with zero downtime; @billing led it.\n\nPaired on the cut-over plan;\nthe runbook is in "
                              "the wiki.");
    win.impact = QStringLiteral("Ledger costs down 12%");
    win.tags = {QStringLiteral("billing"), QStringLiteral("launch")};
    win.skillSlugs = {QStringLiteral("testing")};
    win.starred = true;
    return win;
}

// Texts compared as std::string, which a failure prints.
inline std::string str(const QString &text)
{
    return text.toStdString();
}

template<typename Writer>
QByteArray writtenBy(const QList<Win> &wins)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Writer writer(buffer);
    for (const Win &win : wins)
        writer.add(win);
    EXPECT_TRUE(writer.finish().ok());
    return buffer.data();
}

// Imports `data` through the application layer as the CLI and the GUI do
// (plan, then commit), expecting `count` new wins, then again, expecting
// every one present and none added.
inline void importTwice(Workspace &ws, const QByteArray &data, const QString &fileName, WinFormat format, int count)
{
    for (const int added : {count, 0}) {
        Result<ImportPlan> plan = ws.transfer().planImport(data, fileName, std::nullopt, {});
        ASSERT_TRUE(plan.ok()) << plan.error().message().toStdString();
        EXPECT_EQ(plan->format, format);
        EXPECT_EQ(plan->entries.size(), count);
        EXPECT_EQ(plan->present(), count - added);
        Result<ImportSummary> summary = ws.transfer().commitImport(*plan, false);
        ASSERT_TRUE(summary.ok()) << summary.error().message().toStdString();
        EXPECT_EQ(summary->winsAdded, added);
    }
}

} // namespace ladder
