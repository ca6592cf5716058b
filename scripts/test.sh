#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, checks the layout (.clang-format), builds, and runs
# every test suite (core, cli, ui, reliability, layers, translations), then a short run of
# each libFuzzer target (docs/reliability.md).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# The layout first: it fails in seconds, the build takes minutes.
scripts/check-format.sh
cmake --preset default
cmake --build --preset default
# The fuzzers: clang with libFuzzer, ASan and UBSan; 30 s each.
cmake --preset fuzz
cmake --build --preset fuzz
ctest --preset fuzz
# Last, so that its summary closes the run.
ctest --preset default
