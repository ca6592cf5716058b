#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian 12 package Ladder needs to build, test and run.
# Run as root (or with sudo). Skips apt entirely when everything is present.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config   # C++20 toolchain, Ninja builds
  qt6-base-dev qt6-base-dev-tools libgl-dev      # Qt 6 Core/Gui/Widgets/PrintSupport (+ GL headers Qt's CMake wants)
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools  # Qt linguist tools for translations
  qt6-translations-l10n                          # Qt's own strings in German etc. (qtbase_de.qm: Save/Cancel, --help)
  qt6-qpa-plugins                                # offscreen / xcb platform plugins
  libsqlite3-dev                                 # the storage engine (FTS5 included)
  googletest libgtest-dev libgmock-dev           # the test suites
  libbenchmark-dev                               # micro-benchmarks under tests/bench
  xvfb xauth                                     # GUI screenshots under a real X server
  poppler-utils                                  # pdftotext / pdftoppm: tests read the PDFs we print
  fonts-dejavu-core                              # a font for offscreen rendering and PDFs
  sqlite3 hyperfine time                         # whole-process benchmarks (timings, peak memory)
  git                                            # `harvest git` runs it; its tests make repositories
  zsh fish                                       # tests/completion loads ladder-cli's zsh and fish completions in them
  clang-14 libclang-rt-14-dev                    # libFuzzer (+ ASan/UBSan runtimes) for the fuzz targets
  clang-format-14                                # the layout of .clang-format, checked by scripts/check-format.sh
  scdoc                                          # renders the man pages (docs/man/*.scd)
  man-db                                         # man -l: tests/install renders the man pages
  desktop-file-utils appstream                   # desktop-file-validate, appstreamcli: tests/install check the desktop files
  lintian                                        # checks the .deb that CPack makes (tests/install)
  file                                           # CPack finds the ELF files to run dpkg-shlibdeps on with it
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi
