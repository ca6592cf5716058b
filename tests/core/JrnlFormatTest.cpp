// SPDX-License-Identifier: GPL-3.0-or-later
// jrnl's two forms in and its JSON out (docs/formats.md, "jrnl"): the
// fixtures are a jrnl JSON export and the same journal as jrnl writes its
// text file (a custom time format), checked field by field; malformed files
// fail whole with their place; wins survive JrnlWriter -> JrnlReader; and an
// import through the application layer adds nothing the second time.

#include "application/Journal.h"
#include "application/Transfer.h"
#include "domain/WinFilter.h"
#include "interchange/JrnlReader.h"
#include "interchange/JrnlTimeFormat.h"
#include "interchange/JrnlWriter.h"
#include "interchange/WinFormat.h"
#include "interchange/WinReaders.h"
#include "WorkspaceTest.h"

#include <QBuffer>
#include <QFile>

#include <gtest/gtest.h>

using namespace ladder;
using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(LADDER_FIXTURES_DIR "/import/") + QString::fromUtf8(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

ReadOptions customTime()
{
    ReadOptions options;
    options.timeFormat = u"%d.%m.%Y %I:%M %p"_s;
    return options;
}

QList<ImportedWin> readOk(const QByteArray &data, const QString &fileName, const ReadOptions &options = {})
{
    Result<QList<ImportedWin>> read = JrnlReader::read(data, fileName, options);
    EXPECT_TRUE(read.ok()) << read.error().message().toStdString();
    return read.ok() ? *read : QList<ImportedWin>();
}

std::string errorOf(const QByteArray &data, const QString &fileName, const ReadOptions &options = {})
{
    Result<QList<ImportedWin>> read = JrnlReader::read(data, fileName, options);
    return read.ok() ? std::string("(read ") + std::to_string(read->size()) + " entries)" : read.error().message().toStdString();
}

std::string str(const QString &text)
{
    return text.toStdString();
}

// The fields an entry of the fixture journal holds, in both of jrnl's forms.
struct Expected
{
    QDate date;
    QString title;
    QString body;
    QString impact;
    QStringList tags;
    bool starred;
};

QList<Expected> fixtureJournal()
{
    return {
        {QDate(2026, 3, 2),
         u"Shipped the billing migration."_s,
         u"Moved 1.2M accounts to the new ledger with zero downtime. @billing @Launch\n\n"
         "Paired with @mentoring on the cut-over plan;\nthe runbook is in the wiki.\n\n"
         "[1] see the postmortem for the one retry we needed"_s,
         {},
         {u"billing"_s, u"launch"_s, u"mentoring"_s},
         true},
        {QDate(2026, 3, 4), u"Reviewed the API design doc"_s, {}, {}, {}, false},
        {QDate(2026, 3, 5),
         u"Fixed the flaky checkout test @testing"_s,
         u"Root cause: a race in the fake clock.\n\nAdded a deterministic scheduler."_s,
         u"CI red builds down from 12% to 1%"_s,
         {u"testing"_s},
         false},
        {QDate(2026, 3, 6),
         u"Wrote the on-call guide for the Café team"_s,
         u"Covers paging, hand-over and the escalation ladder. @docs @Code-Quality"_s,
         {},
         {u"code-quality"_s, u"docs"_s},
         true},
        {QDate(2026, 3, 7),
         u"Late-night incident: restored the search cluster!"_s,
         u"Led the incident and wrote the timeline. @incident @on-call\n\n  - paged at 23:40\n  - green at 00:55"_s,
         {},
         {u"incident"_s, u"on-call"_s},
         false},
    };
}

void expectJournal(const QList<ImportedWin> &read)
{
    const QList<Expected> expected = fixtureJournal();
    ASSERT_EQ(read.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        SCOPED_TRACE(i);
        const Win &win = read.at(i).win;
        EXPECT_EQ(win.date, expected.at(i).date);
        EXPECT_EQ(str(win.title), str(expected.at(i).title));
        EXPECT_EQ(str(win.body), str(expected.at(i).body));
        EXPECT_EQ(str(win.impact), str(expected.at(i).impact));
        EXPECT_EQ(win.tags, expected.at(i).tags);
        EXPECT_EQ(win.starred, expected.at(i).starred);
        EXPECT_TRUE(win.skillSlugs.isEmpty());
        EXPECT_TRUE(win.source.startsWith(u"jrnl:"_s)) << str(win.source);
    }
}

QStringList sources(const QList<ImportedWin> &entries)
{
    QStringList out;
    for (const ImportedWin &entry : entries)
        out << entry.win.source;
    return out;
}

QStringList locations(const QList<ImportedWin> &entries)
{
    QStringList out;
    for (const ImportedWin &entry : entries)
        out << entry.location;
    return out;
}

// --- reading a jrnl JSON export --------------------------------------------

TEST(JrnlReader, ReadsEveryFieldOfAJsonExport)
{
    const QList<ImportedWin> read = readOk(fixture("jrnl-export.json"), u"jrnl-export.json"_s);
    expectJournal(read);
    EXPECT_EQ(locations(read),
              (QStringList{u"jrnl-export.json: entries[0]"_s, u"jrnl-export.json: entries[1]"_s, u"jrnl-export.json: entries[2]"_s,
                           u"jrnl-export.json: entries[3]"_s, u"jrnl-export.json: entries[4]"_s}));
    // The entry that carries a uuid (one from Day One) is known by it.
    EXPECT_EQ(str(read.at(3).win.source), "jrnl:6A0E2F1B4C3D4E5F8A9B0C1D2E3F4A5B");
    // Day One's ids are no UUIDs of Ladder's: the win gets a new one.
    EXPECT_TRUE(read.at(3).win.uuid.isEmpty());
    EXPECT_EQ(WinFormats::detect(fixture("jrnl-export.json"), u"jrnl-export.json"_s), WinFormat::Jrnl);
}

TEST(JrnlReader, AUuidLadderWroteNamesTheWin)
{
    const QList<ImportedWin> read
        = readOk(R"({"entries": [{"title": "a", "date": "2026-03-04", "uuid": "1B2C3D4E-0000-4000-8000-00000000ABCD"}]})", u"wins.json"_s);
    ASSERT_EQ(read.size(), 1);
    EXPECT_EQ(str(read.at(0).win.uuid), "1b2c3d4e-0000-4000-8000-00000000abcd");
    EXPECT_EQ(str(read.at(0).win.source), "jrnl:1B2C3D4E-0000-4000-8000-00000000ABCD");
}

TEST(JrnlReader, IgnoresKeysLaterJrnlVersionsAdd)
{
    const QByteArray json = R"({"tags": {"@a": 1}, "version": "v9", "entries": [
        {"title": "T", "body": "B", "date": "2026-03-04", "time": "09:15", "tags": ["@a"], "starred": false,
         "location": {"lat": 1.5}, "mood": 3, "creator": {"host_name": "h", "future": [1]}}]})";
    const QList<ImportedWin> read = readOk(json, u"j.json"_s);
    ASSERT_EQ(read.size(), 1);
    EXPECT_EQ(str(read.at(0).win.title), "T");
    EXPECT_EQ(read.at(0).win.tags, QStringList{u"a"_s});
}

