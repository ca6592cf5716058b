// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrameworkFormat.h"

#include "BoundedRead.h"
#include "domain/Proficiency.h"
#include "JsonCheck.h"
#include "JsonReader.h"
#include "JsonSpans.h"
#include "storage/FrameworkLimits.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace ladder {

namespace {

const QString FormatName = QStringLiteral("ladder-framework");
constexpr int FormatVersion = 1;

bool isSlug(const QString &text)
{
    return JsonCheck::isSlug(text);
}

QString describe(const QJsonValue &v)
{
    return JsonCheck::describe(v);
}

// Walks a parsed framework, collecting every problem with its JSON path.
class Validator
{
public:
    Validator(QString fileName, QString root)
        : m_fileName(std::move(fileName))
        , m_root(std::move(root))
    {
    }

    Result<Framework> run(const QJsonObject &top)
    {
        Framework fw;
        // Another kind of file altogether (a ladder export, say): its other keys
        // would only add noise to the one line that matters.
        if (const QJsonValue format = top.value(QStringLiteral("format")); format.isString() && format.toString() != FormatName) {
            problem(join(m_root, QStringLiteral("format")),
                    FrameworkFormat::tr("expected \"%1\", found %2").arg(FormatName, describe(format)));
            return Error::several(m_problems);
        }
        checkKeys(top, m_root,
                  {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("uuid"), QStringLiteral("slug"),
                   QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("levels"), QStringLiteral("categories")});
        const QJsonValue format = top.value(QStringLiteral("format"));
        if (format.toString() != FormatName)
            problem(join(m_root, QStringLiteral("format")),
                    FrameworkFormat::tr("expected \"%1\", found %2").arg(FormatName, describe(format)));
        const QJsonValue version = top.value(QStringLiteral("version"));
        if (!version.isDouble())
            problem(join(m_root, QStringLiteral("version")),
                    version.isUndefined() ? FrameworkFormat::tr("missing")
                                          : FrameworkFormat::tr("must be the number %1, not %2").arg(FormatVersion).arg(describe(version)));
        else if (version.toDouble() != FormatVersion)
            problem(join(m_root, QStringLiteral("version")),
                    FrameworkFormat::tr("version %1 is not supported (this Ladder reads version %2)")
                        .arg(describe(version))
                        .arg(FormatVersion));
        fw.uuid = uuid(top, m_root, QLatin1StringView("framework"));
        fw.slug = slug(top, m_root);
        fw.name = name(top, m_root);
        fw.description = text(top, m_root, QStringLiteral("description"), false);

        const QString levelsPath = join(m_root, QStringLiteral("levels"));
        const QJsonArray levels = array(top, m_root, QStringLiteral("levels"));
        if (top.value(QStringLiteral("levels")).isArray() && levels.isEmpty())
            problem(levelsPath, FrameworkFormat::tr("a framework needs at least one level"));
        // Past a limit the rest is not looked at: a framework of 20,000
        // levels is one line, not 20,000 checks of every skill.
        if (levels.size() > FrameworkLimits::Levels) {
            problem(levelsPath,
                    FrameworkFormat::tr("a framework has at most %1 levels, not %2").arg(FrameworkLimits::Levels).arg(levels.size()));
            return Error::several(m_problems);
        }
        QSet<QString> levelSlugs;
        for (qsizetype i = 0; i < levels.size(); ++i) {
            const QString path = levelsPath + QStringLiteral("[%1]").arg(i);
            const QJsonObject o = object(levels.at(i), path);
            checkKeys(o, path, {QStringLiteral("uuid"), QStringLiteral("slug"), QStringLiteral("name"), QStringLiteral("description")});
            Level level;
            level.uuid = uuid(o, path, QLatin1StringView("level"));
            level.slug = slug(o, path);
            level.name = name(o, path);
            level.description = text(o, path, QStringLiteral("description"), false);
            level.rank = int(i);
            if (!level.slug.isEmpty() && levelSlugs.contains(level.slug))
                problem(join(path, QStringLiteral("slug")), FrameworkFormat::tr("duplicate level '%1'").arg(level.slug));
            levelSlugs.insert(level.slug);
            fw.levels << level;
        }

        const QString categoriesPath = join(m_root, QStringLiteral("categories"));
        const QJsonArray categories = array(top, m_root, QStringLiteral("categories"));
        if (categories.size() > FrameworkLimits::Categories) {
            problem(categoriesPath,
                    FrameworkFormat::tr("a framework has at most %1 categories, not %2")
                        .arg(FrameworkLimits::Categories)
                        .arg(categories.size()));
            return Error::several(m_problems);
        }
        QSet<QString> categorySlugs;
        QSet<QString> skillSlugs;
        for (qsizetype c = 0; c < categories.size(); ++c) {
            const QString path = categoriesPath + QStringLiteral("[%1]").arg(c);
            const QJsonObject o = object(categories.at(c), path);
            checkKeys(o, path, {QStringLiteral("uuid"), QStringLiteral("slug"), QStringLiteral("name"), QStringLiteral("skills")});
            Category category;
            category.uuid = uuid(o, path, QLatin1StringView("category"));
            category.slug = slug(o, path);
            category.name = name(o, path);
            category.position = int(c);
            if (!category.slug.isEmpty() && categorySlugs.contains(category.slug))
                problem(join(path, QStringLiteral("slug")), FrameworkFormat::tr("duplicate category '%1'").arg(category.slug));
            categorySlugs.insert(category.slug);
            fw.categories << category;

            const QJsonArray skills = array(o, path, QStringLiteral("skills"));
            if (fw.skills.size() + skills.size() > FrameworkLimits::Skills) {
                problem(join(path, QStringLiteral("skills")),
                        FrameworkFormat::tr("a framework has at most %1 skills in all its categories").arg(FrameworkLimits::Skills));
                return Error::several(m_problems);
            }
            for (qsizetype s = 0; s < skills.size(); ++s) {
                const QString skillPath = join(path, QStringLiteral("skills")) + QStringLiteral("[%1]").arg(s);
                Skill skill = readSkill(object(skills.at(s), skillPath), skillPath, fw.levels, levelSlugs);
                skill.categorySlug = category.slug;
                skill.position = int(s);
                if (!skill.slug.isEmpty() && skillSlugs.contains(skill.slug))
                    problem(join(skillPath, QStringLiteral("slug")), FrameworkFormat::tr("duplicate skill '%1'").arg(skill.slug));
                skillSlugs.insert(skill.slug);
                fw.skills << skill;
            }
        }
        if (!m_problems.isEmpty())
            return Error::several(m_problems);
        return fw;
    }

private:
    Skill readSkill(const QJsonObject &o, const QString &path, const QList<Level> &levels, const QSet<QString> &levelSlugs)
    {
        checkKeys(o, path,
                  {QStringLiteral("uuid"), QStringLiteral("slug"), QStringLiteral("name"), QStringLiteral("description"),
                   QStringLiteral("expectations")});
        Skill skill;
        skill.uuid = uuid(o, path, QLatin1StringView("skill"));
        skill.slug = slug(o, path);
        skill.name = name(o, path);
        skill.description = text(o, path, QStringLiteral("description"), false);

        const QString expectationsPath = join(path, QStringLiteral("expectations"));
        const QJsonValue value = o.value(QStringLiteral("expectations"));
        if (!value.isObject()) {
            problem(expectationsPath,
                    value.isUndefined() ? FrameworkFormat::tr("missing")
                                        : FrameworkFormat::tr("expected an object keyed by level, found %1").arg(describe(value)));
            return skill;
        }
        const QJsonObject expectations = value.toObject();
        for (auto it = expectations.begin(); it != expectations.end(); ++it) {
            if (!levelSlugs.contains(it.key()))
                problem(join(expectationsPath, JsonCheck::printable(it.key())),
                        FrameworkFormat::tr("unknown level '%1'").arg(JsonCheck::printable(it.key())));
        }
        int previous = Proficiency::Min;
        QString previousLevel;
        for (const Level &level : levels) {
            const QString levelPath = join(expectationsPath, level.slug);
            if (!expectations.contains(level.slug)) {
                problem(levelPath, FrameworkFormat::tr("missing: every skill needs an expectation for every level"));
                continue;
            }
            const QJsonObject e = object(expectations.value(level.slug), levelPath);
            checkKeys(e, levelPath, {QStringLiteral("proficiency"), QStringLiteral("behaviours")});
            Expectation expectation;
            expectation.levelSlug = level.slug;
            const QString proficiencyPath = join(levelPath, QStringLiteral("proficiency"));
            const QJsonValue p = e.value(QStringLiteral("proficiency"));
            const double number = p.toDouble(-1);
            if (!p.isDouble() || number != double(int(number))) {
                problem(proficiencyPath,
                        p.isUndefined() ? FrameworkFormat::tr("missing")
                                        : FrameworkFormat::tr("expected a whole number 0-4, found %1").arg(describe(p)));
            } else if (!Proficiency::isValid(int(number))) {
                problem(proficiencyPath, FrameworkFormat::tr("%1 is outside 0-4").arg(int(number)));
            } else {
                expectation.proficiency = int(number);
                if (expectation.proficiency < previous)
                    problem(proficiencyPath,
                            FrameworkFormat::tr("%1 is lower than the %2 expected at '%3': expectations never fall as the level rises")
                                .arg(expectation.proficiency)
                                .arg(previous)
                                .arg(previousLevel));
                previous = std::max(previous, expectation.proficiency);
                previousLevel = level.slug;
            }
            const QString behavioursPath = join(levelPath, QStringLiteral("behaviours"));
            const QJsonValue b = e.value(QStringLiteral("behaviours"));
            if (!b.isUndefined() && !b.isArray())
                problem(behavioursPath, FrameworkFormat::tr("expected a list of texts, found %1").arg(describe(b)));
            const QJsonArray behaviours = b.toArray();
            if (behaviours.size() > FrameworkLimits::Behaviours)
                problem(behavioursPath,
                        FrameworkFormat::tr("at most %1 behaviours, not %2").arg(FrameworkLimits::Behaviours).arg(behaviours.size()));
            for (qsizetype i = 0; i < behaviours.size() && i < FrameworkLimits::Behaviours; ++i) {
                const QJsonValue item = behaviours.at(i);
                const QString itemPath = behavioursPath + QStringLiteral("[%1]").arg(i);
                if (!item.isString() || item.toString().trimmed().isEmpty())
                    problem(itemPath, FrameworkFormat::tr("expected a non-empty text, found %1").arg(describe(item)));
                else if (item.toString().size() > FrameworkLimits::BehaviourLength)
                    problem(itemPath,
                            FrameworkFormat::tr("at most %1 characters, not %2")
                                .arg(FrameworkLimits::BehaviourLength)
                                .arg(item.toString().size()));
                else if (const QString why = JsonCheck::notOneLine(item.toString()); !why.isEmpty())
                    problem(itemPath, why);
                else
                    expectation.behaviours << item.toString().trimmed();
            }
            skill.expectations << expectation;
        }
        return skill;
    }

