// SPDX-License-Identifier: GPL-3.0-or-later
// A ladder export (docs/formats.md) carries every field of every entity:
// what is put into one file, exported and imported into a new file, reads
// back from the new file's stores as it was put in. Compared with the input,
// not with a second export, so that a field the export leaves out (and the
// import then defaults) is caught.

#include "application/Workspace.h"
#include "application/WorkspaceStores.h"
#include "io/FrameworkFormat.h"
#include "io/LadderExport.h"
#include "QtPrinters.h"
#include "storage/Stores.h"
#include "TempDir.h"

#include <QTimeZone>

#include <gtest/gtest.h>

#include <memory>

using namespace ladder;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

QString uuid(int n)
{
    return QStringLiteral("0000000%1-aaaa-4bbb-8ccc-%2").arg(n % 10).arg(n, 12, 10, QLatin1Char('0'));
}

class ExportRoundTrip : public ::testing::Test
{
protected:
    std::unique_ptr<Workspace> open(const QString &name)
    {
        Result<std::unique_ptr<Workspace>> opened = Workspace::open(m_dir.file(name));
        EXPECT_TRUE(opened.ok()) << opened.error().message().toStdString();
        return opened ? std::move(*opened) : nullptr;
    }

    // The input: a framework with every field and UUID, settings, ratings,
    // goals of every status with milestones, and wins from full to bare.
    void makeInput()
    {
        Result<Framework> read = FrameworkFormat::readFile(QStringLiteral(LADDER_FIXTURES_DIR "/frameworks/third-party.json"));
        ASSERT_TRUE(read.ok()) << read.error().message().toStdString();
        m_framework = *read;
        int n = 100;
        m_framework.uuid = uuid(n++);
        for (Level &l : m_framework.levels)
            l.uuid = uuid(n++);
        for (Category &c : m_framework.categories)
            c.uuid = uuid(n++);
        for (Skill &s : m_framework.skills)
            s.uuid = uuid(n++);
        ASSERT_GE(m_framework.skills.size(), 3);
        ASSERT_GE(m_framework.levels.size(), 2);
        const QString skillA = m_framework.skills.at(0).slug;
        const QString skillB = m_framework.skills.at(2).slug;

        Goal done;
        done.id = 7;
        done.uuid = uuid(1);
        done.title = QStringLiteral("Lead the storage migration");
        done.note = QStringLiteral("Why:\n- fewer pages\n- faster restores");
        done.status = GoalStatus::Done;
        done.createdOn = QDate(2026, 1, 5);
        done.due = QDate(2026, 6, 30);
        done.closedOn = QDate(2026, 5, 1);
        done.skillSlugs = {skillA, skillB};
        std::sort(done.skillSlugs.begin(), done.skillSlugs.end());
        done.milestones = {Milestone{0, uuid(2), 1, QStringLiteral("Write the plan"), QDate(2026, 2, 1), QDate(2026, 1, 30)},
                           Milestone{0, uuid(3), 2, QStringLiteral("Move the first table"), QDate(), QDate()}};
        Goal dropped;
        dropped.id = 9;
        dropped.uuid = uuid(4);
        dropped.title = QStringLiteral("Learn Rust");
        dropped.status = GoalStatus::Dropped;
        dropped.createdOn = QDate(2025, 12, 1);
        dropped.closedOn = QDate(2026, 3, 3);
        Goal pending;
        pending.id = 11;
        pending.uuid = uuid(5);
        pending.title = QStringLiteral("Mentor two people");
        pending.note = QStringLiteral("one line");
        pending.createdOn = QDate(2026, 2, 2);
        pending.due = QDate(2026, 12, 31);
        m_goals = {done, dropped, pending};

        Assessment rated;
        rated.id = 3;
        rated.uuid = uuid(6);
        rated.skillSlug = skillA;
        rated.rating = 3;
        rated.date = QDate(2026, 4, 1);
        rated.note = QStringLiteral("After the review:\nsolid");
        rated.createdAt = utc(2026, 4, 1, 9, 15, 0, 123);
        Assessment zero;
        zero.id = 4;
        zero.uuid = uuid(7);
        zero.skillSlug = skillB;
        zero.rating = 0;
        zero.date = QDate(2026, 4, 2);
        zero.createdAt = utc(2026, 4, 2, 10, 0, 0, 1);
        m_assessments = {rated, zero};

        Win full;
        full.id = 42;
        full.uuid = uuid(8);
        full.date = QDate(2026, 5, 31);
        full.title = QStringLiteral("Cut checkout p99 from 2s to 900ms");
        full.body = QStringLiteral("## How\n\n- profiled\n- cached the **prices**\n");
        full.impact = QStringLiteral("Conversion up 2%");
        full.tags = {QStringLiteral("latency"), QStringLiteral("perf")};
        full.skillSlugs = {skillA, skillB};
        std::sort(full.skillSlugs.begin(), full.skillSlugs.end());
        full.goalIds = {7, 9};
        full.starred = true;
        full.createdAt = utc(2026, 5, 31, 17, 1, 2, 345);
        full.updatedAt = utc(2026, 6, 2, 8, 0, 0, 999);
        Win bare;
        bare.id = 43;
        bare.uuid = uuid(9);
        bare.date = QDate(2026, 1, 1);
        bare.title = QStringLiteral("A bare win");
        bare.createdAt = utc(2026, 1, 1, 0, 0, 0, 0);
        bare.updatedAt = bare.createdAt;
        m_wins = {full, bare};
        m_userName = QStringLiteral("Ada Lovelace");
        m_level = m_framework.levels.at(1).slug;

        std::unique_ptr<Workspace> ws = open(QStringLiteral("input.db"));
        ASSERT_TRUE(ws);
        ASSERT_TRUE(storesOf(*ws).frameworks().save(m_framework, true).ok());
        ASSERT_TRUE(storesOf(*ws).frameworks().setCurrentLevel(m_level).ok());
        ASSERT_TRUE(storesOf(*ws).settings().setValue(SettingStore::userNameKey(), m_userName).ok());
        for (const Goal &g : std::as_const(m_goals))
            ASSERT_TRUE(storesOf(*ws).goals().add(g, true).ok());
        for (const Assessment &a : std::as_const(m_assessments))
            ASSERT_TRUE(storesOf(*ws).assessments().add(a, true).ok());
        for (const Win &w : std::as_const(m_wins)) {
            Result<qint64> added = storesOf(*ws).wins().add(w, true);
            ASSERT_TRUE(added.ok()) << added.error().message().toStdString();
        }
        Result<QByteArray> exported = LadderExport::write(storesOf(*ws));
        ASSERT_TRUE(exported.ok()) << exported.error().message().toStdString();
        m_export = *exported;
    }

