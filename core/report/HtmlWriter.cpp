// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlWriter.h"

#include "ChartColors.h"
#include "domain/WinOrder.h"
#include "RadarChartLayout.h"
#include "ReportText.h"
#include "SvgRadarChart.h"

namespace ladder {

namespace {

using Flavor = HtmlWriter::Flavor;

QString esc(const QString &text)
{
    return HtmlWriter::escape(text);
}

// Browsers get relative sizes and a readable column; Qt's rich text gets
// points (it lays out for paper) and no font family (ReportDocument sets the
// document's font, one that is sure to be installed).
QString pageCss()
{
    return QStringLiteral(
        "body{font-family:system-ui,-apple-system,\"Segoe UI\",\"DejaVu Sans\",sans-serif;color:#222;background:#fff;"
        "max-width:58em;margin:2em auto;padding:0 1.2em;line-height:1.45}\n"
        "h1{font-size:1.7em;margin:0 0 .2em}\n"
        "h2{font-size:1.3em;margin:1.6em 0 .4em;border-bottom:1px solid #d5d9de;padding-bottom:.15em}\n"
        "h3{font-size:1.1em;margin:1.2em 0 .3em}\n"
        "h4{font-size:1em;margin:1em 0 .2em}\n"
        "p{margin:.3em 0 .6em}\n"
        ".byline{font-size:1.1em;margin:0}\n"
        ".muted,.generated,.facts{color:#666}\n"
        ".facts{font-weight:normal}\n"
        ".generated{font-size:.9em}\n"
        ".overall{font-size:1.2em}\n"
        "table{border-collapse:collapse;width:100%;margin:.4em 0 1em}\n"
        "th,td{text-align:left;vertical-align:top;padding:.3em .6em;border-bottom:1px solid #d5d9de}\n"
        "th{background:#eef1f5;border-bottom:1px solid #9aa3ad}\n"
        "th.num,td.num{text-align:right}\n"
        ".s-met{color:#1b7a3a}.s-claimed{color:#9a6700}.s-gap{color:#b42318}.s-not-expected,.s-not-applicable{color:#777}\n"
        ".star{color:#d9731a}\n"
        ".nogoal{color:#b42318;font-weight:bold}\n"
        "ul{margin:.2em 0 .8em;padding-left:1.4em}\n"
        "li{margin:.15em 0}\n"
        ".chart{margin:.5em 0 1em;text-align:center}\n"
        ".chart svg{max-width:100%;height:auto}\n"
        "@media print{body{margin:0;max-width:none}h2,h3,h4{page-break-after:avoid}tr,li{page-break-inside:avoid}}\n");
}

// Qt's CSS takes font sizes in pt but lengths only in px or em (a "pt" margin
// is dropped): px here are 1/96 inch, as PagePrinter lays pages out.
QString richTextCss()
{
    return QStringLiteral(
        "body{color:#222222}\n"
        "h1{font-size:17pt;margin-top:0px;margin-bottom:4px}\n"
        "h2{font-size:13pt;margin-top:14px;margin-bottom:4px;color:#1a1a1a}\n"
        "h3{font-size:11pt;margin-top:8px;margin-bottom:2px}\n"
        "h4{font-size:9.5pt;margin-top:4px;margin-bottom:1px}\n"
        "p{margin-top:1px;margin-bottom:4px}\n"
        ".byline{font-size:10.5pt;margin-top:0px;margin-bottom:2px}\n"
        ".muted{color:#666666}\n"
        ".facts{color:#666666;font-weight:normal}\n"

        ".generated{color:#666666;font-size:8pt}\n"
        ".overall{font-size:10.5pt}\n"
        "table{border-collapse:collapse;margin-top:4px;margin-bottom:10px}\n"
        "th{background-color:#eef1f5;font-weight:bold;text-align:left;border-bottom:1px solid #9aa3ad}\n"
        "td{border-bottom:1px solid #d5d9de}\n"
        ".num{text-align:right}\n"
        ".s-met{color:#1b7a3a}\n.s-claimed{color:#9a6700}\n.s-gap{color:#b42318}\n.s-not-expected,.s-not-applicable{color:#777777}\n"
        ".star{color:#d9731a}\n"
        ".nogoal{color:#b42318;font-weight:bold}\n"
        "ul{margin-top:1px;margin-bottom:4px}\n"
        "li{margin-top:0px;margin-bottom:1px}\n");
}

// What comes before a document's body.
QString documentHead(const QString &title, Flavor flavor)
{
    QString s;
    s += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n");
    if (flavor == Flavor::Page)
        s += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
    s += QStringLiteral("<meta name=\"generator\" content=\"Ladder\"/>\n");
    s += QStringLiteral("<title>") + esc(title) + QStringLiteral("</title>\n");
    s += QStringLiteral("<style>\n") + (flavor == Flavor::Page ? pageCss() : richTextCss()) + QStringLiteral("</style>\n");
    s += QStringLiteral("</head>\n<body>\n");
    return s;
}

const QString DocumentTail = QStringLiteral("</body>\n</html>\n");

QString document(const QString &title, const QString &body, Flavor flavor)
{
    return documentHead(title, flavor) + body + DocumentTail;
}

QString element(const QString &tag, const QString &text, const QString &cssClass = {})
{
    const QString attr = cssClass.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(cssClass);
    return QStringLiteral("<%1%2>").arg(tag, attr) + esc(text) + QStringLiteral("</%1>\n").arg(tag);
}

struct Column
{
    QString title;
    bool numeric = false;
};

// A cell's content is escaped unless `html` says it is markup already.
struct Cell
{
    Cell(QString text_)
        : text(std::move(text_))
    {
    }
    Cell(QString text_, QString cssClass_)
        : text(std::move(text_))
        , cssClass(std::move(cssClass_))
    {
    }
    QString text;
    QString cssClass; // of a <span> around the text
};

QString table(const QList<Column> &columns, const QList<QList<Cell>> &rows, Flavor flavor)
{
    QString s = flavor == Flavor::RichText ? QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0\">\n")
                                           : QStringLiteral("<table>\n");
    s += QStringLiteral("<thead><tr>");
    for (const Column &c : columns)
        s += (c.numeric ? QStringLiteral("<th class=\"num\">") : QStringLiteral("<th>")) + esc(c.title) + QStringLiteral("</th>");
    s += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const QList<Cell> &row : rows) {
        s += QStringLiteral("<tr>");
        for (qsizetype i = 0; i < row.size(); ++i) {
            const bool numeric = i < columns.size() && columns.at(i).numeric;
            // Qt's rich text aligns a cell by its attribute, browsers by the class.
            s += numeric
                ? (flavor == Flavor::RichText ? QStringLiteral("<td class=\"num\" align=\"right\">") : QStringLiteral("<td class=\"num\">"))
                : QStringLiteral("<td>");
            const Cell &cell = row.at(i);
            if (cell.cssClass.isEmpty())
                s += esc(cell.text);
            else
                s += QStringLiteral("<span class=\"%1\">").arg(cell.cssClass) + esc(cell.text) + QStringLiteral("</span>");
            s += QStringLiteral("</td>");
        }
        s += QStringLiteral("</tr>\n");
    }
    s += QStringLiteral("</tbody>\n</table>\n");
    return s;
}