TEST(JrnlReader, AJsonExportAfterAByteOrderMarkAndBlankLines)
{
    const QByteArray json = "\xEF\xBB\xBF\n  \n{\"entries\": [{\"title\": \"T\", \"date\": \"2026-03-04\"}]}";
    const QList<ImportedWin> read = readOk(json, u"j.json"_s);
    ASSERT_EQ(read.size(), 1);
    EXPECT_EQ(read.at(0).win.date, QDate(2026, 3, 4));
    EXPECT_EQ(read.at(0).location, u"j.json: entries[0]"_s);
    EXPECT_EQ(errorOf("\xEF\xBB\xBF\n{\"entries\": [{\"title\": \"T\", \"date\": \"2026-3-4\"}]}", u"j.json"_s),
              "j.json: entries[0].date: must be a date YYYY-MM-DD, not '2026-3-4'");
}

TEST(JrnlReader, TagsLoseTheirSymbolWhateverItIs)
{
    ReadOptions options;
    options.tagSymbols = u"@#"_s;
    const QByteArray json = R"({"entries": [{"title": "T", "body": "", "date": "2026-03-04", "time": "09:15",
        "tags": ["@Work", "#perf", "+plus", "@work"], "starred": false}]})";
    const QList<ImportedWin> read = readOk(json, u"j.json"_s, options);
    ASSERT_EQ(read.size(), 1);
    EXPECT_EQ(read.at(0).win.tags, (QStringList{u"perf"_s, u"plus"_s, u"work"_s}));
}

// --- reading a jrnl journal file -------------------------------------------

