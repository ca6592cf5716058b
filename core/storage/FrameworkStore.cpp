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

// Text for a NOT NULL column: Statement binds a null QString as NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// A row's `x-…` keys: '' when it has none, which is most rows.
QString extensionsJson(const QJsonObject &extensions)
{
    return extensions.isEmpty() ? QStringLiteral("") : QString::fromUtf8(QJsonDocument(extensions).toJson(QJsonDocument::Compact));
}

QJsonObject extensionsFromJson(const QString &json)
{
    return json.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(json.toUtf8()).object();
}

// A framework's own scale as a JSON list of steps; '' for the built-in one.
QString scaleJson(const ProficiencyScale &scale)
{
    if (scale.isBuiltIn())
        return QStringLiteral("");
    QJsonArray steps;
    for (const ScaleStep &step : scale.steps()) {
        QJsonObject o = step.extensions;
        o.insert(QStringLiteral("name"), step.name);
        o.insert(QStringLiteral("description"), step.description);
        steps.append(o);
    }
    return QString::fromUtf8(QJsonDocument(steps).toJson(QJsonDocument::Compact));
}

ProficiencyScale scaleFromJson(const QString &json)
{
    if (json.isEmpty())
        return {};
    QList<ScaleStep> steps;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array) {
        QJsonObject o = v.toObject();
        ScaleStep step;
        step.name = o.take(QStringLiteral("name")).toString();
        step.description = o.take(QStringLiteral("description")).toString();
        step.extensions = o;
        steps << step;
    }
    return ProficiencyScale(steps);
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
        QString currentLevel; // the user's level in the framework replaced, if it still has it
        {
            Statement any(m_db, "SELECT count(*) FROM framework");
            any.step();
            wasActive = any.int64(0) == 0;
            Statement old(m_db, "SELECT active, current_level FROM framework WHERE slug = ?");
            old.bind(1, fw.slug);
            if (old.step()) {
                wasActive = old.int64(0) != 0;
                if (fw.level(old.text(1)))
                    currentLevel = old.text(1);
            }
            Statement remove(m_db, "DELETE FROM framework WHERE slug = ?");
            remove.bind(1, fw.slug).run();
        }
        Statement insert(m_db,
                         "INSERT INTO framework(uuid, slug, name, description, active, scale, extensions, current_level)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        insert.bind(1, unusedUuid(m_db, "SELECT 1 FROM framework WHERE uuid = ?", fw.uuid)).bind(2, fw.slug).bind(3, fw.name);
        insert.bind(4, notNull(fw.description)).bind(5, wasActive).bind(6, scaleJson(fw.scale)).bind(7, extensionsJson(fw.extensions));
        insert.bind(8, notNull(currentLevel)).run();
        const qint64 frameworkId = m_db.lastInsertRowId();

        QHash<QString, qint64> levelIds;
        Statement level(m_db,
                        "INSERT INTO level(uuid, framework_id, slug, name, description, rank, extensions) VALUES (?, ?, ?, ?, ?, ?, ?)");
        for (const Level &l : fw.levels) {
            level.bind(1, unusedUuid(m_db, "SELECT 1 FROM level WHERE uuid = ?", l.uuid)).bind(2, frameworkId).bind(3, l.slug);
            level.bind(4, l.name).bind(5, notNull(l.description)).bind(6, l.rank).bind(7, extensionsJson(l.extensions));
            level.run();
            level.reset();
            levelIds.insert(l.slug, m_db.lastInsertRowId());
        }
        QHash<QString, qint64> categoryIds;
        Statement category(m_db,
                           "INSERT INTO category(uuid, framework_id, slug, name, position, description, extensions)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?)");
        for (const Category &c : fw.categories) {
            category.bind(1, unusedUuid(m_db, "SELECT 1 FROM category WHERE uuid = ?", c.uuid)).bind(2, frameworkId).bind(3, c.slug);
            category.bind(4, c.name).bind(5, c.position).bind(6, notNull(c.description)).bind(7, extensionsJson(c.extensions));
            category.run();
            category.reset();
            categoryIds.insert(c.slug, m_db.lastInsertRowId());
        }
        Statement skill(m_db,
                        "INSERT INTO skill(uuid, framework_id, category_id, slug, name, description, position, extensions)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        Statement expectation(m_db,
                              "INSERT INTO expectation(uuid, skill_id, level_id, applicable, proficiency, summary, behaviours, extensions)"
                              " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        for (const Skill &s : fw.skills) {
            if (!categoryIds.contains(s.categorySlug))
                return Error(tr("skill '%1' names an unknown category '%2'").arg(s.slug, s.categorySlug));
            skill.bind(1, unusedUuid(m_db, "SELECT 1 FROM skill WHERE uuid = ?", s.uuid))
                .bind(2, frameworkId)
                .bind(3, categoryIds.value(s.categorySlug));
            skill.bind(4, s.slug).bind(5, s.name).bind(6, notNull(s.description)).bind(7, s.position).bind(8, extensionsJson(s.extensions));
            skill.run();
            skill.reset();
            const qint64 skillId = m_db.lastInsertRowId();
            for (const Expectation &e : s.expectations) {
                if (!levelIds.contains(e.levelSlug))
                    return Error(tr("skill '%1' names an unknown level '%2'").arg(s.slug, e.levelSlug));
                expectation.bind(1, uuidOr(QString())).bind(2, skillId).bind(3, levelIds.value(e.levelSlug));
                expectation.bind(4, e.applicable).bind(5, e.applicable ? e.proficiency : 0).bind(6, notNull(e.summary));
                expectation.bind(7, behavioursJson(e.behaviours)).bind(8, extensionsJson(e.extensions));
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
    Statement head(m_db, "SELECT id, uuid, slug, name, description, active, scale, extensions FROM framework WHERE id = ?");
    head.bind(1, id);
    if (!head.step())
        return Error(tr("no framework with id %1").arg(id));
    fw.id = head.int64(0);
    fw.uuid = head.text(1);
    fw.slug = head.text(2);
    fw.name = head.text(3);
    fw.description = head.text(4);
    fw.active = head.int64(5) != 0;
    fw.scale = scaleFromJson(head.text(6));
    fw.extensions = extensionsFromJson(head.text(7));

    Statement levels(m_db, "SELECT id, uuid, slug, name, description, rank, extensions FROM level WHERE framework_id = ? ORDER BY rank");
    levels.bind(1, id);
    while (levels.step())
        fw.levels << Level{levels.int64(0),
                           levels.text(1),
                           levels.text(2),
                           levels.text(3),
                           levels.text(4),
                           levels.integer(5),
                           extensionsFromJson(levels.text(6))};

    Statement categories(m_db,
                         "SELECT id, uuid, slug, name, description, position, extensions FROM category WHERE framework_id = ?"
                         " ORDER BY position, id");
    categories.bind(1, id);
    while (categories.step())
        fw.categories << Category{categories.int64(0),
                                  categories.text(1),
                                  categories.text(2),
                                  categories.text(3),
                                  categories.text(4),
                                  categories.integer(5),
                                  extensionsFromJson(categories.text(6))};

    Statement skills(m_db,
                     "SELECT s.id, s.uuid, s.slug, s.name, c.slug, s.description, s.position, s.extensions FROM skill s"
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
        s.extensions = extensionsFromJson(skills.text(7));
        skillIndex.insert(s.id, fw.skills.size());
        fw.skills << s;
    }
    Statement expectations(
        m_db,
        "SELECT e.skill_id, l.slug, e.applicable, e.proficiency, e.summary, e.behaviours, e.extensions FROM expectation e"
        " JOIN level l ON l.id = e.level_id WHERE l.framework_id = ? ORDER BY e.skill_id, l.rank");
    expectations.bind(1, id);
    while (expectations.step()) {
        const qsizetype index = skillIndex.value(expectations.int64(0), -1);
        if (index >= 0)
            fw.skills[index].expectations << Expectation{expectations.text(1),
                                                         expectations.int64(2) != 0,
                                                         expectations.integer(3),
                                                         expectations.text(4),
                                                         behavioursFromJson(expectations.text(5)),
                                                         extensionsFromJson(expectations.text(6))};
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

Result<QString> FrameworkStore::currentLevel(const QString &frameworkSlug)
{
    return guarded([&]() -> Result<QString> {
        Statement s(m_db,
                    frameworkSlug.isEmpty() ? "SELECT current_level FROM framework WHERE active = 1"
                                            : "SELECT current_level FROM framework WHERE slug = ?");
        if (!frameworkSlug.isEmpty())
            s.bind(1, frameworkSlug);
        if (!s.step())
            return frameworkSlug.isEmpty() ? QString() : Result<QString>(Error(tr("unknown framework '%1'").arg(frameworkSlug)));
        return s.text(0);
    });
}

Result<void> FrameworkStore::setCurrentLevel(const QString &levelSlug, const QString &frameworkSlug)
{
    return guarded([&]() -> Result<void> {
        Statement s(m_db,
                    frameworkSlug.isEmpty() ? "UPDATE framework SET current_level = ? WHERE active = 1"
                                            : "UPDATE framework SET current_level = ? WHERE slug = ?");
        s.bind(1, levelSlug);
        if (!frameworkSlug.isEmpty())
            s.bind(2, frameworkSlug);
        s.run();
        if (m_db.changes() == 0)
            return Error(frameworkSlug.isEmpty() ? tr("%1 has no active career framework").arg(m_db.path())
                                                 : tr("unknown framework '%1'").arg(frameworkSlug));
        return {};
    });
}

Result<std::optional<ProficiencyScale>> FrameworkStore::scaleOf(const QString &skillSlug)
{
    return guarded([&]() -> Result<std::optional<ProficiencyScale>> {
        Statement s(m_db,
                    "SELECT f.scale FROM skill s JOIN framework f ON f.id = s.framework_id WHERE s.slug = ?"
                    " ORDER BY f.active DESC, f.name, f.id LIMIT 1");
        s.bind(1, skillSlug);
        if (!s.step())
            return std::optional<ProficiencyScale>();
        return std::optional<ProficiencyScale>(scaleFromJson(s.text(0)));
    });
}

Result<QStringList> FrameworkStore::knownSkillSlugs()
{
    return guarded([&]() -> Result<QStringList> {
        Statement s(m_db, "SELECT DISTINCT slug FROM skill ORDER BY slug");
        QStringList slugs;
        while (s.step())
            slugs << s.text(0);
        return slugs;
    });
}

} // namespace ladder
