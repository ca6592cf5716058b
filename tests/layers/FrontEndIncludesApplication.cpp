// SPDX-License-Identifier: GPL-3.0-or-later
// A front end's view of core: every application-layer header compiles
// without LADDER_CORE_PRIVATE (tests/layers/CMakeLists.txt).
#include "application/Frameworks.h"
#include "application/Goals.h"
#include "application/Journal.h"
#include "application/Ratings.h"
#include "application/Review.h"
#include "application/Transfer.h"
#include "application/Workspace.h"

int ladderLayerProbeApplication()
{
    return sizeof(ladder::Workspace *) > 0 ? 0 : 1;
}
