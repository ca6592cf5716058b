// SPDX-License-Identifier: GPL-3.0-or-later
#include "RateSkillCommand.h"

#include "application/Ratings.h"
#include "application/Workspace.h"
#include "report/ReportText.h"
#include "Session.h"

namespace ladder {

RateSkillCommand::RateSkillCommand(Session &session, Assessment assessment)
    : WriteCommand(session)
    , m_assessment(std::move(assessment))
{
    setText(tr("Rate %1 %2")
                .arg(session.skillName(m_assessment.skillSlug), ReportText::proficiency(m_assessment.rating, session.framework().scale)));
}

Result<void> RateSkillCommand::apply()
{
    Ratings &ratings = m_session.workspace().ratings();
    // Keep the UUID and creation time chosen the first time, for a faithful redo.
    Result<Assessment> stored = isReapply() ? ratings.restore(m_assessment) : ratings.rate(m_assessment);
    if (!stored)
        return stored.error();
    m_assessment = *stored;
    return {};
}

Result<void> RateSkillCommand::revert()
{
    return m_session.workspace().ratings().remove(m_assessment.id);
}

QString RateSkillCommand::doneMessage() const
{
    return tr("Rated %1 %2")
        .arg(m_session.skillName(m_assessment.skillSlug), ReportText::proficiency(m_assessment.rating, m_session.framework().scale));
}

QString RateSkillCommand::undoneMessage() const
{
    return tr("Took back the rating of %1").arg(m_session.skillName(m_assessment.skillSlug));
}

} // namespace ladder