TEST(JrnlReader, ReadsEveryFieldOfAJournalFileInItsTimeFormat)
{
    const QList<ImportedWin> read = readOk(fixture("jrnl-journal.txt"), u"journal.txt"_s, customTime());
    expectJournal(read);
    EXPECT_EQ(locations(read),
              (QStringList{u"journal.txt:1"_s, u"journal.txt:9"_s, u"journal.txt:11"_s, u"journal.txt:18"_s, u"journal.txt:21"_s}));
    EXPECT_EQ(WinFormats::detect(fixture("jrnl-journal.txt"), u"journal.txt"_s), WinFormat::Jrnl);
}

TEST(JrnlReader, BothFormsOfOneJournalGiveTheSameSourceIds)
{
    // An entry without a uuid is known by its date, time, title and body in
    // either form: importing the journal file after its JSON export (or the
    // other way round) adds only the entry whose uuid the text cannot hold.
    const QStringList json = sources(readOk(fixture("jrnl-export.json"), u"a.json"_s));
    const QStringList text = sources(readOk(fixture("jrnl-journal.txt"), u"b.txt"_s, customTime()));
    ASSERT_EQ(json.size(), 5);
    ASSERT_EQ(text.size(), 5);
    for (int i : {0, 1, 2, 4})
        EXPECT_EQ(str(json.at(i)), str(text.at(i))) << i;
    EXPECT_NE(json.at(3), text.at(3));
}

TEST(JrnlReader, DefaultTimeFormatAndWindowsLineEnds)
{
    const QByteArray text = "\xEF\xBB\xBF\r\n[2026-03-04 09:15] First\r\nbody line\r\n\r\n[2026-03-05 17:00] Second *\r\n";
    const QList<ImportedWin> read = readOk(text, u"j.txt"_s);
    ASSERT_EQ(read.size(), 2);
    EXPECT_EQ(str(read.at(0).win.title), "First");
    EXPECT_EQ(str(read.at(0).win.body), "body line");
    EXPECT_EQ(read.at(0).location, u"j.txt:2"_s);
    EXPECT_EQ(read.at(1).win.date, QDate(2026, 3, 5));
    EXPECT_EQ(str(read.at(1).win.title), "Second");
    EXPECT_TRUE(read.at(1).win.starred);
}

TEST(JrnlReader, TheTitleEndsAtTheFirstSentenceEnd)
{
    const QByteArray text = "[2026-03-04 09:15] Fixed it. Then the rest, too\nnext line\n"
                            "[2026-03-05 09:15] Why? Because (it said so!) of v1.2\n"
                            "[2026-03-06 09:15] Shipped v1.2 to prod\n"
                            "[2026-03-07 09:15] Done!\n";
    const QList<ImportedWin> read = readOk(text, u"j.txt"_s);
    ASSERT_EQ(read.size(), 4);
    EXPECT_EQ(str(read.at(0).win.title), "Fixed it.");
    EXPECT_EQ(str(read.at(0).win.body), "Then the rest, too\nnext line");
    EXPECT_EQ(str(read.at(1).win.title), "Why?");
    EXPECT_EQ(str(read.at(1).win.body), "Because (it said so!) of v1.2");
    EXPECT_EQ(str(read.at(2).win.title), "Shipped v1.2 to prod");
    EXPECT_EQ(str(read.at(2).win.body), "");
    EXPECT_EQ(str(read.at(3).win.title), "Done!");
}

TEST(JrnlReader, StarsAndTagsAsJrnlReadsThem)
{
    ReadOptions options;
    options.tagSymbols = u"@#"_s;
    const QByteArray text = "[2026-03-04 09:15] Big day *\n"
                            "Mail me@example.com about #Perf, @team-a and @c++/qt.\n"
                            "[2026-03-05 09:15] Not starred * here\n"
                            "@Solo\n";
    const QList<ImportedWin> read = readOk(text, u"j.txt"_s, options);
    ASSERT_EQ(read.size(), 2);
    EXPECT_TRUE(read.at(0).win.starred);
    EXPECT_EQ(str(read.at(0).win.title), "Big day");
    EXPECT_EQ(read.at(0).win.tags, (QStringList{u"c++/qt"_s, u"perf"_s, u"team-a"_s}));
    EXPECT_FALSE(read.at(1).win.starred);
    EXPECT_EQ(str(read.at(1).win.title), "Not starred * here");
    EXPECT_EQ(read.at(1).win.tags, QStringList{u"solo"_s});
}

