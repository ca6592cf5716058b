// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI and the CLI show the same numbers for the same file: the dashboard's
// readiness and largest gaps and the Readiness page's summary, read back from
// the widgets, against `ladder-cli readiness --json` and `gap --json` run on
// the very file the window has open, each with its own defaults (target level
// and period). Both get them from Review, so a front end that assembled its
// inputs another way (another period, another target) fails here.

#include "UiTestSupport.h"

#include "DocumentTables.h"
#include "domain/Period.h"
#include "models/SkillTreeModel.h"
#include "Session.h"
#include "views/ReadinessView.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QTreeWidget>

namespace ladder {
namespace {

// The integers of a text, in order ("2 met · 1 claimed" -> 2, 1).
QList<int> numbersIn(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("\\d+"));
    QList<int> numbers;
    for (const QRegularExpressionMatch &m : number.globalMatch(text))
        numbers << m.captured().toInt();
    return numbers;
}

class SameNumbersTest : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        // ladder-cli has no pinned "today": both count from the real one.
        window().session()->setToday(m_today);
        seed();
    }

    // Ratings, wins inside and outside the last 12 months, and a goal, on
    // skills the next level expects, so that met, claimed and gap all occur
    // and a different period or target would change the numbers.
    void seed()
    {
        Session *session = window().session();
        const QString target = session->defaultTarget();
        QStringList expected;
        for (const Skill &skill : session->framework().skills) {
            if (skill.expectedAt(target) > 0)
                expected << skill.slug;
        }
        ASSERT_GE(expected.size(), 6);
        const auto expects = [&](int i) { return session->framework().skill(expected.at(i))->expectedAt(target); };
        for (int i = 0; i < 4; ++i)
            rate(expected.at(i), expects(i), m_today.addMonths(-2));
        rate(expected.at(4), expects(4) - 1, m_today.addMonths(-1));

        // Evidence this month, at the far end of the 12 months (outside this
        // year), and just before them (outside the period).
        addWin(QStringLiteral("Recent evidence"), m_today.addDays(-3), {expected.at(0)});
        addWin(QStringLiteral("Evidence at the period's first day"), Period::lastTwelveMonths(m_today).from, {expected.at(1)});
        addWin(QStringLiteral("Evidence a year and a day ago"), m_today.addYears(-1), {expected.at(2)});
        addWin(QStringLiteral("More recent evidence"), m_today.addDays(-40), {expected.at(0), expected.at(4)});
        addGoal(QStringLiteral("Close the gap"), {expected.at(4)}, {QStringLiteral("Pair on it")}, m_today.addMonths(2));
    }

    QJsonObject cliJson(const QString &command)
    {
        const QByteArray out = cli({command, QStringLiteral("--json")});
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(out, &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << out.toStdString();
        return document.object();
    }

    const QDate m_today = QDate::currentDate();
};

TEST_F(SameNumbersTest, TheDashboardShowsWhatTheCliPrints)
{
    const QJsonObject readiness = cliJson(QStringLiteral("readiness"));
    const QJsonObject gap = cliJson(QStringLiteral("gap"));
    ASSERT_FALSE(readiness.isEmpty());
    ASSERT_FALSE(gap.isEmpty());

    window().showPage(MainWindow::DashboardPage);
    LADDER_TRY_TRUE(find<QLabel>(QStringLiteral("readinessPercent"))->text().endsWith(QLatin1Char('%')));

    // The headline and its counts: "45%", "2 met · 1 claimed … · 3 with a gap".
    EXPECT_EQ(find<QLabel>(QStringLiteral("readinessPercent"))->text(),
              QStringLiteral("%1%").arg(readiness.value(QStringLiteral("percent")).toInt()));
    const QList<int> counts = numbersIn(find<QLabel>(QStringLiteral("readinessCounts"))->text());
    ASSERT_GE(counts.size(), 3);
    EXPECT_EQ(counts.at(0), readiness.value(QStringLiteral("met")).toInt());
    EXPECT_EQ(counts.at(1), readiness.value(QStringLiteral("claimed")).toInt());
    EXPECT_EQ(counts.at(2), readiness.value(QStringLiteral("gap")).toInt());
    EXPECT_EQ(counts.value(3, 0), readiness.value(QStringLiteral("unrated")).toInt());
    // The seed makes every kind occur, so a count off by one shows.
    EXPECT_GT(readiness.value(QStringLiteral("met")).toInt(), 0);
    EXPECT_GT(readiness.value(QStringLiteral("claimed")).toInt(), 0);

    // The largest gaps: each shown gap is the CLI's for that skill, and none
    // the CLI finds larger is left out.
    QHash<QString, int> cliGaps;
    for (const QJsonValue &skill : gap.value(QStringLiteral("skills")).toArray())
        cliGaps.insert(skill[QStringLiteral("skill")].toString(), skill[QStringLiteral("gap")].toInt());
    auto *gaps = find<QTreeWidget>(QStringLiteral("largestGaps"));
    ASSERT_GT(gaps->topLevelItemCount(), 0);
    int smallestShown = INT_MAX;
    QSet<QString> shown;
    for (int i = 0; i < gaps->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = gaps->topLevelItem(i);
        const QString slug = item->data(0, Qt::UserRole).toString();
        ASSERT_TRUE(cliGaps.contains(slug)) << slug.toStdString();
        EXPECT_EQ(item->data(1, SkillTreeModel::GapRole).toInt(), cliGaps.value(slug)) << slug.toStdString();
        smallestShown = std::min(smallestShown, cliGaps.value(slug));
        shown << slug;
    }
    for (auto it = cliGaps.cbegin(); it != cliGaps.cend(); ++it) {
        if (!shown.contains(it.key())) {
            EXPECT_LE(it.value(), smallestShown) << it.key().toStdString();
        }
    }
    EXPECT_EQ(gap.value(QStringLiteral("gap_count")).toInt(),
              int(std::count_if(cliGaps.cbegin(), cliGaps.cend(), [](int g) { return g > 0; })));
}

