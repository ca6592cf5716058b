// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinLinks.h"

#include "Statement.h"

#include <QHash>

#include <algorithm>
#include <string>
#include <unordered_map>

namespace ladder {

namespace {

// Each link table is read with one query, rows as (win id, tag id, tag name),
// (win id, skill slug) and (win id, goal id). Within a win the rows come in
// primary-key order (slug, goal id); tags are sorted by name in fill().
struct Queries
{
    std::string_view tags;
    std::string_view skills;
    std::string_view goals;
};

// The whole journal: each table scanned in primary-key (win id) order; tag
// names are read once for all (the join would seek the tag of every row).
constexpr std::string_view AllTagNames = "SELECT id, name FROM tag";
constexpr Queries All = {
    "SELECT win_id, tag_id, NULL FROM win_tag",
    "SELECT win_id, skill_slug FROM win_skill",
    "SELECT win_id, goal_id FROM win_goal",
};

// Wins with ids from ?1 to ?2: one range scan per table.
constexpr Queries IdRange = {
    "SELECT wt.win_id, wt.tag_id, t.name FROM win_tag wt CROSS JOIN tag t ON t.id = wt.tag_id WHERE wt.win_id BETWEEN ?1 AND ?2",
    "SELECT win_id, skill_slug FROM win_skill WHERE win_id BETWEEN ?1 AND ?2",
    "SELECT win_id, goal_id FROM win_goal WHERE win_id BETWEEN ?1 AND ?2",
};

// Wins whose ids are in the JSON array ?1 (sorted): one seek per id and table,
// and one bound parameter whatever the number of ids.
constexpr Queries Ids = {
    "SELECT w.value, wt.tag_id, t.name FROM json_each(?1) w CROSS JOIN win_tag wt ON wt.win_id = w.value"
    " CROSS JOIN tag t ON t.id = wt.tag_id",
    "SELECT w.value, ws.skill_slug FROM json_each(?1) w CROSS JOIN win_skill ws ON ws.win_id = w.value",
    "SELECT w.value, wg.goal_id FROM json_each(?1) w CROSS JOIN win_goal wg ON wg.win_id = w.value",
};

struct Utf8Hash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const noexcept { return std::hash<std::string_view>{}(text); }
};

template<typename Link>
std::pair<typename std::vector<Link>::const_iterator, typename std::vector<Link>::const_iterator> linksOf(const std::vector<Link> &links,
                                                                                                          qint64 winId)
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
    if (winIds.empty())
        return {};
    std::vector<qint64> ids = winIds;
    std::sort(ids.begin(), ids.end());
    // Wins listed together were mostly written together (a month, the newest
    // page), so their ids are close: one range scan of each link table,
    // keeping the rows of these wins, costs a fraction of seeking each id.
    // Ids spread thin (a search over years) are sought one by one.
    const qint64 span = ids.back() - ids.front() + 1;
    if (span <= 4 * qint64(ids.size()) + 256) {
        WinLinks links = read(db, Source::IdRange, [&](Statement &s) { s.bind(1, ids.front()).bind(2, ids.back()); });
        links.keepOnly(ids);
        return links;
    }
    QByteArray json;
    json.reserve(qsizetype(ids.size()) * 8 + 2);
    json += '[';
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i > 0)
            json += ',';
        json += QByteArray::number(ids[i]);
    }
    json += ']';
    return read(db, Source::Ids, [&](Statement &s) { s.bindUtf8(1, json); });
}

WinLinks WinLinks::loadAll(Database &db)
{
    return read(db, Source::All, [](Statement &) {});
}

WinLinks WinLinks::read(Database &db, Source source, const std::function<void(Statement &)> &bind)
{
    const Queries &q = source == Source::All ? All : source == Source::IdRange ? IdRange : Ids;
    WinLinks links;
    if (source == Source::All) {
        // Sized before they are filled: vectors grown by doubling briefly
        // held up to twice the links (an export's peak memory;
        // docs/performance.md), and counting them first costs little.
        auto rows = [&](std::string_view sql) {
            Statement count(db, sql);
            count.step();
            return std::size_t(count.int64(0));
        };
        links.m_tags.reserve(rows("SELECT count(*) FROM win_tag"));
        links.m_skills.reserve(rows("SELECT count(*) FROM win_skill"));
    }
    {
        // Tag names are interned by tag id: one QString per distinct tag.
        QHash<qint64, qint32> nameOfTag;
        if (source == Source::All) {
            Statement names(db, AllTagNames);
            while (names.step()) {
                nameOfTag.insert(names.int64(0), qint32(links.m_names.size()));
                links.m_names << names.text(1);
            }
        }
        Statement s(db, q.tags);
        bind(s);
        while (s.step()) {
            const qint64 tagId = s.int64(1);
            auto it = nameOfTag.constFind(tagId);
            if (it == nameOfTag.constEnd()) {
                it = nameOfTag.insert(tagId, qint32(links.m_names.size()));
                links.m_names << s.text(2);
            }
            links.m_tags.push_back({s.int64(0), *it});
        }
    }
    {
        // Slugs are told apart by their UTF-8 bytes: a QString is made once
        // per distinct skill, not per row.
        std::unordered_map<std::string, qint32, Utf8Hash, std::equal_to<>> seen;
        Statement s(db, q.skills);
        bind(s);
        while (s.step()) {
            const QByteArrayView slug = s.utf8(1);
            const std::string_view key(slug.data(), std::size_t(slug.size()));
            auto it = seen.find(key);
            if (it == seen.end()) {
                it = seen.emplace(std::string(key), qint32(links.m_names.size())).first;
                links.m_names << QString::fromUtf8(slug);
            }
            links.m_skills.push_back({s.int64(0), it->second});
        }
    }
    {
        Statement s(db, q.goals);
        bind(s);
        while (s.step())
            links.m_goals.push_back({s.int64(0), s.int64(1)});
    }
    // Every source reads in win-id order (ids are sorted before they are
    // sent); the check costs nothing and keeps fill()'s search honest.
    auto sortByWin = [](auto &v) {
        auto byWin = [](const auto &a, const auto &b) { return a.winId < b.winId; };
        if (!std::is_sorted(v.begin(), v.end(), byWin))
            std::stable_sort(v.begin(), v.end(), byWin);
    };
    sortByWin(links.m_tags);
    sortByWin(links.m_skills);
    sortByWin(links.m_goals);
    return links;
}

void WinLinks::keepOnly(const std::vector<qint64> &sortedIds)
{
    auto keep = [&](auto &v) {
        // By value: a reference to a packed Link's winId would be misaligned.
        auto unwanted = [&](const auto &l) {
            const qint64 winId = l.winId;
            return !std::binary_search(sortedIds.begin(), sortedIds.end(), winId);
        };
        v.erase(std::remove_if(v.begin(), v.end(), unwanted), v.end());
    };
    keep(m_tags);
    keep(m_skills);
    keep(m_goals);
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
