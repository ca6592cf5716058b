// ladder-seed: makes databases for examples, screenshots and benchmarks.
//   ladder-seed --db FILE --example [--today D]      a year of one engineer's wins, ratings and goals
//   ladder-seed --db FILE --wins N [--seed S]         N realistic wins spread over the last years
// Test tooling only: not part of any production target.

#include "io/Workspace.h"
#include "storage/Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cstdio>

using namespace ladder;

namespace {

struct WinTemplate
{
    const char *title;
    const char *skills;  // space-separated slugs
    const char *tags;
    const char *impact;
    const char *body;
};

// Realistic accomplishments of a mid-level engineer growing toward senior.
const WinTemplate Templates[] = {
    {"Cut checkout p99 latency from 2.1 s to 850 ms", "performance", "perf checkout", "Checkout abandonment down 3% in the following month",
     "Profiled with perf and flame graphs; the time went to N+1 queries in the cart service.\n\n- batched the price lookups\n- added a covering index"},
    {"Led the quarterly failover drill for the payments cluster", "distributed-systems incident-response", "oncall drills",
     "Failover time measured at 4 min, down from 11", "Wrote the runbook first, then ran the drill with two juniors shadowing."},
    {"Planned and rehearsed the rollback of the orders schema change", "release-management data-migration", "release db",
     "Zero-downtime migration of 40 M rows", "Old and new app versions ran side by side against the expand/contract schema for a week."},
    {"Found a memory leak in the image service from production logs", "debugging", "oncall", "Stopped nightly OOM restarts",
     "journalctl, grep and awk over three days of logs pointed at the thumbnail cache; heaptrack confirmed it."},
    {"Moved the API build to a container pipeline with cached layers", "delivery automation", "ci", "CI time from 19 to 7 minutes", ""},
    {"Wrote the design doc for the notification fan-out service", "system-design communication documentation", "design",
     "Approved by architecture review with two small changes", "Compared a queue per tenant with a shared topic; picked the topic with per-tenant rate limits."},
    {"Mentored Sam through their first on-call rotation", "mentoring emotional-intelligence", "mentoring", "Sam handled two pages alone by week three", ""},
    {"Load-tested search at 5x Black Friday traffic", "stress-testing performance", "perf load-test", "Found the connection-pool limit before customers did",
     "k6 scripts in the repo; the pool was raised and a circuit breaker added."},
    {"Added alerting on queue depth and consumer lag", "monitoring", "observability", "Two incidents caught before users noticed", ""},
    {"Reviewed 40 pull requests with actionable, kind comments", "code-review communication", "review", "Review turnaround under one day for the team", ""},
    {"Negotiated the scope of the reporting feature with product", "negotiation business-awareness", "planning",
     "Shipped the 80% that mattered two sprints early", ""},
    {"Paid down the legacy auth module's technical debt", "technical-debt code-quality", "refactoring", "Auth bugs per quarter from 9 to 2",
     "Made the case with incident counts; split the work into five safe steps behind a flag."},
    {"Introduced contract tests between the web app and the API", "testing full-stack", "testing", "Broke the build instead of production three times", ""},
    {"Ran the incident review for the DNS outage, blameless", "incident-response communication", "oncall postmortem",
     "Five follow-ups owned and closed", ""},
    {"Automated the monthly certificate rotation", "automation delivery", "ops", "Removed a two-hour manual chore and a recurring risk", ""},
    {"Owned the billing migration end to end", "ownership data-migration", "billing", "Migrated 12,000 customers without a support ticket", ""},
    {"Proposed the two-year plan for splitting the monolith", "strategic-thinking system-design", "architecture",
     "Adopted as the platform team's roadmap", ""},
    {"Wrote the team's guide to reading production logs", "documentation debugging", "docs", "Used in onboarding for three new hires", ""},
    {"Learned Rust and shipped a small CLI for log sampling", "learning automation", "learning", "Sampling now takes seconds, not minutes", ""},
    {"Built the accessibility fixes for the signup form", "full-stack code-quality", "frontend a11y", "Signup completion up 4% on screen readers", ""},
    {"Canary-released the new pricing engine to 5% of traffic", "release-management monitoring", "release", "Caught a rounding bug at 5% instead of 100%", ""},
    {"Explained the caching trade-offs to the sales engineers", "communication business-awareness", "talk", "Fewer escalations about stale prices", ""},
    {"Calmly coordinated the response to a data-center network partition", "incident-response emotional-intelligence distributed-systems",
     "oncall", "Recovered in 38 minutes with no data loss", ""},
    {"Sped up the test suite by running it in parallel shards", "testing automation", "ci", "Feedback in 6 minutes instead of 25", ""},
};

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "ladder-seed: error: %s\n", qPrintable(message));
    return 1;
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