TEST_F(SameNumbersTest, TheReadinessPageShowsWhatTheCliPrints)
{
    const QJsonObject readiness = cliJson(QStringLiteral("readiness"));
    ASSERT_FALSE(readiness.isEmpty());

    window().showPage(MainWindow::ReadinessPage);
    QTextBrowser *preview = window().readinessView()->preview();
    LADDER_TRY_TRUE(preview->toPlainText().contains(QStringLiteral("Overall readiness")));
    const QString text = preview->toPlainText();

    static const QRegularExpression overall(QStringLiteral("Overall readiness: (\\d+)%"));
    const QRegularExpressionMatch headline = overall.match(text);
    ASSERT_TRUE(headline.hasMatch()) << text.toStdString();
    EXPECT_EQ(headline.captured(1).toInt(), readiness.value(QStringLiteral("percent")).toInt());
    EXPECT_TRUE(text.contains(QStringLiteral("%1 of %2 expected skills met")
                                  .arg(readiness.value(QStringLiteral("met")).toInt())
                                  .arg(readiness.value(QStringLiteral("expected_skills")).toInt())))
        << text.toStdString();

    // By category (Met, Claimed, Gap) and the wins counted per skill.
    const QList<QList<QStringList>> tables = documentTables(*preview->document());
    ASSERT_GE(tables.size(), 1);
    QHash<QString, QList<int>> cliCategories;
    QHash<QString, int> cliEvidence;
    for (const QJsonValue &category : readiness.value(QStringLiteral("categories")).toArray()) {
        cliCategories.insert(category[QStringLiteral("name")].toString(),
                             {category[QStringLiteral("met")].toInt(), category[QStringLiteral("claimed")].toInt(),
                              category[QStringLiteral("gap")].toInt()});
        for (const QJsonValue &skill : category[QStringLiteral("skills")].toArray())
            cliEvidence.insert(skill[QStringLiteral("name")].toString(), skill[QStringLiteral("evidence_count")].toInt());
    }
    const QList<QStringList> &categories = tables.at(0);
    ASSERT_EQ(categories.size() - 1, cliCategories.size()); // a header row, then one per category
    for (const QStringList &row : categories.mid(1)) {
        const QString name = row.at(0).trimmed();
        ASSERT_TRUE(cliCategories.contains(name)) << name.toStdString();
        const QList<int> shown{row.at(2).trimmed().toInt(), row.at(3).trimmed().toInt(), row.at(4).trimmed().toInt()};
        EXPECT_EQ(shown, cliCategories.value(name)) << name.toStdString();
    }
    // Each skill's line under "Skills": "Testing: met · Expected … · 2 wins".
    int evidence = 0;
    for (auto it = cliEvidence.cbegin(); it != cliEvidence.cend(); ++it) {
        const QRegularExpression skillLine(
            QStringLiteral("^%1: [^\u00b7\n]+ \u00b7 .* \u00b7 (\\d+) wins?$").arg(QRegularExpression::escape(it.key())),
            QRegularExpression::MultilineOption);
        const QRegularExpressionMatch line = skillLine.match(text);
        ASSERT_TRUE(line.hasMatch()) << it.key().toStdString();
        EXPECT_EQ(line.captured(1).toInt(), it.value()) << it.key().toStdString();
        evidence += line.captured(1).toInt();
    }
    EXPECT_EQ(evidence, 4); // the recent wins and the one on the period's first day, not the older one
}

} // namespace
} // namespace ladder
