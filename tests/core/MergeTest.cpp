// SPDX-License-Identifier: GPL-3.0-or-later
// `merge OTHER.db` (docs/formats.md, "Merging databases"): two workspaces in
// temporary folders, merged one into the other and back.

#include "application/Frameworks.h"
#include "application/Goals.h"
#include "application/Journal.h"
#include "application/Merge.h"
#include "application/Ratings.h"
#include "application/Transfer.h"
#include "application/Workspace.h"
#include "application/WorkspaceStores.h"
#include "io/FrameworkFormat.h"
#include "storage/Stores.h"
#include "TempDir.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <sqlite3.h>

#include <algorithm>

using namespace ladder;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<Workspace> openWorkspace(const QString &path)
{
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(path);
    EXPECT_TRUE(opened.ok()) << opened.error().message().toStdString();
    return opened ? std::move(*opened) : nullptr;
}

QDateTime at(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate);
}

// Runs SQL on a file through a connection of its own (not a Ladder one).
void execOn(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr), SQLITE_OK);
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    EXPECT_EQ(rc, SQLITE_OK) << (message ? message : "");
    sqlite3_free(message);
    sqlite3_close(db);
}

class MergeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_a = openWorkspace(m_dirA.file(u"a.db"_s));
        m_b = openWorkspace(m_dirB.file(u"b.db"_s));
        ASSERT_TRUE(m_a && m_b);
    }

    MergeReport merge(Workspace &into, Workspace &from, bool dryRun = false)
    {
        Result<MergeReport> report = into.merge().mergeFrom(from.path(), dryRun);
        EXPECT_TRUE(report.ok()) << report.error().message().toStdString();
        return report ? *report : MergeReport();
    }

    // The whole database as a ladder export, without the integer ids (each
    // database's own): rows sorted by UUID, wins naming goals by UUID.
    static QJsonObject contents(Workspace &ws)
    {
        QByteArray data;
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        EXPECT_TRUE(ws.transfer().exportTo(buffer).ok());
        QJsonObject top = QJsonDocument::fromJson(data).object();
        QHash<qint64, QString> goalUuid;
        for (const QJsonValue &g : top.value(u"goals"_s).toArray())
            goalUuid.insert(g[u"id"_s].toInteger(), g[u"uuid"_s].toString());
        auto withoutIds = [&](const QString &key) {
            QList<QJsonObject> rows;
            for (const QJsonValue &v : top.value(key).toArray()) {
                QJsonObject o = v.toObject();
                o.remove(u"id"_s);
                if (key == u"wins"_s) {
                    QJsonArray goals;
                    for (const QJsonValue &g : o.value(u"goals"_s).toArray())
                        goals.append(goalUuid.value(g.toInteger()));
                    o.insert(u"goals"_s, goals);
                }
                rows << o;
            }
            std::sort(rows.begin(), rows.end(),
                      [](const QJsonObject &x, const QJsonObject &y) { return x[u"uuid"_s].toString() < y[u"uuid"_s].toString(); });
            QJsonArray array;
            for (const QJsonObject &o : rows)
                array.append(o);
            top.insert(key, array);
        };
        for (const QString &key : {u"wins"_s, u"goals"_s, u"assessments"_s})
            withoutIds(key);
        return top;
    }

    Win addWin(Workspace &ws, const QString &title, const QDate &date, const QList<qint64> &goals = {})
    {
        Win w;
        w.title = title;
        w.date = date;
        w.body = u"First paragraph.\n\nSecond paragraph."_s;
        w.impact = u"p99 down 40%"_s;
        w.tags = {u"oncall"_s, u"q3"_s};
        w.skillSlugs = {u"debugging"_s, u"monitoring"_s};
        w.goalIds = goals;
        w.starred = true;
        Result<Win> added = ws.journal().add(w);
        EXPECT_TRUE(added.ok()) << added.error().message().toStdString();
        return added ? *added : Win();
    }

    Goal addGoal(Workspace &ws, const QString &title)
    {
        Goal g;
        g.title = title;
        g.note = u"why it matters"_s;
        g.createdOn = QDate(2026, 1, 5);
        g.due = QDate(2026, 12, 31);
        g.skillSlugs = {u"system-design"_s};
        Result<Goal> added = ws.goals().add(g);
        EXPECT_TRUE(added.ok()) << added.error().message().toStdString();
        EXPECT_TRUE(ws.goals().addMilestone(added->id, u"Write the design doc"_s, QDate(2026, 3, 1)).ok());
        EXPECT_TRUE(ws.goals().addMilestone(added->id, u"Run the review"_s, {}).ok());
        EXPECT_TRUE(ws.goals().setMilestoneDone(added->id, 1, QDate(2026, 2, 20)).ok());
        Result<Goal> stored = ws.goals().get(added->id);
        return stored ? *stored : Goal();
    }

    Assessment rate(Workspace &ws, const QString &skill, int rating, const QDate &on)
    {
        Assessment a;
        a.skillSlug = skill;
        a.rating = rating;
        a.date = on;
        a.note = u"after the incident review"_s;
        Result<Assessment> rated = ws.ratings().rate(a);
        EXPECT_TRUE(rated.ok()) << rated.error().message().toStdString();
        return rated ? *rated : Assessment();
    }

    static Win winByUuid(Workspace &ws, const QString &uuid)
    {
        Result<Win> w = storesOf(ws).wins().findByUuid(uuid);
        EXPECT_TRUE(w.ok()) << uuid.toStdString();
        return w ? *w : Win();
    }

    static Goal goalByUuid(Workspace &ws, const QString &uuid)
    {
        Result<QList<Goal>> goals = ws.goals().list();
        for (const Goal &g : *goals) {
            if (g.uuid == uuid)
                return g;
        }
        ADD_FAILURE() << "no goal " << uuid.toStdString();
        return {};
    }

    static qint64 winCount(Workspace &ws) { return *ws.journal().count({}); }

    TempDir m_dirA;
    TempDir m_dirB;
    std::unique_ptr<Workspace> m_a;
    std::unique_ptr<Workspace> m_b;
};

