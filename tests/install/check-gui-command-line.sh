#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check-gui-command-line.sh LADDER VERSION
# The real ladder binary's command line. Without a display (a server, an SSH
# session): --help and --version answer as usual, and ladder itself says so
# in one line and exits 1, instead of Qt's abort and core dump. With one
# (offscreen): ladder FILE opens FILE, and two databases are a usage error.
set -uo pipefail
ladder=$1 version=$2
fail() { echo "FAIL: $*"; exit 1; }
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
out=$work/out err=$work/err
headless() { env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$ladder" "$@"; }
# Its own HOME and XDG folders: the settings (the database used last) stay in the test's folder.
offscreen() { env -u DISPLAY -u WAYLAND_DISPLAY HOME="$work/home" XDG_CONFIG_HOME="$work/config" \
    XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work" QT_QPA_PLATFORM=offscreen "$ladder" "$@"; }

headless --version >"$out" 2>"$err"; rc=$?
[ $rc -eq 0 ] || fail "ladder --version exited $rc: $(cat "$err")"
[ "$(cat "$out")" = "ladder $version" ] || fail "ladder --version printed '$(cat "$out")'"

headless --help >"$out" 2>"$err"; rc=$?
[ $rc -eq 0 ] || fail "ladder --help exited $rc: $(cat "$err")"
grep -q -- '--db' "$out" || fail "ladder --help does not mention --db: $(cat "$out")"
grep -q 'FILE' "$out" || fail "ladder --help does not mention FILE: $(cat "$out")"

headless >"$out" 2>"$err"; rc=$?
[ $rc -eq 1 ] || fail "ladder without a display exited $rc"
[ -s "$out" ] && fail "ladder without a display wrote to standard output: $(cat "$out")"
[ "$(wc -l <"$err")" -eq 1 ] || fail "ladder without a display wrote not one line: $(cat "$err")"
grep -q '^ladder: no display found.*ladder-cli' "$err" || fail "unexpected message: $(cat "$err")"

offscreen "$work/a.db" "$work/b.db" >"$out" 2>"$err"; rc=$?
[ $rc -eq 2 ] || fail "ladder with two databases exited $rc"
grep -q '^ladder: error: give one database' "$err" || fail "unexpected message: $(cat "$err")"
[ -e "$work/a.db" ] || [ -e "$work/b.db" ] && fail "ladder with two databases created one"

# ladder FILE creates and opens FILE before the window shows; the window
# stays until closed, so the test waits for the database to be whole (it has
# a framework), a minute at most, and then ends ladder.
db=$work/opened.db
offscreen "$db" >"$out" 2>"$err" &
pid=$!
SECONDS=0
while [ $SECONDS -lt 60 ]; do
  [ "$(sqlite3 "file:$db?mode=ro" 'SELECT count(*) FROM framework' 2>/dev/null)" = 1 ] && break
  kill -0 "$pid" 2>/dev/null || fail "ladder FILE ended: $(cat "$err")"
  sleep 0.1
done
[ "$(sqlite3 "file:$db?mode=ro" 'SELECT count(*) FROM framework' 2>/dev/null)" = 1 ] || fail "ladder FILE did not open $db"
echo "ok"
