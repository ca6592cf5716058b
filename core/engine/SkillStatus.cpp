// SPDX-License-Identifier: GPL-3.0-or-later
#include "SkillStatus.h"

namespace ladder {

QString skillStatusKey(SkillStatus status)
{
    switch (status) {
    case SkillStatus::Met: return QStringLiteral("met");
    case SkillStatus::Claimed: return QStringLiteral("claimed");
    case SkillStatus::Gap: return QStringLiteral("gap");
    case SkillStatus::NotExpected: return QStringLiteral("not-expected");
    case SkillStatus::NotApplicable: return QStringLiteral("not-applicable");
    }
    return QStringLiteral("gap");
}

bool skillStatusFromKey(const QString &key, SkillStatus *status)
{
    for (SkillStatus s : {SkillStatus::Met, SkillStatus::Claimed, SkillStatus::Gap, SkillStatus::NotExpected, SkillStatus::NotApplicable}) {
        if (skillStatusKey(s) == key) {
            *status = s;
            return true;
        }
    }
    return false;
}

} // namespace ladder