// The built-in framework's UUIDs are written in its file: every new database
// has the same ones, so that two of them merge without a second copy.
TEST_F(MergeTest, FreshDatabasesShareTheBuiltInFrameworksUuids)
{
    Result<Framework> a = m_a->frameworks().active();
    Result<Framework> b = m_b->frameworks().active();
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_FALSE(a->uuid.isEmpty());
    EXPECT_EQ(a->uuid, b->uuid);
    ASSERT_EQ(a->levels.size(), b->levels.size());
    for (qsizetype i = 0; i < a->levels.size(); ++i)
        EXPECT_EQ(a->levels.at(i).uuid, b->levels.at(i).uuid);
    ASSERT_EQ(a->categories.size(), b->categories.size());
    for (qsizetype i = 0; i < a->categories.size(); ++i)
        EXPECT_EQ(a->categories.at(i).uuid, b->categories.at(i).uuid);
    ASSERT_EQ(a->skills.size(), b->skills.size());
    for (qsizetype i = 0; i < a->skills.size(); ++i)
        EXPECT_EQ(a->skills.at(i).uuid, b->skills.at(i).uuid) << a->skills.at(i).slug.toStdString();
    Result<Framework> shipped = FrameworkFormat::builtIn();
    ASSERT_TRUE(shipped.ok());
    EXPECT_EQ(a->uuid, shipped->uuid);
    EXPECT_EQ(QJsonDocument(FrameworkFormat::toJson(*a, true)).toJson(), QJsonDocument(FrameworkFormat::toJson(*b, true)).toJson());
}

TEST_F(MergeTest, TwoFreshDatabasesMergeWithoutDuplicatingASkillOrFramework)
{
    const MergeReport report = merge(*m_b, *m_a);
    EXPECT_TRUE(report.changedNothing()) << report.describe().toStdString();
    EXPECT_EQ(report.frameworks, (MergeCounts{0, 0, 1}));
    Result<QList<Framework>> frameworks = m_b->frameworks().list();
    ASSERT_TRUE(frameworks.ok());
    EXPECT_EQ(frameworks->size(), 1);
    Result<QStringList> skills = m_b->frameworks().skillSlugs();
    ASSERT_TRUE(skills.ok());
    EXPECT_EQ(skills->size(), 25);
    EXPECT_EQ(contents(*m_a), contents(*m_b));
}

