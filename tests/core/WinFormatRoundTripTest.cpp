// SPDX-License-Identifier: GPL-3.0-or-later
// Wins out and back in through the application layer, per format
// (docs/formats.md, "Importing and exporting wins"): an export imported into
// the database it came from adds nothing (the UUIDs the jrnl, CSV and
// Markdown files carry find every win present); imported into a new
// database it adds every win, and every field the format holds survives.

#include "application/Journal.h"
#include "application/Transfer.h"
#include "domain/WinFilter.h"
#include "interchange/WinFormat.h"
#include "InterchangeTestSupport.h"
#include "WorkspaceTest.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace ladder;
using namespace Qt::StringLiterals;

namespace {

// Wins from full to bare.
QList<Win> sampleWins()
{
    Win tagged = sampleWin(QDate(2026, 3, 5), u"Reviewed the payments API"_s);
    tagged.tags = {u"api"_s};
    tagged.body = u"Three rounds of comments."_s;
    Win bare = sampleWin(QDate(2026, 4, 1), u"Fixed the flaky login test"_s);
    return {fullSampleWin(), tagged, bare};
}

class WinFormatRoundTrip : public WorkspaceTest, public ::testing::WithParamInterface<WinFormat>
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        for (const Win &win : sampleWins()) {
            Result<Win> added = m_ws->journal().add(win);
            ASSERT_TRUE(added.ok()) << added.error().message().toStdString();
        }
        Result<QList<Win>> stored = m_ws->journal().list(WinFilter());
        ASSERT_TRUE(stored.ok());
        m_stored = *stored;
        std::sort(m_stored.begin(), m_stored.end(), [](const Win &a, const Win &b) { return a.date < b.date; });
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        ASSERT_TRUE(m_ws->transfer().exportWins(GetParam(), out).ok());
        m_exported = out.data();
    }

    // Plans and commits the export into `ws`, checking the counts.
    void import(Workspace &ws, int added, int present)
    {
        Result<ImportPlan> plan = ws.transfer().planImport(m_exported, u"wins"_s, GetParam(), {});
        ASSERT_TRUE(plan.ok()) << plan.error().message().toStdString();
        EXPECT_EQ(plan->entries.size(), m_stored.size());
        EXPECT_EQ(plan->present(), present);
        EXPECT_EQ(plan->toAdd(), added);
        Result<ImportSummary> summary = ws.transfer().commitImport(*plan, false);
        ASSERT_TRUE(summary.ok()) << summary.error().message().toStdString();
        EXPECT_EQ(summary->winsAdded, added);
        EXPECT_EQ(summary->winsPresent, present);
    }

    QList<Win> m_stored;
    QByteArray m_exported;
};

// The formats that carry a win's UUID: all but a jrnl journal file.
class WinFormatWithUuid : public WinFormatRoundTrip
{
};

TEST_P(WinFormatWithUuid, IntoTheSameDatabaseAddsNothing)
{
    import(*m_ws, 0, int(m_stored.size()));
    Result<qint64> count = m_ws->journal().count(WinFilter());
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(*count, m_stored.size());
}

TEST_P(WinFormatRoundTrip, IntoANewDatabaseEveryFieldSurvives)
{
    Result<std::unique_ptr<Workspace>> fresh = Workspace::open(m_dir.file(u"fresh.db"_s));
    ASSERT_TRUE(fresh.ok()) << fresh.error().message().toStdString();
    import(**fresh, int(m_stored.size()), 0);
    Result<QList<Win>> read = (*fresh)->journal().list(WinFilter());
    ASSERT_TRUE(read.ok());
    QList<Win> back = *read;
    std::sort(back.begin(), back.end(), [](const Win &a, const Win &b) { return a.date < b.date; });
    ASSERT_EQ(back.size(), m_stored.size());
    for (qsizetype i = 0; i < back.size(); ++i) {
        const Win &in = m_stored.at(i);
        const Win &out = back.at(i);
        SCOPED_TRACE(str(in.title));
        EXPECT_EQ(out.date, in.date);
        EXPECT_EQ(str(out.title), str(in.title));
        EXPECT_EQ(str(out.body), str(in.body));
        EXPECT_EQ(str(out.impact), str(in.impact));
        EXPECT_EQ(out.tags, in.tags);
        EXPECT_EQ(out.skillSlugs, in.skillSlugs);
        EXPECT_EQ(out.starred, in.starred);
        // A jrnl journal file has nowhere for it (docs/formats.md, "jrnl").
        if (GetParam() != WinFormat::JrnlText)
            EXPECT_EQ(str(out.uuid), str(in.uuid));
    }
    // And once there, the same export adds nothing to the new database.
    if (GetParam() != WinFormat::JrnlText)
        import(**fresh, 0, int(m_stored.size()));
}

std::string formatName(const ::testing::TestParamInfo<WinFormat> &info)
{
    QString name = WinFormats::name(info.param);
    name.remove(QLatin1Char('-'));
    return name.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Formats, WinFormatRoundTrip,
                         ::testing::Values(WinFormat::Jrnl, WinFormat::JrnlText, WinFormat::Csv, WinFormat::Markdown), formatName);
INSTANTIATE_TEST_SUITE_P(Formats, WinFormatWithUuid, ::testing::Values(WinFormat::Jrnl, WinFormat::Csv, WinFormat::Markdown), formatName);

} // namespace
