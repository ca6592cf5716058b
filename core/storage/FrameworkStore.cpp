// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrameworkStore.h"

#include "Database.h"
#include "Statement.h"
#include "StorageError.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace ladder {

namespace {

QString uuidOr(const QString &uuid)
{
    return uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : uuid;
}

// `uuid`, or a new one when it is empty or already held by a row that
// `takenSql` (a constant query with the UUID bound) finds.
QString unusedUuid(Database &db, const char *takenSql, const QString &uuid)
{
    if (uuid.isEmpty())
        return uuidOr(uuid);
    Statement taken(db, takenSql);
    taken.bind(1, uuid);
    return taken.step() ? uuidOr(QString()) : uuid;
}

QString behavioursJson(const QStringList &behaviours)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(behaviours)).toJson(QJsonDocument::Compact));
}

QStringList behavioursFromJson(const QString &json)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array)
        out << v.toString();
    return out;
}

} // namespace

FrameworkStore::FrameworkStore(Database &db)
    : m_db(db)
{
}

Result<qint64> FrameworkStore::save(const Framework &fw, bool activate)
{
    return guarded([&]() -> Result<qint64> {
        Transaction transaction(m_db);
        bool wasActive = false;
        {
            Statement any(m_db, "SELECT count(*) FROM framework");
            any.step();
            wasActive = any.int64(0) == 0;
            Statement old(m_db, "SELECT active FROM framework WHERE slug = ?");
            old.bind(1, fw.slug);
            if (old.step())
                wasActive = old.int64(0) != 0;
            Statement remove(m_db, "DELETE FROM framework WHERE slug = ?");
            remove.bind(1, fw.slug).run();
        }
        Statement insert(m_db, "INSERT INTO framework(uuid, slug, name, description, active) VALUES (?, ?, ?, ?, ?)");
        insert.bind(1, unusedUuid(m_db, "SELECT 1 FROM framework WHERE uuid = ?", fw.uuid)).bind(2, fw.slug).bind(3, fw.name);
        insert.bind(4, fw.description).bind(5, wasActive).run();
        const qint64 frameworkId = m_db.lastInsertRowId();

        QHash<QString, qint64> levelIds;
        Statement level(m_db, "INSERT INTO level(uuid, framework_id, slug, name, description, rank) VALUES (?, ?, ?, ?, ?, ?)");
        for (const Level &l : fw.levels) {
            level.bind(1, unusedUuid(m_db, "SELECT 1 FROM level WHERE uuid = ?", l.uuid)).bind(2, frameworkId).bind(3, l.slug);
            level.bind(4, l.name).bind(5, l.description).bind(6, l.rank);
            level.run();
            level.reset();
            levelIds.insert(l.slug, m_db.lastInsertRowId());
        }
        QHash<QString, qint64> categoryIds;
        Statement category(m_db, "INSERT INTO category(uuid, framework_id, slug, name, position) VALUES (?, ?, ?, ?, ?)");
        for (const Category &c : fw.categories) {
            category.bind(1, unusedUuid(m_db, "SELECT 1 FROM category WHERE uuid = ?", c.uuid)).bind(2, frameworkId).bind(3, c.slug);
            category.bind(4, c.name).bind(5, c.position);
            category.run();
            category.reset();
            categoryIds.insert(c.slug, m_db.lastInsertRowId());
        }
        Statement skill(m_db,
                        "INSERT INTO skill(uuid, framework_id, category_id, slug, name, description, position)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?)");
        Statement expectation(m_db, "INSERT INTO expectation(uuid, skill_id, level_id, proficiency, behaviours) VALUES (?, ?, ?, ?, ?)");
        for (const Skill &s : fw.skills) {
            if (!categoryIds.contains(s.categorySlug))
                return Error(tr("skill '%1' names an unknown category '%2'").arg(s.slug, s.categorySlug));
            skill.bind(1, unusedUuid(m_db, "SELECT 1 FROM skill WHERE uuid = ?", s.uuid))
                .bind(2, frameworkId)
                .bind(3, categoryIds.value(s.categorySlug));
            skill.bind(4, s.slug).bind(5, s.name).bind(6, s.description).bind(7, s.position);
            skill.run();
            skill.reset();
            const qint64 skillId = m_db.lastInsertRowId();
            for (const Expectation &e : s.expectations) {
                if (!levelIds.contains(e.levelSlug))
                    return Error(tr("skill '%1' names an unknown level '%2'").arg(s.slug, e.levelSlug));
                expectation.bind(1, uuidOr(QString())).bind(2, skillId).bind(3, levelIds.value(e.levelSlug));
                expectation.bind(4, e.proficiency).bind(5, behavioursJson(e.behaviours));
                expectation.run();
                expectation.reset();
            }
        }
        if (activate) {
            Statement active(m_db, "UPDATE framework SET active = (id = ?)");
            active.bind(1, frameworkId).run();
        }
        transaction.commit();
        return frameworkId;
    });
}

