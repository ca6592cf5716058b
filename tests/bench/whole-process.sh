#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Whole-process timings of ladder-cli and the desktop application on a
# database of N wins (default 100,000), as docs/performance.md reports them:
# hyperfine's median wall time, the peak resident memory of one run, and each
# against its budget (issue "Prove it"; budgets are for 100,000 wins).
#   tests/bench/whole-process.sh [BUILD_DIR] [N]
#   RUNS=30 (hyperfine runs per command)   GUI_1M=1 (also the GUI at 1,000,000 wins)
#   BIG=0 (skip the listings at 1,000,000 wins)   BIG_DB=FILE (a journal already
#   seeded with `ladder-seed --wins 1000000 --today 2026-11-22`, reused as it is;
#   seeding one takes a minute or more)
# Needs the ladder-cli, ladder-cli-report, ladder-seed and ladder-gui-bench
# targets built, hyperfine and python3. Prints one table; exits 0 whatever the
# verdicts (a budget is a figure to report, not a test to fail).
set -euo pipefail
build=${1:-build}
wins=${2:-100000}
runs=${RUNS:-30}
cli="$build/app/ladder-cli"
seed="$build/tests/bench/ladder-seed"
gui="$build/tests/bench/ladder-gui-bench"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

db="$work/bench.db"
"$seed" --db "$db" --wins "$wins" --today 2026-11-22 >/dev/null
export LADDER_DB="$db" NO_COLOR=1 QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
year="2025-11-23..2026-11-22"

printf '%-36s %10s %10s %9s %9s  %s\n' "command ($wins wins)" "median ms" "budget ms" "peak MiB" "budget" "verdict"

# The peak resident memory of one run of a command, in MiB. GNU time, not a
# Python wrapper: a child's peak counts what it held before exec, and a fork
# of Python holds more than ladder-cli --version.
peak_rss() {
  eval "/usr/bin/time -f '%M' -o '$work/rss' $1" >/dev/null 2>&1 || true
  python3 -c 'import sys; print(f"{int(open(sys.argv[1]).read().split()[-1]) / 1024:.1f}")' "$work/rss"
}

# report NAME MEDIAN_MS BUDGET_MS RSS_MIB BUDGET_MIB ("-" where there is no budget)
report() {
  python3 - "$@" <<'PY'
import sys
name, ms, budget_ms, rss, budget_mib = sys.argv[1:6]
misses = []
if budget_ms != "-" and float(ms) > float(budget_ms): misses.append("time")
if budget_mib != "-" and float(rss) > float(budget_mib): misses.append("memory")
verdict = "within" if not misses else "over: " + ", ".join(misses)
if budget_ms == "-" and budget_mib == "-": verdict = "-"
print(f"{name:<36} {float(ms):10.1f} {budget_ms:>10} {float(rss):9.1f} {budget_mib:>9}  {verdict}")
PY
}

# measure NAME BUDGET_MS BUDGET_MIB COMMAND
# (MEASURE_RUNS, MEASURE_WARMUP and MEASURE_PREPARE change hyperfine's runs,
# warm-up runs and a command run before each)
measure() {
  local name=$1 budget_ms=$2 budget_mib=$3 command=$4
  local prepare=()
  [ -z "${MEASURE_PREPARE:-}" ] || prepare=(--prepare "$MEASURE_PREPARE")
  hyperfine -N --warmup "${MEASURE_WARMUP:-3}" --runs "${MEASURE_RUNS:-$runs}" "${prepare[@]}" \
    --export-json "$work/h.json" "$command" >/dev/null 2>&1
  local ms
  ms=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["median"]*1000)' "$work/h.json")
  [ -z "${MEASURE_PREPARE:-}" ] || eval "$MEASURE_PREPARE"
  report "$name" "$ms" "$budget_ms" "$(peak_rss "$command")" "$budget_mib"
}

measure "ladder-cli --version (start-up)" - 20 "$cli --version"
# What a shell runs on each Tab (resources/completions): read-only, no writes.
measure "__complete skills sys (Tab)"     20 20 "$cli __complete skills sys"
measure "__complete goals (Tab)"          20 20 "$cli __complete goals"
measure "__complete tags (Tab)"           20 20 "$cli __complete tags"
# A new win each run; the file grows by RUNS wins, which is nothing at 100,000.
measure "win add"                         10 20 "$cli win add 'Benchmarked the add path @perf' --skill performance"
measure "search (rare word)"              10 20 "$cli search p99 --limit 50"
measure "search (phrase, prefix)"         10 20 "$cli search '\"failover drill\" runb*' --limit 50"
measure "win list --period (one month)"   10 20 "$cli win list --period 2026-10"
measure "win list --limit 50"             10 20 "$cli win list --limit 50"
measure "readiness (a year)"              -  20 "$cli readiness --period $year"
measure "report readiness md"            200 20 "$cli report readiness --period $year --format md -o $work/r.md"
measure "report brag md"                 200 20 "$cli report brag --period $year --format md -o $work/b.md"
measure "report readiness pdf"          1000 -  "$cli report readiness --period $year --format pdf -o $work/r.pdf"
MEASURE_RUNS=5 measure "export"          500 20 "$cli export -o $work/export.json"
MEASURE_RUNS=5 measure "export -o - (standard output)" 500 20 "$cli export -o -"
"$cli" export -o "$work/export.json"
clean_import="rm -f $work/import.db $work/import.db-wal $work/import.db-shm"
MEASURE_RUNS=5 MEASURE_WARMUP=0 MEASURE_PREPARE="$clean_import" \
  measure "import (into a new file)"      2000 - "$cli --db $work/import.db import $work/export.json"
$clean_import

# Listings that stream: every hit of a common word, and the whole journal as
# JSON, at 1,000,000 wins (memory budget only: the time grows with the hits).
if [ "${BIG:-1}" = 1 ]; then
  big=${BIG_DB:-}
  if [ -z "$big" ]; then
    big="$work/big.db"
    "$seed" --db "$big" --wins 1000000 --today 2026-11-22 >/dev/null
  fi
  hits=$(LADDER_DB="$big" "$cli" search latency --json | grep -c '"id"' || true)
  LADDER_DB="$big" MEASURE_RUNS=3 MEASURE_WARMUP=1 measure "search latency, 1M wins ($hits hits)" - 20 "$cli search latency"
  LADDER_DB="$big" MEASURE_RUNS=3 MEASURE_WARMUP=1 measure "search latency --json, 1M wins" - 20 "$cli search latency --json"
  LADDER_DB="$big" MEASURE_RUNS=3 MEASURE_WARMUP=1 measure "win list --json, 1M wins (all)" - 20 "$cli win list --json"
fi

# The desktop application: from exec to the end of the window's first paint
# (then it quits), offscreen unless a display is set.
if [ -x "$gui" ]; then
  measure "GUI start to first paint"       400 - "$gui --db $db"
  echo "ladder-gui-bench, in process ($wins wins): $("$gui" --db "$db" --scroll 25 --all-pages 2>/dev/null)"
  if [ "${GUI_1M:-0}" = 1 ]; then
    big="$work/million.db"
    "$seed" --db "$big" --wins 1000000 --today 2026-11-22 >/dev/null
    MEASURE_RUNS=5 measure "GUI, every page (1,000,000 wins)" - 150 "$gui --db $big --scroll 25 --all-pages"
    echo "ladder-gui-bench, in process (1,000,000 wins): $("$gui" --db "$big" --scroll 25 --all-pages 2>/dev/null)"
  fi
fi
