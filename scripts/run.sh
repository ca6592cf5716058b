#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and runs Ladder: the GUI without arguments,
# ladder-cli with them (scripts/run.sh win add "Shipped it @delivery").
# Without a display the GUI says so in one line and exits 1: use the CLI.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default
if [ $# -eq 0 ]; then
  exec build/app/gui/ladder
else
  exec build/app/ladder-cli "$@"
fi
