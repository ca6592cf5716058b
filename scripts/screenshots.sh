#!/usr/bin/env bash
# Regenerates docs/screenshots: an example database made by ladder-seed (a
# year of one engineer's wins, ratings and goals, ending on a fixed day so the
# pictures only change when the app does), then every page of the window in
# the light and a dark palette, under Xvfb.
#   scripts/screenshots.sh                 # uses build/ (the default preset)
#   BUILD_DIR=build-gui scripts/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
today=${LADDER_SCREENSHOT_TODAY:-2026-11-20}
if [ ! -f "$build/build.ninja" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build" --target ladder-seed ladder-screenshots

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/tests/bench/ladder-seed" --db "$work/example.db" --example --today "$today"
# A fixed locale and settings folder: month names and window state never leak in.
export LC_ALL=C.UTF-8 LANG=C.UTF-8 XDG_CONFIG_HOME="$work/config"
xvfb-run -a -s "-screen 0 1600x1000x24" \
  "$build/tests/ui/ladder-screenshots" --db "$work/example.db" --out docs/screenshots --today "$today"
