// SPDX-License-Identifier: GPL-3.0-or-later
#include "RadarChartData.h"

namespace ladder {

RadarChartData RadarChartData::fromReadiness(const ReadinessReport &report)
{
    RadarChartData data;
    data.ratingLegend = tr("Your rating");
    data.expectedLegend = tr("Expected at %1").arg(report.levelName);
    data.maxValue = report.scale.max();
    for (const CategoryReadiness &category : report.categories) {
        for (const SkillReadiness &skill : category.skills) {
            if (skill.expected <= 0 || !skill.applicable)
                continue;
            data.axes.append(Axis{skill.skillSlug, skill.skillName, skill.rating, skill.expected, skill.unrated});
        }
    }
    return data;
}

} // namespace ladder
