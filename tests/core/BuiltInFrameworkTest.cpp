// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Proficiency.h"
#include "io/FrameworkFormat.h"

#include <gtest/gtest.h>

using namespace ladder;

namespace {

// docs/architecture.md "The built-in framework": the slugs scripts and imports rely on.
const QList<std::pair<QString, QStringList>> Categories = {
    {QStringLiteral("craft"),
     {QStringLiteral("code-quality"), QStringLiteral("testing"), QStringLiteral("debugging"), QStringLiteral("performance"),
      QStringLiteral("automation")}},
    {QStringLiteral("systems"),
     {QStringLiteral("system-design"), QStringLiteral("distributed-systems"), QStringLiteral("delivery"), QStringLiteral("stress-testing"),
      QStringLiteral("full-stack")}},
    {QStringLiteral("production"),
     {QStringLiteral("release-management"), QStringLiteral("data-migration"), QStringLiteral("monitoring"),
      QStringLiteral("incident-response")}},
    {QStringLiteral("people"),
     {QStringLiteral("communication"), QStringLiteral("documentation"), QStringLiteral("code-review"), QStringLiteral("mentoring"),
      QStringLiteral("negotiation"), QStringLiteral("emotional-intelligence")}},
    {QStringLiteral("impact"),
     {QStringLiteral("ownership"), QStringLiteral("business-awareness"), QStringLiteral("strategic-thinking"),
      QStringLiteral("technical-debt"), QStringLiteral("learning")}},
};

void checkShippedFramework(const Framework &fw)
{
    EXPECT_EQ(fw.slug, QStringLiteral("software-engineer"));
    ASSERT_EQ(fw.levels.size(), 4);
    const QStringList levels{QStringLiteral("junior"), QStringLiteral("mid-level"), QStringLiteral("senior"), QStringLiteral("architect")};
    for (qsizetype i = 0; i < levels.size(); ++i) {
        EXPECT_EQ(fw.levels.at(i).slug, levels.at(i));
        EXPECT_EQ(fw.levels.at(i).rank, i);
        EXPECT_FALSE(fw.levels.at(i).description.isEmpty());
    }

    ASSERT_EQ(fw.categories.size(), Categories.size());
    ASSERT_EQ(fw.skills.size(), 25);
    qsizetype index = 0;
    for (qsizetype c = 0; c < Categories.size(); ++c) {
        EXPECT_EQ(fw.categories.at(c).slug, Categories.at(c).first);
        for (const QString &slug : Categories.at(c).second) {
            const Skill &skill = fw.skills.at(index++);
            EXPECT_EQ(skill.slug, slug);
            EXPECT_EQ(skill.categorySlug, Categories.at(c).first) << slug.toStdString();
            EXPECT_FALSE(skill.name.isEmpty()) << slug.toStdString();
            EXPECT_FALSE(skill.description.isEmpty()) << slug.toStdString();
        }
    }

    // One expectation per level, in level order, 0-4 and never falling.
    for (const Skill &skill : fw.skills) {
        ASSERT_EQ(skill.expectations.size(), levels.size()) << skill.slug.toStdString();
        int previous = Proficiency::Min;
        for (qsizetype i = 0; i < levels.size(); ++i) {
            const Expectation &e = skill.expectations.at(i);
            EXPECT_EQ(e.levelSlug, levels.at(i));
            EXPECT_TRUE(Proficiency::isValid(e.proficiency)) << skill.slug.toStdString();
            EXPECT_GE(e.proficiency, previous) << skill.slug.toStdString() << " at " << e.levelSlug.toStdString();
            EXPECT_FALSE(e.behaviours.isEmpty()) << skill.slug.toStdString() << " at " << e.levelSlug.toStdString();
            previous = e.proficiency;
        }
    }
    // The top level asks for more than the bottom one of every skill.
    for (const Skill &skill : fw.skills)
        EXPECT_GT(skill.expectations.last().proficiency, skill.expectations.first().proficiency) << skill.slug.toStdString();
}

} // namespace

TEST(BuiltInFramework, TheShippedFileHasTheDesignedLadder)
{
    Result<Framework> fw = FrameworkFormat::readFile(QStringLiteral(LADDER_SOURCE_DIR "/resources/frameworks/software-engineer.json"));
    ASSERT_TRUE(fw.ok()) << fw.error().message().toStdString();
    checkShippedFramework(*fw);
}

TEST(BuiltInFramework, TheCompiledInResourceIsTheSameFile)
{
    Result<Framework> builtIn = FrameworkFormat::builtIn();
    ASSERT_TRUE(builtIn.ok()) << builtIn.error().message().toStdString();
    checkShippedFramework(*builtIn);
    Result<Framework> file = FrameworkFormat::readFile(QStringLiteral(LADDER_SOURCE_DIR "/resources/frameworks/software-engineer.json"));
    ASSERT_TRUE(file.ok());
    EXPECT_EQ(FrameworkFormat::toJson(*builtIn, true), FrameworkFormat::toJson(*file, true));
}