TEST(JrnlReader, ALineInBracketsThatIsNoDateStaysInTheBody)
{
    const QByteArray text = "[2026-03-04 09:15] Notes\n[1] a footnote\n[x] done\n";
    const QList<ImportedWin> read = readOk(text, u"j.txt"_s);
    ASSERT_EQ(read.size(), 1);
    EXPECT_EQ(str(read.at(0).win.body), "[1] a footnote\n[x] done");
}

TEST(JrnlReader, AnEmptyJournalHasNoEntries)
{
    EXPECT_TRUE(readOk("", u"j.txt"_s).isEmpty());
    EXPECT_TRUE(readOk("\n  \n", u"j.txt"_s).isEmpty());
    EXPECT_TRUE(readOk(R"({"tags": {}, "entries": []})", u"j.json"_s).isEmpty());
}

// --- source ids ------------------------------------------------------------

TEST(JrnlReader, SourceIdsAreStableAndTellIdenticalEntriesApart)
{
    const QByteArray text = "[2026-03-04 09:15] Same\nbody\n\n[2026-03-04 09:15] Same\nbody\n\n[2026-03-04 09:16] Same\nbody\n";
    const QStringList first = sources(readOk(text, u"j.txt"_s));
    EXPECT_EQ(first, sources(readOk(text, u"j.txt"_s)));
    ASSERT_EQ(first.size(), 3);
    EXPECT_EQ(QSet<QString>(first.cbegin(), first.cend()).size(), 3);
    EXPECT_EQ(first.at(1), first.at(0) + u"#2"_s);

    const QByteArray json = R"({"entries": [
        {"title": "Same", "body": "b", "date": "2026-03-04", "time": "09:15", "tags": [], "starred": false},
        {"title": "Same", "body": "b", "date": "2026-03-04", "time": "09:15", "tags": [], "starred": false}]})";
    const QStringList twice = sources(readOk(json, u"j.json"_s));
    EXPECT_EQ(twice, sources(readOk(json, u"j.json"_s)));
    ASSERT_EQ(twice.size(), 2);
    EXPECT_NE(twice.at(0), twice.at(1));
    EXPECT_EQ(sources(readOk(fixture("jrnl-export.json"), u"a.json"_s)), sources(readOk(fixture("jrnl-export.json"), u"a.json"_s)));
}

// --- malformed files fail whole ----------------------------------------------

TEST(JrnlReader, MalformedFixturesFailWholeWithTheirPlace)
{
    EXPECT_EQ(errorOf(fixture("jrnl-malformed.json"), u"jrnl-malformed.json"_s),
              "jrnl-malformed.json: entries[2].date: must be a date YYYY-MM-DD, not '2026-02-30'");
    EXPECT_EQ(errorOf(fixture("jrnl-malformed.txt"), u"jrnl-malformed.txt"_s),
              "jrnl-malformed.txt:6: '2026-13-02 10:00' is not a date in the time format %Y-%m-%d %H:%M: month 13 is not from 1 to 12");
}

