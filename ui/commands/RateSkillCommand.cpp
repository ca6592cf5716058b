#include "RateSkillCommand.h"

#include "Session.h"
#include "domain/Proficiency.h"
#include "application/Workspace.h"

#include <QCoreApplication>

namespace ladder {

RateSkillCommand::RateSkillCommand(Session &session, Assessment assessment)
    : WriteCommand(session)
    , m_assessment(std::move(assessment))
{
    setText(QCoreApplication::translate("RateSkillCommand", "Rate %1 %2")
                .arg(session.skillName(m_assessment.skillSlug), Proficiency::label(m_assessment.rating)));
}

Result<void> RateSkillCommand::apply()
{
    AssessmentStore &store = m_session.workspace().assessments();
    Result<qint64> id = store.add(m_assessment, isReapply());
    if (!id)
        return id.error();
    m_assessment.id = *id;
    if (!isReapply()) {
        // Keep the UUID and creation time the store chose, for a faithful redo.
        Result<QList<Assessment>> history = store.history(m_assessment.skillSlug);
        if (history) {
            for (const Assessment &a : std::as_const(*history)) {
                if (a.id == *id)
                    m_assessment = a;
            }
        }
    }
    return {};
}

Result<void> RateSkillCommand::revert()
{
    return m_session.workspace().assessments().remove(m_assessment.id);
}

} // namespace ladder
