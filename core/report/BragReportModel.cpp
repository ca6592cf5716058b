// SPDX-License-Identifier: GPL-3.0-or-later
#include "BragReportModel.h"

#include "domain/WinOrder.h"
#include "engine/SkillOrder.h"

#include <QSet>

#include <algorithm>

namespace ladder {

QString BragReportModel::groupingKey(Grouping grouping)
{
    return grouping == Grouping::Month ? QStringLiteral("month") : QStringLiteral("skill");
}

bool BragReportModel::groupingFromKey(const QString &key, Grouping *grouping)
{
    if (key == QLatin1String("skill")) {
        *grouping = Grouping::Skill;
        return true;
    }
    if (key == QLatin1String("month")) {
        *grouping = Grouping::Month;
        return true;
    }
    return false;
}

BragReportModel BragReportModel::build(ReportData data, const Period &period, Grouping grouping, const QDate &generatedOn)
{
    BragReportModel model;
    model.grouping = grouping;
    model.header.userName = data.userName;
    model.header.frameworkName = data.framework.name;
    model.header.period = period;
    model.header.generatedOn = generatedOn;
    if (const Level *current = data.framework.level(data.currentLevelSlug)) {
        model.header.currentLevelSlug = current->slug;
        model.header.currentLevelName = current->name;
    }

    // Taken from `data`: a caller that moves its data in holds the wins once.
    model.wins = std::move(data.wins);
    model.wins.removeIf([&period](const Win &w) { return !period.contains(w.date); });
    std::sort(model.wins.begin(), model.wins.end(), WinOrder::starredThenNewest);
    const QList<Win> &wins = model.wins;
    model.winCount = int(wins.size());
    QSet<QString> linked;
    for (const Win &w : std::as_const(wins)) {
        model.starredCount += w.starred ? 1 : 0;
        for (const QString &slug : w.skillSlugs)
            linked.insert(slug);
    }
    model.skillCount = int(linked.size());
    for (const QString &slug : std::as_const(linked)) {
        const Skill *skill = data.framework.skill(slug);
        model.skillNames.insert(slug, skill ? skill->name : slug);
    }

    auto add = [&model](Group group) {
        if (group.winIndexes.isEmpty())
            return;
        for (int i : std::as_const(group.winIndexes))
            group.starredCount += model.wins.at(i).starred ? 1 : 0;
        model.groups.append(std::move(group));
    };

    if (grouping == Grouping::Month) {
        // `wins` is starred-first; months are collected newest first and each
        // keeps that order inside.
        QList<QDate> months;
        for (const Win &w : std::as_const(wins)) {
            const QDate first(w.date.year(), w.date.month(), 1);
            if (!months.contains(first))
                months.append(first);
        }
        std::sort(months.begin(), months.end(), std::greater<>());
        for (const QDate &month : std::as_const(months)) {
            Group group;
            group.key = month.toString(QStringLiteral("yyyy-MM"));
            // QDate::toString with a format uses the C locale: the same bytes everywhere.
            group.title = month.toString(QStringLiteral("MMMM yyyy"));
            for (int i = 0; i < int(wins.size()); ++i) {
                const Win &w = wins.at(i);
                if (w.date.year() == month.year() && w.date.month() == month.month())
                    group.winIndexes.append(i);
            }
            add(std::move(group));
        }
        return model;
    }

    const QList<Category> categories = SkillOrder::categories(data.framework);
    auto categoryName = [&categories](const QString &slug) {
        for (const Category &c : categories) {
            if (c.slug == slug)
                return c.name;
        }
        return slug;
    };
    QSet<QString> known;
    for (const Skill *skill : SkillOrder::skills(data.framework)) {
        known.insert(skill->slug);
        Group group;
        group.key = skill->slug;
        group.title = skill->name;
        group.subtitle = categoryName(skill->categorySlug);
        for (int i = 0; i < int(wins.size()); ++i) {
            const Win &w = wins.at(i);
            if (w.skillSlugs.contains(skill->slug))
                group.winIndexes.append(i);
        }
        add(std::move(group));
    }
    // Skills the active framework does not have (linked under another one).
    QStringList strangers;
    for (const QString &slug : std::as_const(linked)) {
        if (!known.contains(slug))
            strangers.append(slug);
    }
    std::sort(strangers.begin(), strangers.end());
    for (const QString &slug : std::as_const(strangers)) {
        Group group;
        group.key = slug;
        group.title = slug;
        for (int i = 0; i < int(wins.size()); ++i) {
            const Win &w = wins.at(i);
            if (w.skillSlugs.contains(slug))
                group.winIndexes.append(i);
        }
        add(std::move(group));
    }
    Group other;
    other.title = tr("Other wins");
    for (int i = 0; i < int(wins.size()); ++i) {
        const Win &w = wins.at(i);
        if (w.skillSlugs.isEmpty())
            other.winIndexes.append(i);
    }
    add(std::move(other));
    return model;
}

} // namespace ladder
