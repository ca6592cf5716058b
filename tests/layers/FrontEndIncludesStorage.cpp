// SPDX-License-Identifier: GPL-3.0-or-later
// A front end that reaches for a store: the build must refuse it
// (storage/CoreOnly.h, tests/layers/CMakeLists.txt).
#include "storage/WinStore.h"

int ladderLayerProbeStorage()
{
    return 0;
}