// A database made before the UUIDs were fixed has random ones: the framework
// is then matched by its slug.
TEST_F(MergeTest, AFrameworkWithOtherUuidsIsMatchedBySlug)
{
    execOn(m_a->path(), "UPDATE framework SET uuid = 'aaaaaaaa-0000-4000-8000-000000000001'");
    const MergeReport report = merge(*m_b, *m_a);
    EXPECT_EQ(report.frameworks, (MergeCounts{0, 0, 1}));
    EXPECT_EQ(m_b->frameworks().list()->size(), 1);
}

TEST_F(MergeTest, AFrameworkOnlyInTheOtherIsAdded)
{
    Result<Framework> builtIn = FrameworkFormat::builtIn();
    ASSERT_TRUE(builtIn.ok());
    Framework other = *builtIn;
    other.slug = u"platform-engineer"_s;
    other.name = u"Platform engineer"_s;
    other.uuid = u"bbbbbbbb-0000-4000-8000-000000000002"_s;
    for (Level &l : other.levels)
        l.uuid.clear();
    for (Category &c : other.categories)
        c.uuid.clear();
    for (Skill &s : other.skills)
        s.uuid.clear();
    ASSERT_TRUE(storesOf(*m_a).frameworks().save(other).ok());

    EXPECT_EQ(merge(*m_b, *m_a).frameworks, (MergeCounts{1, 0, 1}));
    Result<Framework> added = storesOf(*m_b).frameworks().get(u"platform-engineer"_s);
    ASSERT_TRUE(added.ok());
    EXPECT_EQ(added->uuid, other.uuid);
    EXPECT_FALSE(added->active);
    EXPECT_EQ(added->skills.size(), other.skills.size());
    EXPECT_EQ(m_b->frameworks().active()->slug, u"software-engineer"_s);
    EXPECT_EQ(merge(*m_b, *m_a).frameworks, (MergeCounts{0, 0, 2}));
}

TEST_F(MergeTest, BringsInEveryFieldAndTheSecondRunChangesNothing)
{
    const Goal goal = addGoal(*m_a, u"Lead a design"_s);
    const Win linked = addWin(*m_a, u"Led the failover drill"_s, QDate(2026, 3, 4), {goal.id});
    const Win plain = addWin(*m_a, u"Fixed the flaky test"_s, QDate(2026, 3, 5));
    const Assessment rating = rate(*m_a, u"debugging"_s, 3, QDate(2026, 3, 6));
    // B has a goal of its own first, so that A's goal gets another id here.
    addGoal(*m_b, u"B's own goal"_s);

    const MergeReport first = merge(*m_b, *m_a);
    EXPECT_EQ(first.wins, (MergeCounts{2, 0, 0}));
    EXPECT_EQ(first.goals, (MergeCounts{1, 0, 0}));
    EXPECT_EQ(first.ratings, (MergeCounts{1, 0, 0}));
    EXPECT_EQ(first.frameworks, (MergeCounts{0, 0, 1}));

    const Goal g = goalByUuid(*m_b, goal.uuid);
    EXPECT_NE(g.id, goal.id);
    EXPECT_EQ(g.title, goal.title);
    EXPECT_EQ(g.note, goal.note);
    EXPECT_EQ(g.status, goal.status);
    EXPECT_EQ(g.createdOn, goal.createdOn);
    EXPECT_EQ(g.due, goal.due);
    EXPECT_EQ(g.closedOn, goal.closedOn);
    EXPECT_EQ(g.skillSlugs, goal.skillSlugs);
    EXPECT_EQ(g.updatedAt, goal.updatedAt);
    ASSERT_EQ(g.milestones.size(), 2);
    for (qsizetype i = 0; i < 2; ++i) {
        EXPECT_EQ(g.milestones.at(i).uuid, goal.milestones.at(i).uuid);
        EXPECT_EQ(g.milestones.at(i).position, goal.milestones.at(i).position);
        EXPECT_EQ(g.milestones.at(i).text, goal.milestones.at(i).text);
        EXPECT_EQ(g.milestones.at(i).due, goal.milestones.at(i).due);
        EXPECT_EQ(g.milestones.at(i).doneOn, goal.milestones.at(i).doneOn);
    }

    const Win w = winByUuid(*m_b, linked.uuid);
    EXPECT_EQ(w.date, linked.date);
    EXPECT_EQ(w.title, linked.title);
    EXPECT_EQ(w.body, linked.body);
    EXPECT_EQ(w.impact, linked.impact);
    EXPECT_EQ(w.tags, linked.tags);
    EXPECT_EQ(w.skillSlugs, linked.skillSlugs);
    EXPECT_EQ(w.goalIds, QList<qint64>{g.id});
    EXPECT_EQ(w.starred, linked.starred);
    EXPECT_EQ(w.createdAt, linked.createdAt);
    EXPECT_EQ(w.updatedAt, linked.updatedAt);
    EXPECT_TRUE(winByUuid(*m_b, plain.uuid).goalIds.isEmpty());

    Result<QList<Assessment>> ratings = m_b->ratings().all();
    ASSERT_TRUE(ratings.ok());
    ASSERT_EQ(ratings->size(), 1);
    EXPECT_EQ(ratings->first().uuid, rating.uuid);
    EXPECT_EQ(ratings->first().skillSlug, rating.skillSlug);
    EXPECT_EQ(ratings->first().rating, rating.rating);
    EXPECT_EQ(ratings->first().date, rating.date);
    EXPECT_EQ(ratings->first().note, rating.note);
    EXPECT_EQ(ratings->first().createdAt, rating.createdAt);

    const QJsonObject before = contents(*m_b);
    const MergeReport second = merge(*m_b, *m_a);
    EXPECT_TRUE(second.changedNothing()) << second.describe().toStdString();
    EXPECT_EQ(second.wins, (MergeCounts{0, 0, 2}));
    EXPECT_EQ(second.goals, (MergeCounts{0, 0, 1}));
    EXPECT_EQ(second.ratings, (MergeCounts{0, 0, 1}));
    EXPECT_EQ(contents(*m_b), before);
}