QString statusClass(SkillStatus status)
{
    return QStringLiteral("s-") + skillStatusKey(status);
}

// Where a win's impact goes: under the title (the brag document and the
// readiness appendix, where the wins are the story), or nowhere (the
// readiness summary's strongest wins: one line each, so that the summary
// stays three pages; docs/reports.md).
enum class ImpactAt { NextLine, Omitted };

// <li>2026-05-20 ★ <strong>Title</strong><br/>Impact: …</li>
QString winItem(const Win &win, const QString &extra = {}, ImpactAt impactAt = ImpactAt::NextLine)
{
    QString s = QStringLiteral("<li>") + esc(ReportText::date(win.date));
    if (win.starred)
        s += QStringLiteral(" <span class=\"star\">") + ReportText::star() + QStringLiteral("</span>");
    s += QStringLiteral(" <strong>") + esc(win.title) + QStringLiteral("</strong>");
    if (!extra.isEmpty())
        s += QStringLiteral(" <span class=\"muted\">\u2014 ") + esc(extra) + QStringLiteral("</span>");
    if (WinOrder::hasImpact(win) && impactAt == ImpactAt::NextLine)
        s += QStringLiteral("<br/><span class=\"muted\">") + esc(ReportText::impact(win.impact.trimmed())) + QStringLiteral("</span>");
    return s + QStringLiteral("</li>\n");
}

// <h4>Testing: <span class="s-met">met</span> <span class="facts">· Expected …</span></h4>:
// one line per skill, its status in its color and the facts after it.
QString skillHeading(const SkillReadiness &skill, const QString &facts)
{
    return QStringLiteral("<h4>") + esc(skill.skillName) + QStringLiteral(": <span class=\"%1\">").arg(statusClass(skill.status))
        + esc(ReportText::status(skill.status)) + QStringLiteral("</span> <span class=\"facts\">\u00b7 ") + esc(facts)
        + QStringLiteral("</span></h4>\n");
}

QString header(const QString &title, const QString &byline, const ReportHeader &h)
{
    return element(QStringLiteral("h1"), title) + element(QStringLiteral("p"), byline, QStringLiteral("byline"))
        + element(QStringLiteral("p"), ReportText::generated(h), QStringLiteral("generated"));
}

QString chart(const ReadinessReportModel &model, Flavor flavor)
{
    if (model.chart.isEmpty())
        return {};
    const QString caption = HtmlWriter::tr("Rating vs expectation per skill");
    if (flavor == Flavor::RichText) {
        return QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\"/></p>\n")
            .arg(HtmlWriter::chartPlaceholder())
            .arg(int(RadarChartLayout::Width))
            .arg(int(RadarChartLayout::Height))
            .arg(esc(caption));
    }
    return QStringLiteral("<div class=\"chart\">\n") + SvgRadarChart::svg(model.chart, ChartColors::light(), caption)
        + QStringLiteral("\n</div>\n");
}

} // namespace

QString HtmlWriter::chartPlaceholder()
{
    return QStringLiteral("ladder-chart:radar");
}

QString HtmlWriter::escape(const QString &text)
{
    return text.toHtmlEscaped();
}

QString HtmlWriter::readiness(const ReadinessReportModel &model, Flavor flavor)
{
    const ReportHeader &h = model.header;
    const ReadinessReport &r = model.readiness;
    QString b = header(ReportText::readinessTitle(h), ReportText::readinessByline(h), h);

    b += element(QStringLiteral("h2"), tr("Overall readiness: %1").arg(ReportText::readiness(r)));
    b += element(QStringLiteral("p"), ReportText::overallSummary(r), QStringLiteral("overall"));
    b += chart(model, flavor);

    b += element(QStringLiteral("h2"), tr("By category"));
    QList<QList<Cell>> rows;
    for (const CategoryReadiness &c : r.categories) {
        rows << QList<Cell>{c.categoryName,
                            ReportText::readiness(c),
                            QString::number(c.metCount),
                            QString::number(c.claimedCount),
                            QString::number(c.gapCount),
                            QString::number(c.notExpectedCount)};
    }
    b += table({{tr("Category")},
                {tr("Readiness"), true},
                {tr("Met"), true},
                {tr("Claimed"), true},
                {tr("Gap"), true},
                {tr("Not expected"), true}},
               rows, flavor);

    b += element(QStringLiteral("h2"), tr("Skills"));
    b += element(QStringLiteral("p"), ReportText::strongestIntro(ReadinessReportModel::StrongestListed), QStringLiteral("muted"));
    for (const CategoryReadiness &c : r.categories) {
        b += element(QStringLiteral("h3"), tr("%1 (%2)").arg(c.categoryName, ReportText::readiness(c)));
        for (const SkillReadiness &k : c.skills) {
            b += skillHeading(k, ReportText::skillFacts(k, r.scale));
            const QList<Win> strongest = model.strongestOf(k.skillSlug);
            if (strongest.isEmpty())
                continue;
            b += QStringLiteral("<ul>\n");
            for (const Win &w : strongest)
                b += winItem(w, {}, ImpactAt::Omitted);
            b += QStringLiteral("</ul>\n");
        }
    }

    b += element(QStringLiteral("h2"), tr("What is missing"));
    if (model.missing.isEmpty())
        b += element(QStringLiteral("p"), tr("Nothing: every skill %1 expects is met with evidence.").arg(r.levelName));
    for (const MissingSkill &m : model.missing) {
        // One paragraph a skill: what, why, and what is planned.
        b += QStringLiteral("<p><strong>") + esc(m.skillName) + QStringLiteral("</strong>: <span class=\"%1\">").arg(statusClass(m.status))
            + esc(ReportText::status(m.status)) + QStringLiteral("</span> \u2014 ")
            + esc(ReportText::missingReason(m, r.levelName, r.scale)) + QLatin1Char(' ');
        if (m.coveringGoals.isEmpty()) {
            b += QStringLiteral("<span class=\"nogoal\">") + esc(ReportText::noGoal()) + QStringLiteral("</span>");
        } else {
            QStringList goals;
            for (const CoveringGoal &g : m.coveringGoals)
                goals << ReportText::coveringGoal(g);
            b += esc(tr("Planned: %1").arg(goals.join(QStringLiteral("; "))));
        }
        b += QStringLiteral("</p>\n");
    }

    b += element(QStringLiteral("h2"), tr("The plan"));
    b += element(QStringLiteral("h3"), tr("Goals"));
    if (model.goals.isEmpty())
        b += element(QStringLiteral("p"), tr("No open goals."));
    for (const Goal &g : model.goals) {
        b += element(QStringLiteral("h4"), tr("%1 (#%2)").arg(g.title, QString::number(g.id)));
        b += element(QStringLiteral("p"), ReportText::goalFacts(g, h.generatedOn, model.skillNames), QStringLiteral("muted"));
        if (g.milestones.isEmpty())
            continue;
        // The milestones in one paragraph: a goal takes two or three lines.
        QStringList milestones;
        for (const Milestone &m : g.milestones) {
            const QString facts = ReportText::milestoneFacts(m);
            // Ballot boxes: Qt's rich text has no check-list bullets.
            QString item = (m.isDone() ? QStringLiteral("\u2611 ") : QStringLiteral("\u2610 ")) + esc(m.text);
            if (!facts.isEmpty())
                item += QStringLiteral(" <span class=\"muted\">(") + esc(facts) + QStringLiteral(")</span>");
            milestones << item;
        }
        b += QStringLiteral("<p>") + milestones.join(QStringLiteral(" &#160;&#160; ")) + QStringLiteral("</p>\n");
    }
    for (const RoadmapStage &stage : model.roadmap.stages) {
        b += element(QStringLiteral("h3"), tr("Roadmap to %1").arg(stage.levelName));
        if (stage.steps.isEmpty()) {
            b += element(QStringLiteral("p"), tr("No steps: your ratings already reach %1.").arg(stage.levelName));
            continue;
        }
        rows.clear();
        int n = 0;
        for (const RoadmapStep &step : stage.steps) {
            QStringList goals;
            for (const CoveringGoal &g : step.coveringGoals)
                goals << QStringLiteral("#%1").arg(g.id);
            rows << QList<Cell>{QString::number(++n),
                                model.skillName(step.skillSlug),
                                ReportText::proficiency(step.from, model.roadmap.scale),
                                ReportText::proficiency(step.to, model.roadmap.scale),
                                QString::number(step.gap),
                                goals.isEmpty() ? Cell(tr("none yet"), QStringLiteral("nogoal")) : Cell(goals.join(QStringLiteral(", ")))};
        }
        b += table({{tr("Step"), true}, {tr("Skill")}, {tr("From")}, {tr("To")}, {tr("Gap"), true}, {tr("Goals")}}, rows, flavor);
    }

    if (model.hasAppendix()) {
        b += element(QStringLiteral("h2"), ReportText::appendixTitle());
        b += element(QStringLiteral("p"), ReportText::appendixIntro(model.appendix), QStringLiteral("muted"));
        for (const CategoryReadiness &c : r.categories) {
            QString section;
            for (const SkillReadiness &k : c.skills) {
                if (k.evidence.isEmpty())
                    continue;
                section += skillHeading(k, ReportText::skillFacts(k, r.scale));
                section += QStringLiteral("<ul>\n");
                for (const Win &w : k.evidence)
                    section += winItem(w);
                section += QStringLiteral("</ul>\n");
                if (k.evidenceCount > k.evidence.size())
                    section += element(QStringLiteral("p"), ReportText::moreWins(k.evidenceCount - int(k.evidence.size())),
                                       QStringLiteral("muted"));
            }
            if (!section.isEmpty())
                b += element(QStringLiteral("h3"), c.categoryName) + section;
        }
        bool examplesTitled = false;
        for (const MissingSkill &m : model.missing) {
            if (m.behaviours.isEmpty())
                continue;
            if (!examplesTitled)
                b += element(QStringLiteral("h3"), ReportText::examplesAt(r.levelName));
            examplesTitled = true;
            b += element(QStringLiteral("h4"), m.skillName) + QStringLiteral("<ul>\n");
            for (const QString &behaviour : m.behaviours)
                b += element(QStringLiteral("li"), behaviour);
            b += QStringLiteral("</ul>\n");
        }
    }
    return document(ReportText::readinessTitle(h), b, flavor);
}

