#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the examples of a Markdown guide and compares what they print with
# what the guide shows, so that the guide cannot go stale. An example is a
# ```console block: "$ COMMAND" lines, each followed by its expected output
# (standard output and standard error together). All the examples of the
# guide run in order in one fresh folder against one fresh database
# ($LADDER_DB), with NO_COLOR set and ladder-cli first on the PATH.
# In the expected output, a line "..." stands for any number of lines and
# "..." within a line for any text (a date that is today's, say). Trailing
# blanks are not compared.
#   tests/docs/console-examples.sh GUIDE LADDER_CLI
# PRINT=1 prints what each command printed instead of comparing.
set -euo pipefail
guide=$(realpath "$1")
cli=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export PATH="$(dirname "$cli"):$PATH" HOME="$work" LADDER_DB="$work/ladder.db" NO_COLOR=1 LC_ALL=C.UTF-8 TZ=UTC
unset VISUAL EDITOR

# ACTUAL_FILE EXPECTED_FILE: 0 when the lines match ("..." as above).
matches() {
  local -a actual expected
  mapfile -t actual <"$1"
  mapfile -t expected <"$2"
  local i=0 j=0 pattern
  while ((i < ${#expected[@]})); do
    if [[ ${expected[i]} == '...' ]]; then
      ((i + 1 < ${#expected[@]})) || return 0
      # Any lines, up to the first that matches the next expected one.
      while ((j < ${#actual[@]})) && ! line_matches "${actual[j]}" "${expected[i + 1]}"; do ((j += 1)); done
      ((j < ${#actual[@]})) || return 1
      ((i += 1))
      continue
    fi
    ((j < ${#actual[@]})) && line_matches "${actual[j]}" "${expected[i]}" || return 1
    ((i += 1, j += 1))
  done
  ((j == ${#actual[@]}))
}

# ACTUAL EXPECTED: the expected line's glob characters are taken as they
# are; trailing blanks do not count (editors strip them from Markdown).
line_matches() {
  local actual=${1%"${1##*[![:space:]]}"} pattern=${2%"${2##*[![:space:]]}"}
  pattern=${pattern//\\/\\\\}
  pattern=${pattern//\*/\\*}
  pattern=${pattern//\?/\\?}
  pattern=${pattern//\[/\\[}
  pattern=${pattern//.../*}
  [[ $actual == $pattern ]]
}

failures=0 examples=0 command= number=0 line_number=0 in_block=0
: >"$work/.expected"
finish() {
  [ -n "$command" ] || return 0
  examples=$((examples + 1))
  bash -c "$command" >"$work/.actual" 2>&1 || true
  if [ "${PRINT:-0}" = 1 ]; then
    echo "\$ $command"
    cat "$work/.actual"
  elif ! matches "$work/.actual" "$work/.expected"; then
    failures=$((failures + 1))
    echo "FAIL: $guide:$number: \$ $command"
    diff -u --label expected --label actual "$work/.expected" "$work/.actual" | sed 's/^/    /' || true
  fi
  command=
  : >"$work/.expected"
}
while IFS= read -r line || [ -n "$line" ]; do
  line_number=$((line_number + 1))
  if ((!in_block)); then
    [[ $line == '```console' ]] && in_block=1
    continue
  fi
  if [[ $line == '```' ]]; then
    finish
    in_block=0
  elif [[ $line == '$ '* ]]; then
    finish
    command=${line#\$ }
    number=$line_number
  elif [ -n "$command" ]; then
    printf '%s\n' "$line" >>"$work/.expected"
  fi
done <"$guide"

[ "$examples" -gt 0 ] || { echo "no console examples in $guide"; exit 1; }
[ "${PRINT:-0}" = 1 ] && exit 0
echo "$examples examples, $failures failed"
[ "$failures" = 0 ]
