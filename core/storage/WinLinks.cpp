#include "WinLinks.h"

#include "Statement.h"

#include <QHash>

#include <algorithm>

namespace ladder {

namespace {

// Each query returns its rows ordered by win id (the link tables' primary keys
// start with it), so the vectors come out sorted for fill()'s binary search.
// The ids arrive as one JSON array: one bound parameter whatever their number.
constexpr std::string_view TagsAll = "SELECT wt.win_id, wt.tag_id, t.name FROM win_tag wt CROSS JOIN tag t ON t.id = wt.tag_id"
                                     " ORDER BY wt.win_id, wt.tag_id";
constexpr std::string_view TagsOf = "SELECT wt.win_id, wt.tag_id, t.name FROM win_tag wt CROSS JOIN tag t ON t.id = wt.tag_id"
                                    " WHERE wt.win_id IN (SELECT value FROM json_each(?)) ORDER BY wt.win_id, wt.tag_id";
constexpr std::string_view SkillsAll = "SELECT win_id, skill_slug FROM win_skill ORDER BY win_id, skill_slug";
constexpr std::string_view SkillsOf = "SELECT win_id, skill_slug FROM win_skill"
                                      " WHERE win_id IN (SELECT value FROM json_each(?)) ORDER BY win_id, skill_slug";
constexpr std::string_view GoalsAll = "SELECT win_id, goal_id FROM win_goal ORDER BY win_id, goal_id";
constexpr std::string_view GoalsOf = "SELECT win_id, goal_id FROM win_goal"
                                     " WHERE win_id IN (SELECT value FROM json_each(?)) ORDER BY win_id, goal_id";

template<typename Link>
std::pair<typename std::vector<Link>::const_iterator, typename std::vector<Link>::const_iterator>
linksOf(const std::vector<Link> &links, qint64 winId)
{
    auto first = std::lower_bound(links.begin(), links.end(), winId, [](const Link &l, qint64 id) { return l.winId < id; });
    auto last = first;
    while (last != links.end() && last->winId == winId)
        ++last;
    return {first, last};
}

} // namespace

WinLinks WinLinks::load(Database &db, const std::vector<qint64> &winIds)
{
    QByteArray json;
    json.reserve(qsizetype(winIds.size()) * 8 + 2);
    json += '[';
    for (std::size_t i = 0; i < winIds.size(); ++i) {
        if (i > 0)
            json += ',';
        json += QByteArray::number(winIds[i]);
    }
    json += ']';
    return read(db, json);
}

WinLinks WinLinks::loadAll(Database &db)
{
    return read(db, QByteArray());
}

WinLinks WinLinks::read(Database &db, const QByteArray &idsJson)
{
    const bool all = idsJson.isNull();
    WinLinks links;
    auto bindIds = [&](Statement &s) {
        if (!all)
            s.bindUtf8(1, idsJson);
    };

    {
        // Tag names are interned by tag id: one QString per distinct tag.
        QHash<qint64, qint64> nameOfTag;
        Statement s(db, all ? TagsAll : TagsOf);
        bindIds(s);
        while (s.step()) {
            const qint64 tagId = s.int64(1);
            auto it = nameOfTag.constFind(tagId);
            if (it == nameOfTag.constEnd()) {
                it = nameOfTag.insert(tagId, links.m_names.size());
                links.m_names << s.text(2);
            }
            links.m_tags.push_back({s.int64(0), *it});
        }
    }
    {
        QHash<QString, qint64> nameIndex;
        Statement s(db, all ? SkillsAll : SkillsOf);
        bindIds(s);
        while (s.step()) {
            const QString slug = s.text(1);
            auto it = nameIndex.constFind(slug);
            if (it == nameIndex.constEnd()) {
                it = nameIndex.insert(slug, links.m_names.size());
                links.m_names << slug;
            }
            links.m_skills.push_back({s.int64(0), *it});
        }
    }
    {
        Statement s(db, all ? GoalsAll : GoalsOf);
        bindIds(s);
        while (s.step())
            links.m_goals.push_back({s.int64(0), s.int64(1)});
    }
    return links;
}

void WinLinks::fill(Win &win) const
{
    win.tags.clear();
    win.skillSlugs.clear();
    win.goalIds.clear();
    const auto [tagsBegin, tagsEnd] = linksOf(m_tags, win.id);
    for (auto it = tagsBegin; it != tagsEnd; ++it)
        win.tags << m_names.at(it->value);
    // Stored tags are unique; their order is by name, as normalizedTags() sorts.
    win.tags.sort();
    const auto [skillsBegin, skillsEnd] = linksOf(m_skills, win.id);
    for (auto it = skillsBegin; it != skillsEnd; ++it)
        win.skillSlugs << m_names.at(it->value);
    const auto [goalsBegin, goalsEnd] = linksOf(m_goals, win.id);
    for (auto it = goalsBegin; it != goalsEnd; ++it)
        win.goalIds << it->value;
}

} // namespace ladder
