# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for ladder-cli: commands, options, and values from the
# user's own database (skill, level and framework slugs, goal ids, tags)
# through the hidden `ladder-cli __complete KIND [PREFIX]`, which reads the
# file named by --db on the line (else $LADDER_DB, else the default one) and
# never creates or changes it. Installed to
# share/bash-completion/completions/ladder-cli.

# The options of each command ("=" after one that takes a value).
_ladder_cli_options()
{
    local filter='--from= --to= --on= --period= --skill= --tag= --goal= --starred --limit='
    local win='--date= --impact= --body= --tag= --skill= --goal= --star'
    local report='--target= --period= --name= --format= --output= --page-size='
    case $1 in
    'win add') echo "$win" ;;
    'win list' | search) echo "$filter" ;;
    'win edit') echo "$win --unstar --remove-tag= --remove-skill= --remove-goal=" ;;
    'win rm' | 'goal rm' | 'framework rm') echo --yes ;;
    'skill list') echo --level= ;;
    'skill rate') echo '--note= --date=' ;;
    'goal add') echo '--skill= --due= --note= --milestone=' ;;
    'goal list') echo '--status= --skill=' ;;
    'goal edit') echo '--title= --due= --no-due --note= --skill= --remove-skill=' ;;
    'goal done' | 'goal drop' | 'goal milestone done') echo '--date= --undo' ;;
    'goal milestone add') echo --due= ;;
    'framework show') echo --skill= ;;
    'framework import') echo '--activate --level= --replace --dry-run' ;;
    'framework export') echo --output= ;;
    gap) echo --target= ;;
    readiness) echo '--target= --period=' ;;
    roadmap) echo --to= ;;
    export) echo '--output= --format=' ;;
    import) echo '--format= --timeformat= --tagsymbols= --map= --dry-run' ;;
    'harvest git') echo '--author= --period= --all' ;;
    merge) echo --dry-run ;;
    'report readiness') echo "$report --evidence=" ;;
    'report brag') echo "${report/--target= /} --group=" ;;
    esac
}

# What the Nth argument (1-based) of a command is: a KIND of __complete,
# "file", "dir", a word list, or nothing.
_ladder_cli_argument()
{
    case "$1 $2" in
    'skill rate 1' | 'skill history 1') echo skills ;;
    'skill rate 2') echo '0 1 2 3 4' ;;
    'level set 1') echo levels ;;
    'goal show 1' | 'goal edit 1' | 'goal done 1' | 'goal drop 1' | 'goal rm 1') echo goals ;;
    'goal milestone add 1' | 'goal milestone done 1') echo goals ;;
    'framework show 1' | 'framework export 1' | 'framework use 1' | 'framework rm 1') echo frameworks ;;
    'framework import 1' | 'import 1' | 'merge 1' | 'backup 1') echo file ;;
    'harvest git '*) echo dir ;;
    esac
}

# The values an option takes: a KIND of __complete, "file", a word list.
_ladder_cli_option_values()
{
    case "$1 $2" in
    *' --skill' | *' --remove-skill') echo skills ;;
    *' --level' | *' --target' | *' --to') [[ $1 == 'win list' || $1 == search ]] || echo levels ;;
    *' --goal' | *' --remove-goal') echo goals ;;
    *' --tag' | *' --remove-tag') echo tags ;;
    'report '*' --format') echo report-formats ;;
    *' --format') echo formats ;;
    *' --output' | *' --db') echo file ;;
    *' --status') echo 'open done dropped' ;;
    *' --group') echo 'skill month' ;;
    *' --page-size') echo 'A4 Letter' ;;
    *' --evidence') echo 'all 20' ;;
    esac
}

_ladder_cli_values()
{
    local kind=$1 cur=$2 db=()
    [[ -n $_ladder_cli_db ]] && db=(--db "$_ladder_cli_db")
    case $kind in
    '') ;;
    file)
        compopt -o filenames 2>/dev/null
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
        ;;
    dir)
        compopt -o filenames 2>/dev/null
        mapfile -t COMPREPLY < <(compgen -d -- "$cur")
        ;;
    skills | levels | frameworks | goals | tags | formats | report-formats)
        mapfile -t COMPREPLY < <("${_ladder_cli_program:-ladder-cli}" "${db[@]}" __complete "$kind" "$cur" 2>/dev/null | cut -f1)
        ;;
    *) mapfile -t COMPREPLY < <(compgen -W "$kind" -- "$cur") ;;
    esac
}

