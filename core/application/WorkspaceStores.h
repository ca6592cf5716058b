// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/CoreOnly.h"

namespace ladder {

class Stores;
class Workspace;

// The stores under a workspace: for core's own code and the tests of the
// stores, never for a front end (storage/CoreOnly.h stops those).
Stores &storesOf(Workspace &workspace);

} // namespace ladder