TEST_F(MergeTest, MergingBothWaysConverges)
{
    const Goal goalA = addGoal(*m_a, u"Goal of A"_s);
    addWin(*m_a, u"Win of A"_s, QDate(2026, 4, 1), {goalA.id});
    rate(*m_a, u"testing"_s, 2, QDate(2026, 4, 2));
    const Goal goalB = addGoal(*m_b, u"Goal of B"_s);
    addWin(*m_b, u"Win of B"_s, QDate(2026, 4, 1), {goalB.id});
    addWin(*m_b, u"Another win of B"_s, QDate(2026, 4, 3));
    rate(*m_b, u"mentoring"_s, 1, QDate(2026, 4, 2));

    EXPECT_EQ(merge(*m_b, *m_a).wins, (MergeCounts{1, 0, 0}));
    const MergeReport back = merge(*m_a, *m_b);
    EXPECT_EQ(back.wins, (MergeCounts{2, 0, 1}));
    EXPECT_EQ(back.goals, (MergeCounts{1, 0, 1}));
    EXPECT_EQ(back.ratings, (MergeCounts{1, 0, 1}));
    EXPECT_EQ(contents(*m_a), contents(*m_b));
    EXPECT_EQ(winCount(*m_a), 3);

    EXPECT_TRUE(merge(*m_a, *m_b).changedNothing());
    EXPECT_TRUE(merge(*m_b, *m_a).changedNothing());
}

