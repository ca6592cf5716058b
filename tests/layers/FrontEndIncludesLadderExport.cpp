// SPDX-License-Identifier: GPL-3.0-or-later
// A front end that would write the export format over the stores itself,
// past the application layer: the build must refuse it.
#include "io/LadderExport.h"

int ladderLayerProbeLadderExport()
{
    return 0;
}
