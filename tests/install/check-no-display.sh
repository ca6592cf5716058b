#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check-no-display.sh LADDER VERSION
# Without a display (a server, an SSH session): ladder --help and --version
# answer as usual, and ladder itself says so in one line and exits 1, instead
# of Qt's abort and core dump.
set -uo pipefail
ladder=$1 version=$2
fail() { echo "FAIL: $*"; exit 1; }
run() { env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$ladder" "$@"; }
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT

run --version >"$out" 2>"$err"; rc=$?
[ $rc -eq 0 ] || fail "ladder --version exited $rc: $(cat "$err")"
[ "$(cat "$out")" = "ladder $version" ] || fail "ladder --version printed '$(cat "$out")'"

run --help >"$out" 2>"$err"; rc=$?
[ $rc -eq 0 ] || fail "ladder --help exited $rc: $(cat "$err")"
grep -q -- '--db' "$out" || fail "ladder --help does not mention --db: $(cat "$out")"
grep -q 'FILE' "$out" || fail "ladder --help does not mention FILE: $(cat "$out")"

run >"$out" 2>"$err"; rc=$?
[ $rc -eq 1 ] || fail "ladder without a display exited $rc"
[ -s "$out" ] && fail "ladder without a display wrote to standard output: $(cat "$out")"
[ "$(wc -l <"$err")" -eq 1 ] || fail "ladder without a display wrote not one line: $(cat "$err")"
grep -q '^ladder: no display found.*ladder-cli' "$err" || fail "unexpected message: $(cat "$err")"
echo "ok"