TEST_F(MergeTest, TheNewerEditOfAWinWinsBothWays)
{
    const Goal goal = addGoal(*m_a, u"Goal"_s);
    const Win original = addWin(*m_a, u"Draft title"_s, QDate(2026, 5, 1));
    merge(*m_b, *m_a);

    // B edits it later: title, tags, links and star.
    Win inB = winByUuid(*m_b, original.uuid);
    inB.title = u"Edited in B"_s;
    inB.tags = {u"from-b"_s};
    inB.skillSlugs = {u"mentoring"_s};
    inB.goalIds = {goalByUuid(*m_b, goal.uuid).id};
    inB.starred = false;
    inB.updatedAt = at(u"2030-01-01T10:00:00.000Z"_s);
    ASSERT_TRUE(storesOf(*m_b).wins().replace(inB).ok());

    const MergeReport intoA = merge(*m_a, *m_b);
    EXPECT_EQ(intoA.wins, (MergeCounts{0, 1, 0}));
    Win inA = winByUuid(*m_a, original.uuid);
    EXPECT_EQ(inA.title, u"Edited in B"_s);
    EXPECT_EQ(inA.tags, QStringList{u"from-b"_s});
    EXPECT_EQ(inA.skillSlugs, QStringList{u"mentoring"_s});
    EXPECT_EQ(inA.goalIds, QList<qint64>{goal.id});
    EXPECT_FALSE(inA.starred);
    EXPECT_EQ(inA.updatedAt, inB.updatedAt);
    EXPECT_EQ(m_a->journal().list({})->size(), 1);

    // The older copy never replaces the newer one.
    Win older = winByUuid(*m_b, original.uuid);
    older.title = u"An older edit"_s;
    older.updatedAt = at(u"2029-01-01T10:00:00.000Z"_s);
    ASSERT_TRUE(storesOf(*m_b).wins().replace(older).ok());
    EXPECT_EQ(merge(*m_a, *m_b).wins, (MergeCounts{0, 0, 1}));
    EXPECT_EQ(winByUuid(*m_a, original.uuid).title, u"Edited in B"_s);

    // Then A edits it later still, and B takes that.
    inA.title = u"Edited in A"_s;
    inA.updatedAt = at(u"2031-01-01T10:00:00.000Z"_s);
    ASSERT_TRUE(storesOf(*m_a).wins().replace(inA).ok());
    EXPECT_EQ(merge(*m_b, *m_a).wins, (MergeCounts{0, 1, 0}));
    EXPECT_EQ(winByUuid(*m_b, original.uuid).title, u"Edited in A"_s);
    EXPECT_EQ(contents(*m_a), contents(*m_b));

    // The full-text index follows the replaced text.
    WinFilter search;
    search.query = u"edited"_s;
    EXPECT_EQ(*m_b->journal().count(search), 1);
    search.query = u"draft"_s;
    EXPECT_EQ(*m_b->journal().count(search), 0);
    EXPECT_TRUE(m_b->transfer().check()->isEmpty());
}

TEST_F(MergeTest, TheNewerEditOfAGoalWinsBothWays)
{
    const Goal original = addGoal(*m_a, u"Draft goal"_s);
    merge(*m_b, *m_a);

    Goal inB = goalByUuid(*m_b, original.uuid);
    inB.title = u"Edited in B"_s;
    inB.status = GoalStatus::Done;
    inB.closedOn = QDate(2026, 6, 1);
    inB.skillSlugs = {u"mentoring"_s, u"system-design"_s};
    inB.milestones.removeLast();
    inB.milestones[0].text = u"Design doc, reviewed"_s;
    inB.updatedAt = at(u"2030-01-01T10:00:00.000Z"_s);
    ASSERT_TRUE(storesOf(*m_b).goals().replace(inB).ok());

    EXPECT_EQ(merge(*m_a, *m_b).goals, (MergeCounts{0, 1, 0}));
    Goal inA = goalByUuid(*m_a, original.uuid);
    EXPECT_EQ(inA.id, original.id);
    EXPECT_EQ(inA.title, u"Edited in B"_s);
    EXPECT_EQ(inA.status, GoalStatus::Done);
    EXPECT_EQ(inA.closedOn, QDate(2026, 6, 1));
    EXPECT_EQ(inA.skillSlugs, inB.skillSlugs);
    ASSERT_EQ(inA.milestones.size(), 1);
    EXPECT_EQ(inA.milestones.first().uuid, original.milestones.first().uuid);
    EXPECT_EQ(inA.milestones.first().text, u"Design doc, reviewed"_s);
    EXPECT_EQ(inA.updatedAt, inB.updatedAt);

    // A goal from before schema version 4 (no time of change) is the oldest.
    Goal old = goalByUuid(*m_b, original.uuid);
    old.title = u"Without a time"_s;
    old.updatedAt = QDateTime();
    ASSERT_TRUE(storesOf(*m_b).goals().replace(old).ok());
    EXPECT_EQ(merge(*m_a, *m_b).goals, (MergeCounts{0, 0, 1}));
    EXPECT_EQ(merge(*m_b, *m_a).goals, (MergeCounts{0, 1, 0}));
    EXPECT_EQ(goalByUuid(*m_b, original.uuid).title, u"Edited in B"_s);
    EXPECT_EQ(contents(*m_a), contents(*m_b));
}

