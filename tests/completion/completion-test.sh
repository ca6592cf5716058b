#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Drives ladder-cli's completion for SHELL (bash, zsh or fish) as the shell
# would, against a test database, and checks what it offers: a command name,
# a skill slug after `skill rate`, a goal id, a tag, and nothing (and no file
# made) for a database that does not exist.
#   tests/completion/completion-test.sh SHELL LADDER_CLI COMPLETIONS_DIR
# Exits 77 (skipped) when SHELL is not installed.
set -euo pipefail
shell=$1
cli=$(realpath "$2")
dir=$(realpath "$3")
command -v "$shell" >/dev/null || { echo "$shell is not installed; skipped"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export PATH="$(dirname "$cli"):$PATH" HOME="$work"
unset LADDER_DB
db="$work/test.db"
"$cli" --db "$db" goal add 'Lead the migration' >/dev/null
"$cli" --db "$db" win add 'Cut p99' --tag perf --date 2026-03-04 >/dev/null

failures=0
# expect WHAT OFFERED WANTED: WANTED must be one of the lines of OFFERED.
expect() {
  if grep -qxF -- "$3" <<<"$2"; then
    echo "ok: $1"
  else
    echo "FAIL: $1: wanted '$3' among:"
    printf '%s\n' "$2" | sed 's/^/    /'
    failures=$((failures + 1))
  fi
}

# What SHELL's completion offers for a command line whose last word is
# being completed (given as separate words), one candidate a line.
complete_line() {
  case $shell in
  bash)
    bash --norc --noprofile -c 'source "$1/ladder-cli.bash"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _ladder_cli
      printf "%s\n" "${COMPREPLY[@]}"' bash "$dir" "$@"
    ;;
  zsh)
    # compadd and _describe only run inside a completion widget: these
    # stand-ins print what the function hands them, before zsh would
    # filter it by the word being completed.
    zsh -f -c 'compadd() { local -a a; a=("${@[(ie)--]}"); shift ${a[1]}; print -l -- "$@"; }
      _describe() { print -l -- "${(@P)4%%:*}" | sed "s/\\\\:/:/g"; }
      _files() { :; }; _message() { :; }; compset() { :; }; compdef() { :; }
      source "$1/_ladder-cli"; shift; words=("$@"); CURRENT=$#
      _ladder-cli | while read -r line; do [[ $line == ${words[CURRENT]}* ]] && print -r -- $line; done' zsh "$dir" "$@"
    ;;
  fish)
    fish -N -c 'source $argv[1]/ladder-cli.fish; complete -C (string join " " -- $argv[2..-1]) | string replace -r "\t.*" ""' \
      "$dir" "$@"
    ;;
  esac
}

expect "a command name" "$(complete_line ladder-cli go)" goal
expect "a sub-command" "$(complete_line ladder-cli goal mi)" milestone
expect "a skill slug after skill rate" "$(complete_line ladder-cli --db "$db" skill rate sys)" system-design
expect "a level after roadmap --to" "$(complete_line ladder-cli --db "$db" roadmap --to se)" senior
expect "a goal id" "$(complete_line ladder-cli --db "$db" goal done '')" 1
expect "a tag" "$(complete_line ladder-cli --db "$db" win list --tag p)" perf
expect "an option" "$(complete_line ladder-cli win add --st)" --star
expect "\$LADDER_DB" "$(LADDER_DB=$db complete_line ladder-cli skill history sys)" system-design
missing=$(complete_line ladder-cli --db "$work/none.db" skill rate sys || true)
if [ -n "$missing" ] || [ -e "$work/none.db" ]; then
  echo "FAIL: a missing database offers nothing and stays missing: offered '$missing'"
  failures=$((failures + 1))
fi

# Every command of `ladder-cli --help` completes word by word (bash: the
# same tables stand in the zsh and fish files).
if [ "$shell" = bash ]; then
  # bash splits "--db=FILE" and "--tag=T" at the "=".
  expect "--db=FILE, split" "$(complete_line ladder-cli --db = "$db" skill rate sys)" system-design
  expect "--tag=T, split" "$(complete_line ladder-cli --db = "$db" win list --tag = p)" perf
  while read -r name; do
    read -ra words <<<"$name"
    for ((i = 0; i < ${#words[@]}; i++)); do
      expect "'$name' word $((i + 1))" "$(complete_line ladder-cli "${words[@]:0:i}" "${words[i]}")" "${words[i]}"
    done
  done < <("$cli" --help | sed -n '/^Commands:/,/^$/p' | grep '^  ' | cut -c3-28 | sed 's/ *$//')
fi

[ "$failures" = 0 ] || { echo "$failures failed"; exit 1; }
