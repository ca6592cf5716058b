// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Period.h"
#include "domain/Win.h"
#include "ReportData.h"
#include "ReportHeader.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace ladder {

// The brag document as data: the period's wins grouped by skill or by month,
// starred first, for MarkdownWriter, HtmlWriter and render/ReportDocument.
struct BragReportModel
{
    Q_DECLARE_TR_FUNCTIONS(BragReportModel)

public:
    enum class Grouping { Skill, Month };

    struct Group
    {
        QString key;      // the skill slug, "yyyy-MM", or "" for wins without a skill
        QString title;    // the skill's name, "November 2026", or "Other wins"
        QString subtitle; // the skill's category name; empty otherwise
        // Indexes into the model's `wins`, in its order: a win under several
        // skills is listed in each group but held once.
        QList<int> winIndexes;
        int starredCount = 0;
    };

    ReportHeader header; // no target level
    Grouping grouping = Grouping::Skill;
    // By skill: the framework's foundational order, a win under each skill it
    // links, skills of no framework by slug after them, then the wins without
    // a skill. By month: newest month first. Groups without wins are left out.
    QList<Group> groups;
    QList<Win> wins;  // the period's wins, starred first, then newest first (date desc, id desc)
    int winCount = 0; // distinct wins in the period
    int starredCount = 0;
    int skillCount = 0;                // distinct skills the wins link
    QMap<QString, QString> skillNames; // slug -> name, for the skills the wins link

    QString skillName(const QString &slug) const { return skillNames.value(slug, slug); }

    // `data.wins` outside the period are ignored. Moving the data in spares
    // a copy of the period's wins.
    static BragReportModel build(ReportData data, const Period &period, Grouping grouping, const QDate &generatedOn);

    static QString groupingKey(Grouping grouping); // "skill", "month"
    static bool groupingFromKey(const QString &key, Grouping *grouping);
};

} // namespace ladder