QString HtmlWriter::brag(const BragReportModel &model, Flavor flavor)
{
    QString text;
    brag(model, flavor, [&text](const QString &part) { text += part; });
    return text;
}

void HtmlWriter::brag(const BragReportModel &model, Flavor flavor, const std::function<void(const QString &)> &write)
{
    write(documentHead(ReportText::bragTitle(model.header), flavor));
    QString b = header(ReportText::bragTitle(model.header), ReportText::bragByline(model), model.header);
    b += element(QStringLiteral("p"), ReportText::bragSummary(model), QStringLiteral("overall"));
    for (const BragReportModel::Group &group : model.groups) {
        b += element(QStringLiteral("h2"), group.subtitle.isEmpty() ? group.title : tr("%1 (%2)").arg(group.title, group.subtitle));
        b += QStringLiteral("<ul>\n");
        for (int i : group.winIndexes) {
            const Win &w = model.wins.at(i);
            QString extra;
            if (model.grouping == BragReportModel::Grouping::Month && !w.skillSlugs.isEmpty()) {
                QStringList names;
                for (const QString &slug : w.skillSlugs)
                    names << model.skillName(slug);
                extra = names.join(QStringLiteral(", "));
            }
            b += winItem(w, extra);
        }
        b += QStringLiteral("</ul>\n");
        write(b);
        b.clear();
    }
    write(b + DocumentTail);
}

} // namespace ladder
