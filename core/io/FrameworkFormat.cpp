// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrameworkFormat.h"

#include "BoundedRead.h"
#include "domain/Suggestion.h"
#include "JsonCheck.h"
#include "JsonReader.h"
#include "JsonSpans.h"
#include "JsonWriter.h"
#include "storage/FrameworkLimits.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace ladder {

namespace {

const QString FormatName = QStringLiteral("ladder-framework");

QString describe(const QJsonValue &v)
{
    return JsonCheck::describe(v);
}

bool isExtension(const QString &key)
{
    return key.startsWith(QLatin1String("x-"));
}

// A slug as a person most likely meant it: "L1" is l1, "System Design" is
// system-design. Empty when nothing of it is left.
QString slugFor(const QString &text)
{
    QString slug;
    bool dash = false;
    for (const QChar ch : text.toLower()) {
        const char16_t c = ch.unicode();
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (dash && !slug.isEmpty())
                slug += QLatin1Char('-');
            slug += ch;
            dash = false;
        } else {
            dash = true;
        }
    }
    return slug;
}

// A key as a path shows it: as it is when it reads plainly, quoted otherwise
// (an empty key is `""`, never an empty segment).
QString segment(const QString &key)
{
    bool plain = !key.isEmpty();
    for (const QChar ch : key) {
        const char16_t c = ch.unicode();
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_' || c == u'$'))
            plain = false;
    }
    return plain ? key : QLatin1Char('"') + JsonCheck::printable(key) + QLatin1Char('"');
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? segment(key) : path + QLatin1Char('.') + segment(key);
}

QString indexed(const QString &path, const QString &key, qsizetype i)
{
    return join(path, key) + QStringLiteral("[%1]").arg(i);
}

// `categories[3]` named by its slug: `categories[3] (delivery)`.
QString labelled(const QString &path, const QString &slug)
{
    return slug.isEmpty() ? path : QStringLiteral("%1 (%2)").arg(path, slug);
}

QString quotedList(const QStringList &words)
{
    QStringList quoted;
    for (const QString &w : words)
        quoted << QLatin1Char('\'') + w + QLatin1Char('\'');
    return quoted.join(QStringLiteral(", "));
}

// Walks a parsed framework, collecting every problem with its JSON path.
// One mistake is one problem: a level slug written `L1` is reported once and
// the rest is checked as if it read `l1`; a misspelt key is reported once
// and its value checked under the key it was meant to be.
class Validator
{
public:
    explicit Validator(QString root)
        : m_root(std::move(root))
    {
    }

    QList<FrameworkProblem> run(const QJsonObject &given, Framework &fw)
    {
        // Another kind of file altogether (a ladder export, say): its other keys
        // would only add noise to the one line that matters.
        if (const QJsonValue format = given.value(QStringLiteral("format")); format.isString() && format.toString() != FormatName) {
            problem(join(m_root, QStringLiteral("format")),
                    FrameworkFormat::tr("expected \"%1\", found %2").arg(FormatName, describe(format)));
            return m_problems;
        }
        // Known before any key is looked at: a version 1 file's version 2 keys are noted as they are met.
        if (given.value(QStringLiteral("version")).toDouble() == 1)
            m_version = 1;
        const QJsonObject top = checkKeys(given, m_root,
                                          {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("uuid"),
                                           QStringLiteral("slug"), QStringLiteral("name"), QStringLiteral("description"),
                                           QStringLiteral("scale"), QStringLiteral("levels"), QStringLiteral("categories")},
                                          &fw.extensions, true);
        if (const QJsonValue schema = top.value(QStringLiteral("$schema")); !schema.isUndefined() && !schema.isString())
            problem(join(m_root, QStringLiteral("$schema")), FrameworkFormat::tr("expected a text, found %1").arg(describe(schema)));
        const QJsonValue format = top.value(QStringLiteral("format"));
        if (format.toString() != FormatName)
            problem(join(m_root, QStringLiteral("format")),
                    format.isUndefined() ? FrameworkFormat::tr("missing")
                                         : FrameworkFormat::tr("expected \"%1\", found %2").arg(FormatName, describe(format)));
        checkVersion(top.value(QStringLiteral("version")));
        m_versionProblem = m_problems.size();

        fw.uuid = uuid(top, m_root, QLatin1StringView("framework"));
        fw.slug = slug(top, m_root);
        fw.name = name(top, m_root);
        fw.description = text(top, m_root, QStringLiteral("description"), false);
        readScale(top, fw);

        if (!readLevels(top, fw) || !readCategories(top, fw))
            return m_problems;
        if (m_version == 1 && !m_newerKeys.isEmpty()) {
            QStringList shown = m_newerKeys.mid(0, 3);
            QString what = shown.join(QStringLiteral(", "));
            if (m_newerKeys.size() > shown.size())
                what = FrameworkFormat::tr("%1 and %2 more").arg(what).arg(m_newerKeys.size() - shown.size());
            m_problems.insert(
                m_versionProblem,
                {join(m_root, QStringLiteral("version")), FrameworkFormat::tr("%1 need \"version\": 2 (this file says 1)").arg(what)});
        }
        return m_problems;
    }

private:
    void checkVersion(const QJsonValue &version)
    {
        const QString path = join(m_root, QStringLiteral("version"));
        if (!version.isDouble()) {
            problem(path,
                    version.isUndefined()
                        ? FrameworkFormat::tr("missing")
                        : FrameworkFormat::tr("must be the number 1 or %1, not %2").arg(FrameworkFormat::Version).arg(describe(version)));
        } else if (version.toDouble() == 1) {
            m_version = 1;
        } else if (version.toDouble() != FrameworkFormat::Version) {
            problem(path,
                    FrameworkFormat::tr("version %1 is not supported (this Ladder reads versions 1 and %2)")
                        .arg(describe(version))
                        .arg(FrameworkFormat::Version));
        }
    }

    // A key of version 2 seen: one problem at the end if the file says version 1.
    void newer(const QString &key, const QString &path)
    {
        if (m_version == 1)
            m_newerKeys << FrameworkFormat::tr("'%1' (at %2)").arg(JsonCheck::printable(key), path);
    }

    void readScale(const QJsonObject &top, Framework &fw)
    {
        const QJsonValue value = top.value(QStringLiteral("scale"));
        if (value.isUndefined())
            return;
        const QString path = join(m_root, QStringLiteral("scale"));
        newer(QStringLiteral("scale"), path);
        // Until the scale is known, no proficiency can be checked against it.
        m_scaleKnown = false;
        if (!value.isArray()) {
            problem(path, FrameworkFormat::tr("expected a list of steps, found %1").arg(describe(value)));
            return;
        }
        const QJsonArray steps = value.toArray();
        if (steps.size() < ProficiencyScale::MinSteps || steps.size() > ProficiencyScale::MaxSteps) {
            problem(path,
                    FrameworkFormat::tr("a scale has %1 to %2 steps (0-%3 at most), not %4")
                        .arg(ProficiencyScale::MinSteps)
                        .arg(ProficiencyScale::MaxSteps)
                        .arg(ProficiencyScale::MaxSteps - 1)
                        .arg(steps.size()));
            return;
        }
        const qsizetype before = m_problems.size();
        QList<ScaleStep> scale;
        QHash<QString, QString> names; // lower-case name → where it was first
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const QString stepPath = path + QStringLiteral("[%1]").arg(i);
            ScaleStep step;
            const QJsonObject o = checkKeys(object(steps.at(i), stepPath), stepPath,
                                            {QStringLiteral("name"), QStringLiteral("description")}, &step.extensions);
            step.name = name(o, stepPath);
            step.description = text(o, stepPath, QStringLiteral("description"), false);
            if (!step.name.isEmpty()) {
                const QString folded = step.name.toLower();
                if (auto it = names.constFind(folded); it != names.constEnd())
                    problem(join(stepPath, QStringLiteral("name")),
                            FrameworkFormat::tr("duplicate step '%1' (first at %2)").arg(step.name, *it));
                else
                    names.insert(folded, stepPath);
            }
            scale << step;
        }
        if (m_problems.size() == before) {
            fw.scale = ProficiencyScale(scale);
            m_scale = fw.scale;
            m_scaleKnown = true;
        }
    }

    bool readLevels(const QJsonObject &top, Framework &fw)
    {
        const QString levelsPath = join(m_root, QStringLiteral("levels"));
        const QJsonArray levels = array(top, m_root, QStringLiteral("levels"));
        if (top.value(QStringLiteral("levels")).isArray() && levels.isEmpty())
            problem(levelsPath, FrameworkFormat::tr("a framework needs at least one level"));
        // Past a limit the rest is not looked at: a framework of 20,000
        // levels is one line, not 20,000 checks of every skill.
        if (levels.size() > FrameworkLimits::Levels) {
            problem(levelsPath,
                    FrameworkFormat::tr("a framework has at most %1 levels, not %2").arg(FrameworkLimits::Levels).arg(levels.size()));
            return false;
        }
        QHash<QString, QString> seen; // slug → path of the level that has it
        for (qsizetype i = 0; i < levels.size(); ++i) {
            const QString plain = levelsPath + QStringLiteral("[%1]").arg(i);
            const QJsonObject given = object(levels.at(i), plain);
            Level level;
            const Slug s = slugOf(given, plain);
            const QString path = labelled(plain, s.slug);
            const QJsonObject o = checkKeys(
                given, path, {QStringLiteral("uuid"), QStringLiteral("slug"), QStringLiteral("name"), QStringLiteral("description")},
                &level.extensions);
            level.uuid = uuid(o, path, QLatin1StringView("level"));
            level.slug = s.valid ? s.slug : QString();
            level.name = name(o, path);
            level.description = text(o, path, QStringLiteral("description"), false);
            level.rank = int(i);
            fw.levels << level;
            if (!once(seen, s.slug, path, plain, FrameworkFormat::tr("duplicate level '%1' (first at %2)")))
                continue;
            // Expectations may name the level as the file wrote it or as it
            // was meant: neither is then an "unknown level".
            m_checkedLevels << CheckedLevel{s.slug, s.written};
        }
        return true;
    }

    bool readCategories(const QJsonObject &top, Framework &fw)
    {
        const QString categoriesPath = join(m_root, QStringLiteral("categories"));
        const QJsonArray categories = array(top, m_root, QStringLiteral("categories"));
        if (categories.size() > FrameworkLimits::Categories) {
            problem(categoriesPath,
                    FrameworkFormat::tr("a framework has at most %1 categories, not %2")
                        .arg(FrameworkLimits::Categories)
                        .arg(categories.size()));
            return false;
        }
        QHash<QString, QString> categorySlugs;
        for (qsizetype c = 0; c < categories.size(); ++c) {
            const QString plain = categoriesPath + QStringLiteral("[%1]").arg(c);
            const QJsonObject given = object(categories.at(c), plain);
            Category category;
            const Slug s = slugOf(given, plain);
            const QString path = labelled(plain, s.slug);
            const QJsonObject o = checkKeys(given, path,
                                            {QStringLiteral("uuid"), QStringLiteral("slug"), QStringLiteral("name"),
                                             QStringLiteral("description"), QStringLiteral("skills")},
                                            &category.extensions);
            category.uuid = uuid(o, path, QLatin1StringView("category"));
            category.slug = s.valid ? s.slug : QString();
            category.name = name(o, path);
            if (o.contains(QStringLiteral("description")))
                newer(QStringLiteral("description"), join(path, QStringLiteral("description")));
            category.description = text(o, path, QStringLiteral("description"), false);
            category.position = int(c);
            once(categorySlugs, s.slug, path, plain, FrameworkFormat::tr("duplicate category '%1' (first at %2)"));
            fw.categories << category;

            const QJsonArray skills = array(o, path, QStringLiteral("skills"));
            if (fw.skills.size() + skills.size() > FrameworkLimits::Skills) {
                problem(join(path, QStringLiteral("skills")),
                        FrameworkFormat::tr("a framework has at most %1 skills in all its categories").arg(FrameworkLimits::Skills));
                return false;
            }
            for (qsizetype i = 0; i < skills.size(); ++i) {
                const QString skillPlain = indexed(path, QStringLiteral("skills"), i);
                const QJsonObject skillObject = object(skills.at(i), skillPlain);
                const Slug skillSlug = slugOf(skillObject, skillPlain);
                const QString skillPath = labelled(skillPlain, skillSlug.slug);
                Skill skill = readSkill(skillObject, skillPath);
                skill.slug = skillSlug.valid ? skillSlug.slug : QString();
                skill.categorySlug = category.slug;
                skill.position = int(i);
                once(m_skillSlugs, skillSlug.slug, skillPath, skillPlain, FrameworkFormat::tr("duplicate skill '%1' (first at %2)"));
                fw.skills << skill;
            }
        }
        return true;
    }

    Skill readSkill(const QJsonObject &given, const QString &path)
    {
        Skill skill;
        const QJsonObject o = checkKeys(given, path,
                                        {QStringLiteral("uuid"), QStringLiteral("slug"), QStringLiteral("name"),
                                         QStringLiteral("description"), QStringLiteral("expectations")},
                                        &skill.extensions);
        skill.uuid = uuid(o, path, QLatin1StringView("skill"));
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
        // Which key holds each level's expectation: its slug, the slug as the
        // file wrote it (`L1`), or a misspelling of it when nothing else does.
        QList<QString> keyOf(m_checkedLevels.size());
        QStringList unknown;
        for (auto it = expectations.begin(); it != expectations.end(); ++it) {
            const qsizetype at = levelIndex(it.key());
            if (at < 0) {
                unknown << it.key();
            } else if (!keyOf[at].isEmpty()) {
                problem(join(expectationsPath, it.key()),
                        FrameworkFormat::tr("level '%1' again (first as '%2')").arg(m_checkedLevels[at].slug, keyOf[at]));
            } else {
                keyOf[at] = it.key();
            }
        }
        QStringList slugs;
        for (const CheckedLevel &l : std::as_const(m_checkedLevels))
            slugs << l.slug;
        for (const QString &key : std::as_const(unknown)) {
            const QString meant = closestMatch(key, slugs);
            const QString shown = JsonCheck::printable(key);
            if (meant.isEmpty()) {
                problem(join(expectationsPath, key),
                        FrameworkFormat::tr("unknown level '%1' (levels: %2)").arg(shown, slugs.join(QStringLiteral(", "))));
                continue;
            }
            problem(join(expectationsPath, key), FrameworkFormat::tr("unknown level '%1'; did you mean '%2'?").arg(shown, meant));
            if (const qsizetype at = slugs.indexOf(meant); keyOf[at].isEmpty())
                keyOf[at] = key;
        }

        QStringList missing;
        int highest = -1;
        QString highestLevel;
        bool fell = false;
        for (qsizetype i = 0; i < m_checkedLevels.size(); ++i) {
            const QString &levelSlug = m_checkedLevels.at(i).slug;
            if (keyOf[i].isEmpty()) {
                missing << levelSlug;
                continue;
            }
            const QString levelPath = join(expectationsPath, keyOf[i]);
            Expectation expectation = readExpectation(object(expectations.value(keyOf[i]), levelPath), levelPath);
            expectation.levelSlug = levelSlug;
            // One line per skill, at its first fall, naming the level that
            // expects more; a level where the skill does not apply is skipped.
            if (expectation.applicable && expectation.proficiency >= 0) {
                if (expectation.proficiency < highest && !fell) {
                    problem(join(levelPath, QStringLiteral("proficiency")),
                            FrameworkFormat::tr("%1 is lower than the %2 expected at '%3': expectations never fall as the level rises")
                                .arg(expectation.proficiency)
                                .arg(highest)
                                .arg(highestLevel));
                    fell = true;
                } else if (expectation.proficiency >= highest) {
                    highest = expectation.proficiency;
                    highestLevel = levelSlug;
                }
            }
            expectation.proficiency = std::max(expectation.proficiency, 0);
            skill.expectations << expectation;
        }
        if (!missing.isEmpty())
            problem(expectationsPath,
                    FrameworkFormat::tr("no expectation for %1: every skill needs one for every level").arg(quotedList(missing)));
        return skill;
    }

    // The expectation at `path`; its proficiency is -1 when it has no valid one.
    Expectation readExpectation(const QJsonObject &given, const QString &path)
    {
        Expectation expectation;
        const QJsonObject e = checkKeys(
            given, path,
            {QStringLiteral("applicable"), QStringLiteral("proficiency"), QStringLiteral("summary"), QStringLiteral("behaviours")},
            &expectation.extensions);
        const QString proficiencyPath = join(path, QStringLiteral("proficiency"));
        const QJsonValue p = e.value(QStringLiteral("proficiency"));
        const QJsonValue applicable = e.value(QStringLiteral("applicable"));
        if (!applicable.isUndefined()) {
            newer(QStringLiteral("applicable"), join(path, QStringLiteral("applicable")));
            if (!applicable.isBool())
                problem(join(path, QStringLiteral("applicable")),
                        FrameworkFormat::tr("must be true or false, not %1").arg(describe(applicable)));
            expectation.applicable = applicable.toBool(true);
        }
        expectation.proficiency = -1;
        if (!expectation.applicable) {
            if (!p.isUndefined())
                problem(proficiencyPath,
                        FrameworkFormat::tr("a level where the skill is not applicable expects no proficiency (remove one of the two)"));
        } else {
            const double number = p.toDouble(-1);
            const QString range = m_scale.range();
            if (!p.isDouble() || number != double(int(number))) {
                problem(proficiencyPath,
                        p.isUndefined() ? FrameworkFormat::tr("missing")
                                        : FrameworkFormat::tr("expected a whole number %1, found %2").arg(range, describe(p)));
            } else if (m_scaleKnown && !m_scale.isValid(int(number))) {
                problem(proficiencyPath, FrameworkFormat::tr("%1 is outside %2").arg(int(number)).arg(range));
            } else if (m_scaleKnown) {
                expectation.proficiency = int(number);
            }
        }
        if (e.contains(QStringLiteral("summary")))
            newer(QStringLiteral("summary"), join(path, QStringLiteral("summary")));
        expectation.summary = text(e, path, QStringLiteral("summary"), false);

        const QString behavioursPath = join(path, QStringLiteral("behaviours"));
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
                problem(
                    itemPath,
                    FrameworkFormat::tr("at most %1 characters, not %2").arg(FrameworkLimits::BehaviourLength).arg(item.toString().size()));
            else if (const QString why = JsonCheck::notOneLine(item.toString()); !why.isEmpty())
                problem(itemPath, why);
            else
                expectation.behaviours << item.toString().trimmed();
        }
        return expectation;
    }

    // False for a slug that is empty or already `first`'s, the second
    // reported at `path` with where it was first (`%1` the slug, `%2` that
    // place, in `message`); otherwise it is recorded as at `where`.
    bool once(QHash<QString, QString> &first, const QString &slug, const QString &path, const QString &where, const QString &message)
    {
        if (slug.isEmpty())
            return false;
        if (auto it = first.constFind(slug); it != first.constEnd()) {
            problem(join(path, QStringLiteral("slug")), message.arg(slug, *it));
            return false;
        }
        first.insert(slug, where);
        return true;
    }

    qsizetype levelIndex(const QString &key) const
    {
        for (qsizetype i = 0; i < m_checkedLevels.size(); ++i) {
            if (m_checkedLevels.at(i).slug == key || m_checkedLevels.at(i).written == key)
                return i;
        }
        return -1;
    }

    void problem(const QString &path, const QString &what) { m_problems << FrameworkProblem{path, what}; }

    // The object with its `x-` keys moved into `extensions` and each
    // misspelt key under the name it was meant to have (reported once here,
    // so that its absence is not reported again). `$schema` is allowed at
    // the top, for editors, and otherwise ignored.
    QJsonObject checkKeys(const QJsonObject &o, const QString &path, const QStringList &allowed, QJsonObject *extensions, bool top = false)
    {
        QJsonObject checked;
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString &key = it.key();
            if (allowed.contains(key) || (top && key == QLatin1String("$schema"))) {
                checked.insert(key, it.value());
            } else if (isExtension(key)) {
                newer(key, join(path, key));
                extensions->insert(key, it.value());
            } else if (const QString meant = closestMatch(key, allowed); !meant.isEmpty()) {
                problem(join(path, key), FrameworkFormat::tr("unknown key '%1'; did you mean '%2'?").arg(JsonCheck::printable(key), meant));
                if (!o.contains(meant))
                    checked.insert(meant, it.value());
            } else {
                problem(join(path, key),
                        FrameworkFormat::tr("unknown key '%1' (allowed here: %2, x-…)")
                            .arg(JsonCheck::printable(key), allowed.join(QStringLiteral(", "))));
            }
        }
        return checked;
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
        Result<QString> uuid = JsonCheck::uuid(o.value(QStringLiteral("uuid")), uuidPath, {});
        if (!uuid) {
            // JsonCheck says "PATH: problem".
            const QString message = uuid.error().message();
            problem(uuidPath, message.startsWith(uuidPath + QStringLiteral(": ")) ? message.mid(uuidPath.size() + 2) : message);
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

    struct Slug
    {
        QString slug;    // the slug, or the one it was most likely meant to be
        QString written; // as the file has it
        bool valid = false;
    };

    // The slug of `o`, reported once when it is not one; what it was meant
    // to be then stands for it in the rest of the checks.
    Slug slugOf(const QJsonObject &o, const QString &path)
    {
        const QString slugPath = join(path, QStringLiteral("slug"));
        QJsonValue v = o.value(QStringLiteral("slug"));
        if (v.isUndefined()) {
            // A misspelt "slug" key is reported with the other keys.
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (!isExtension(it.key()) && closestMatch(it.key(), {QStringLiteral("slug")}) == QLatin1String("slug"))
                    v = it.value();
            }
            if (v.isUndefined()) {
                problem(slugPath, FrameworkFormat::tr("missing"));
                return {};
            }
        }
        const QString written = v.toString();
        if (v.isString() && JsonCheck::isSlug(written))
            return {written, written, true};
        const QString meant = v.isString() ? slugFor(written) : QString();
        problem(slugPath,
                FrameworkFormat::tr("%1 is not a slug (lower-case letters, digits and single dashes, e.g. system-design)%2")
                    .arg(describe(v), meant.isEmpty() ? QString() : FrameworkFormat::tr("; did you mean '%1'?").arg(meant)));
        return {meant, written, false};
    }

    QString slug(const QJsonObject &o, const QString &path)
    {
        const Slug s = slugOf(o, path);
        return s.valid ? s.slug : QString();
    }

    struct CheckedLevel
    {
        QString slug;
        QString written;
    };

    QString m_root;
    QList<FrameworkProblem> m_problems;
    int m_version = FrameworkFormat::Version;
    qsizetype m_versionProblem = 0; // where a "needs version 2" problem goes
    QStringList m_newerKeys;        // version 2 keys seen, for a version 1 file
    ProficiencyScale m_scale;
    bool m_scaleKnown = true;
    QList<CheckedLevel> m_checkedLevels;  // the levels expectations are checked for
    QHash<QString, QString> m_skillSlugs; // slug → path of the first skill that has it
    QHash<QString, QString> m_uuids;      // "kind uuid" → where it was first seen
};