TEST(JrnlReader, MalformedJsonNamesItsPath)
{
    const auto entry
        = [](const char *fields) { return QByteArray(R"({"entries": [{"title": "ok", "date": "2026-03-04"}, {)") + fields + "}]}"; };
    const QString f = u"journal.json"_s;
    EXPECT_EQ(errorOf("{\n  \"entries\": [\n    {\"title\": }\n  ]\n}", f).rfind("journal.json:3:", 0), 0u)
        << errorOf("{\n  \"entries\": [\n    {\"title\": }\n  ]\n}", f);
    // A JSON list is no jrnl export: read as a journal file, it has no entry line.
    EXPECT_EQ(errorOf("[1]", f),
              "journal.json:1: text before the first entry; a jrnl entry starts with \"[DATE] Title\", the date in the journal's time "
              "format %Y-%m-%d %H:%M");
    EXPECT_EQ(errorOf(R"({"tags": {}})", f), "journal.json: entries: missing (a jrnl export lists its entries there)");
    EXPECT_EQ(errorOf(R"({"entries": {}})", f), "journal.json: entries: must be a list, not an object");
    EXPECT_EQ(errorOf(R"({"tags": [], "entries": []})", f), "journal.json: tags: must be an object of counts, not a list");
    EXPECT_EQ(errorOf(R"({"tags": {"@a": "1"}, "entries": []})", f), "journal.json: tags.@a: must be a count, not '1'");
    EXPECT_EQ(errorOf(R"({"entries": [3]})", f), "journal.json: entries[0]: must be an object, not 3");
    EXPECT_EQ(errorOf(entry(R"("date": "2026-03-04")"), f), "journal.json: entries[1].title: missing");
    EXPECT_EQ(errorOf(entry(R"("title": 7, "date": "2026-03-04")"), f), "journal.json: entries[1].title: must be a text, not 7");
    EXPECT_EQ(errorOf(entry(R"("title": "t", "body": ["b"], "date": "2026-03-04")"), f),
              "journal.json: entries[1].body: must be a text, not a list");
    EXPECT_EQ(errorOf(entry(R"("title": "t", "date": 20260304)"), f), "journal.json: entries[1].date: must be a text, not 20260304");
    EXPECT_EQ(errorOf(entry(R"("title": "t", "date": "04.03.2026")"), f),
              "journal.json: entries[1].date: must be a date YYYY-MM-DD, not '04.03.2026'");
    EXPECT_EQ(errorOf(entry(R"("title": "t", "date": "2026-03-04", "time": "9:15")"), f),
              "journal.json: entries[1].time: must be a time HH:MM, not '9:15'");
    EXPECT_EQ(errorOf(entry(R"("title": "t", "date": "2026-03-04", "time": "24:00")"), f),
              "journal.json: entries[1].time: must be a time HH:MM, not '24:00'");
    EXPECT_EQ(errorOf(entry(R"("title": "t", "date": "2026-03-04", "tags": "@a")"), f),
              "journal.json: entries[1].tags: must be a list of texts, not '@a'");
    EXPECT_EQ(errorOf(entry(R"("title": "t", "date": "2026-03-04", "starred": "yes")"), f),
              "journal.json: entries[1].starred: must be true or false, not 'yes'");
    EXPECT_EQ(errorOf(entry(R"("title": "t", "date": "2026-03-04", "uuid": 5)"), f),
              "journal.json: entries[1].uuid: must be a text, not 5");
    EXPECT_EQ(errorOf(entry(R"("title": "t", "date": "2026-03-04", "creator": "me")"), f),
              "journal.json: entries[1].creator: must be an object, not 'me'");
    EXPECT_EQ(
        errorOf(R"({"entries": [{"title": "a", "date": "2026-03-04", "uuid": "U1"}, {"title": "b", "date": "2026-03-04", "uuid": "U1"}]})",
                f),
        "journal.json: entries[1].uuid: the same as entries[0].uuid");
    EXPECT_EQ(errorOf(entry(R"("title": "t", "title": "u", "date": "2026-03-04")"), f),
              "journal.json: entries[1].title: duplicate key (a key appears once in an object)");
}

TEST(JrnlReader, MalformedJournalFileNamesItsLine)
{
    const QString f = u"journal.txt"_s;
    EXPECT_EQ(
        errorOf("\nnotes before\n[2026-03-04 09:15] T\n", f),
        "journal.txt:2: text before the first entry; a jrnl entry starts with \"[DATE] Title\", the date in the journal's time format "
        "%Y-%m-%d %H:%M");
    // A journal in another time format than the one given: its first line.
    EXPECT_EQ(
        errorOf(fixture("jrnl-journal.txt"), f),
        "journal.txt:1: text before the first entry; a jrnl entry starts with \"[DATE] Title\", the date in the journal's time format "
        "%Y-%m-%d %H:%M");
    EXPECT_EQ(errorOf("[2026-03-04 09:15] T\n[2026-02-29 09:15] U\n", f),
              "journal.txt:2: '2026-02-29 09:15' is not a date in the time format %Y-%m-%d %H:%M: 2026-02 has no day 29");
    EXPECT_EQ(errorOf("[2026-03-04 09:15] T\n\n[2026-03-04 25:15] U\n", f),
              "journal.txt:3: '2026-03-04 25:15' is not a date in the time format %Y-%m-%d %H:%M: hour 25 is not from 0 to 23");
    EXPECT_EQ(errorOf("[2026-03-04 09:15] T\nok\n\xC3\x28 bad\n", f), "journal.txt:3: not UTF-8 text");
    ReadOptions badFormat;
    badFormat.timeFormat = u"%Y-%m-%d %Q"_s;
    EXPECT_EQ(errorOf("[2026-03-04 x] T\n", f, badFormat),
              "time format '%Y-%m-%d %Q': %Q is not read by Ladder (it reads %Y %y %m %d %j %H %I %p %M %S %b %B %a %A and %%)");
    EXPECT_EQ(errorOf("[02.03.2026 13:15 PM] T\n", f, customTime()),
              "journal.txt:1: '02.03.2026 13:15 PM' is not a date in the time format %d.%m.%Y %I:%M %p: hour 13 is not from 1 to 12");
}

