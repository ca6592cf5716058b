#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The real ladder-cli speaks German when the locale says so: Ladder's own
# error text and Qt's (QCommandLineParser's unknown option, from Debian's
# qt6-translations-l10n). QLocale::system() reads LC_ALL/LANG itself, so the
# glibc locale de_DE need not be generated; LANGUAGE, which would come first,
# is left out of the environment (and with LC_ALL=C it does not count).
# Usage: check-german-cli.sh LADDER_CLI
set -u
cli=$1
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT
failed=0

locale="LANG=de_DE.UTF-8 LC_ALL=de_DE.UTF-8"
expect() { # WANTED_STDERR WANTED_CODE ARGS...
    wanted=$1 code=$2
    shift 2
    # shellcheck disable=SC2086 # $locale is one word per variable
    env -i PATH="$PATH" HOME="$work" NO_COLOR=1 $locale \
        "$cli" --db "$work/ladder.db" "$@" >"$work/out" 2>"$work/err"
    got=$?
    if [ "$got" != "$code" ] || [ "$(cat "$work/err")" != "$wanted" ]; then
        echo "FAIL: ladder-cli $*: exit $got (wanted $code), stderr:"
        sed 's/^/  /' "$work/err"
        echo "wanted:"
        echo "  $wanted"
        failed=1
    fi
}

expect "ladder-cli: error: win show abc: keine ID (eine ganze Zahl wie 12)" 1 win show abc
expect "ladder-cli: usage: unbekannter Befehl 'bogus' (siehe 'ladder-cli --help')" 2 bogus
expect "ladder-cli: usage: win list: Unbekannte Option 'frob'. (siehe 'ladder-cli --help')" 2 win list --frob

# The C locale is untranslated whatever $LANGUAGE says, as in gettext: tests
# and scripts set LC_ALL=C.UTF-8 to read the English text.
locale="LANGUAGE=de LC_ALL=C.UTF-8"
expect "ladder-cli: usage: unknown command 'bogus' (see 'ladder-cli --help')" 2 bogus

[ $failed = 1 ] || echo "OK: ladder-cli answers in German under LANG=de_DE.UTF-8"
exit $failed
