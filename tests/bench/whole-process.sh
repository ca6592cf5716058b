#!/usr/bin/env bash
# Whole-process timings of ladder-cli on a database of N wins (default 100,000),
# as docs/performance.md reports them: median wall time and peak memory.
#   tests/bench/whole-process.sh [BUILD_DIR] [N]
set -euo pipefail
build=${1:-build}
wins=${2:-100000}
runs=${RUNS:-30}
cli="$build/app/ladder-cli"
seed="$build/tests/bench/ladder-seed"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

db="$work/bench.db"
"$seed" --db "$db" --wins "$wins" --today 2026-11-22 >/dev/null
"$seed" --db "$work/example.db" --example --today 2026-11-22 >/dev/null
export LADDER_DB="$db" NO_COLOR=1

printf '%-34s %10s %10s %12s\n' "command ($wins wins)" "median ms" "mean ms" "peak RSS MiB"
measure() {
  local name=$1; shift
  hyperfine -N --warmup 3 --runs "$runs" --export-json "$work/h.json" "$@" >/dev/null 2>&1
  # Peak memory of one run, from GNU time's counterpart in the kernel: getrusage via python.
  local rss
  rss=$(python3 - "$@" <<'PY'
import resource, shlex, subprocess, sys
subprocess.run(shlex.split(sys.argv[1]), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(f"{resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.1f}")
PY
)
  python3 - "$work/h.json" "$name" "$rss" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print(f"{sys.argv[2]:<34} {r['median']*1000:10.1f} {r['mean']*1000:10.1f} {sys.argv[3]:>12}")
PY
}

measure "win add"                "$cli win add 'Benchmarked the add path @perf' --skill performance"
measure "search (rare word)"     "$cli search p99 --limit 50"
measure "search (phrase, prefix)" "$cli search '\"failover drill\" runb*' --limit 50"
measure "win list --period (1 month)" "$cli win list --period 2026-10"
measure "win list --limit 50"    "$cli win list --limit 50"
if "$cli" --help | grep -q '^  readiness'; then
  measure "readiness (a year)"   "$cli readiness --period 2025-11-23..2026-11-22"
  measure "report readiness md"  "$cli report readiness --period 2025-11-23..2026-11-22 --format md -o $work/r.md"
  measure "report readiness pdf" "$cli report readiness --period 2025-11-23..2026-11-22 --format pdf -o $work/r.pdf"
fi
RUNS=5 measure "export"          "$cli export -o $work/export.json"
"$cli" export -o "$work/export.json"
rm -f "$work/import.db"
hyperfine -N --runs 3 --prepare "rm -f $work/import.db $work/import.db-wal $work/import.db-shm" --export-json "$work/h.json" \
  "$cli --db $work/import.db import $work/export.json" >/dev/null 2>&1
rm -f "$work/import.db" "$work/import.db-wal" "$work/import.db-shm"
import_rss=$(/usr/bin/time -f '%M' "$cli" --db "$work/import.db" import "$work/export.json" 2>&1 >/dev/null | tail -1)
python3 - "$work/h.json" "$import_rss" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print(f"{'import (into a new file)':<34} {r['median']*1000:10.1f} {r['mean']*1000:10.1f} {int(sys.argv[2])/1024:12.1f}")
PY

# The desktop application: the whole process from exec to the end of the
# window's first paint (then it quits), offscreen unless a display is set.
gui="$build/tests/bench/ladder-gui-bench"
if [ -x "$gui" ]; then
  export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
  measure "GUI start to first paint (process)" "$gui --db $db"
  echo "ladder-gui-bench, in process: $("$gui" --db "$db" --scroll 25 2>/dev/null)"
fi