void writeExtensions(JsonWriter &w, const QJsonObject &extensions)
{
    for (auto it = extensions.begin(); it != extensions.end(); ++it) {
        w.textKey(it.key());
        w.json(it.value());
    }
}

} // namespace

QList<FrameworkProblem> FrameworkFormat::check(const QByteArray &data, Framework *framework)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(data, parseError.offset);
        return {FrameworkProblem{{}, parseError.errorString(), line, column}};
    }
    if (!doc.isObject())
        return {FrameworkProblem{{}, tr("expected an object with \"format\": \"%1\", found a list").arg(FormatName)}};
    // QJsonDocument keeps the last of two equal keys: the text is checked.
    if (const std::optional<QString> repeated = firstRepeatedKey(data))
        return {FrameworkProblem{*repeated, tr("duplicate key (a key appears once in an object)")}};
    Framework fw;
    QList<FrameworkProblem> problems = Validator({}).run(doc.object(), fw);
    if (problems.isEmpty() && framework)
        *framework = std::move(fw);
    return problems;
}

QList<FrameworkProblem> FrameworkFormat::checkFile(const QString &path, Framework *framework)
{
    Result<QByteArray> data = BoundedRead::jsonFile(path, BoundedRead::FrameworkLimit, tr("a framework file"));
    if (!data)
        return {FrameworkProblem{{}, data.error().message()}};
    return check(*data, framework);
}

