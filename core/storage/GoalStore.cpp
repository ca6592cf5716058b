// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalStore.h"

#include "Database.h"
#include "domain/IsoTime.h"
#include "domain/Suggestion.h"
#include "EditMerge.h"
#include "FrameworkStore.h"
#include "Statement.h"
#include "StorageError.h"
#include "Transaction.h"

#include <QUuid>

namespace ladder {

namespace {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

constexpr std::string_view Select = "SELECT id, uuid, title, note, status, created_on, due_on, closed_on, updated_at FROM goal ";

// Milliseconds are what the database keeps, as for wins.
QDateTime nowUtc()
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
}

// goal.updated_at is NOT NULL, '' when unknown.
QString updatedAtText(const QDateTime &at)
{
    return at.isValid() ? QString::fromLatin1(IsoTime::formatUtc(at)) : QStringLiteral("");
}

// A goal changed: a merge of two databases keeps the newer edit (schema version 4).
void touch(Database &db, qint64 id)
{
    Statement s(db, "UPDATE goal SET updated_at = ? WHERE id = ?");
    s.bind(1, updatedAtText(nowUtc())).bind(2, id).run();
}

Goal readGoal(const Statement &s)
{
    Goal g;
    g.id = s.int64(0);
    g.uuid = s.text(1);
    g.title = s.text(2);
    g.note = s.text(3);
    goalStatusFromKey(s.text(4), &g.status);
    g.createdOn = s.date(5);
    g.due = s.date(6);
    g.closedOn = s.date(7);
    g.updatedAt = s.dateTime(8);
    return g;
}

// Nothing about a goal happens before it was created.
Result<void> checkNotBeforeCreation(const Goal &goal, const QDate &on)
{
    if (goal.createdOn.isValid() && on < goal.createdOn)
        return Error(GoalStore::tr("date %1 is before goal %2 was created (%3)")
                         .arg(on.toString(Qt::ISODate))
                         .arg(goal.id)
                         .arg(goal.createdOn.toString(Qt::ISODate)));
    return {};
}

} // namespace

GoalStore::GoalStore(Database &db)
    : m_db(db)
{
}

Result<void> GoalStore::validate(Goal &goal, const QStringList &linkedBefore)
{
    goal.title = goal.title.trimmed();
    if (goal.title.isEmpty())
        return Error(tr("a goal needs a title"));
    if (goal.due.isValid() && goal.createdOn.isValid() && goal.due < goal.createdOn)
        return Error(tr("due date %1 is before the goal was created (%2)")
                         .arg(goal.due.toString(Qt::ISODate), goal.createdOn.toString(Qt::ISODate)));
    goal.skillSlugs.removeDuplicates();
    goal.skillSlugs.sort();
    if (!goal.skillSlugs.isEmpty()) {
        Result<QStringList> known = FrameworkStore(m_db).knownSkillSlugs();
        if (!known)
            return known.error();
        for (const QString &slug : std::as_const(goal.skillSlugs)) {
            if (!known->contains(slug) && !linkedBefore.contains(slug))
                return unknownSkill(slug, *known);
        }
    }
    return {};
}

