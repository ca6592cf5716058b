// SPDX-License-Identifier: GPL-3.0-or-later
#include "application/Workspace.h"
#include "application/WorkspaceStores.h"
#include "io/FrameworkFormat.h"
#include "storage/Stores.h"
#include "WorkspaceTest.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace ladder;

namespace {

class FrameworkStoreTest : public WorkspaceTest
{
protected:
    Framework fixture(const char *name)
    {
        Result<Framework> fw = FrameworkFormat::readFile(QStringLiteral(LADDER_FIXTURES_DIR "/frameworks/") + QString::fromUtf8(name));
        EXPECT_TRUE(fw.ok()) << fw.error().message().toStdString();
        return fw ? *fw : Framework();
    }
    QStringList slugs()
    {
        QStringList out;
        // Kept in a variable: `*list()` would be a reference into a temporary
        // that dies before the loop runs (found by ASan).
        const Result<QList<Framework>> frameworks = storesOf(*m_ws).frameworks().list();
        EXPECT_TRUE(frameworks.ok());
        for (const Framework &fw : frameworks ? *frameworks : QList<Framework>())
            out << (fw.active ? QStringLiteral("*") : QString()) + fw.slug;
        return out;
    }
};

TEST_F(FrameworkStoreTest, SaveActivatesOnlyWhenAsked)
{
    ASSERT_TRUE(storesOf(*m_ws).frameworks().save(fixture("third-party.json")).ok());
    EXPECT_EQ(slugs(), (QStringList{QStringLiteral("*software-engineer"), QStringLiteral("acme-platform")}));
    ASSERT_TRUE(storesOf(*m_ws).frameworks().save(fixture("valid-minimal.json"), true).ok());
    EXPECT_EQ(slugs(), (QStringList{QStringLiteral("*tiny"), QStringLiteral("acme-platform"), QStringLiteral("software-engineer")}));
    // Replacing keeps whether it was active.
    ASSERT_TRUE(storesOf(*m_ws).frameworks().save(fixture("valid-minimal.json")).ok());
    EXPECT_EQ(storesOf(*m_ws).frameworks().active()->slug, QStringLiteral("tiny"));
}

// Everything a framework file version 2 carries survives the database:
// its own scale, not-applicable expectations, summaries, category
// descriptions and the x- keys of every object.
TEST_F(FrameworkStoreTest, EverythingOfAFrameworkIsKept)
{
    Framework fw;
    fw.slug = QStringLiteral("milestones");
    fw.name = QStringLiteral("Milestones");
    fw.extensions = QJsonObject{{QStringLiteral("x-source"), QStringLiteral("handbook")}};
    fw.scale = ProficiencyScale({{QStringLiteral("none"), QString(), {}},
                                 {QStringLiteral("first"), QStringLiteral("Has done it once"), {{QStringLiteral("x-points"), 1}}},
                                 {QStringLiteral("second"), QString(), {}},
                                 {QStringLiteral("third"), QString(), {}},
                                 {QStringLiteral("fourth"), QString(), {}},
                                 {QStringLiteral("fifth"), QString(), {}}});
    for (int i = 0; i < 2; ++i) {
        Level l;
        l.slug = QStringLiteral("l%1").arg(i + 1);
        l.name = QStringLiteral("Level %1").arg(i + 1);
        l.rank = i;
        l.extensions = QJsonObject{{QStringLiteral("x-band"), QJsonArray{i, i + 1}}};
        fw.levels << l;
    }
    Category c;
    c.slug = QStringLiteral("craft");
    c.name = QStringLiteral("Craft");
    c.description = QStringLiteral("How the work is done.");
    c.extensions = QJsonObject{{QStringLiteral("x-colour"), QStringLiteral("#336699")}};
    fw.categories << c;
    Skill skill;
    skill.slug = QStringLiteral("on-call");
    skill.name = QStringLiteral("On call");
    skill.categorySlug = QStringLiteral("craft");
    skill.extensions = QJsonObject{{QStringLiteral("x-track"), QStringLiteral("ops")}};
    skill.expectations << Expectation{QStringLiteral("l1"),
                                      true,
                                      5,
                                      QStringLiteral("Carries the pager"),
                                      {QStringLiteral("Answers pages")},
                                      QJsonObject{{QStringLiteral("x-points"), 8}}};
    skill.expectations << Expectation{QStringLiteral("l2"), false, 0, QStringLiteral("Managers do not carry the pager"), {}, {}};
    fw.skills << skill;
    const Result<qint64> saved = storesOf(*m_ws).frameworks().save(fw);
    ASSERT_TRUE(saved.ok()) << saved.error().message().toStdString();

    Result<Framework> stored = storesOf(*m_ws).frameworks().get(QStringLiteral("milestones"));
    ASSERT_TRUE(stored.ok()) << stored.error().message().toStdString();
    EXPECT_EQ(stored->scale, fw.scale);
    EXPECT_EQ(stored->scale.max(), 5);
    EXPECT_EQ(stored->scale.label(1), QStringLiteral("1 first"));
    EXPECT_EQ(stored->extensions, fw.extensions);
    EXPECT_EQ(stored->levels.at(1).extensions, fw.levels.at(1).extensions);
    EXPECT_EQ(stored->categories.first().description, c.description);
    EXPECT_EQ(stored->categories.first().extensions, c.extensions);
    const Skill &back = stored->skills.first();
    EXPECT_EQ(back.extensions, skill.extensions);
    ASSERT_EQ(back.expectations.size(), 2);
    EXPECT_TRUE(back.expectations.at(0).applicable);
    EXPECT_EQ(back.expectations.at(0).proficiency, 5);
    EXPECT_EQ(back.expectations.at(0).summary, QStringLiteral("Carries the pager"));
    EXPECT_EQ(back.expectations.at(0).extensions, skill.expectations.at(0).extensions);
    EXPECT_FALSE(back.expectations.at(1).applicable);
    EXPECT_FALSE(back.appliesAt(QStringLiteral("l2")));
    EXPECT_EQ(back.expectedAt(QStringLiteral("l2")), 0);
    EXPECT_EQ(back.expectations.at(1).summary, QStringLiteral("Managers do not carry the pager"));
    // The built-in framework has the built-in scale.
    EXPECT_TRUE(storesOf(*m_ws).frameworks().active()->scale.isBuiltIn());
}

// Each framework keeps the user's level; a replaced framework keeps it when
// it still has that level.
TEST_F(FrameworkStoreTest, TheCurrentLevelIsKeptPerFramework)
{
    FrameworkStore &store = storesOf(*m_ws).frameworks();
    ASSERT_TRUE(store.setCurrentLevel(QStringLiteral("senior")).ok());
    ASSERT_TRUE(store.save(fixture("third-party.json")).ok());
    EXPECT_EQ(store.currentLevel(QStringLiteral("acme-platform")).value(), QString());
    ASSERT_TRUE(store.setCurrentLevel(QStringLiteral("staff"), QStringLiteral("acme-platform")).ok());
    ASSERT_TRUE(store.activate(QStringLiteral("acme-platform")).ok());
    EXPECT_EQ(store.currentLevel().value(), QStringLiteral("staff"));
    ASSERT_TRUE(store.activate(QStringLiteral("software-engineer")).ok());
    EXPECT_EQ(store.currentLevel().value(), QStringLiteral("senior"));
    ASSERT_TRUE(store.save(fixture("third-party.json")).ok());
    EXPECT_EQ(store.currentLevel(QStringLiteral("acme-platform")).value(), QStringLiteral("staff"));
    EXPECT_FALSE(store.setCurrentLevel(QStringLiteral("staff"), QStringLiteral("nope")).ok());
}

TEST_F(FrameworkStoreTest, ACopyUnderANewSlugGetsItsOwnUuids)
{
    Result<Framework> original = storesOf(*m_ws).frameworks().active();
    ASSERT_TRUE(original.ok());
    Framework copy = *original;
    copy.slug = QStringLiteral("my-ladder");
    Result<qint64> saved = storesOf(*m_ws).frameworks().save(copy);
    ASSERT_TRUE(saved.ok()) << saved.error().message().toStdString();
    Result<Framework> stored = storesOf(*m_ws).frameworks().get(QStringLiteral("my-ladder"));
    ASSERT_TRUE(stored.ok());
    EXPECT_NE(stored->uuid, original->uuid);
    EXPECT_NE(stored->levels.first().uuid, original->levels.first().uuid);
    EXPECT_NE(stored->categories.first().uuid, original->categories.first().uuid);
    EXPECT_NE(stored->skills.first().uuid, original->skills.first().uuid);
    EXPECT_EQ(stored->skills.size(), original->skills.size());

    // The same framework saved again (an import of its own export) keeps them.
    ASSERT_TRUE(storesOf(*m_ws).frameworks().save(*original).ok());
    Result<Framework> again = storesOf(*m_ws).frameworks().get(original->slug);
    EXPECT_EQ(again->uuid, original->uuid);
    EXPECT_EQ(again->skills.last().uuid, original->skills.last().uuid);
}

TEST_F(FrameworkStoreTest, RemoveKeepsTheActiveOneAndEveryRating)
{
    ASSERT_TRUE(storesOf(*m_ws).frameworks().save(fixture("third-party.json")).ok());
    Assessment a;
    a.skillSlug = QStringLiteral("testing");
    a.rating = 2;
    a.date = QDate(2026, 11, 1);
    ASSERT_TRUE(storesOf(*m_ws).assessments().add(a).ok());

    Result<void> active = storesOf(*m_ws).frameworks().remove(QStringLiteral("software-engineer"));
    ASSERT_FALSE(active.ok());
    EXPECT_TRUE(active.error().message().contains(QStringLiteral("active"))) << active.error().message().toStdString();
    Result<void> unknown = storesOf(*m_ws).frameworks().remove(QStringLiteral("nope"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().message(), QStringLiteral("unknown framework 'nope'"));

    ASSERT_TRUE(storesOf(*m_ws).frameworks().activate(QStringLiteral("acme-platform")).ok());
    ASSERT_TRUE(storesOf(*m_ws).frameworks().remove(QStringLiteral("software-engineer")).ok());
    EXPECT_EQ(slugs(), QStringList{QStringLiteral("*acme-platform")});
    EXPECT_EQ(storesOf(*m_ws).assessments().all()->size(), 1);
    EXPECT_EQ(storesOf(*m_ws).database().check()->size(), 0);
    // Its skills are gone with it, so "code-quality" is no longer known.
    EXPECT_FALSE(storesOf(*m_ws).frameworks().knownSkillSlugs()->contains(QStringLiteral("code-quality")));
}

} // namespace