// Two copies changed at the same moment (or two old goals without a time)
// are settled by their content: merging either way keeps the same one.
TEST_F(MergeTest, EqualTimesOfChangeSettleTheSameWayBothWays)
{
    const Win original = addWin(*m_a, u"Same time"_s, QDate(2026, 5, 1));
    merge(*m_b, *m_a);
    Win inA = original;
    inA.title = u"Version A"_s;
    inA.updatedAt = at(u"2030-01-01T10:00:00.000Z"_s);
    ASSERT_TRUE(storesOf(*m_a).wins().replace(inA).ok());
    Win inB = winByUuid(*m_b, original.uuid);
    inB.title = u"Version B"_s;
    inB.updatedAt = inA.updatedAt;
    ASSERT_TRUE(storesOf(*m_b).wins().replace(inB).ok());

    merge(*m_a, *m_b);
    merge(*m_b, *m_a);
    EXPECT_EQ(winByUuid(*m_a, original.uuid).title, u"Version B"_s);
    EXPECT_EQ(winByUuid(*m_b, original.uuid).title, u"Version B"_s);
}

// Every change of a goal or of its milestones sets its time of change (what
// a merge compares).
TEST_F(MergeTest, EveryChangeOfAGoalSetsItsTimeOfChange)
{
    const Goal goal = addGoal(*m_a, u"Timed"_s);
    EXPECT_TRUE(goal.updatedAt.isValid());
    const QDateTime past = at(u"2020-01-01T00:00:00.000Z"_s);
    auto resetTime = [&] {
        Goal g = *m_a->goals().get(goal.id);
        g.updatedAt = past;
        ASSERT_TRUE(storesOf(*m_a).goals().replace(g).ok());
    };
    auto changed = [&] { return m_a->goals().get(goal.id)->updatedAt > past; };

    resetTime();
    Goal edited = *m_a->goals().get(goal.id);
    edited.title = u"Timed, edited"_s;
    ASSERT_TRUE(m_a->goals().update(*m_a->goals().get(goal.id), edited).ok());
    EXPECT_TRUE(changed()) << "update";
    resetTime();
    ASSERT_TRUE(m_a->goals().setStatus(goal.id, GoalStatus::Done, QDate(2026, 7, 1)).ok());
    EXPECT_TRUE(changed()) << "status";
    resetTime();
    ASSERT_TRUE(m_a->goals().addMilestone(goal.id, u"Third"_s, {}).ok());
    EXPECT_TRUE(changed()) << "milestone added";
    resetTime();
    ASSERT_TRUE(m_a->goals().setMilestoneDone(goal.id, 3, QDate(2026, 7, 2)).ok());
    EXPECT_TRUE(changed()) << "milestone done";
    resetTime();
    ASSERT_TRUE(m_a->goals().removeMilestone(goal.id, 3).ok());
    EXPECT_TRUE(changed()) << "milestone removed";
}

// A file imported into both databases gave each entry a UUID in each: the
// entries are the same by their source, and not doubled.
TEST_F(MergeTest, WinsImportedIntoBothAreMatchedBySource)
{
    Win imported;
    imported.title = u"From the jrnl file"_s;
    imported.date = QDate(2025, 9, 1);
    imported.source = u"jrnl:0123456789abcdef"_s;
    ASSERT_EQ(storesOf(*m_a).wins().addImported({imported}, {u"a.json:1"_s})->size(), 1);
    ASSERT_EQ(storesOf(*m_b).wins().addImported({imported}, {u"b.json:1"_s})->size(), 1);

    const MergeReport report = merge(*m_b, *m_a);
    EXPECT_EQ(report.wins.added, 0);
    EXPECT_EQ(winCount(*m_b), 1);
    EXPECT_TRUE(merge(*m_b, *m_a).changedNothing());
}

