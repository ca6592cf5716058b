// SPDX-License-Identifier: GPL-3.0-or-later
// Wins as jrnl's plain-text journal file (docs/formats.md, "jrnl"): the
// exact layout jrnl writes, and every field read back by JrnlReader.

#include "interchange/JrnlReader.h"
#include "interchange/JrnlTextWriter.h"
#include "interchange/WinFormat.h"
#include "InterchangeTestSupport.h"

#include <gtest/gtest.h>

using namespace ladder;
using namespace Qt::StringLiterals;

namespace {

// A win with every field, then a bare one written down on its day.
QList<Win> twoWins()
{
    Win bare = sampleWin(QDate(2026, 3, 5), u"Fixed the flaky login test"_s);
    bare.createdAt = QDateTime(QDate(2026, 3, 5), QTime(17, 42));
    return {fullSampleWin(), bare};
}

TEST(JrnlTextWriter, WritesTheJournalAsJrnlDoes)
{
    EXPECT_EQ(str(QString::fromUtf8(writtenBy<JrnlTextWriter>(twoWins()))),
              "[2026-03-02 09:00] Shipped the billing migration *\n"
              "Moved 1.2M accounts with zero downtime; @billing led it.\n"
              "\n"
              "Paired on the cut-over plan;\n"
              "the runbook is in the wiki.\n"
              "\n"
              "@launch @testing\n"
              "\n"
              "Impact: Ledger costs down 12%\n"
              "\n"
              "[2026-03-05 17:42] Fixed the flaky login test\n");
}

TEST(JrnlTextWriter, AnEmptyJournalIsAnEmptyFile)
{
    EXPECT_TRUE(writtenBy<JrnlTextWriter>({}).isEmpty());
}

TEST(JrnlTextWriter, TagsAloneFollowTheTitleLine)
{
    Win win = sampleWin(QDate(2026, 3, 2), u"Paired with @ana"_s);
    win.tags = {u"ana"_s, u"pairing"_s};
    EXPECT_EQ(str(QString::fromUtf8(writtenBy<JrnlTextWriter>({win}))), "[2026-03-02 09:00] Paired with @ana\n@pairing\n");
}

TEST(JrnlTextWriter, JrnlReaderReadsEveryFieldBack)
{
    const QList<Win> wins = twoWins();
    const QList<ImportedWin> back = entriesOf(JrnlReader::read(writtenBy<JrnlTextWriter>(wins), u"journal.txt"_s, {}));
    ASSERT_EQ(back.size(), wins.size());
    for (qsizetype i = 0; i < wins.size(); ++i) {
        const Win &in = wins.at(i);
        const Win &out = back.at(i).win;
        SCOPED_TRACE(str(in.title));
        EXPECT_EQ(out.date, in.date);
        EXPECT_EQ(str(out.title), str(in.title));
        EXPECT_EQ(str(out.body), str(in.body));
        EXPECT_EQ(str(out.impact), str(in.impact));
        // Skills come back as tags; the import links them (WinFormatRoundTrip).
        QStringList tags = in.tags + in.skillSlugs;
        tags.sort();
        EXPECT_EQ(out.tags, tags);
        EXPECT_EQ(out.starred, in.starred);
        EXPECT_TRUE(out.uuid.isEmpty());
    }
}

TEST(JrnlTextWriter, TheFormatIsNamedButNeverDetected)
{
    EXPECT_EQ(WinFormats::parse(u"jrnl-text"_s), WinFormat::JrnlText);
    EXPECT_EQ(WinFormats::name(WinFormat::JrnlText), u"jrnl-text"_s);
    EXPECT_TRUE(WinFormats::names().contains(u"jrnl-text"_s));
    EXPECT_EQ(WinFormats::detect(writtenBy<JrnlTextWriter>(twoWins()), u"journal.txt"_s), WinFormat::Jrnl);
}

// A last paragraph of tags the rest of the entry names too is the
// person's own text, kept in the body.
TEST(JrnlTextWriter, TheReaderKeepsATagParagraphThatIsText)
{
    const QByteArray journal = "[2026-03-02 09:00] Met Ana.\nWe talked about @ana's plan.\n\n@ana @plans\n";
    const QList<ImportedWin> read = entriesOf(JrnlReader::read(journal, u"journal.txt"_s, {}));
    ASSERT_EQ(read.size(), 1);
    EXPECT_EQ(str(read.at(0).win.body), "We talked about @ana's plan.\n\n@ana @plans");
    EXPECT_EQ(read.at(0).win.tags, QStringList({u"ana"_s, u"plans"_s}));
}

} // namespace