_ladder_cli()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
    local _ladder_cli_program=${COMP_WORDS[0]} _ladder_cli_db=
    local words=() position=0 i word
    COMPREPLY=()
    [[ $_ladder_cli_program == */* || -n $(type -P "$_ladder_cli_program") ]] || _ladder_cli_program=ladder-cli

    # The command's words and the count of its arguments before the cursor;
    # --db's value, so that the candidates come from that file.
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        # bash splits "--db=FILE" into "--db", "=", "FILE".
        if [[ $word == -* && ${COMP_WORDS[i + 1]} == = ]]; then
            [[ $word == --db ]] && _ladder_cli_db=${COMP_WORDS[i + 2]}
            ((i += 2))
            continue
        fi
        case $word in
        --db) _ladder_cli_db=${COMP_WORDS[i + 1]} && ((i += 1)) ;;
        --db=*) _ladder_cli_db=${word#--db=} ;;
        --json | --no-color) ;;
        --*=* | -) ;;
        -*)
            # An option that takes a value takes the next word.
            if [[ " $(_ladder_cli_options "${words[*]}") -o= " == *" $word= "* ]]; then ((i += 1)); fi
            ;;
        *)
            # A word that names the command, or the next argument.
            case ${words[*]} in
            '' | win | skill | level | goal | 'goal milestone' | framework | harvest | report) words+=("$word") ;;
            *) ((position += 1)) ;;
            esac
            ;;
        esac
    done
    _ladder_cli_db=${_ladder_cli_db/#\~/$HOME}
    local command=${words[*]}

    # The value of an option: --skill SLUG, --db FILE (or --skill=SLUG).
    [[ $prev == = && COMP_CWORD -ge 2 ]] && prev=${COMP_WORDS[COMP_CWORD - 2]}
    if [[ $prev == -* ]]; then
        local kind
        kind=$(_ladder_cli_option_values "${command:-ladder-cli}" "$prev")
        [[ $prev == -o ]] && kind=file
        if [[ -n $kind ]]; then
            _ladder_cli_values "$kind" "$cur"
            return
        fi
    fi
    # A skill named in a win's text: "@sys" (or "sys" after an "@" that
    # bash split off the word).
    if [[ $command == 'win add' || $command == 'win edit' ]]; then
        if [[ $cur == @* ]]; then
            _ladder_cli_values skills "${cur#@}"
            COMPREPLY=("${COMPREPLY[@]/#/@}")
            return
        elif [[ $prev == @ ]]; then
            _ladder_cli_values skills "$cur"
            return
        fi
    fi
    if [[ $cur == -* ]]; then
        local options
        if [[ -z $command ]]; then
            options='--db --json --no-color --help --version'
        else
            options="$(_ladder_cli_options "$command") --help"
        fi
        mapfile -t COMPREPLY < <(compgen -W "${options//=/}" -- "$cur")
        return
    fi
    case $command in
    '') mapfile -t COMPREPLY < <(compgen -W 'win search skill level goal framework gap readiness roadmap export import harvest merge backup check report' -- "$cur") ;;
    win) mapfile -t COMPREPLY < <(compgen -W 'add list show edit rm' -- "$cur") ;;
    skill) mapfile -t COMPREPLY < <(compgen -W 'list rate history' -- "$cur") ;;
    level) mapfile -t COMPREPLY < <(compgen -W 'list set' -- "$cur") ;;
    goal) mapfile -t COMPREPLY < <(compgen -W 'add list show edit done drop rm milestone' -- "$cur") ;;
    'goal milestone') mapfile -t COMPREPLY < <(compgen -W 'add done' -- "$cur") ;;
    framework) mapfile -t COMPREPLY < <(compgen -W 'list show import export use rm' -- "$cur") ;;
    harvest) mapfile -t COMPREPLY < <(compgen -W 'git' -- "$cur") ;;
    report) mapfile -t COMPREPLY < <(compgen -W 'readiness brag' -- "$cur") ;;
    *) _ladder_cli_values "$(_ladder_cli_argument "$command" $((position + 1)))" "$cur" ;;
    esac
}

complete -F _ladder_cli ladder-cli
