// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssessmentStore.h"

#include "Database.h"
#include "domain/ProficiencyScale.h"
#include "domain/Suggestion.h"
#include "FrameworkStore.h"
#include "Statement.h"
#include "StorageError.h"
#include "Transaction.h"

#include <QUuid>

namespace ladder {

namespace {

Assessment readAssessment(const Statement &s)
{
    Assessment a;
    a.id = s.int64(0);
    a.uuid = s.text(1);
    a.skillSlug = s.text(2);
    a.rating = s.integer(3);
    a.date = s.date(4);
    a.note = s.text(5);
    a.createdAt = s.dateTime(6);
    return a;
}

constexpr std::string_view Select = "SELECT id, uuid, skill_slug, rating, assessed_on, note, created_at FROM assessment ";

} // namespace

AssessmentStore::AssessmentStore(Database &db)
    : m_db(db)
{
}

Result<qint64> AssessmentStore::add(Assessment a, bool keepIdentity)
{
    return guarded([&]() -> Result<qint64> {
        if (!a.date.isValid())
            return Error(tr("an assessment needs a valid date"));
        Transaction transaction(m_db);
        // Every door (a rating made, restored, imported or merged) checks it
        // here: a rating is a number on the scale of its skill's framework.
        Result<std::optional<ProficiencyScale>> scale = FrameworkStore(m_db).scaleOf(a.skillSlug);
        if (!scale)
            return scale.error();
        if (*scale && !(*scale)->isValid(a.rating))
            return (*scale)->outOfRange(QString::number(a.rating));
        if (!*scale) {
            // A rating of a skill no framework has: only an import keeps one
            // (the skill's framework may come later), within what any scale allows.
            if (!keepIdentity) {
                Result<QStringList> known = FrameworkStore(m_db).knownSkillSlugs();
                if (!known)
                    return known.error();
                return unknownSkill(a.skillSlug, *known);
            }
            if (a.rating < 0 || a.rating >= ProficiencyScale::MaxSteps)
                return Error(tr("rating %1 is outside 0-%2").arg(a.rating).arg(ProficiencyScale::MaxSteps - 1));
        }
        if (!keepIdentity || a.uuid.isEmpty())
            a.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!keepIdentity || !a.createdAt.isValid())
            a.createdAt = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
        // An import keeps the id when it is free, as for goals and wins: the
        // export lists ratings by date, then id, so export -> import -> export
        // gives the same bytes only if the ids come back.
        bool keepId = keepIdentity && a.id > 0;
        if (keepId) {
            Statement taken(m_db, "SELECT 1 FROM assessment WHERE id = ?");
            taken.bind(1, a.id);
            keepId = !taken.step();
        }
        Statement s(m_db,
                    "INSERT INTO assessment(id, uuid, skill_slug, rating, assessed_on, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
        if (keepId)
            s.bind(1, a.id);
        else
            s.bindNull(1);
        s.bind(2, a.uuid).bind(3, a.skillSlug).bind(4, a.rating).bind(5, a.date);
        s.bind(6, a.note.isNull() ? QStringLiteral("") : a.note).bind(7, a.createdAt);
        s.run();
        const qint64 id = m_db.lastInsertRowId();
        transaction.commit();
        return id;
    });
}

Result<void> AssessmentStore::remove(qint64 id)
{
    return guarded([&]() -> Result<void> {
        Transaction transaction(m_db);
        Statement s(m_db, "DELETE FROM assessment WHERE id = ?");
        s.bind(1, id).run();
        if (m_db.changes() == 0)
            return Error(tr("no assessment with id %1").arg(id));
        transaction.commit();
        return {};
    });
}

Result<QList<Assessment>> AssessmentStore::history(const QString &skillSlug)
{
    return guarded([&]() -> Result<QList<Assessment>> {
        Statement s(m_db, std::string(Select) + "WHERE skill_slug = ? ORDER BY assessed_on, id");
        s.bind(1, skillSlug);
        QList<Assessment> out;
        while (s.step())
            out << readAssessment(s);
        return out;
    });
}

Result<QList<Assessment>> AssessmentStore::all()
{
    return guarded([&]() -> Result<QList<Assessment>> {
        Statement s(m_db, std::string(Select) + "ORDER BY assessed_on, id");
        QList<Assessment> out;
        while (s.step())
            out << readAssessment(s);
        return out;
    });
}

Result<QHash<QString, int>> AssessmentStore::latest(const QDate &asOf)
{
    return guarded([&]() -> Result<QHash<QString, int>> {
        // Ordered oldest first so that the last row seen per skill wins.
        Statement s(m_db, "SELECT skill_slug, rating FROM assessment WHERE ?1 IS NULL OR assessed_on <= ?1 ORDER BY assessed_on, id");
        s.bind(1, asOf);
        QHash<QString, int> out;
        while (s.step())
            out.insert(s.text(0), s.integer(1));
        return out;
    });
}

} // namespace ladder