// --- the time format -------------------------------------------------------

JrnlTimeFormat::Reading readTime(const QString &format, const QString &text)
{
    Result<JrnlTimeFormat> compiled = JrnlTimeFormat::compile(format);
    EXPECT_TRUE(compiled.ok()) << compiled.error().message().toStdString();
    return compiled ? compiled->read(text) : JrnlTimeFormat::Reading();
}

TEST(JrnlTimeFormat, ReadsWhatStrptimeReads)
{
    using Kind = JrnlTimeFormat::Reading::Kind;
    struct Case
    {
        QString format;
        QString text;
        QDate date;
        QTime time;
    };
    const QList<Case> cases = {
        {u""_s, u"2026-03-04 09:15"_s, QDate(2026, 3, 4), QTime(9, 15)},
        {u"%Y-%m-%d %H:%M:%S"_s, u"2026-3-4  9:05:07"_s, QDate(2026, 3, 4), QTime(9, 5, 7)},
        {u"%d.%m.%y %I:%M %p"_s, u"04.03.26 12:10 am"_s, QDate(2026, 3, 4), QTime(0, 10)},
        {u"%d.%m.%y %I:%M %p"_s, u"04.03.69 12:10 PM"_s, QDate(1969, 3, 4), QTime(12, 10)},
        {u"%a, %d %b %Y %H:%M"_s, u"Wed, 04 Mar 2026 18:00"_s, QDate(2026, 3, 4), QTime(18, 0)},
        {u"%A %B %d, %Y at %I%p"_s, u"wednesday MARCH 4, 2026 at 6PM"_s, QDate(2026, 3, 4), QTime(18, 0)},
        {u"%Y/%j %H%M"_s, u"2026/063 0915"_s, QDate(2026, 3, 4), QTime(9, 15)},
        {u"%Y%m%d 100%% %H:%M"_s, u"20260304 100% 09:15"_s, QDate(2026, 3, 4), QTime(9, 15)},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(str(c.format + u" / "_s + c.text));
        const JrnlTimeFormat::Reading r = readTime(c.format, c.text);
        EXPECT_EQ(r.kind, Kind::Date) << str(r.problem);
        EXPECT_EQ(r.date, c.date);
        EXPECT_EQ(r.time, c.time);
    }
    EXPECT_EQ(readTime(u""_s, u"1"_s).kind, Kind::NotADate);
    EXPECT_EQ(readTime(u""_s, u"2026-03-04"_s).kind, Kind::NotADate);
    EXPECT_EQ(readTime(u""_s, u"2026-03-04 09:15 extra"_s).kind, Kind::NotADate);
    EXPECT_EQ(str(readTime(u"%d %b %Y"_s, u"04 Mrz 2026"_s).problem), "'Mrz' is not the name of a month");
    EXPECT_EQ(str(readTime(u"%a %d.%m.%Y"_s, u"Xyz 04.03.2026"_s).problem), "'Xyz' is not the name of a weekday");
    EXPECT_EQ(str(readTime(u"%Y/%j"_s, u"2026/366"_s).problem), "2026 has no day 366");
    EXPECT_EQ(str(readTime(u""_s, u"2026-03-04 09:75"_s).problem), "minute 75 is not from 0 to 59");
    EXPECT_EQ(str(readTime(u"%d.%m.%Y %I %p"_s, u"04.03.2026 9 XM"_s).problem), "'XM' is neither AM nor PM");
}

TEST(JrnlTimeFormat, RefusesFormatsWithoutADateOrWithUnknownDirectives)
{
    EXPECT_EQ(str(JrnlTimeFormat::compile(u"%H:%M"_s).error().message()),
              "time format '%H:%M' does not give a date: it needs a year (%Y or %y) and a day (%m or %b with %d, or %j)");
    EXPECT_EQ(str(JrnlTimeFormat::compile(u"%Y-%m-%d %"_s).error().message()), "time format '%Y-%m-%d %' ends in a lone %");
    EXPECT_EQ(str(JrnlTimeFormat::compile(u"%Y-%m-%d %d"_s).error().message()), "time format '%Y-%m-%d %d' gives %d twice");
    EXPECT_FALSE(JrnlTimeFormat::compile(u"%c"_s).ok());
}