Error FrameworkFormat::error(const QString &fileName, const QList<FrameworkProblem> &problems)
{
    QStringList lines;
    for (const FrameworkProblem &p : problems) {
        if (p.line > 0)
            lines << QStringLiteral("%1:%2:%3: %4").arg(fileName).arg(p.line).arg(p.column).arg(p.message);
        else
            lines << QStringLiteral("%1: %2: %3").arg(fileName, p.path.isEmpty() ? tr("(top)") : p.path, p.message);
    }
    if (problems.size() > 1)
        lines << tr("%1: %2 problems").arg(fileName).arg(problems.size());
    return lines.size() == 1 ? Error(lines.first()) : Error::several(lines);
}

Result<Framework> FrameworkFormat::fromJson(const QJsonObject &object, const QString &fileName, const QString &path)
{
    Framework fw;
    const QList<FrameworkProblem> problems = Validator(path).run(object, fw);
    if (!problems.isEmpty())
        return error(fileName, problems);
    return fw;
}

Result<Framework> FrameworkFormat::read(const QByteArray &data, const QString &fileName)
{
    Framework fw;
    const QList<FrameworkProblem> problems = check(data, &fw);
    if (!problems.isEmpty())
        return error(fileName, problems);
    return fw;
}

Result<Framework> FrameworkFormat::readFile(const QString &path)
{
    Result<QByteArray> data = BoundedRead::jsonFile(path, BoundedRead::FrameworkLimit, tr("a framework file"));
    if (!data)
        return data.error();
    return read(*data, QFileInfo(path).fileName());
}