Result<qint64> GoalStore::add(Goal goal, bool keepIdentity)
{
    return guarded([&]() -> Result<qint64> {
        if (!goal.createdOn.isValid())
            goal.createdOn = QDate::currentDate();
        Transaction transaction(m_db);
        if (!keepIdentity) {
            if (auto valid = validate(goal); !valid)
                return valid.error();
        }
        if (!keepIdentity || goal.uuid.isEmpty())
            goal.uuid = newUuid();
        bool keepId = keepIdentity && goal.id > 0;
        if (keepId) {
            Statement taken(m_db, "SELECT 1 FROM goal WHERE id = ?");
            taken.bind(1, goal.id);
            keepId = !taken.step();
        }
        if (!keepIdentity)
            goal.updatedAt = nowUtc();
        Statement s(m_db,
                    "INSERT INTO goal(id, uuid, title, note, status, created_on, due_on, closed_on, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (keepId)
            s.bind(1, goal.id);
        else
            s.bindNull(1);
        s.bind(2, goal.uuid).bind(3, goal.title).bind(4, goal.note.isNull() ? QStringLiteral("") : goal.note);
        s.bind(5, goalStatusKey(goal.status)).bind(6, goal.createdOn).bind(7, goal.due).bind(8, goal.closedOn);
        s.bind(9, updatedAtText(goal.updatedAt));
        s.run();
        goal.id = m_db.lastInsertRowId();
        Statement link(m_db, "INSERT INTO goal_skill(goal_id, skill_slug) VALUES (?, ?)");
        for (const QString &slug : std::as_const(goal.skillSlugs)) {
            link.bind(1, goal.id).bind(2, slug).run();
            link.reset();
        }
        // A UUID names one milestone: one already held here (by another
        // goal's milestone) gets a new one.
        Statement taken(m_db, "SELECT 1 FROM milestone WHERE uuid = ?");
        Statement milestone(m_db, "INSERT INTO milestone(uuid, goal_id, position, text, due_on, done_on) VALUES (?, ?, ?, ?, ?, ?)");
        int position = 0;
        for (const Milestone &m : std::as_const(goal.milestones)) {
            const bool keep = keepIdentity && !m.uuid.isEmpty() && !taken.bind(1, m.uuid).step();
            taken.reset();
            milestone.bind(1, keep ? m.uuid : newUuid()).bind(2, goal.id).bind(3, ++position);
            milestone.bind(4, m.text).bind(5, m.due).bind(6, m.doneOn).run();
            milestone.reset();
        }
        transaction.commit();
        return goal.id;
    });
}

Result<void> GoalStore::update(const Goal &before, const Goal &after)
{
    return guarded([&]() -> Result<void> {
        Transaction transaction(m_db);
        const qint64 id = after.id;
        Statement exists(m_db, "SELECT 1 FROM goal WHERE id = ?");
        if (!exists.bind(1, id).step())
            return Error(tr("goal %1 was deleted meanwhile; nothing was changed").arg(id));
        Result<Goal> stored = get(id);
        if (!stored)
            return stored.error();

        Goal merged = *stored;
        QStringList conflicts;
        mergeField(tr("title"), before.title.trimmed(), after.title.trimmed(), merged.title, conflicts);
        mergeField(tr("note"), before.note, after.note, merged.note, conflicts);
        mergeField(tr("due date"), before.due, after.due, merged.due, conflicts);
        if (!conflicts.isEmpty())
            return Error(
                tr("goal %1 was changed elsewhere meanwhile (%2); nothing was changed").arg(id).arg(conflicts.join(QStringLiteral(", "))));
        merged.skillSlugs = mergedList(stored->skillSlugs, before.skillSlugs, after.skillSlugs);
        // A skill linked under another framework stays linked after a switch.
        if (auto valid = validate(merged, stored->skillSlugs); !valid)
            return valid.error();
        const bool skillsChanged = merged.skillSlugs != stored->skillSlugs;
        if (!skillsChanged && merged.title == stored->title && merged.note == stored->note && merged.due == stored->due)
            return {};

        Statement s(m_db, "UPDATE goal SET title = ?, note = ?, due_on = ? WHERE id = ?");
        s.bind(1, merged.title).bind(2, merged.note.isNull() ? QStringLiteral("") : merged.note).bind(3, merged.due).bind(4, id).run();
        touch(m_db, id);
        if (skillsChanged) {
            Statement clear(m_db, "DELETE FROM goal_skill WHERE goal_id = ?");
            clear.bind(1, id).run();
            Statement link(m_db, "INSERT INTO goal_skill(goal_id, skill_slug) VALUES (?, ?)");
            for (const QString &slug : std::as_const(merged.skillSlugs)) {
                link.bind(1, id).bind(2, slug).run();
                link.reset();
            }
        }
        transaction.commit();
        return {};
    });
}

Result<void> GoalStore::setStatus(qint64 id, GoalStatus status, const QDate &on, std::optional<GoalStatus> from)
{
    return guarded([&]() -> Result<void> {
        Transaction transaction(m_db);
        Result<Goal> goal = get(id);
        if (!goal)
            return goal.error();
        if (from && goal->status != *from && goal->status != status)
            return Error(tr("goal %1 was changed elsewhere meanwhile (status); nothing was changed").arg(id));
        if (status != GoalStatus::Open) {
            if (!on.isValid())
                return Error(tr("closing goal %1 needs a valid date").arg(id));
            if (auto checked = checkNotBeforeCreation(*goal, on); !checked)
                return checked.error();
        }
        Statement s(m_db, "UPDATE goal SET status = ?, closed_on = ? WHERE id = ?");
        s.bind(1, goalStatusKey(status)).bind(2, status == GoalStatus::Open ? QDate() : on).bind(3, id).run();
        touch(m_db, id);
        transaction.commit();
        return {};
    });
}

Result<void> GoalStore::remove(qint64 id)
{
    return guarded([&]() -> Result<void> {
        Transaction transaction(m_db);
        Statement s(m_db, "DELETE FROM goal WHERE id = ?");
        s.bind(1, id).run();
        if (m_db.changes() == 0)
            return Error(tr("no goal with id %1").arg(id));
        transaction.commit();
        return {};
    });
}

void GoalStore::loadDetails(Goal &goal)
{
    Statement skills(m_db, "SELECT skill_slug FROM goal_skill WHERE goal_id = ? ORDER BY skill_slug");
    skills.bind(1, goal.id);
    while (skills.step())
        goal.skillSlugs << skills.text(0);
    Statement milestones(m_db, "SELECT id, uuid, position, text, due_on, done_on FROM milestone WHERE goal_id = ? ORDER BY position");
    milestones.bind(1, goal.id);
    while (milestones.step()) {
        goal.milestones << Milestone{milestones.int64(0), milestones.text(1), milestones.integer(2),
                                     milestones.text(3),  milestones.date(4), milestones.date(5)};
    }
}

Result<Goal> GoalStore::get(qint64 id)
{
    return guarded([&]() -> Result<Goal> {
        Statement s(m_db, std::string(Select) + "WHERE id = ?");
        s.bind(1, id);
        if (!s.step())
            return Error(tr("no goal with id %1").arg(id));
        Goal goal = readGoal(s);
        loadDetails(goal);
        return goal;
    });
}

Result<QList<Goal>> GoalStore::list(const GoalFilter &filter)
{
    return guarded([&]() -> Result<QList<Goal>> {
        // Open goals first, then by due date (none last), then id: what needs
        // attention comes first.
        Statement s(m_db,
                    std::string(Select)
                        + "WHERE (?1 IS NULL OR status = ?1)"
                          " AND (?2 IS NULL OR id IN (SELECT goal_id FROM goal_skill WHERE skill_slug = ?2))"
                          " ORDER BY status = 'open' DESC, due_on IS NULL, due_on, id");
        s.bind(1, filter.status ? goalStatusKey(*filter.status) : QString());
        s.bind(2, filter.skillSlug.isEmpty() ? QString() : filter.skillSlug);
        QList<Goal> goals;
        while (s.step())
            goals << readGoal(s);
        for (Goal &g : goals)
            loadDetails(g);
        return goals;
    });
}

Result<int> GoalStore::addMilestone(qint64 goalId, const QString &text, const QDate &due, const QDate &doneOn, const QString &uuid)
{
    return guarded([&]() -> Result<int> {
        if (text.trimmed().isEmpty())
            return Error(tr("a milestone needs a text"));
        Transaction transaction(m_db);
        Result<Goal> goal = get(goalId);
        if (!goal)
            return goal.error();
        if (due.isValid() && goal->createdOn.isValid() && due < goal->createdOn)
            return Error(tr("due date %1 is before goal %2 was created (%3)")
                             .arg(due.toString(Qt::ISODate))
                             .arg(goalId)
                             .arg(goal->createdOn.toString(Qt::ISODate)));
        const int position = int(goal->milestones.size()) + 1;
        Statement s(m_db, "INSERT INTO milestone(uuid, goal_id, position, text, due_on, done_on) VALUES (?, ?, ?, ?, ?, ?)");
        s.bind(1, uuid.isEmpty() ? newUuid() : uuid).bind(2, goalId).bind(3, position).bind(4, text.trimmed()).bind(5, due).bind(6, doneOn);
        s.run();
        touch(m_db, goalId);
        transaction.commit();
        return position;
    });
}

Result<void> GoalStore::removeMilestone(qint64 goalId, int position)
{
    return guarded([&]() -> Result<void> {
        Transaction transaction(m_db);
        Result<Goal> goal = get(goalId);
        if (!goal)
            return goal.error();
        Statement s(m_db, "DELETE FROM milestone WHERE goal_id = ? AND position = ?");
        s.bind(1, goalId).bind(2, position).run();
        if (m_db.changes() == 0)
            return Error(tr("goal %1 has no milestone %2 (it has %3)").arg(goalId).arg(position).arg(goal->milestones.size()));
        // Two steps, because UNIQUE(goal_id, position) is checked row by row and
        // an UPDATE has no defined order: park the later rows on negative
        // positions first, then bring them back one lower.
        Statement park(m_db, "UPDATE milestone SET position = -position WHERE goal_id = ? AND position > ?");
        park.bind(1, goalId).bind(2, position).run();
        Statement shift(m_db, "UPDATE milestone SET position = -position - 1 WHERE goal_id = ? AND position < 0");
        shift.bind(1, goalId).run();
        touch(m_db, goalId);
        transaction.commit();
        return {};
    });
}

Result<void> GoalStore::setMilestoneDone(qint64 goalId, int position, const QDate &on)
{
    return guarded([&]() -> Result<void> {
        Transaction transaction(m_db);
        Result<Goal> goal = get(goalId);
        if (!goal)
            return goal.error();
        if (on.isValid()) {
            if (auto checked = checkNotBeforeCreation(*goal, on); !checked)
                return checked.error();
        }
        Statement s(m_db, "UPDATE milestone SET done_on = ? WHERE goal_id = ? AND position = ?");
        s.bind(1, on).bind(2, goalId).bind(3, position).run();
        if (m_db.changes() == 0)
            return Error(tr("goal %1 has no milestone %2 (it has %3)").arg(goalId).arg(position).arg(goal->milestones.size()));
        touch(m_db, goalId);
        transaction.commit();
        return {};
    });
}

Result<void> GoalStore::replace(const Goal &goal)
{
    return guarded([&]() -> Result<void> {
        Transaction transaction(m_db);
        Statement s(m_db,
                    "UPDATE goal SET title = ?, note = ?, status = ?, created_on = ?, due_on = ?, closed_on = ?, updated_at = ?"
                    " WHERE id = ?");
        s.bind(1, goal.title).bind(2, goal.note.isNull() ? QStringLiteral("") : goal.note).bind(3, goalStatusKey(goal.status));
        s.bind(4, goal.createdOn).bind(5, goal.due).bind(6, goal.closedOn).bind(7, updatedAtText(goal.updatedAt)).bind(8, goal.id);
        s.run();
        if (m_db.changes() == 0)
            return Error(tr("no goal with id %1").arg(goal.id));
        Statement clearSkills(m_db, "DELETE FROM goal_skill WHERE goal_id = ?");
        clearSkills.bind(1, goal.id).run();
        Statement link(m_db, "INSERT INTO goal_skill(goal_id, skill_slug) VALUES (?, ?) ON CONFLICT DO NOTHING");
        for (const QString &slug : goal.skillSlugs) {
            link.bind(1, goal.id).bind(2, slug).run();
            link.reset();
        }
        Statement clearMilestones(m_db, "DELETE FROM milestone WHERE goal_id = ?");
        clearMilestones.bind(1, goal.id).run();
        // A UUID names one milestone: one held by another goal's milestone
        // here gets a new one.
        Statement taken(m_db, "SELECT 1 FROM milestone WHERE uuid = ?");
        Statement milestone(m_db, "INSERT INTO milestone(uuid, goal_id, position, text, due_on, done_on) VALUES (?, ?, ?, ?, ?, ?)");
        int position = 0;
        for (const Milestone &m : goal.milestones) {
            const bool free = !m.uuid.isEmpty() && !taken.bind(1, m.uuid).step();
            taken.reset();
            milestone.bind(1, free ? m.uuid : newUuid()).bind(2, goal.id).bind(3, ++position);
            milestone.bind(4, m.text).bind(5, m.due).bind(6, m.doneOn).run();
            milestone.reset();
        }
        transaction.commit();
        return {};
    });
}

} // namespace ladder