    // A new file with the export imported into it.
    std::unique_ptr<Workspace> importedCopy()
    {
        std::unique_ptr<Workspace> ws = open(QStringLiteral("copy.db"));
        if (!ws)
            return nullptr;
        Result<ImportSummary> imported = LadderExport::import(storesOf(*ws), m_export, QStringLiteral("export.json"), false);
        EXPECT_TRUE(imported.ok()) << imported.error().message().toStdString();
        return ws;
    }

    TempDir m_dir;
    Framework m_framework;
    QList<Goal> m_goals;
    QList<Assessment> m_assessments;
    QList<Win> m_wins;
    QString m_userName;
    QString m_level;
    QByteArray m_export;
};

TEST_F(ExportRoundTrip, EveryWinFieldSurvives)
{
    ASSERT_NO_FATAL_FAILURE(makeInput());
    std::unique_ptr<Workspace> copy = importedCopy();
    ASSERT_TRUE(copy);
    for (const Win &in : std::as_const(m_wins)) {
        SCOPED_TRACE(in.title.toStdString());
        Result<Win> out = storesOf(*copy).wins().findByUuid(in.uuid);
        ASSERT_TRUE(out.ok()) << out.error().message().toStdString();
        EXPECT_EQ(out->id, in.id);
        EXPECT_EQ(out->uuid, in.uuid);
        EXPECT_EQ(out->date, in.date);
        EXPECT_EQ(out->title, in.title);
        EXPECT_EQ(out->body, in.body);
        EXPECT_EQ(out->impact, in.impact);
        EXPECT_EQ(out->tags, in.tags);
        EXPECT_EQ(out->skillSlugs, in.skillSlugs);
        EXPECT_EQ(out->goalIds, in.goalIds);
        EXPECT_EQ(out->starred, in.starred);
        EXPECT_EQ(out->createdAt, in.createdAt);
        EXPECT_EQ(out->updatedAt, in.updatedAt);
    }
    Result<qint64> count = storesOf(*copy).wins().count(WinFilter());
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(*count, m_wins.size());
}