int seedExample(Workspace &ws, const QDate &today)
{
    QRandomGenerator random(2026);
    Transaction transaction(ws.database());
    if (!ws.settings().setValue(SettingStore::currentLevelKey(), QStringLiteral("mid-level")).ok()
        || !ws.settings().setValue(SettingStore::userNameKey(), QStringLiteral("Alex Rivera")).ok())
        return fail(QStringLiteral("cannot write settings"));

    // A first honest self-assessment a year ago, then quarterly progress.
    const QDate start = today.addMonths(-12);
    const Result<QStringList> slugs = ws.frameworks().activeSkillSlugs();
    if (!slugs)
        return fail(slugs.error().message());
    for (const QString &slug : *slugs) {
        int rating = 1 + int(random.bounded(2));
        for (int quarter = 0; quarter < 4; ++quarter) {
            Assessment a;
            a.skillSlug = slug;
            a.rating = rating;
            a.date = start.addMonths(quarter * 3).addDays(int(random.bounded(10)));
            a.note = quarter == 0 ? QStringLiteral("Baseline before the growth plan") : QStringLiteral("Quarterly check-in");
            if (!ws.assessments().add(a))
                return fail(QStringLiteral("cannot rate %1").arg(slug));
            if (rating < 3 && random.bounded(3) == 0)
                ++rating;
            else if (rating < 4 && random.bounded(9) == 0)
                ++rating;
        }
    }

    struct GoalSeed
    {
        const char *title;
        const char *skills;
        int dueInDays;
        const char *status;
        QList<std::pair<const char *, bool>> milestones;
    };
    const QList<GoalSeed> goals = {
        {"Own a production release end to end", "release-management delivery", 45, "open",
         {{"Shadow the release captain", true}, {"Write the rollback plan, database included", true}, {"Run a release as captain", false}}},
        {"Design a service that others build on", "system-design distributed-systems", 120, "open",
         {{"Read the SRE book chapters on load balancing", true}, {"Write a design doc", false}, {"Present it at architecture review", false}}},
        {"Mentor a junior through their first quarter", "mentoring communication", -10, "open",
         {{"Weekly one-to-ones", true}, {"Pair on their first feature", false}}},
        {"Get fluent with Linux debugging tools", "debugging monitoring", -60, "done",
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
        Result<qint64> id = ws.goals().add(goal);
        if (!id)
            return fail(id.error().message());
        goalIds << *id;
    }

    // About two wins a week, some starred, some tied to goals.
    int count = 0;
    for (QDate d = start.addDays(3); d <= today; d = d.addDays(2 + int(random.bounded(5)))) {
        const WinTemplate &t = Templates[random.bounded(int(std::size(Templates)))];
        Win w = winFrom(t, d);
        w.starred = random.bounded(6) == 0;
        if (w.skillSlugs.contains(QStringLiteral("release-management")))
            w.goalIds << goalIds.at(0);
        if (w.skillSlugs.contains(QStringLiteral("system-design")))
            w.goalIds << goalIds.at(1);
        if (w.skillSlugs.contains(QStringLiteral("mentoring")))
            w.goalIds << goalIds.at(2);
        if (!ws.wins().add(w))
            return fail(QStringLiteral("cannot add a win"));
        ++count;
    }
    transaction.commit();
    std::printf("example: %d wins, %d assessments, %d goals\n", count, int(slugs->size()) * 4, int(goals.size()));
    return 0;
}

int seedBulk(Workspace &ws, qint64 wins, quint32 seed, const QDate &today)
{
    QRandomGenerator random(seed);
    const qint64 days = std::max<qint64>(365, wins / 25);  // ~25 wins a day at most: many years of history
    QElapsedTimer timer;
    timer.start();
    constexpr qint64 Batch = 10000;
    for (qint64 done = 0; done < wins;) {
        Transaction transaction(ws.database());
        for (qint64 i = 0; i < Batch && done < wins; ++i, ++done) {
            const WinTemplate &t = Templates[random.bounded(int(std::size(Templates)))];
            Win w = winFrom(t, today.addDays(-qint64(random.bounded(quint64(days)))));
            w.title += QStringLiteral(" (#%1)").arg(done + 1);
            w.starred = random.bounded(20) == 0;
            if (!ws.wins().add(w))
                return fail(QStringLiteral("cannot add win %1").arg(done + 1));
        }
        transaction.commit();
    }
    std::printf("bulk: %lld wins in %.1f s\n", static_cast<long long>(wins), double(timer.elapsed()) / 1000.0);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Makes example and benchmark databases for Ladder."));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("The database to create (must not exist)."), QStringLiteral("FILE"));
    const QCommandLineOption example(QStringLiteral("example"), QStringLiteral("A year of one engineer's wins, ratings and goals."));
    const QCommandLineOption wins(QStringLiteral("wins"), QStringLiteral("N realistic wins (benchmarks)."), QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption today(QStringLiteral("today"), QStringLiteral("The date the data ends on (YYYY-MM-DD)."), QStringLiteral("D"));
    parser.addOptions({db, example, wins, seed, today});
    parser.process(app);

    const QString path = parser.value(db);
    if (path.isEmpty() || (!parser.isSet(example) && !parser.isSet(wins)))
        return fail(QStringLiteral("give --db FILE and --example or --wins N"));
    if (QFileInfo::exists(path))
        return fail(QStringLiteral("%1 exists; ladder-seed only makes new databases").arg(path));
    const QDate end = parser.isSet(today) ? QDate::fromString(parser.value(today), Qt::ISODate) : QDate::currentDate();
    if (!end.isValid())
        return fail(QStringLiteral("--today %1: not a date").arg(parser.value(today)));

    Result<std::unique_ptr<Workspace>> ws = Workspace::open(path);
    if (!ws)
        return fail(ws.error().message());
    if (parser.isSet(example)) {
        if (const int code = seedExample(**ws, end))
            return code;
    }
    if (parser.isSet(wins))
        return seedBulk(**ws, parser.value(wins).toLongLong(), parser.value(seed).toUInt(), end);
    return 0;
}
