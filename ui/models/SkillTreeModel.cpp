// SPDX-License-Identifier: GPL-3.0-or-later
#include "SkillTreeModel.h"

#include "application/Ratings.h"
#include "application/Workspace.h"
#include "domain/ProficiencyScale.h"
#include "engine/SkillOrder.h"
#include "report/ReportText.h"
#include "Session.h"
#include "StatusColors.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace ladder {

namespace {

// internalId of a category row; a skill row stores its category's row + 1.
constexpr quintptr CategoryId = 0;

} // namespace

SkillTreeModel::SkillTreeModel(Session *session, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
{
}

void SkillTreeModel::reload()
{
    QList<CategoryNode> nodes;
    QHash<QString, Assessment> latest;
    if (m_session->isOpen()) {
        const Framework &fw = m_session->framework();
        for (const Category &category : SkillOrder::categories(fw)) {
            CategoryNode node{category, {}};
            for (const Skill *skill : SkillOrder::skills(fw)) {
                if (skill->categorySlug == category.slug)
                    node.skills << *skill;
            }
            nodes << node;
        }
        // Oldest first: the last assessment seen per skill is the one in force
        // (same date: the higher id, as RatingSnapshot decides).
        if (Result<QList<Assessment>> all = m_session->workspace().ratings().all()) {
            const QDate today = m_session->today();
            for (const Assessment &a : std::as_const(*all)) {
                if (a.date <= today)
                    latest.insert(a.skillSlug, a);
            }
        }
    }
    m_currentLevel = m_session->currentLevel();
    if (m_targetLevel.isEmpty() || !m_session->framework().level(m_targetLevel))
        m_targetLevel = m_session->defaultTarget();

    bool sameShape = nodes.size() == m_nodes.size();
    for (qsizetype i = 0; sameShape && i < nodes.size(); ++i) {
        sameShape = nodes.at(i).category.slug == m_nodes.at(i).category.slug && nodes.at(i).skills.size() == m_nodes.at(i).skills.size();
        for (qsizetype k = 0; sameShape && k < nodes.at(i).skills.size(); ++k)
            sameShape = nodes.at(i).skills.at(k).slug == m_nodes.at(i).skills.at(k).slug;
    }
    if (!sameShape) {
        beginResetModel();
        m_nodes = nodes;
        m_latest = latest;
        endResetModel();
        return;
    }
    m_nodes = nodes;
    m_latest = latest;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    for (int c = 0; c < m_nodes.size(); ++c) {
        const QModelIndex category = index(c, 0);
        emit dataChanged(category, index(c, ColumnCount - 1));
        if (!m_nodes.at(c).skills.isEmpty())
            emit dataChanged(index(0, 0, category), index(int(m_nodes.at(c).skills.size()) - 1, ColumnCount - 1, category));
    }
}

void SkillTreeModel::setTargetLevel(const QString &levelSlug)
{
    if (levelSlug == m_targetLevel)
        return;
    m_targetLevel = levelSlug;
    emit headerDataChanged(Qt::Horizontal, TargetColumn, TargetColumn);
    reload();
}

QModelIndex SkillTreeModel::indexOfSkill(const QString &slug, int column) const
{
    for (int c = 0; c < m_nodes.size(); ++c) {
        for (int s = 0; s < m_nodes.at(c).skills.size(); ++s) {
            if (m_nodes.at(c).skills.at(s).slug == slug)
                return index(s, column, index(c, 0));
        }
    }
    return {};
}

const Skill *SkillTreeModel::skillAt(const QModelIndex &idx) const
{
    if (!idx.isValid() || idx.internalId() == CategoryId)
        return nullptr;
    const int category = int(idx.internalId() - 1);
    if (category >= m_nodes.size() || idx.row() >= m_nodes.at(category).skills.size())
        return nullptr;
    return &m_nodes.at(category).skills.at(idx.row());
}

const Assessment *SkillTreeModel::latestRating(const QString &slug) const
{
    auto it = m_latest.constFind(slug);
    return it == m_latest.constEnd() ? nullptr : &it.value();
}

int SkillTreeModel::rating(const QString &slug) const
{
    const Assessment *a = latestRating(slug);
    return a ? a->rating : -1;
}

QModelIndex SkillTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_nodes.size() ? createIndex(row, column, CategoryId) : QModelIndex();
    if (parent.internalId() != CategoryId || parent.row() >= m_nodes.size())
        return {};
    if (row >= m_nodes.at(parent.row()).skills.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex SkillTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == CategoryId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, CategoryId);
}

int SkillTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_nodes.size());
    if (parent.column() != 0 || parent.internalId() != CategoryId || parent.row() >= m_nodes.size())
        return 0;
    return int(m_nodes.at(parent.row()).skills.size());
}

int SkillTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SkillTreeModel::data(const QModelIndex &idx, int role) const
{
    if (!idx.isValid())
        return {};
    if (idx.internalId() == CategoryId)
        return idx.row() < m_nodes.size() ? categoryData(m_nodes.at(idx.row()), idx.column(), role) : QVariant();
    const Skill *skill = skillAt(idx);
    return skill ? skillData(*skill, idx.column(), role) : QVariant();
}

QVariant SkillTreeModel::categoryData(const CategoryNode &node, int column, int role) const
{
    if (role == IsSkillRole)
        return false;
    if (role == SlugRole)
        return node.category.slug;
    if (role == Qt::FontRole) {
        QFont font = QApplication::font();
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    if (column == NameColumn)
        return node.category.name;
    if (column == GapColumn) {
        int gaps = 0;
        const ProficiencyScale &scale = m_session->framework().scale;
        for (const Skill &s : node.skills) {
            if (std::max(0, s.expectedAt(m_targetLevel) - scale.clamp(rating(s.slug))) > 0)
                ++gaps;
        }
        if (gaps == 0)
            return tr("all at target");
        return gaps == 1 ? tr("1 below target") : tr("%1 below target").arg(gaps);
    }
    return {};
}

QVariant SkillTreeModel::skillData(const Skill &skill, int column, int role) const
{
    const ProficiencyScale &scale = m_session->framework().scale;
    const int rated = rating(skill.slug);
    const int current = skill.expectedAt(m_currentLevel);
    const int target = skill.expectedAt(m_targetLevel);
    // A rating given on a longer scale counts as this scale's top, shown as given.
    const int gap = std::max(0, target - scale.clamp(rated));
    switch (role) {
    case SlugRole: return skill.slug;
    case IsSkillRole: return true;
    case RatingRole: return rated;
    case CurrentExpectedRole: return current;
    case TargetExpectedRole: return target;
    case GapRole: return gap;
    case TargetApplicableRole: return skill.appliesAt(m_targetLevel);
    case ScaleMaxRole: return scale.max();
    case Qt::ToolTipRole:
        if (column == NameColumn)
            return skill.description;
        return {};
    case Qt::ForegroundRole:
        if (column == RatingColumn && rated < 0)
            return StatusColors::subtle(QApplication::palette());
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case NameColumn: return skill.name;
        case RatingColumn: return rated < 0 ? tr("unrated") : ReportText::proficiency(rated, scale);
        case CurrentColumn: return ReportText::expected(current, skill.appliesAt(m_currentLevel), scale);
        case TargetColumn: return ReportText::expected(target, skill.appliesAt(m_targetLevel), scale);
        case GapColumn:
            if (role == Qt::AccessibleTextRole || role == Qt::DisplayRole)
                return !skill.appliesAt(m_targetLevel) ? ReportText::notApplicable() : gap == 0 ? tr("at target") : tr("gap %1").arg(gap);
            return {};
        default: return {};
        }
    default: return {};
    }
}

QVariant SkillTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RatingColumn: return tr("Your latest rating");
        case CurrentColumn: return tr("What %1 (your current level) expects").arg(m_session->levelName(m_currentLevel));
        case TargetColumn: return tr("What %1 (the target level) expects").arg(m_session->levelName(m_targetLevel));
        case GapColumn: return tr("Your rating against what %1 expects").arg(m_session->levelName(m_targetLevel));
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    // Level names alone keep the columns narrow; the tooltip says "expects".
    switch (section) {
    case NameColumn: return tr("Skill");
    case RatingColumn: return tr("Rating");
    case CurrentColumn: return m_session->levelName(m_currentLevel);
    case TargetColumn: return m_session->levelName(m_targetLevel);
    case GapColumn: return tr("Gap to %1").arg(m_session->levelName(m_targetLevel));
    default: return {};
    }
}

} // namespace ladder