TEST_F(ExportRoundTrip, EveryGoalAndMilestoneFieldSurvives)
{
    ASSERT_NO_FATAL_FAILURE(makeInput());
    std::unique_ptr<Workspace> copy = importedCopy();
    ASSERT_TRUE(copy);
    for (const Goal &in : std::as_const(m_goals)) {
        SCOPED_TRACE(in.title.toStdString());
        Result<Goal> out = storesOf(*copy).goals().get(in.id);
        ASSERT_TRUE(out.ok()) << out.error().message().toStdString();
        EXPECT_EQ(out->uuid, in.uuid);
        EXPECT_EQ(out->title, in.title);
        EXPECT_EQ(out->note, in.note);
        EXPECT_EQ(out->status, in.status);
        EXPECT_EQ(out->createdOn, in.createdOn);
        EXPECT_EQ(out->due, in.due);
        EXPECT_EQ(out->closedOn, in.closedOn);
        EXPECT_EQ(out->skillSlugs, in.skillSlugs);
        ASSERT_EQ(out->milestones.size(), in.milestones.size());
        for (qsizetype i = 0; i < in.milestones.size(); ++i) {
            SCOPED_TRACE(in.milestones.at(i).text.toStdString());
            EXPECT_EQ(out->milestones.at(i).uuid, in.milestones.at(i).uuid);
            EXPECT_EQ(out->milestones.at(i).position, in.milestones.at(i).position);
            EXPECT_EQ(out->milestones.at(i).text, in.milestones.at(i).text);
            EXPECT_EQ(out->milestones.at(i).due, in.milestones.at(i).due);
            EXPECT_EQ(out->milestones.at(i).doneOn, in.milestones.at(i).doneOn);
        }
    }
    Result<QList<Goal>> all = storesOf(*copy).goals().list();
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), m_goals.size());
}

TEST_F(ExportRoundTrip, EveryRatingFieldSurvives)
{
    ASSERT_NO_FATAL_FAILURE(makeInput());
    std::unique_ptr<Workspace> copy = importedCopy();
    ASSERT_TRUE(copy);
    Result<QList<Assessment>> all = storesOf(*copy).assessments().all();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), m_assessments.size());
    for (const Assessment &in : std::as_const(m_assessments)) {
        SCOPED_TRACE(in.uuid.toStdString());
        const auto out = std::find_if(all->cbegin(), all->cend(), [&](const Assessment &a) { return a.uuid == in.uuid; });
        ASSERT_NE(out, all->cend());
        EXPECT_EQ(out->id, in.id);
        EXPECT_EQ(out->skillSlug, in.skillSlug);
        EXPECT_EQ(out->rating, in.rating);
        EXPECT_EQ(out->date, in.date);
        EXPECT_EQ(out->note, in.note);
        EXPECT_EQ(out->createdAt, in.createdAt);
    }
}

TEST_F(ExportRoundTrip, SettingsAndTheActiveFrameworkSurvive)
{
    ASSERT_NO_FATAL_FAILURE(makeInput());
    std::unique_ptr<Workspace> copy = importedCopy();
    ASSERT_TRUE(copy);
    EXPECT_EQ(storesOf(*copy).frameworks().currentLevel().value(), m_level);
    EXPECT_EQ(storesOf(*copy).settings().value(SettingStore::userNameKey()).value(), m_userName);
    Result<Framework> active = storesOf(*copy).frameworks().active();
    ASSERT_TRUE(active.ok());
    EXPECT_EQ(active->slug, m_framework.slug);
}