    static QString join(const QString &path, const QString &key) { return path.isEmpty() ? key : path + QLatin1Char('.') + key; }

    void problem(const QString &path, const QString &what)
    {
        m_problems << QStringLiteral("%1: %2: %3").arg(m_fileName, path.isEmpty() ? FrameworkFormat::tr("(top)") : path, what);
    }

    void checkKeys(const QJsonObject &o, const QString &path, const QStringList &allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowed.contains(it.key()))
                problem(join(path, JsonCheck::printable(it.key())),
                        FrameworkFormat::tr("unknown key (allowed here: %1)").arg(allowed.join(QStringLiteral(", "))));
        }
    }

    QJsonObject object(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject())
            problem(path, FrameworkFormat::tr("expected an object, found %1").arg(describe(v)));
        return v.toObject();
    }

    QJsonArray array(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isArray())
            problem(join(path, key),
                    v.isUndefined() ? FrameworkFormat::tr("missing") : FrameworkFormat::tr("expected a list, found %1").arg(describe(v)));
        return v.toArray();
    }

    QString text(const QJsonObject &o, const QString &path, const QString &key, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required)
            return QStringLiteral("");
        if (!v.isString() || (required && v.toString().trimmed().isEmpty())) {
            problem(join(path, key),
                    v.isUndefined() ? FrameworkFormat::tr("missing")
                                    : FrameworkFormat::tr("expected a non-empty text, found %1").arg(describe(v)));
            return {};
        }
        const qsizetype most = required ? FrameworkLimits::NameLength : FrameworkLimits::DescriptionLength;
        if (v.toString().size() > most) {
            problem(join(path, key), FrameworkFormat::tr("at most %1 characters, not %2").arg(most).arg(v.toString().size()));
            return {};
        }
        return v.toString().trimmed();
    }

    // A name is one line: it is printed in lists and tables.
    QString name(const QJsonObject &o, const QString &path)
    {
        const QString name = text(o, path, QStringLiteral("name"), true);
        if (const QString why = JsonCheck::notOneLine(name); !why.isEmpty()) {
            problem(join(path, QStringLiteral("name")), why);
            return {};
        }
        return name;
    }

    // An optional UUID; one already used by another row of the same kind
    // (`kind`: framework, level, category, skill) in this file is an error at
    // the second: a UUID names one row.
    QString uuid(const QJsonObject &o, const QString &path, QLatin1StringView kind)
    {
        const QString uuidPath = join(path, QStringLiteral("uuid"));
        Result<QString> uuid = JsonCheck::uuid(o.value(QStringLiteral("uuid")), QStringLiteral("%1: %2").arg(m_fileName, uuidPath), {});
        if (!uuid) {
            m_problems << uuid.error().message();
            return {};
        }
        if (uuid->isEmpty())
            return {};
        const QString key = kind + QLatin1Char(' ') + *uuid;
        if (auto it = m_uuids.constFind(key); it != m_uuids.constEnd()) {
            problem(uuidPath, FrameworkFormat::tr("'%1' is already the UUID of %2").arg(*uuid, *it));
            return {};
        }
        m_uuids.insert(key, path.isEmpty() ? FrameworkFormat::tr("(top)") : path);
        return *uuid;
    }

    QString slug(const QJsonObject &o, const QString &path)
    {
        const QJsonValue v = o.value(QStringLiteral("slug"));
        if (v.isUndefined()) {
            problem(join(path, QStringLiteral("slug")), FrameworkFormat::tr("missing"));
            return {};
        }
        if (!v.isString() || !isSlug(v.toString())) {
            problem(join(path, QStringLiteral("slug")),
                    FrameworkFormat::tr("%1 is not a slug (lower-case letters, digits and single dashes, e.g. system-design)")
                        .arg(describe(v)));
            return {};
        }
        return v.toString();
    }

    QString m_fileName;
    QString m_root;
    QStringList m_problems;
    QHash<QString, QString> m_uuids; // "kind uuid" → where it was first seen
};

} // namespace

