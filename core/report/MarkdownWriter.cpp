// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkdownWriter.h"

#include "ReportText.h"

#include <QRegularExpression>

namespace ladder {

namespace {

// A GitHub table; `numeric` columns are right-aligned. Cells are escaped here.
QString table(const QStringList &headers, const QList<bool> &numeric, const QList<QStringList> &rows)
{
    QString s;
    QStringList head;
    QStringList rule;
    for (qsizetype c = 0; c < headers.size(); ++c) {
        head << MarkdownWriter::escape(headers.at(c));
        rule << (numeric.value(c) ? QStringLiteral("---:") : QStringLiteral("---"));
    }
    s += QStringLiteral("| ") + head.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    s += QStringLiteral("| ") + rule.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row)
            cells << MarkdownWriter::escape(cell);
        s += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    }
    return s + QLatin1Char('\n');
}

QString heading(int level, const QString &text)
{
    QString escaped = MarkdownWriter::escape(text);
    // A heading's trailing "#"s would read as its closing sequence ("Learn C #").
    if (escaped.endsWith(QLatin1Char('#')))
        escaped.insert(escaped.size() - 1, QLatin1Char('\\'));
    return QString(level, QLatin1Char('#')) + QLatin1Char(' ') + escaped + QStringLiteral("\n\n");
}

QString paragraph(const QString &text)
{
    return MarkdownWriter::escape(text) + QStringLiteral("\n\n");
}

// "- 2026-05-20 ★ **Title** — Impact: ..."
QString winItem(const Win &win, const QString &extra = {})
{
    QString s = QStringLiteral("- ") + ReportText::date(win.date);
    if (win.starred)
        s += QLatin1Char(' ') + ReportText::star();
    s += QStringLiteral(" **") + MarkdownWriter::escape(win.title) + QStringLiteral("**");
    if (!win.impact.trimmed().isEmpty())
        s += QStringLiteral(" \u2014 ") + MarkdownWriter::escape(ReportText::impact(win.impact.trimmed()));
    if (!extra.isEmpty())
        s += QStringLiteral(" \u2014 *") + MarkdownWriter::escape(extra) + QLatin1Char('*');
    return s + QLatin1Char('\n');
}

// "#### Testing: met" and the skill's facts under it.
QString skillHeading(const SkillReadiness &skill, const ProficiencyScale &scale)
{
    return heading(4, MarkdownWriter::tr("%1: %2").arg(skill.skillName, ReportText::status(skill.status)))
        + paragraph(ReportText::skillFacts(skill, scale));
}

QString header(const QString &title, const QString &byline, const ReportHeader &h)
{
    return heading(1, title) + paragraph(byline) + QLatin1Char('*') + MarkdownWriter::escape(ReportText::generated(h))
        + QStringLiteral("*\n\n");
}

} // namespace

QString MarkdownWriter::escape(const QString &text)
{
    static const QRegularExpression entity(QStringLiteral("&(?=#?[A-Za-z0-9]+;)"));
    QString folded = text;
    folded.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
    folded.replace(QLatin1Char('\n'), QLatin1Char(' '));
    folded.replace(QLatin1Char('\r'), QLatin1Char(' '));
    QString out;
    out.reserve(folded.size() + 8);
    for (const QChar c : std::as_const(folded)) {
        switch (c.unicode()) {
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '<':
        case '>':
        case '|':
        case '~': out += QLatin1Char('\\'); break;
        default: break;
        }
        out += c;
    }
    out.replace(entity, QStringLiteral("\\&"));
    return out;
}

