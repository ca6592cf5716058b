// SPDX-License-Identifier: GPL-3.0-or-later
#include "Seeder.h"
#include "application/WorkspaceStores.h"
#include "storage/Stores.h"

#include "application/Workspace.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <vector>

namespace ladder {

namespace {

struct WinTemplate
{
    const char *title;
    const char *skills; // space-separated slugs
    const char *tags;
    const char *impact;
    const char *body;
};

// Realistic accomplishments of a mid-level engineer growing toward senior.
const WinTemplate Templates[] = {
    {"Cut checkout p99 latency from 2.1 s to 850 ms", "performance", "perf checkout", "Checkout abandonment down 3% in the following month",
     "Profiled with perf and flame graphs; the time went to N+1 queries in the cart service.\n\n- batched the price lookups\n- added a "
     "covering index"},
    {"Led the quarterly failover drill for the payments cluster", "distributed-systems incident-response", "oncall drills",
     "Failover time measured at 4 min, down from 11", "Wrote the runbook first, then ran the drill with two juniors shadowing."},
    {"Planned and rehearsed the rollback of the orders schema change", "release-management data-migration", "release db",
     "Zero-downtime migration of 40 M rows", "Old and new app versions ran side by side against the expand/contract schema for a week."},
    {"Found a memory leak in the image service from production logs", "debugging", "oncall", "Stopped nightly OOM restarts",
     "journalctl, grep and awk over three days of logs pointed at the thumbnail cache; heaptrack confirmed it."},
    {"Moved the API build to a container pipeline with cached layers", "delivery automation", "ci", "CI time from 19 to 7 minutes", ""},
    {"Wrote the design doc for the notification fan-out service", "system-design communication documentation", "design",
     "Approved by architecture review with two small changes",
     "Compared a queue per tenant with a shared topic; picked the topic with per-tenant rate limits."},
    {"Mentored Sam through their first on-call rotation", "mentoring emotional-intelligence", "mentoring",
     "Sam handled two pages alone by week three", ""},
    {"Load-tested search at 5x Black Friday traffic", "stress-testing performance", "perf load-test",
     "Found the connection-pool limit before customers did", "k6 scripts in the repo; the pool was raised and a circuit breaker added."},
    {"Added alerting on queue depth and consumer lag", "monitoring", "observability", "Two incidents caught before users noticed", ""},
    {"Reviewed 40 pull requests with actionable, kind comments", "code-review communication", "review",
     "Review turnaround under one day for the team", ""},
    {"Negotiated the scope of the reporting feature with product", "negotiation business-awareness", "planning",
     "Shipped the 80% that mattered two sprints early", ""},
    {"Paid down the legacy auth module's technical debt", "technical-debt code-quality", "refactoring", "Auth bugs per quarter from 9 to 2",
     "Made the case with incident counts; split the work into five safe steps behind a flag."},
    {"Introduced contract tests between the web app and the API", "testing full-stack", "testing",
     "Broke the build instead of production three times", ""},
    {"Ran the incident review for the DNS outage, blameless", "incident-response communication", "oncall postmortem",
     "Five follow-ups owned and closed", ""},
    {"Automated the monthly certificate rotation", "automation delivery", "ops", "Removed a two-hour manual chore and a recurring risk",
     ""},
    {"Owned the billing migration end to end", "ownership data-migration", "billing", "Migrated 12,000 customers without a support ticket",
     ""},
    {"Proposed the two-year plan for splitting the monolith", "strategic-thinking system-design", "architecture",
     "Adopted as the platform team's roadmap", ""},
    {"Wrote the team's guide to reading production logs", "documentation debugging", "docs", "Used in onboarding for three new hires", ""},
    {"Learned Rust and shipped a small CLI for log sampling", "learning automation", "learning", "Sampling now takes seconds, not minutes",
     ""},
    {"Built the accessibility fixes for the signup form", "full-stack code-quality", "frontend a11y",
     "Signup completion up 4% on screen readers", ""},
    {"Canary-released the new pricing engine to 5% of traffic", "release-management monitoring", "release",
     "Caught a rounding bug at 5% instead of 100%", ""},
    {"Explained the caching trade-offs to the sales engineers", "communication business-awareness", "talk",
     "Fewer escalations about stale prices", ""},
    {"Calmly coordinated the response to a data-center network partition", "incident-response emotional-intelligence distributed-systems",
     "oncall", "Recovered in 38 minutes with no data loss", ""},
    {"Sped up the test suite by running it in parallel shards", "testing automation", "ci", "Feedback in 6 minutes instead of 25", ""},
};

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

Win winFrom(const WinTemplate &t, const QDate &date)
{
    Win w;
    w.title = QString::fromUtf8(t.title);
    w.skillSlugs = words(t.skills);
    w.tags = words(t.tags);
    w.impact = QString::fromUtf8(t.impact);
    w.body = QString::fromUtf8(t.body);
    w.date = date;
    return w;
}

// The five goals of a mid-level engineer (deterministic: no randomness, so
// the example database stays the same). Returns their ids in this order.
Result<QList<qint64>> addGoals(Workspace &ws, const QDate &start, const QDate &today)
{
    struct GoalSeed
    {
        const char *title;
        const char *skills;
        int dueInDays;
        const char *status;
        QList<std::pair<const char *, bool>> milestones;
    };
    const QList<GoalSeed> goals = {
        {"Own a production release end to end",
         "release-management delivery",
         45,
         "open",
         {{"Shadow the release captain", true}, {"Write the rollback plan, database included", true}, {"Run a release as captain", false}}},
        {"Design a service that others build on",
         "system-design distributed-systems",
         120,
         "open",
         {{"Read the SRE book chapters on load balancing", true},
          {"Write a design doc", false},
          {"Present it at architecture review", false}}},
        {"Mentor a junior through their first quarter",
         "mentoring communication",
         -10,
         "open",
         {{"Weekly one-to-ones", true}, {"Pair on their first feature", false}}},
        {"Get fluent with Linux debugging tools",
         "debugging monitoring",
         -60,
         "done",
         {{"strace, perf and journalctl on a real incident", true}, {"Write the log-reading guide", true}}},
        {"Learn Kubernetes operators", "delivery", 200, "dropped", {{"Finish the course", false}}},
    };
    QList<qint64> goalIds;
    for (const GoalSeed &g : goals) {
        Goal goal;
        goal.title = QString::fromUtf8(g.title);
        goal.skillSlugs = words(g.skills);
        goal.createdOn = start.addDays(20);
        goal.due = today.addDays(g.dueInDays);
        goalStatusFromKey(QString::fromUtf8(g.status), &goal.status);
        if (goal.status != GoalStatus::Open)
            goal.closedOn = today.addDays(-30);
        int position = 0;
        for (const auto &[text, done] : g.milestones) {
            Milestone m;
            m.position = ++position;
            m.text = QString::fromUtf8(text);
            m.due = goal.createdOn.addDays(60 * position);
            if (done)
                m.doneOn = goal.createdOn.addDays(50 * position);
            goal.milestones << m;
        }
        Result<qint64> id = storesOf(ws).goals().add(goal);
        if (!id)
            return id.error();
        goalIds << *id;
    }

    return goalIds;
}

// Quarterly self-ratings of every skill from `start` on, rising slowly.
Result<int> addRatings(Workspace &ws, QRandomGenerator &random, const QDate &start, int quarters)
{
    const Result<QStringList> slugs = storesOf(ws).frameworks().knownSkillSlugs();
    if (!slugs)
        return slugs.error();
    int count = 0;
    for (const QString &slug : *slugs) {
        int rating = 1 + int(random.bounded(2));
        for (int quarter = 0; quarter < quarters; ++quarter) {
            Assessment a;
            a.skillSlug = slug;
            a.rating = rating;
            a.date = start.addMonths(quarter * 3).addDays(int(random.bounded(10)));
            a.note = quarter == 0 ? QStringLiteral("Baseline before the growth plan") : QStringLiteral("Quarterly check-in");
            if (auto added = storesOf(ws).assessments().add(a); !added)
                return added.error();
            ++count;
            if (rating < 3 && random.bounded(5) == 0)
                ++rating;
            else if (rating < 4 && random.bounded(12) == 0)
                ++rating;
        }
    }
    return count;
}

} // namespace

Result<QString> Seeder::example(Workspace &ws, const QDate &today)
{
    QRandomGenerator random(2026);
    Transaction transaction(storesOf(ws).database());
    if (!storesOf(ws).frameworks().setCurrentLevel(QStringLiteral("mid-level")).ok()
        || !storesOf(ws).settings().setValue(SettingStore::userNameKey(), QStringLiteral("Alex Rivera")).ok())
        return Error(QStringLiteral("cannot write settings"));

    // A first honest self-assessment a year ago, then quarterly progress.
    const QDate start = today.addMonths(-12);
    const Result<QStringList> slugs = storesOf(ws).frameworks().knownSkillSlugs();
    if (!slugs)
        return slugs.error();
    for (const QString &slug : *slugs) {
        int rating = 1 + int(random.bounded(2));
        for (int quarter = 0; quarter < 4; ++quarter) {
            Assessment a;
            a.skillSlug = slug;
            a.rating = rating;
            a.date = start.addMonths(quarter * 3).addDays(int(random.bounded(10)));
            a.note = quarter == 0 ? QStringLiteral("Baseline before the growth plan") : QStringLiteral("Quarterly check-in");
            if (!storesOf(ws).assessments().add(a))
                return Error(QStringLiteral("cannot rate %1").arg(slug));
            if (rating < 3 && random.bounded(3) == 0)
                ++rating;
            else if (rating < 4 && random.bounded(9) == 0)
                ++rating;
        }
    }

    Result<QList<qint64>> goalIds = addGoals(ws, start, today);
    if (!goalIds)
        return goalIds.error();

    // About two wins a week, some starred, some tied to goals.
    int count = 0;
    for (QDate d = start.addDays(3); d <= today; d = d.addDays(2 + int(random.bounded(5)))) {
        const WinTemplate &t = Templates[random.bounded(int(std::size(Templates)))];
        Win w = winFrom(t, d);
        w.starred = random.bounded(6) == 0;
        if (w.skillSlugs.contains(QStringLiteral("release-management")))
            w.goalIds << goalIds->at(0);
        if (w.skillSlugs.contains(QStringLiteral("system-design")))
            w.goalIds << goalIds->at(1);
        if (w.skillSlugs.contains(QStringLiteral("mentoring")))
            w.goalIds << goalIds->at(2);
        if (!storesOf(ws).wins().add(w))
            return Error(QStringLiteral("cannot add a win"));
        ++count;
    }
    transaction.commit();
    return QStringLiteral("example: %1 wins, %2 assessments, %3 goals").arg(count).arg(slugs->size() * 4).arg(goalIds->size());
}

Result<QString> Seeder::bulk(Workspace &ws, qint64 wins, quint32 seed, const QDate &today)
{
    QRandomGenerator random(seed);
    QElapsedTimer timer;
    timer.start();

    // The person: a level, three years of ratings, the example's goals.
    constexpr int Quarters = 12;
    const QDate ratedFrom = today.addMonths(-3 * Quarters);
    const QDate goalsFrom = today.addMonths(-12);
    Result<QList<qint64>> goalIds = QList<qint64>();
    int ratings = 0;
    {
        Transaction transaction(storesOf(ws).database());
        if (!storesOf(ws).frameworks().setCurrentLevel(QStringLiteral("mid-level")).ok()
            || !storesOf(ws).settings().setValue(SettingStore::userNameKey(), QStringLiteral("Sam Bench")).ok())
            return Error(QStringLiteral("cannot write settings"));
        Result<int> rated = addRatings(ws, random, ratedFrom, Quarters);
        if (!rated)
            return rated.error();
        ratings = *rated;
        goalIds = addGoals(ws, goalsFrom, today);
        if (!goalIds)
            return goalIds.error();
        transaction.commit();
    }
    const QDate goalsCreated = goalsFrom.addDays(20);

    // Days before `today`, oldest first: the order a journal is written in.
    const qint64 days = std::max<qint64>(365, wins / 25);
    std::vector<qint32> daysAgo(std::size_t(std::max<qint64>(wins, 0)));
    for (qint32 &d : daysAgo)
        d = qint32(random.bounded(quint32(days)));
    std::sort(daysAgo.begin(), daysAgo.end(), std::greater<>());

    constexpr qint64 Batch = 10000;
    for (qint64 done = 0; done < wins;) {
        QList<Win> batch;
        batch.reserve(qsizetype(std::min(Batch, wins - done)));
        for (qint64 i = 0; i < Batch && done < wins; ++i, ++done) {
            const WinTemplate &t = Templates[random.bounded(int(std::size(Templates)))];
            qint64 ago = daysAgo[std::size_t(done)];
            if (random.bounded(10) == 0)
                ago += random.bounded(15); // written up a few days late
            Win w = winFrom(t, today.addDays(-ago));
            w.title += QStringLiteral(" (#%1)").arg(done + 1);
            w.starred = random.bounded(20) == 0;
            if (w.date >= goalsCreated) {
                if (w.skillSlugs.contains(QStringLiteral("release-management")))
                    w.goalIds << goalIds->at(0);
                if (w.skillSlugs.contains(QStringLiteral("system-design")))
                    w.goalIds << goalIds->at(1);
                if (w.skillSlugs.contains(QStringLiteral("mentoring")))
                    w.goalIds << goalIds->at(2);
            }
            batch << w;
        }
        if (Result<qint64> added = storesOf(ws).wins().addMany(std::move(batch)); !added)
            return added.error().at(QStringLiteral("wins up to %1").arg(done));
    }
    return QStringLiteral("bulk: %1 wins, %2 ratings, %3 goals in %4 s")
        .arg(wins)
        .arg(ratings)
        .arg(goalIds->size())
        .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
}

} // namespace ladder