TEST_F(ExportRoundTrip, EveryFrameworkFieldSurvives)
{
    ASSERT_NO_FATAL_FAILURE(makeInput());
    std::unique_ptr<Workspace> copy = importedCopy();
    ASSERT_TRUE(copy);
    Result<Framework> out = storesOf(*copy).frameworks().get(m_framework.slug);
    ASSERT_TRUE(out.ok()) << out.error().message().toStdString();
    const Framework &in = m_framework;
    EXPECT_EQ(out->uuid, in.uuid);
    EXPECT_EQ(out->name, in.name);
    EXPECT_EQ(out->description, in.description);
    ASSERT_EQ(out->levels.size(), in.levels.size());
    for (qsizetype i = 0; i < in.levels.size(); ++i) {
        SCOPED_TRACE(in.levels.at(i).slug.toStdString());
        EXPECT_EQ(out->levels.at(i).uuid, in.levels.at(i).uuid);
        EXPECT_EQ(out->levels.at(i).slug, in.levels.at(i).slug);
        EXPECT_EQ(out->levels.at(i).name, in.levels.at(i).name);
        EXPECT_EQ(out->levels.at(i).description, in.levels.at(i).description);
        EXPECT_EQ(out->levels.at(i).rank, in.levels.at(i).rank);
    }
    ASSERT_EQ(out->categories.size(), in.categories.size());
    for (qsizetype i = 0; i < in.categories.size(); ++i) {
        SCOPED_TRACE(in.categories.at(i).slug.toStdString());
        EXPECT_EQ(out->categories.at(i).uuid, in.categories.at(i).uuid);
        EXPECT_EQ(out->categories.at(i).slug, in.categories.at(i).slug);
        EXPECT_EQ(out->categories.at(i).name, in.categories.at(i).name);
        EXPECT_EQ(out->categories.at(i).position, in.categories.at(i).position);
    }
    ASSERT_EQ(out->skills.size(), in.skills.size());
    for (qsizetype i = 0; i < in.skills.size(); ++i) {
        const Skill &want = in.skills.at(i);
        const Skill &got = out->skills.at(i);
        SCOPED_TRACE(want.slug.toStdString());
        EXPECT_EQ(got.uuid, want.uuid);
        EXPECT_EQ(got.slug, want.slug);
        EXPECT_EQ(got.name, want.name);
        EXPECT_EQ(got.categorySlug, want.categorySlug);
        EXPECT_EQ(got.description, want.description);
        EXPECT_EQ(got.position, want.position);
        ASSERT_EQ(got.expectations.size(), want.expectations.size());
        for (qsizetype e = 0; e < want.expectations.size(); ++e) {
            EXPECT_EQ(got.expectations.at(e).levelSlug, want.expectations.at(e).levelSlug);
            EXPECT_EQ(got.expectations.at(e).proficiency, want.expectations.at(e).proficiency);
            EXPECT_EQ(got.expectations.at(e).behaviours, want.expectations.at(e).behaviours);
        }
    }
}

// Into a file whose ids are taken, goals and wins get new ids and the wins'
// links follow their goals (by UUID), not the numbers in the file.
TEST_F(ExportRoundTrip, LinksFollowTheGoalsWhenTheirIdsAreTaken)
{
    ASSERT_NO_FATAL_FAILURE(makeInput());
    std::unique_ptr<Workspace> copy = open(QStringLiteral("copy.db"));
    ASSERT_TRUE(copy);
    for (qint64 id : {7, 9, 11}) {
        Goal other;
        other.id = id;
        other.title = QStringLiteral("Already here %1").arg(id);
        other.createdOn = QDate(2026, 1, 1);
        ASSERT_TRUE(storesOf(*copy).goals().add(other, true).ok());
    }
    Result<ImportSummary> imported = LadderExport::import(storesOf(*copy), m_export, QStringLiteral("export.json"), false);
    ASSERT_TRUE(imported.ok()) << imported.error().message().toStdString();

    Result<QList<Goal>> goals = storesOf(*copy).goals().list();
    ASSERT_TRUE(goals.ok());
    QHash<QString, qint64> idByUuid;
    for (const Goal &g : std::as_const(*goals))
        idByUuid.insert(g.uuid, g.id);
    const Win &in = m_wins.first();
    Result<Win> out = storesOf(*copy).wins().findByUuid(in.uuid);
    ASSERT_TRUE(out.ok());
    QList<qint64> expected = {idByUuid.value(m_goals.at(0).uuid), idByUuid.value(m_goals.at(1).uuid)};
    std::sort(expected.begin(), expected.end());
    EXPECT_FALSE(expected.contains(7) || expected.contains(9));
    EXPECT_EQ(out->goalIds, expected);
}

// The input must really hold what the comparisons above rely on: a field
// left at its default in the input would pass whatever the export did.
TEST_F(ExportRoundTrip, TheInputHoldsEveryFieldSet)
{
    ASSERT_NO_FATAL_FAILURE(makeInput());
    const Win &w = m_wins.first();
    EXPECT_FALSE(w.body.isEmpty() || w.impact.isEmpty() || w.tags.isEmpty() || w.skillSlugs.isEmpty() || w.goalIds.isEmpty());
    EXPECT_TRUE(w.starred);
    EXPECT_NE(w.createdAt, w.updatedAt);
    EXPECT_FALSE(m_assessments.first().note.isEmpty());
    EXPECT_FALSE(m_framework.description.isEmpty());
    bool behaviours = false;
    bool skillDescription = false;
    for (const Skill &s : std::as_const(m_framework.skills)) {
        skillDescription = skillDescription || !s.description.isEmpty();
        for (const Expectation &e : s.expectations)
            behaviours = behaviours || !e.behaviours.isEmpty();
    }
    EXPECT_TRUE(behaviours);
    EXPECT_TRUE(skillDescription);
}

} // namespace
