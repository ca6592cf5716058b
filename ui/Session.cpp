// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include "application/Frameworks.h"
#include "application/Ratings.h"
#include "application/Workspace.h"
#include "engine/LevelLookup.h"

#include <QUndoStack>

namespace ladder {

Session::Session(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
}

Session::~Session()
{
    // Commands hold references into the workspace; drop them first.
    m_undoStack->clear();
}

Result<void> Session::open(const QString &path)
{
    Result<std::unique_ptr<Workspace>> workspace = Workspace::open(path);
    if (!workspace)
        return workspace.error();
    m_undoStack->clear();
    m_workspace = std::move(*workspace);
    reloadCache();
    emit opened();
    return {};
}

QString Session::path() const
{
    return m_workspace ? m_workspace->path() : QString();
}

QString Session::skillName(const QString &slug) const
{
    const Skill *skill = m_framework.skill(slug);
    return skill ? skill->name : slug;
}

QStringList Session::skillSlugs() const
{
    return m_framework.skillSlugs();
}

QString Session::nextLevel() const
{
    const Level *next = m_framework.nextLevel(m_currentLevel);
    return next ? next->slug : QString();
}

QString Session::defaultTarget() const
{
    if (m_framework.level(m_targetLevel))
        return m_targetLevel;
    Result<QString> target = LevelLookup::defaultTarget(m_framework, m_currentLevel);
    return target ? *target : m_currentLevel;
}

QString Session::levelName(const QString &slug) const
{
    const Level *level = m_framework.level(slug);
    return level ? level->name : slug;
}

QDate Session::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void Session::notifyChanged()
{
    reloadCache();
    emit dataChanged();
}

QString Session::execute(QUndoCommand *command)
{
    m_capturing = true;
    m_captured.clear();
    m_undoStack->push(command);
    m_capturing = false;
    return m_captured;
}

void Session::reportError(const QString &message)
{
    if (m_capturing) {
        m_captured = message;
        return;
    }
    emit errorOccurred(message);
}

void Session::reportDone(const QString &message)
{
    emit done(message);
}

void Session::reloadCache()
{
    if (!m_workspace)
        return;
    // A failed read keeps the previous values: better stale names than none.
    if (Result<Framework> framework = m_workspace->frameworks().active())
        m_framework = *framework;
    if (Result<QString> level = m_workspace->ratings().currentLevel())
        m_currentLevel = *level;
    if (Result<QString> target = m_workspace->ratings().targetLevel())
        m_targetLevel = *target;
}

} // namespace ladder