// --- writing jrnl JSON -------------------------------------------------------

QByteArray written(const QList<Win> &wins)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    std::unique_ptr<WinExportWriter> writer = WinExportWriter::create(WinFormat::Jrnl, buffer);
    EXPECT_TRUE(writer);
    if (!writer)
        return {};
    for (const Win &win : wins)
        writer->add(win);
    Result<void> finished = writer->finish();
    EXPECT_TRUE(finished.ok()) << finished.error().message().toStdString();
    return out;
}

Win sampleWin()
{
    Win win;
    win.uuid = u"0b6c4f7e-1a2b-4c3d-8e9f-0a1b2c3d4e5f"_s;
    win.date = QDate(2026, 3, 4);
    win.title = u"Led the \"Q1\" launch"_s;
    win.body = u"Two paragraphs.\n\nThe second, with é."_s;
    win.impact = u"Revenue +4%"_s;
    win.tags = {u"launch"_s, u"testing"_s};
    win.skillSlugs = {u"code-quality"_s, u"testing"_s};
    win.starred = true;
    return win;
}

TEST(JrnlWriter, WritesJrnlsLayoutWithTheTagCountsLast)
{
    Win plain;
    plain.date = QDate(2026, 3, 5);
    plain.title = u"Plain"_s;
    EXPECT_EQ(QString::fromUtf8(written({sampleWin(), plain})).toStdString(), R"({
  "entries": [
    {
      "title": "Led the \"Q1\" launch",
      "body": "Two paragraphs.\n\nThe second, with é.\n\nImpact: Revenue +4%",
      "date": "2026-03-04",
      "time": "09:00",
      "tags": [
        "@code-quality",
        "@launch",
        "@testing"
      ],
      "starred": true,
      "uuid": "0b6c4f7e-1a2b-4c3d-8e9f-0a1b2c3d4e5f"
    },
    {
      "title": "Plain",
      "body": "",
      "date": "2026-03-05",
      "time": "09:00",
      "tags": [],
      "starred": false
    }
  ],
  "tags": {
    "@code-quality": 1,
    "@launch": 1,
    "@testing": 1
  }
}
)");
    EXPECT_EQ(written({}), QByteArray("{\n  \"entries\": [],\n  \"tags\": {}\n}\n"));
}

TEST(JrnlWriter, TheTimeIsWhenTheWinWasWrittenDownOnItsDay)
{
    Win win = sampleWin();
    win.createdAt = QDateTime(win.date, QTime(17, 42)).toUTC();
    EXPECT_EQ(str(JrnlWriter::timeOf(win)), "17:42");
    win.createdAt = QDateTime(win.date.addDays(3), QTime(17, 42)).toUTC();
    EXPECT_EQ(str(JrnlWriter::timeOf(win)), "09:00");
}

TEST(JrnlWriter, ReportsAFailedWrite)
{
    // A disk that is full from the first byte.
    class Full : public QIODevice
    {
    protected:
        qint64 readData(char *, qint64) override { return -1; }
        qint64 writeData(const char *, qint64) override { return -1; }
    } full;
    full.open(QIODevice::WriteOnly);
    JrnlWriter writer(full);
    writer.add(sampleWin());
    EXPECT_FALSE(writer.finish().ok());
}

