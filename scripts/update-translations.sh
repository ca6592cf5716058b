#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Brings translations/*.ts up to date with the sources: run it when you add or
# change a user-visible string (HACKING.md). New strings arrive as
# type="unfinished"; strings no longer in the sources are dropped. Then
# scripts/translations.py lists what is left to translate.
# Without line numbers: a .ts that changes only when its strings do merges
# cleanly across branches.
# Usage: scripts/update-translations.sh [LUPDATE]
set -eu
cd "$(dirname "$0")/.."
lupdate=${1:-${LUPDATE:-}}
if [ -z "$lupdate" ]; then
    lupdate=$(command -v lupdate || true)
    [ -n "$lupdate" ] || lupdate=/usr/lib/qt6/bin/lupdate
fi
# The same folders as tests/translations (LADDER_TRANSLATED_FOLDERS).
# The .ts files listed in translations/CMakeLists.txt.
ts=$(sed -n 's:^ *\(ladder_[A-Za-z_]*\.ts\)$:translations/\1:p' translations/CMakeLists.txt)
# shellcheck disable=SC2086 # one word per file
exec "$lupdate" -no-obsolete -locations none core cli ui app -ts $ts
