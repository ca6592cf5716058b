#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the report samples in docs/samples/ from the example database
# (tests/bench's ladder-seed --example, ending today) and checks that the PDF
# renders: readiness.{pdf,html,md}, readiness-page1.png, brag.{pdf,md}.
# Usage: scripts/report-samples.sh [BUILD_DIR]   (default: build; needs the
# ladder-cli and ladder-seed targets built, and poppler-utils for the PNG)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
cli="$build/app/ladder-cli"
seed="$build/tests/bench/ladder-seed"
out=docs/samples
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$seed" --db "$tmp/example.db" --example --today "$(date +%F)" >/dev/null
mkdir -p "$out"
report() { "$cli" --db "$tmp/example.db" report "$@" 2> >(grep -v XDG_RUNTIME_DIR >&2); }
report readiness -o "$out/readiness.pdf"
report readiness -o "$out/readiness.html"
report readiness -o "$out/readiness.md"
report brag -o "$out/brag.pdf"
report brag -o "$out/brag.md"
pdftoppm -r 60 -png -f 1 -l 1 -singlefile "$out/readiness.pdf" "$out/readiness-page1"
pdfinfo "$out/readiness.pdf" | grep -E '^(Pages|Page size):'