Result<Framework> FrameworkFormat::fromJson(const QJsonObject &object, const QString &fileName, const QString &path)
{
    return Validator(fileName, path).run(object);
}

Result<Framework> FrameworkFormat::read(const QByteArray &data, const QString &fileName)
{
    Result<QJsonDocument> doc = parseJson(data, fileName);
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return Error(tr("%1: (top): expected an object with \"format\": \"%2\", found a list").arg(fileName, FormatName));
    // QJsonDocument keeps the last of two equal keys: the text is checked.
    if (const std::optional<QString> repeated = firstRepeatedKey(data))
        return Error(tr("%1: %2: duplicate key (a key appears once in an object)").arg(fileName, *repeated));
    return fromJson(doc->object(), fileName);
}

Result<Framework> FrameworkFormat::readFile(const QString &path)
{
    Result<QByteArray> data = BoundedRead::jsonFile(path, BoundedRead::FrameworkLimit, tr("a framework file"));
    if (!data)
        return data.error();
    return read(*data, QFileInfo(path).fileName());
}

QJsonObject FrameworkFormat::toJson(const Framework &fw, bool withUuids)
{
    auto withUuid = [withUuids](QJsonObject o, const QString &uuid) {
        if (withUuids && !uuid.isEmpty())
            o.insert(QStringLiteral("uuid"), uuid);
        return o;
    };
    QJsonArray levels;
    for (const Level &l : fw.levels) {
        levels.append(withUuid(
            QJsonObject{{QStringLiteral("slug"), l.slug}, {QStringLiteral("name"), l.name}, {QStringLiteral("description"), l.description}},
            l.uuid));
    }
    // The skills of each category, gathered in one pass over them (a pass
    // per category was categories × skills).
    QHash<QString, QJsonArray> skillsOf;
    for (const Skill &s : fw.skills) {
        QJsonObject expectations;
        for (const Expectation &e : s.expectations) {
            expectations.insert(e.levelSlug,
                                QJsonObject{{QStringLiteral("proficiency"), e.proficiency},
                                            {QStringLiteral("behaviours"), QJsonArray::fromStringList(e.behaviours)}});
        }
        skillsOf[s.categorySlug].append(withUuid(QJsonObject{{QStringLiteral("slug"), s.slug},
                                                             {QStringLiteral("name"), s.name},
                                                             {QStringLiteral("description"), s.description},
                                                             {QStringLiteral("expectations"), expectations}},
                                                 s.uuid));
    }
    QJsonArray categories;
    for (const Category &c : fw.categories) {
        categories.append(withUuid(QJsonObject{{QStringLiteral("slug"), c.slug},
                                               {QStringLiteral("name"), c.name},
                                               {QStringLiteral("skills"), skillsOf.value(c.slug)}},
                                   c.uuid));
    }
    return withUuid(QJsonObject{{QStringLiteral("format"), FormatName},
                                {QStringLiteral("version"), FormatVersion},
                                {QStringLiteral("slug"), fw.slug},
                                {QStringLiteral("name"), fw.name},
                                {QStringLiteral("description"), fw.description},
                                {QStringLiteral("levels"), levels},
                                {QStringLiteral("categories"), categories}},
                    fw.uuid);
}

QByteArray FrameworkFormat::write(const Framework &framework)
{
    return QJsonDocument(toJson(framework)).toJson(QJsonDocument::Indented);
}

Result<Framework> FrameworkFormat::builtIn()
{
    return readFile(QStringLiteral(":/frameworks/software-engineer.json"));
}

} // namespace ladder
