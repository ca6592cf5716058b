#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
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
cmake --build "$build" --target ladder-seed ladder-screenshots ladder-cli

out="$PWD/docs/screenshots"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A home of its own: the database sits where Ladder keeps it by default (the
# window shows "~/.local/share/ladder/ladder.db"), and the locale and settings
# are fixed, so month names and window state never leak in.
export HOME="$work" XDG_CONFIG_HOME="$work/.config" LC_ALL=C.UTF-8 LANG=C.UTF-8
db="$HOME/.local/share/ladder/ladder.db"
mkdir -p "$(dirname "$db")"
"$build/tests/bench/ladder-seed" --db "$db" --example --today "$today"
xvfb-run -a -s "-screen 0 1600x1000x24" \
  "$build/tests/ui/ladder-screenshots" --db "$db" --out "$out" --today "$today"

# The smallest screen the window is made for (800x600), and a 1600x1200
# laptop screen at 2x scale: the same 800x600 logical pixels, drawn twice as
# fine (the dark palette there, so both themes are seen small).
mkdir -p "$out/800x600" "$out/2x"
xvfb-run -a -s "-screen 0 1600x1000x24" \
  "$build/tests/ui/ladder-screenshots" --db "$db" --out "$out/800x600" --today "$today" --size 800x600 --theme light
QT_SCALE_FACTOR=2 xvfb-run -a -s "-screen 0 1600x1200x24" \
  "$build/tests/ui/ladder-screenshots" --db "$db" --out "$out/2x" --today "$today" --size 800x600 --theme dark

# A framework with its own 0-5 scale (six milestones), rated across it: the
# Skills page shows its six steps, "n/a" where a level leaves a skill out, and
# a radar with five rings.
scale_db="$work/six-step-scale.db"
cli() { "$build/app/ladder-cli" --db "$scale_db" "$@"; }
cli framework import tests/fixtures/frameworks/six-milestones.json --activate --level ic2 >/dev/null
cli skill rate testing 5 --date "$today" 2>/dev/null
cli skill rate on-call 3 --date "$today" 2>/dev/null
cli skill rate code-review 2 --date "$today" 2>/dev/null
cli skill rate mentoring 1 --date "$today" 2>/dev/null
xvfb-run -a -s "-screen 0 1600x1000x24" \
  "$build/tests/ui/ladder-screenshots" --db "$scale_db" --out "$out" --today "$today" --theme light \
  --skills-only skills-six-step-scale
