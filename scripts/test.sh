#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test suite (core, cli, ui).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset default
cmake --build --preset default
ctest --preset default