void FrameworkFormat::write(JsonWriter &w, const Framework &fw, bool withUuids)
{
    auto uuid = [&](const QString &value) {
        if (withUuids && !value.isEmpty())
            w.field("uuid", value);
    };
    w.beginObject();
    w.field("format", FormatName);
    w.field("version", qint64(Version));
    uuid(fw.uuid);
    w.field("slug", fw.slug).field("name", fw.name).field("description", fw.description);
    if (!fw.scale.isBuiltIn()) {
        w.key("scale").beginArray();
        for (const ScaleStep &step : fw.scale.steps()) {
            w.beginObject().field("name", step.name);
            if (!step.description.isEmpty())
                w.field("description", step.description);
            writeExtensions(w, step.extensions);
            w.endObject();
        }
        w.endArray();
    }
    w.key("levels").beginArray();
    for (const Level &l : fw.levels) {
        w.beginObject();
        uuid(l.uuid);
        w.field("slug", l.slug).field("name", l.name).field("description", l.description);
        writeExtensions(w, l.extensions);
        w.endObject();
    }
    w.endArray();
    // The skills of each category, gathered in one pass over them (a pass
    // per category was categories × skills).
    QHash<QString, QList<const Skill *>> skillsOf;
    for (const Skill &s : fw.skills)
        skillsOf[s.categorySlug] << &s;
    w.key("categories").beginArray();
    for (const Category &c : fw.categories) {
        w.beginObject();
        uuid(c.uuid);
        w.field("slug", c.slug).field("name", c.name);
        if (!c.description.isEmpty())
            w.field("description", c.description);
        w.key("skills").beginArray();
        for (const Skill *s : skillsOf.value(c.slug)) {
            w.beginObject();
            uuid(s->uuid);
            w.field("slug", s->slug).field("name", s->name).field("description", s->description);
            w.key("expectations").beginObject();
            // In level order, whatever order the skill holds them in.
            for (const Level &l : fw.levels) {
                const Expectation *e = s->expectationFor(l.slug);
                if (!e)
                    continue;
                w.textKey(l.slug).beginObject();
                if (e->applicable)
                    w.field("proficiency", qint64(e->proficiency));
                else
                    w.field("applicable", false);
                if (!e->summary.isEmpty())
                    w.field("summary", e->summary);
                if (e->applicable || !e->behaviours.isEmpty())
                    w.field("behaviours", e->behaviours);
                writeExtensions(w, e->extensions);
                w.endObject();
            }
            w.endObject();
            writeExtensions(w, s->extensions);
            w.endObject();
        }
        w.endArray();
        writeExtensions(w, c.extensions);
        w.endObject();
    }
    w.endArray();
    writeExtensions(w, fw.extensions);
    w.endObject();
}

QJsonObject FrameworkFormat::toJson(const Framework &fw, bool withUuids)
{
    QByteArray out;
    {
        JsonWriter writer(out);
        write(writer, fw, withUuids);
    }
    return QJsonDocument::fromJson(out).object();
}

QByteArray FrameworkFormat::write(const Framework &framework)
{
    QByteArray out;
    {
        JsonWriter writer(out, 4);
        write(writer, framework, true);
    }
    out += '\n';
    return out;
}

Result<Framework> FrameworkFormat::builtIn()
{
    return readFile(QStringLiteral(":/frameworks/software-engineer.json"));
}

} // namespace ladder
