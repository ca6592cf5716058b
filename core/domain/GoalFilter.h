// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Goal.h"

#include <QString>

#include <optional>

namespace ladder {

// Which goals a listing wants. Empty fields do not filter.
struct GoalFilter
{
    std::optional<GoalStatus> status;
    QString skillSlug;
};

} // namespace ladder
