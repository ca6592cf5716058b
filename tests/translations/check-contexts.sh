#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs lupdate over the given source folders into a throwaway .ts and fails on
# any lupdate warning and on any translation context that is not a class:
# "ladder::X" must be a class X with Q_OBJECT, a bare "X" must come from
# Q_DECLARE_TR_FUNCTIONS(X). A hand-written context (QCoreApplication::translate
# with a literal) fails too, so that one class is one context at run time and
# in the .ts files alike.
# Usage: check-contexts.sh LUPDATE SOURCE_DIR FOLDER...
set -u
lupdate=$1
source_dir=$2
shift 2

# shellcheck source=lupdate-work.sh
. "$(dirname "$0")/lupdate-work.sh"

failed=0

"$lupdate" -no-obsolete "$@" -ts "$work/check.ts" >"$work/log" 2>&1 || {
    cat "$work/log"
    echo "FAIL: lupdate exited with an error"
    exit 1
}
if grep -v -e "^Scanning directory '" -e "^Updating '" -e "^    Found [0-9]* source text" "$work/log" >"$work/warnings"; then
    sed 's/^/FAIL: lupdate: /' "$work/warnings"
    failed=1
fi

if grep -rnE --include='*.cpp' --include='*.h' '::translate\(\s*"' "$@" >"$work/literal"; then
    sed 's/^/FAIL: hand-written context (use tr() of the class that shows the text): /' "$work/literal"
    failed=1
fi

contexts=$(sed -n 's:^ *<name>\(.*\)</name>$:\1:p' "$work/check.ts" | sort -u)
for context in $contexts; do
    case $context in
    ladder::*)
        class=${context#ladder::}
        case $class in *[!A-Za-z0-9_]*|'') class= ;; esac
        ok=0
        if [ -n "$class" ]; then
            for header in $(grep -rlE --include='*.h' "^ *(class|struct) $class\\b[^;]*\$" "$@"); do
                grep -q 'Q_OBJECT' "$header" && ok=1
            done
        fi
        [ $ok = 1 ] || { echo "FAIL: context '$context' is not a class with Q_OBJECT"; failed=1; }
        ;;
    *)
        if ! grep -rqF --include='*.h' --include='*.cpp' "Q_DECLARE_TR_FUNCTIONS($context)" "$@"; then
            echo "FAIL: context '$context' is not a class with Q_DECLARE_TR_FUNCTIONS($context)"
            failed=1
        fi
        ;;
    esac
done

count=$(echo "$contexts" | grep -c .)
if [ $failed = 0 ]; then
    echo "OK: $count contexts in $*, each a class; lupdate clean"
fi
exit $failed
