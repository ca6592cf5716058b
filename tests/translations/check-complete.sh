#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a .ts file is not complete and current: lupdate runs over the
# sources into a throwaway copy of it, and every message that is then
# unfinished (new in the sources, or never translated) is listed, as is every
# message of the committed file that the sources no longer have. The fix is in
# HACKING.md: scripts/update-translations.sh, then translate what is listed.
# Usage: check-complete.sh LUPDATE SOURCE_DIR TS_FILE FOLDER...
set -u
lupdate=$1
source_dir=$2
ts=$3
shift 3

# shellcheck source=lupdate-work.sh
. "$(dirname "$0")/lupdate-work.sh"
cp "$ts" "$work/current.ts" || exit 1

"$lupdate" -no-obsolete -locations none "$@" -ts "$work/current.ts" >"$work/log" 2>&1 || {
    cat "$work/log"
    echo "FAIL: lupdate exited with an error"
    exit 1
}

# "context | source" of each message whose block matches the pattern; a
# source of several lines is shown by its first.
messages() { # FILE PATTERN
    awk -v pattern="$2" '
        /<name>/ { sub(/^ *<name>/, ""); sub(/<\/name>$/, ""); context = $0 }
        /<message/ { block = ""; source = "" }
        { block = block $0 "\n" }
        /<source>/ && source == "" { source = $0; sub(/^ *<source>/, "", source); sub(/<\/source>$/, "", source) }
        /<\/message>/ && block ~ pattern { print context " | " source }
    ' "$1"
}

failed=0
messages "$work/current.ts" 'type="unfinished"' >"$work/unfinished"
if [ -s "$work/unfinished" ]; then
    echo "FAIL: $(wc -l <"$work/unfinished") message(s) of $ts not translated (new or unfinished):"
    sed 's/^/  /' "$work/unfinished"
    failed=1
fi
messages "$ts" '<message' | sort >"$work/committed"
messages "$work/current.ts" '<message' | sort >"$work/sources"
comm -23 "$work/committed" "$work/sources" >"$work/stale"
if [ -s "$work/stale" ]; then
    echo "FAIL: $(wc -l <"$work/stale") message(s) of $ts no longer in the sources:"
    sed 's/^/  /' "$work/stale"
    failed=1
fi
if [ $failed = 1 ]; then
    echo "Run scripts/update-translations.sh, translate what is unfinished (HACKING.md, \"Translations\") and commit $ts."
else
    echo "OK: $ts: $(wc -l <"$work/sources") messages, all translated and current"
fi
exit $failed