Result<Framework> FrameworkStore::load(qint64 id)
{
    Framework fw;
    Statement head(m_db, "SELECT id, uuid, slug, name, description, active FROM framework WHERE id = ?");
    head.bind(1, id);
    if (!head.step())
        return Error(tr("no framework with id %1").arg(id));
    fw.id = head.int64(0);
    fw.uuid = head.text(1);
    fw.slug = head.text(2);
    fw.name = head.text(3);
    fw.description = head.text(4);
    fw.active = head.int64(5) != 0;

    Statement levels(m_db, "SELECT id, uuid, slug, name, description, rank FROM level WHERE framework_id = ? ORDER BY rank");
    levels.bind(1, id);
    while (levels.step())
        fw.levels << Level{levels.int64(0), levels.text(1), levels.text(2), levels.text(3), levels.text(4), levels.integer(5)};

    Statement categories(m_db, "SELECT id, uuid, slug, name, position FROM category WHERE framework_id = ? ORDER BY position, id");
    categories.bind(1, id);
    while (categories.step())
        fw.categories << Category{categories.int64(0), categories.text(1), categories.text(2), categories.text(3), categories.integer(4)};

    Statement skills(m_db,
                     "SELECT s.id, s.uuid, s.slug, s.name, c.slug, s.description, s.position FROM skill s"
                     " JOIN category c ON c.id = s.category_id WHERE s.framework_id = ? ORDER BY c.position, s.position, s.id");
    skills.bind(1, id);
    QHash<qint64, qsizetype> skillIndex;
    while (skills.step()) {
        Skill s;
        s.id = skills.int64(0);
        s.uuid = skills.text(1);
        s.slug = skills.text(2);
        s.name = skills.text(3);
        s.categorySlug = skills.text(4);
        s.description = skills.text(5);
        s.position = skills.integer(6);
        skillIndex.insert(s.id, fw.skills.size());
        fw.skills << s;
    }
    Statement expectations(m_db,
                           "SELECT e.skill_id, l.slug, e.proficiency, e.behaviours FROM expectation e"
                           " JOIN level l ON l.id = e.level_id WHERE l.framework_id = ? ORDER BY e.skill_id, l.rank");
    expectations.bind(1, id);
    while (expectations.step()) {
        const qsizetype index = skillIndex.value(expectations.int64(0), -1);
        if (index >= 0)
            fw.skills[index].expectations << Expectation{expectations.text(1), expectations.integer(2),
                                                         behavioursFromJson(expectations.text(3))};
    }
    return fw;
}

Result<Framework> FrameworkStore::active()
{
    return guarded([&]() -> Result<Framework> {
        Statement s(m_db, "SELECT id FROM framework WHERE active = 1");
        if (!s.step())
            return Error(tr("%1 has no active career framework (run: ladder-cli framework import FILE)").arg(m_db.path()));
        return load(s.int64(0));
    });
}

Result<Framework> FrameworkStore::get(const QString &slug)
{
    return guarded([&]() -> Result<Framework> {
        Statement s(m_db, "SELECT id FROM framework WHERE slug = ?");
        s.bind(1, slug);
        if (!s.step())
            return Error(tr("unknown framework '%1'").arg(slug));
        return load(s.int64(0));
    });
}

Result<QList<Framework>> FrameworkStore::list()
{
    return guarded([&]() -> Result<QList<Framework>> {
        QList<qint64> ids;
        {
            Statement s(m_db, "SELECT id FROM framework ORDER BY active DESC, name, id");
            while (s.step())
                ids << s.int64(0);
        }
        QList<Framework> out;
        for (qint64 id : std::as_const(ids)) {
            Result<Framework> fw = load(id);
            if (!fw)
                return fw.error();
            out << *fw;
        }
        return out;
    });
}

Result<void> FrameworkStore::activate(const QString &slug)
{
    return guarded([&]() -> Result<void> {
        Transaction transaction(m_db);
        Statement exists(m_db, "SELECT 1 FROM framework WHERE slug = ?");
        exists.bind(1, slug);
        if (!exists.step())
            return Error(tr("unknown framework '%1'").arg(slug));
        Statement s(m_db, "UPDATE framework SET active = (slug = ?)");
        s.bind(1, slug).run();
        transaction.commit();
        return {};
    });
}

Result<void> FrameworkStore::remove(const QString &slug)
{
    return guarded([&]() -> Result<void> {
        Transaction transaction(m_db);
        Statement s(m_db, "SELECT active FROM framework WHERE slug = ?");
        s.bind(1, slug);
        if (!s.step())
            return Error(tr("unknown framework '%1'").arg(slug));
        if (s.int64(0) != 0)
            return Error(tr("framework '%1' is the active one; make another one active before removing it").arg(slug));
        // Levels, categories, skills and expectations go with it (ON DELETE CASCADE).
        Statement remove(m_db, "DELETE FROM framework WHERE slug = ?");
        remove.bind(1, slug).run();
        transaction.commit();
        return {};
    });
}

Result<bool> FrameworkStore::isEmpty()
{
    return guarded([&]() -> Result<bool> {
        Statement s(m_db, "SELECT NOT EXISTS (SELECT 1 FROM framework)");
        s.step();
        return s.int64(0) != 0;
    });
}

Result<QStringList> FrameworkStore::activeSkillSlugs()
{
    return guarded([&]() -> Result<QStringList> {
        Statement s(m_db, "SELECT s.slug FROM skill s JOIN framework f ON f.id = s.framework_id WHERE f.active = 1 ORDER BY s.slug");
        QStringList slugs;
        while (s.step())
            slugs << s.text(0);
        return slugs;
    });
}

} // namespace ladder
