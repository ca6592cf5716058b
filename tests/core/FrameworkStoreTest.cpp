// SPDX-License-Identifier: GPL-3.0-or-later
#include "application/Workspace.h"
#include "application/WorkspaceStores.h"
#include "io/FrameworkFormat.h"
#include "storage/Stores.h"
#include "WorkspaceTest.h"

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
    EXPECT_FALSE(storesOf(*m_ws).frameworks().activeSkillSlugs()->contains(QStringLiteral("code-quality")));
}

} // namespace
