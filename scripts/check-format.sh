#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks every C++ source of the repository against .clang-format with
# Debian 12's clang-format 14, and that every source, CMake file and script
# carries the licence's SPDX line, as CI does (scripts/test.sh): prints each
# difference and fails. `scripts/check-format.sh --fix` formats in place.
set -euo pipefail
cd "$(dirname "$0")/.."
format=${CLANG_FORMAT:-clang-format-14}
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  mapfile -t files < <(git ls-files '*.cpp' '*.h')
else
  mapfile -t files < <(find app cli core tests ui -name '*.cpp' -o -name '*.h' | sort)
fi
[ ${#files[@]} -gt 0 ] || { echo "check-format: no sources found" >&2; exit 1; }
# The SPDX line is one of the first two lines (after a #! line).
unlicensed=()
while IFS= read -r file; do
  head -n 2 "$file" | grep -q 'SPDX-License-Identifier: GPL-3.0-or-later' || unlicensed+=("$file")
done < <(printf '%s\n' "${files[@]}"; git ls-files 'CMakeLists.txt' '*/CMakeLists.txt' '*.cmake' '*.sh' '.ci/run' 2>/dev/null)
if [ ${#unlicensed[@]} -gt 0 ]; then
  printf 'check-format: no SPDX-License-Identifier line: %s\n' "${unlicensed[@]}" >&2
  exit 1
fi
if [ "${1:-}" = --fix ]; then
  exec "$format" -i "${files[@]}"
fi
"$format" --dry-run --Werror "${files[@]}"
echo "check-format: ${#files[@]} files follow .clang-format"
