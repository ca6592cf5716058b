#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the application icon's hicolor PNGs from its SVG (rsvg-convert, in
# librsvg2-bin). Run after editing resources/desktop/icons/*.svg; the PNGs are
# committed so that building Ladder needs no SVG renderer.
set -euo pipefail
cd "$(dirname "$0")/../../resources/desktop/icons"
id=io.github.ladder.Ladder
for size in 16 32 48 64 128 256; do
  rsvg-convert -w "$size" -h "$size" "$id.svg" -o "$size/$id.png"
done