TEST_F(MergeTest, DryRunReportsExactlyAndChangesNothing)
{
    addGoal(*m_a, u"Goal"_s);
    addWin(*m_a, u"Win"_s, QDate(2026, 5, 1));
    rate(*m_a, u"testing"_s, 2, QDate(2026, 5, 2));
    const QJsonObject before = contents(*m_b);
    const MergeReport dry = merge(*m_b, *m_a, true);
    EXPECT_EQ(contents(*m_b), before);
    EXPECT_TRUE(dry.describe().startsWith(u"Would merge "_s)) << dry.describe().toStdString();
    const MergeReport real = merge(*m_b, *m_a);
    EXPECT_EQ(dry.wins, real.wins);
    EXPECT_EQ(dry.goals, real.goals);
    EXPECT_EQ(dry.ratings, real.ratings);
    EXPECT_EQ(dry.frameworks, real.frameworks);
    EXPECT_EQ(real.describe(),
              u"Merged %1: wins 1 added, 0 updated, 0 unchanged; goals 1 added, 0 updated, 0 unchanged; ratings 1 added, 0 unchanged; "
              u"frameworks 0 added, 1 unchanged."_s.arg(m_a->path()));
}

// WAL: the merge reads one consistent snapshot of the other file while
// another connection is in the middle of writing to it.
TEST_F(MergeTest, ReadsTheOtherWhileAWriteIsInProgressThere)
{
    const Win win = addWin(*m_a, u"Committed title"_s, QDate(2026, 5, 1));
    sqlite3 *writer = nullptr;
    ASSERT_EQ(sqlite3_open_v2(QFile::encodeName(m_a->path()).constData(), &writer, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(writer,
                           "BEGIN IMMEDIATE; UPDATE win SET title = 'Half-written title'; "
                           "DELETE FROM assessment; INSERT INTO tag(name) VALUES ('uncommitted')",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);

    const MergeReport report = merge(*m_b, *m_a);
    EXPECT_EQ(report.wins, (MergeCounts{1, 0, 0}));
    EXPECT_EQ(winByUuid(*m_b, win.uuid).title, u"Committed title"_s);

    EXPECT_EQ(sqlite3_exec(writer, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(writer);
}

TEST_F(MergeTest, RefusesThisDatabaseByAnyPath)
{
    addWin(*m_b, u"Only here"_s, QDate(2026, 5, 1));
    const QString link = m_dirA.file(u"link.db"_s);
    ASSERT_TRUE(QFile::link(m_b->path(), link));
    const QString dotted = m_dirB.path() + u"/./b.db"_s;
    for (const QString &path : {m_b->path(), link, dotted}) {
        Result<MergeReport> report = m_b->merge().mergeFrom(path, false);
        ASSERT_FALSE(report.ok()) << path.toStdString();
        EXPECT_TRUE(report.error().message().contains(u"this database itself"_s)) << report.error().message().toStdString();
        EXPECT_FALSE(report.error().message().contains(u'\n'));
    }
    EXPECT_EQ(winCount(*m_b), 1);
}

TEST_F(MergeTest, RefusesFilesThatAreNotLadderDatabasesOfThisVersion)
{
    const QString missing = m_dirA.file(u"missing.db"_s);
    const QString text = m_dirA.file(u"notes.txt"_s);
    {
        QFile f(text);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("just some notes, not a database\n");
    }
    const QString foreign = m_dirA.file(u"foreign.db"_s);
    execOn(foreign, "CREATE TABLE t(x)");
    // Schema versions this Ladder does not read: a newer one, and an older
    // one, which an open by this Ladder would upgrade first.
    const QString newer = m_dirA.file(u"newer.db"_s);
    const QString older = m_dirA.file(u"older.db"_s);
    for (const QString &path : {newer, older}) {
        openWorkspace(path);
        execOn(path, path == newer ? "PRAGMA user_version = 99" : "PRAGMA user_version = 3");
    }
    const QList<std::pair<QString, QString>> cases = {
        {missing, u"no such database"_s}, {text, u"not a Ladder database"_s},          {foreign, u"not a Ladder database"_s},
        {newer, u"newer Ladder"_s},       {older, u"open it once with this Ladder"_s},
    };
    const QJsonObject before = contents(*m_b);
    for (const auto &[path, expected] : cases) {
        Result<MergeReport> report = m_b->merge().mergeFrom(path, false);
        ASSERT_FALSE(report.ok()) << path.toStdString();
        const QString message = report.error().message();
        EXPECT_TRUE(message.contains(expected)) << message.toStdString();
        EXPECT_TRUE(message.contains(path)) << message.toStdString();
        EXPECT_FALSE(message.contains(u'\n')) << message.toStdString();
    }
    EXPECT_EQ(contents(*m_b), before);
    EXPECT_FALSE(QFileInfo::exists(missing));
}

} // namespace
