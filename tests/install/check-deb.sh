#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check-deb.sh BUILD_DIR WORK_DIR VERSION
# Makes the .deb with CPack, checks it with lintian (no errors), unpacks it
# and runs the packaged binaries: ladder-cli adds and lists a win in a fresh
# database, ladder --version answers without a display.
set -euo pipefail
build=$1 work=$2 version=$3
fail() { echo "FAIL: $*"; exit 1; }
rm -rf "$work"
mkdir -p "$work"

cpack --config "$build/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack"; }
debs=("$work"/ladder_"$version"-*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one ladder_$version-*.deb in $work"
deb=${debs[0]}

# dpkg-shlibdeps computed the dependencies: Qt and SQLite are the system's.
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6core6 libqt6widgets6 libsqlite3-0; do
  [[ $depends == *"$lib"* ]] || fail "Depends lacks $lib: $depends"
done

rc=0
findings=$(lintian --fail-on error "$deb" 2>&1) || rc=$?
grep -v 'running with root privileges' <<<"$findings" || true
[ $rc -eq 0 ] || fail "lintian found errors"

dpkg-deb -x "$deb" "$work/root"
bin=$work/root/usr/bin
# Every library of ours is linked in statically: nothing is missing outside the package.
for b in ladder ladder-cli ladder-cli-report; do
  ! ldd "$bin/$b" | grep -q 'not found' || fail "$b needs a library that is not installed"
done
[ "$("$bin/ladder-cli" --version)" = "ladder-cli $version" ] || fail "ladder-cli --version"
db=$work/packaged.db
id=$("$bin/ladder-cli" --db "$db" win add "2026-11-02: Shipped the Debian package @packaging")
[ -n "$id" ] || fail "win add printed no id"
"$bin/ladder-cli" --db "$db" win list | grep -q 'Shipped the Debian package' || fail "win list does not show the win"
[ "$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$bin/ladder" --version)" = "ladder $version" ] || fail "ladder --version"
echo "ok: $deb"
