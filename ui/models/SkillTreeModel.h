// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Assessment.h"
#include "domain/Framework.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace ladder {

class Session;

// The framework's categories and their skills, each skill with the rating in
// force today, what the current level and a target level expect of it, and
// the gap to the target (drawn as a bar by GapBarDelegate).
class SkillTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, RatingColumn, CurrentColumn, TargetColumn, GapColumn, ColumnCount };
    enum Role {
        SlugRole = Qt::UserRole + 1,
        IsSkillRole,
        RatingRole,           // on the framework's scale (as given, may be above it), or -1 when unrated
        CurrentExpectedRole,  // on the framework's scale; 0 where the skill does not apply
        TargetExpectedRole,   // on the framework's scale; 0 where the skill does not apply
        GapRole,              // max(0, target - rating)
        TargetApplicableRole, // false: the target level says the skill does not apply ("n/a")
        ScaleMaxRole,         // the top of the framework's scale (4 on the built-in one)
    };

    explicit SkillTreeModel(Session *session, QObject *parent = nullptr);

    // Re-reads framework and ratings. When the skills are the same ones the
    // rows stay (selection and expansion survive); otherwise the model resets.
    void reload();
    void setTargetLevel(const QString &levelSlug);
    QString targetLevel() const { return m_targetLevel; }

    QModelIndex indexOfSkill(const QString &slug, int column = 0) const;
    const Skill *skillAt(const QModelIndex &index) const;
    // The latest assessment of a skill, or nullptr when unrated.
    const Assessment *latestRating(const QString &slug) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct CategoryNode
    {
        Category category;
        QList<Skill> skills;
    };

    QVariant categoryData(const CategoryNode &node, int column, int role) const;
    QVariant skillData(const Skill &skill, int column, int role) const;
    int rating(const QString &slug) const;

    Session *m_session;
    QList<CategoryNode> m_nodes;
    QHash<QString, Assessment> m_latest;
    QString m_currentLevel;
    QString m_targetLevel;
};

} // namespace ladder