TEST(JrnlWriter, RoundTripKeepsEveryFieldTheFormatHolds)
{
    QList<Win> wins;
    wins << sampleWin();
    Win noBody = sampleWin();
    noBody.uuid = u"1b6c4f7e-1a2b-4c3d-8e9f-0a1b2c3d4e5f"_s;
    noBody.body.clear();
    noBody.starred = false;
    noBody.skillSlugs.clear();
    wins << noBody;
    Win noImpact = sampleWin();
    noImpact.uuid.clear();
    noImpact.impact.clear();
    noImpact.body = u"Ends in a newline\n"_s;
    noImpact.tags.clear();
    wins << noImpact;

    const QList<ImportedWin> read = readOk(written(wins), u"out.json"_s);
    ASSERT_EQ(read.size(), wins.size());
    for (qsizetype i = 0; i < wins.size(); ++i) {
        SCOPED_TRACE(i);
        const Win &in = wins.at(i);
        const Win &out = read.at(i).win;
        EXPECT_EQ(out.date, in.date);
        EXPECT_EQ(str(out.title), str(in.title));
        EXPECT_EQ(str(out.body), str(in.body));
        EXPECT_EQ(str(out.impact), str(in.impact));
        EXPECT_EQ(out.starred, in.starred);
        // Skills come back as tags; the application layer links them again.
        QStringList tags = in.tags + in.skillSlugs;
        tags.sort();
        tags.removeDuplicates();
        EXPECT_EQ(out.tags, tags);
    }
    EXPECT_EQ(str(read.at(0).win.source), "jrnl:0b6c4f7e-1a2b-4c3d-8e9f-0a1b2c3d4e5f");
    EXPECT_TRUE(read.at(2).win.source.startsWith(u"jrnl:"_s));
}

// --- through the application layer -----------------------------------------

class JrnlImport : public WorkspaceTest
{
};

TEST_F(JrnlImport, ImportingTheSameFileTwiceAddsNothingTheSecondTime)
{
    const QString path = m_dir.file(u"jrnl-export.json"_s);
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_EQ(file.write(fixture("jrnl-export.json")), fixture("jrnl-export.json").size());
    }
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();

    Result<ImportPlan> plan = m_ws->transfer().planImport(data, path, std::nullopt, {});
    ASSERT_TRUE(plan.ok()) << plan.error().message().toStdString();
    EXPECT_EQ(plan->format, WinFormat::Jrnl);
    EXPECT_EQ(plan->entries.size(), 5);
    EXPECT_EQ(plan->present(), 0);
    Result<ImportSummary> first = m_ws->transfer().commitImport(*plan, false);
    ASSERT_TRUE(first.ok()) << first.error().message().toStdString();
    EXPECT_EQ(first->winsAdded, 5);

    Result<ImportPlan> again = m_ws->transfer().planImport(data, path, WinFormat::Jrnl, {});
    ASSERT_TRUE(again.ok()) << again.error().message().toStdString();
    EXPECT_EQ(again->present(), 5);
    Result<ImportSummary> second = m_ws->transfer().commitImport(*again, false);
    ASSERT_TRUE(second.ok()) << second.error().message().toStdString();
    EXPECT_EQ(second->winsAdded, 0);
    EXPECT_EQ(second->winsPresent, 5);

    // A tag that is a skill of the active framework links the skill.
    Result<QList<Win>> wins = m_ws->journal().list(WinFilter());
    ASSERT_TRUE(wins.ok());
    ASSERT_EQ(wins->size(), 5);
    const auto guide = std::find_if(wins->cbegin(), wins->cend(), [](const Win &w) { return w.date == QDate(2026, 3, 6); });
    ASSERT_NE(guide, wins->cend());
    EXPECT_EQ(guide->skillSlugs, QStringList{u"code-quality"_s});
    EXPECT_EQ(guide->tags, QStringList{u"docs"_s});
    EXPECT_TRUE(guide->starred);

    // And the export gives every win back with its skill as a tag.
    QByteArray exported;
    QBuffer buffer(&exported);
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(m_ws->transfer().exportWins(WinFormat::Jrnl, buffer).ok());
    const QList<ImportedWin> back = readOk(exported, u"export.json"_s);
    ASSERT_EQ(back.size(), 5);
    const auto guideBack = std::find_if(back.cbegin(), back.cend(), [](const ImportedWin &w) { return w.win.date == QDate(2026, 3, 6); });
    ASSERT_NE(guideBack, back.cend());
    EXPECT_EQ(guideBack->win.tags, (QStringList{u"code-quality"_s, u"docs"_s}));
    EXPECT_EQ(str(guideBack->win.title), str(guide->title));
    EXPECT_EQ(str(guideBack->win.body), str(guide->body));
}

TEST_F(JrnlImport, AMalformedFileImportsNothing)
{
    Result<ImportPlan> plan = m_ws->transfer().planImport(fixture("jrnl-malformed.txt"), u"jrnl-malformed.txt"_s, WinFormat::Jrnl, {});
    ASSERT_FALSE(plan.ok());
    EXPECT_EQ(plan.error().message().left(21), u"jrnl-malformed.txt:6:"_s);
    Result<qint64> count = m_ws->journal().count(WinFilter());
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(*count, 0);
}

} // namespace
