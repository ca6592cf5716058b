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

// Realistic accomplishments of a mid-level engineer growing toward senior,
// each title different: the example year uses each at most once, as a real
// year would not log the same win twice.
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
    {"Replaced the hand-rolled retry loop in the payment client with backoff and jitter", "distributed-systems code-quality", "payments",
     "Retry storms during provider outages stopped", ""},
    {"Cut the nightly ETL job from four hours to fifty minutes", "performance data-migration", "perf data",
     "Reports ready before the 8 am stand-up", ""},
    {"Wrote the on-call handbook for the platform team", "documentation incident-response", "oncall docs",
     "New on-callers ramp up in one week, not three", ""},
    {"Traced a flaky checkout test to a time-zone assumption", "debugging testing", "testing",
     "Flaky failures on main down from weekly to none", ""},
    {"Set up structured logging across the order services", "monitoring code-quality", "observability",
     "Incident triage starts from one query instead of five", ""},
    {"Ran a lunch-and-learn on property-based testing", "communication testing learning", "talk testing",
     "Two teams adopted it for their parsers", ""},
    {"Shipped dark mode for the customer dashboard", "full-stack", "frontend", "The most upvoted feature request closed", ""},
    {"Designed the rate limiter for the public API", "system-design distributed-systems", "design api",
     "Abusive clients throttled without hurting paying ones",
     "Token bucket per API key in Redis; a local fallback when Redis is unreachable."},
    {"Migrated the user table to UUID primary keys without downtime", "data-migration release-management", "db",
     "No customer-visible impact during the switch", ""},
    {"Paired with a new hire on their first production deploy", "mentoring", "mentoring onboarding",
     "They deployed alone the following week", ""},
    {"Removed 30,000 lines of dead feature-flag code", "technical-debt code-quality", "refactoring", "Build time down 12%", ""},
    {"Set the SLOs for the search service with the product owner", "monitoring business-awareness", "slo",
     "Alerting now pages on user pain, not CPU", ""},
    {"Led the post-incident review of the expired TLS certificate", "incident-response ownership", "oncall postmortem",
     "Expiry checks added to every service", ""},
    {"Profiled the mobile API and removed three redundant round trips", "performance full-stack", "perf mobile",
     "App start on 3G two seconds faster", ""},
    {"Wrote an ADR on choosing Postgres over a document store", "system-design documentation", "architecture design",
     "Settled a debate that had run for a month", ""},
    {"Built a chaos test that kills a broker during peak load", "stress-testing distributed-systems", "chaos",
     "Found and fixed a lost-message bug in the consumer", ""},
    {"Introduced a pull-request template with a risk section", "code-review communication", "review process",
     "Reviewers ask fewer clarifying questions", ""},
    {"Helped support reproduce a billing bug with a customer's data export", "debugging business-awareness", "billing support",
     "Fixed the same day the ticket came in", ""},
    {"Moved secrets from environment files into the vault", "automation monitoring", "security ops",
     "Passed the security audit without findings", ""},
    {"Planned the quarter's work with the team lead", "strategic-thinking negotiation", "planning",
     "The roadmap fits the team's capacity for once", ""},
    {"Added end-to-end tests for the password reset flow", "testing full-stack", "testing", "A regression caught in review a week later",
     ""},
    {"Turned a week of manual release notes into a script", "automation release-management", "release", "Release notes take ten minutes",
     ""},
    {"Gave a calm, clear status update to leadership during the outage", "communication emotional-intelligence incident-response", "oncall",
     "Leadership stopped asking for updates every five minutes", ""},
    {"Split the reporting service's database reads onto a replica", "performance distributed-systems", "perf db",
     "Primary CPU down from 85% to 40%", ""},
    {"Reviewed the security design of the partner integration", "code-review system-design", "security review",
     "Two token-leak risks fixed before launch", ""},
    {"Wrote a migration guide for the v2 API clients", "documentation communication", "docs api", "Partners moved without a support call",
     ""},
    {"Fixed a deadlock in the inventory reservation code", "debugging distributed-systems", "bug",
     "Oversold items at peak time went to zero", ""},
    {"Mentored two interns through their summer project", "mentoring emotional-intelligence", "mentoring",
     "Both projects demoed to the whole company", ""},
    {"Set up a canary dashboard comparing old and new builds", "monitoring release-management", "release observability",
     "Rollbacks decided in minutes from one graph", ""},
    {"Reworked the flaky integration environment into per-branch stacks", "delivery automation", "ci",
     "No more queueing for the shared staging", ""},
    {"Interviewed eight candidates and wrote structured feedback", "communication", "hiring", "Two strong hires joined the team", ""},
    {"Tracked down a memory spike to an unbounded in-process cache", "debugging performance", "perf",
     "Pods no longer restart every afternoon", ""},
    {"Proposed and ran a bug-bash before the holiday freeze", "ownership testing", "quality", "Forty bugs fixed before the freeze", ""},
    {"Explained the data retention change to the legal team", "communication business-awareness", "compliance", "Sign-off in one meeting",
     ""},
    {"Built a load-test harness that replays production traffic", "stress-testing automation", "load-test",
     "Capacity planning now uses real request mixes", ""},
    {"Untangled the circular dependencies between the core modules", "technical-debt system-design", "refactoring",
     "Modules now build and test on their own", ""},
    {"Owned the on-call rotation for the holidays and kept it quiet", "ownership incident-response", "oncall",
     "One page in two weeks, handled in ten minutes", ""},
    {"Wrote the script that checks backups restore, every night", "automation monitoring", "ops backup", "Backups proven, not assumed", ""},
    {"Taught myself Kubernetes networking to debug a DNS issue", "learning debugging", "learning k8s",
     "Intermittent lookups fixed by tuning ndots", ""},
    {"Reduced the docker image for the API from 1.2 GB to 180 MB", "delivery performance", "ci", "Deploys pull in seconds", ""},
    {"Wrote the first draft of the team's engineering principles", "strategic-thinking documentation", "culture",
     "Adopted by the team after two rounds of comments", ""},
    {"Added feature flags so that the pricing rewrite ships in slices", "release-management delivery", "release",
     "Six small releases instead of one big bang", ""},
    {"Ran a blameless retro after the missed launch date", "emotional-intelligence communication", "retro",
     "Three process changes agreed by everyone", ""},
    {"Rewrote the CSV export to stream instead of building in memory", "performance code-quality", "perf export",
     "Exports of a million rows no longer time out", ""},
    {"Built a small admin tool so support can resend invoices", "full-stack business-awareness", "billing tools",
     "Support stopped filing tickets for engineering", ""},
    {"Negotiated a realistic deadline for the partner API launch", "negotiation business-awareness", "planning",
     "Launched on the agreed date without overtime", ""},
    {"Shadowed the SRE team for a week to learn their tooling", "learning monitoring", "learning",
     "Brought back two dashboards for our services", ""},
    {"Wrote property tests for the money-rounding library", "testing code-quality", "testing billing",
     "Found an off-by-one cent in refunds", ""},
    {"Automated the database schema diff check in CI", "automation data-migration", "ci db",
     "Unreviewed schema drift caught on every pull request", ""},
    {"Took over the orphaned notifications service and documented it", "ownership documentation", "ownership",
     "The service has an owner and a runbook again", ""},
    {"Investigated a p99 regression after the framework upgrade", "performance debugging", "perf",
     "Regression traced to a logging default and reverted", ""},
    {"Reviewed the junior team's first microservice design", "code-review mentoring system-design", "review design",
     "They shipped it with a simpler data model", ""},
    {"Built the health-check endpoint standard for all services", "monitoring", "observability",
     "The load balancer stops sending traffic to sick pods", ""},
    {"Cleaned up the alert rules that paged for nothing", "monitoring emotional-intelligence", "oncall", "Pages per week from 30 to 6", ""},
    {"Estimated the cost of moving to managed Kafka", "business-awareness strategic-thinking", "architecture cost",
     "A clear yes with a budget leadership approved", ""},
    {"Designed the event schema versioning rules", "system-design distributed-systems", "design events",
     "Producers and consumers upgrade independently", ""},
    {"Ran the quarterly dependency upgrade across twelve repositories", "technical-debt automation", "maintenance",
     "No service more than one minor version behind", ""},
    {"Presented the reliability roadmap at the engineering all-hands", "communication strategic-thinking", "talk",
     "Two teams offered to help with the next step", ""},
    {"Coached a teammate through a difficult code review conversation", "mentoring emotional-intelligence", "mentoring review",
     "The conversation ended with an agreed plan", ""},
    {"Fixed the memory leak in the websocket gateway", "debugging monitoring", "bug", "Gateway uptime from one day to weeks", ""},
    {"Added contract tests for the events the billing service consumes", "testing distributed-systems", "testing billing",
     "A breaking producer change was caught in CI", ""},
    {"Wrote a one-page brief on the search relevance problem", "communication business-awareness", "docs search",
     "Product funded the fix for next quarter", ""},
    {"Built the blue-green deploy for the web frontend", "release-management delivery", "release frontend",
     "Frontend rollbacks take one click", ""},
    {"Benchmarked three JSON libraries for the ingestion path", "performance learning", "perf",
     "Switched libraries; ingestion CPU down 25%", ""},
    {"Volunteered to lead the accessibility audit", "ownership full-stack", "a11y", "Twenty issues triaged and half fixed this quarter",
     ""},
    {"Rewrote the onboarding docs after watching a new hire struggle", "documentation emotional-intelligence", "docs onboarding",
     "Setup time from two days to an afternoon", ""},
    {"Made the integration tests hermetic with test containers", "testing automation", "testing ci",
     "No more failures from shared test data", ""},
    {"Sized the database for next year's traffic forecast", "system-design business-awareness", "capacity",
     "Hardware ordered before it became urgent", ""},
    {"Drove the decision to retire the legacy reporting API", "strategic-thinking negotiation", "deprecation",
     "Three consumers moved, one server switched off", ""},
    {"Found the cause of duplicate emails in the retry logic", "debugging distributed-systems", "bug email",
     "Customers stopped getting the same receipt twice", ""},
    {"Pair-reviewed the migration scripts before the big cut-over", "code-review data-migration", "review db",
     "The cut-over ran exactly as rehearsed", ""},
    {"Wrote a runbook for restoring a single tenant from backup", "documentation incident-response", "runbook",
     "A restore took 20 minutes during the next incident", ""},
    {"Introduced trunk-based development to the team", "delivery strategic-thinking", "process", "Long-lived branches gone within a month",
     ""},
    {"Kept the incident channel focused while three teams debugged", "incident-response communication", "oncall",
     "The outage ended an hour sooner than the last similar one", ""},
    {"Refactored the order state machine into explicit transitions", "code-quality technical-debt", "refactoring",
     "Two classes of invalid states became impossible", ""},
    {"Taught the team to read flame graphs", "mentoring performance", "perf talk",
     "Three performance fixes came from teammates the next month", ""},
    {"Shipped the bulk-edit feature for account managers", "full-stack ownership", "feature", "Account managers save an hour a week each",
     ""},
    {"Tuned the garbage collector for the recommendation service", "performance monitoring", "perf jvm", "GC pauses under 50 ms at peak",
     ""},
    {"Completed the distributed systems course and shared notes", "learning distributed-systems", "learning",
     "Notes became a reading group for the team", ""},
    {"Spotted a GDPR issue in the analytics events and fixed it", "business-awareness ownership", "compliance",
     "Personal data no longer leaves the EU region", ""},
    {"Set up the error budget policy with product", "negotiation monitoring", "slo",
     "Feature work pauses automatically when the budget runs out", ""},
    {"Reproduced a race in the cache invalidation with a stress test", "stress-testing debugging", "bug",
     "Stale prices after updates fixed", ""},
    {"Led the design review for the multi-region failover", "system-design distributed-systems communication", "design",
     "Plan approved with a phased rollout", ""},
    {"Replaced cron jobs on a pet server with scheduled pipelines", "automation technical-debt", "ops",
     "The last snowflake server was switched off", ""},
    {"Gave feedback to a peer on a sensitive performance issue", "emotional-intelligence communication", "feedback",
     "They thanked me and changed course", ""},
    {"Cut the cold start of the serverless thumbnailer in half", "performance delivery", "perf", "Image uploads feel instant again", ""},
    {"Documented the domain model of the billing system", "documentation system-design", "docs billing",
     "Questions in the team channel about billing dropped off", ""},
    {"Prepared the team's input for the annual planning", "strategic-thinking business-awareness", "planning",
     "All three proposals made the company plan", ""},
    {"Wrote the post-mortem template the whole org now uses", "documentation incident-response", "postmortem",
     "Post-mortems are shorter and have owners", ""},
    {"Hardened the file upload endpoint against oversized requests", "monitoring code-quality", "security",
     "A denial-of-service vector closed", ""},
    {"Mentored a career changer preparing for their first review", "mentoring communication", "mentoring",
     "They were promoted at that review", ""},
    {"Cleaned the test data generators into one shared library", "testing technical-debt", "testing", "New tests take half the setup code",
     ""},
    {"Migrated the search index to the new cluster live", "data-migration monitoring", "search migration",
     "Zero failed queries during the move", ""},
    {"Explained an outage's business impact in the monthly review", "business-awareness communication", "review",
     "Reliability work got a dedicated slot in the roadmap", ""},
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

    // About two wins a week, some starred, some tied to goals; each template
    // once, in an order shuffled from the fixed seed.
    std::vector<int> order(std::size(Templates));
    for (int i = 0; i < int(order.size()); ++i)
        order[std::size_t(i)] = i;
    for (int i = int(order.size()) - 1; i > 0; --i)
        std::swap(order[std::size_t(i)], order[std::size_t(random.bounded(i + 1))]);
    int count = 0;
    for (QDate d = start.addDays(3); d <= today && count < int(order.size()); d = d.addDays(2 + int(random.bounded(5)))) {
        const WinTemplate &t = Templates[order[std::size_t(count)]];
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