QString MarkdownWriter::readiness(const ReadinessReportModel &model)
{
    const ReportHeader &h = model.header;
    const ReadinessReport &r = model.readiness;
    QString s = header(ReportText::readinessTitle(h), ReportText::readinessByline(h), h);

    s += heading(2, tr("Overall readiness: %1").arg(ReportText::readiness(r)));
    s += paragraph(ReportText::overallSummary(r));

    s += heading(2, tr("By category"));
    QList<QStringList> rows;
    for (const CategoryReadiness &c : r.categories) {
        rows << QStringList{c.categoryName,
                            ReportText::readiness(c),
                            QString::number(c.metCount),
                            QString::number(c.claimedCount),
                            QString::number(c.gapCount),
                            QString::number(c.notExpectedCount)};
    }
    s += table({tr("Category"), tr("Readiness"), tr("Met"), tr("Claimed"), tr("Gap"), tr("Not expected")},
               {false, true, true, true, true, true}, rows);

    s += heading(2, tr("Skills"));
    s += QLatin1Char('*') + escape(ReportText::strongestIntro(ReadinessReportModel::StrongestListed)) + QStringLiteral("*\n\n");
    for (const CategoryReadiness &c : r.categories) {
        s += heading(3, tr("%1 (%2)").arg(c.categoryName, ReportText::readiness(c)));
        for (const SkillReadiness &k : c.skills) {
            s += skillHeading(k, r.scale);
            const QList<Win> strongest = model.strongestOf(k.skillSlug);
            for (const Win &w : strongest)
                s += winItem(w);
            if (!strongest.isEmpty())
                s += QLatin1Char('\n');
        }
    }

    s += heading(2, tr("What is missing"));
    if (model.missing.isEmpty())
        s += paragraph(tr("Nothing: every skill %1 expects is met with evidence.").arg(r.levelName));
    for (const MissingSkill &m : model.missing) {
        // One paragraph a skill, as in HtmlWriter: what, why, what is planned.
        QString line = QStringLiteral("**") + escape(m.skillName) + QStringLiteral("**: ") + escape(ReportText::status(m.status))
            + QStringLiteral(" \u2014 ") + escape(ReportText::missingReason(m, r.levelName, r.scale)) + QLatin1Char(' ');
        if (m.coveringGoals.isEmpty()) {
            line += QStringLiteral("**") + escape(ReportText::noGoal()) + QStringLiteral("**");
        } else {
            QStringList goals;
            for (const CoveringGoal &g : m.coveringGoals)
                goals << ReportText::coveringGoal(g);
            line += escape(tr("Planned: %1").arg(goals.join(QStringLiteral("; "))));
        }
        s += line + QStringLiteral("\n\n");
    }

    s += heading(2, tr("The plan"));
    s += heading(3, tr("Goals"));
    if (model.goals.isEmpty())
        s += paragraph(tr("No open goals."));
    for (const Goal &g : model.goals) {
        s += heading(4, tr("%1 (#%2)").arg(g.title, QString::number(g.id)));
        s += paragraph(ReportText::goalFacts(g, h.generatedOn, model.skillNames));
        for (const Milestone &m : g.milestones) {
            const QString facts = ReportText::milestoneFacts(m);
            s += (m.isDone() ? QStringLiteral("- [x] ") : QStringLiteral("- [ ] ")) + escape(m.text)
                + (facts.isEmpty() ? QString() : QStringLiteral(" (") + escape(facts) + QLatin1Char(')')) + QLatin1Char('\n');
        }
        if (!g.milestones.isEmpty())
            s += QLatin1Char('\n');
    }
    for (const RoadmapStage &stage : model.roadmap.stages) {
        s += heading(3, tr("Roadmap to %1").arg(stage.levelName));
        if (stage.steps.isEmpty()) {
            s += paragraph(tr("No steps: your ratings already reach %1.").arg(stage.levelName));
            continue;
        }
        rows.clear();
        int n = 0;
        for (const RoadmapStep &step : stage.steps) {
            QStringList goals;
            for (const CoveringGoal &g : step.coveringGoals)
                goals << QStringLiteral("#%1").arg(g.id);
            rows << QStringList{QString::number(++n),
                                model.skillName(step.skillSlug),
                                ReportText::proficiency(step.from, model.roadmap.scale),
                                ReportText::proficiency(step.to, model.roadmap.scale),
                                QString::number(step.gap),
                                goals.isEmpty() ? tr("none yet") : goals.join(QStringLiteral(", "))};
        }
        s += table({tr("Step"), tr("Skill"), tr("From"), tr("To"), tr("Gap"), tr("Goals")}, {true, false, false, false, true, false}, rows);
    }

    if (model.hasAppendix()) {
        s += heading(2, ReportText::appendixTitle());
        s += QLatin1Char('*') + escape(ReportText::appendixIntro(model.appendix)) + QStringLiteral("*\n\n");
        for (const CategoryReadiness &c : r.categories) {
            QString section;
            for (const SkillReadiness &k : c.skills) {
                if (k.evidence.isEmpty())
                    continue;
                section += skillHeading(k, r.scale);
                for (const Win &w : k.evidence)
                    section += winItem(w);
                section += QLatin1Char('\n');
                if (k.evidenceCount > k.evidence.size())
                    section += QLatin1Char('*') + escape(ReportText::moreWins(k.evidenceCount - int(k.evidence.size())))
                        + QStringLiteral("*\n\n");
            }
            if (!section.isEmpty())
                s += heading(3, c.categoryName) + section;
        }
        bool examplesTitled = false;
        for (const MissingSkill &m : model.missing) {
            if (m.behaviours.isEmpty())
                continue;
            if (!examplesTitled)
                s += heading(3, ReportText::examplesAt(r.levelName));
            examplesTitled = true;
            s += heading(4, m.skillName);
            for (const QString &b : m.behaviours)
                s += QStringLiteral("- ") + escape(b) + QLatin1Char('\n');
            s += QLatin1Char('\n');
        }
    }
    while (s.endsWith(QStringLiteral("\n\n")))
        s.chop(1);
    return s;
}

QString MarkdownWriter::brag(const BragReportModel &model)
{
    QString text;
    brag(model, [&text](const QString &part) { text += part; });
    return text;
}

void MarkdownWriter::brag(const BragReportModel &model, const std::function<void(const QString &)> &write)
{
    // Each part is handed on once the next one exists: the last one loses
    // the blank lines at its end.
    QString s = header(ReportText::bragTitle(model.header), ReportText::bragByline(model), model.header);
    s += paragraph(ReportText::bragSummary(model));
    for (const BragReportModel::Group &group : model.groups) {
        QString part = heading(2, group.subtitle.isEmpty() ? group.title : tr("%1 (%2)").arg(group.title, group.subtitle));
        for (int i : group.winIndexes) {
            const Win &w = model.wins.at(i);
            QString extra;
            if (model.grouping == BragReportModel::Grouping::Month && !w.skillSlugs.isEmpty()) {
                QStringList names;
                for (const QString &slug : w.skillSlugs)
                    names << model.skillName(slug);
                extra = names.join(QStringLiteral(", "));
            }
            part += winItem(w, extra);
        }
        part += QLatin1Char('\n');
        write(s);
        s = std::move(part);
    }
    // One trailing newline, however the last section ended.
    while (s.endsWith(QStringLiteral("\n\n")))
        s.chop(1);
    write(s);
}

} // namespace ladder
