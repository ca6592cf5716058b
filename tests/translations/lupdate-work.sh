# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the checks here: skips (77) without lupdate, enters the source
# folder and makes $work, a scratch folder removed on exit.
# Needs: $lupdate, $source_dir.
if [ ! -x "$lupdate" ]; then
    echo "lupdate not found (\"$lupdate\"): install qt6-l10n-tools (scripts/install-deps.sh); skipped"
    exit 77
fi

cd "$source_dir" || exit 1
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT
