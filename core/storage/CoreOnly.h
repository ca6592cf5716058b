// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Included first by every header of core/storage (and the other headers that
// take its types): storage is private to core, and the build rejects a
// front end that includes it (docs/architecture.md, tests/build). GUI and CLI
// code calls the application layer in core/application instead.
#ifndef LADDER_CORE_PRIVATE
#error "core/storage is private to core: call the application layer (core/application) instead"
#endif
