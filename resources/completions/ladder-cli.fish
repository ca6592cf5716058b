# SPDX-License-Identifier: GPL-3.0-or-later
# fish completion for ladder-cli: commands, options, and values from the
# user's own database (skill, level and framework slugs, goal ids with their
# titles, tags) through the hidden `ladder-cli __complete KIND [PREFIX]`,
# which reads the file named by --db on the line (else $LADDER_DB, else the
# default one) and never creates or changes it. Installed to
# share/fish/vendor_completions.d/ladder-cli.fish.

# The options that take a value, whatever the command.
set -g __ladder_cli_value_options --date --impact --body --tag --skill --goal --from --to --on --period --limit \
    --level --note --due --milestone --status --title --remove-tag --remove-skill --remove-goal --output -o \
    --target --format --timeformat --tagsymbols --map --author --name --page-size --group --evidence

# Reads the line before the cursor: the command's words, its argument count
# and --db's value.
function __ladder_cli_parse
    set -g __ladder_cli_command
    set -g __ladder_cli_position 0
    set -g __ladder_cli_db
    set -l tokens (commandline -opc)
    set -l skip
    for token in $tokens[2..-1]
        if test -n "$skip"
            test "$skip" = db; and set __ladder_cli_db --db $token
            set skip
            continue
        end
        switch $token
            case --db
                set skip db
            case '--db=*'
                set __ladder_cli_db --db (string replace -- --db= '' $token)
            case '--*=*' --json --no-color -
            case '-*'
                contains -- $token $__ladder_cli_value_options; and set skip value
            case '*'
                switch "$__ladder_cli_command"
                    case '' win skill level goal 'goal milestone' framework harvest report
                        set __ladder_cli_command (string trim -- "$__ladder_cli_command $token")
                    case '*'
                        set __ladder_cli_position (math $__ladder_cli_position + 1)
                end
        end
    end
end

function __ladder_cli_is
    __ladder_cli_parse
    test "$__ladder_cli_command" = "$argv[1]"
end

# Candidates of a KIND of __complete ("value<TAB>description"), "file",
# "dir" or a word list.
function __ladder_cli_values
    switch $argv[1]
        case file
            __fish_complete_path (commandline -ct)
        case dir
            __fish_complete_directories (commandline -ct)
        case skills levels frameworks goals tags formats report-formats
            __ladder_cli_parse
            set -l program (commandline -opc)[1]
            command -q $program; or string match -q '*/*' -- $program; or set program ladder-cli
            $program $__ladder_cli_db __complete $argv[1] 2>/dev/null
        case '*'
            string split ' ' -- $argv
    end
end

# What the Nth argument of a command, or an option's value, is.
function __ladder_cli_kind
    switch "$argv[1] $argv[2]"
        case 'skill rate 1' 'skill history 1' '* --skill' '* --remove-skill'
            echo skills
        case 'skill rate 2'
            echo '0 1 2 3 4'
        case 'level set 1' 'skill list --level' '* --target' 'roadmap --to'
            echo levels
        case 'goal show 1' 'goal edit 1' 'goal done 1' 'goal drop 1' 'goal rm 1' 'goal milestone add 1' \
            'goal milestone done 1' '* --goal' '* --remove-goal'
            echo goals
        case 'framework show 1' 'framework export 1' 'framework use 1' 'framework rm 1'
            echo frameworks
        case 'framework import 1' 'import 1' 'merge 1' 'backup 1' '* --output' '* -o'
            echo file
        case 'harvest git *'
            echo dir
        case '* --tag' '* --remove-tag'
            echo tags
        case 'report * --format'
            echo report-formats
        case '* --format'
            echo formats
        case '* --status'
            echo 'open done dropped'
        case '* --group'
            echo 'skill month'
        case '* --page-size'
            echo 'A4 Letter'
        case '* --evidence'
            echo 'all 20'
    end
end

function __ladder_cli_argument
    __ladder_cli_parse
    set -l kind (__ladder_cli_kind "$__ladder_cli_command" (math $__ladder_cli_position + 1))
    test -n "$kind"; or return
    __ladder_cli_values $kind
end

function __ladder_cli_has_argument
    __ladder_cli_parse
    test -n "$__ladder_cli_command"; and test -n (__ladder_cli_kind "$__ladder_cli_command" (math $__ladder_cli_position + 1))
end

# A skill named in a win's text: "did the drill @sys".
function __ladder_cli_at_skills
    set -l token (commandline -ct)
    set -l before (string replace -r '@[^@]*$' '' -- $token)
    for line in (__ladder_cli_values skills)
        echo "$before@$line"
    end
end

complete -c ladder-cli -f
complete -c ladder-cli -n '__ladder_cli_is ""' -l db -r -F -d 'The database file'
complete -c ladder-cli -n '__ladder_cli_is ""' -l json -d 'JSON output'
complete -c ladder-cli -n '__ladder_cli_is ""' -l no-color -d 'No colours'
complete -c ladder-cli -n '__ladder_cli_is ""' -l version -d 'Print the version'
complete -c ladder-cli -n '__ladder_cli_is ""' -a 'win search skill level goal framework gap readiness roadmap export import harvest merge backup check report'
complete -c ladder-cli -n '__ladder_cli_is win' -a 'add list show edit rm'
complete -c ladder-cli -n '__ladder_cli_is skill' -a 'list rate history'
complete -c ladder-cli -n '__ladder_cli_is level' -a 'list set'
complete -c ladder-cli -n '__ladder_cli_is goal' -a 'add list show edit done drop rm milestone'
complete -c ladder-cli -n "__ladder_cli_is 'goal milestone'" -a 'add done'
complete -c ladder-cli -n '__ladder_cli_is framework' -a 'list show import export use rm'
complete -c ladder-cli -n '__ladder_cli_is harvest' -a git
complete -c ladder-cli -n '__ladder_cli_is report' -a 'readiness brag'
complete -c ladder-cli -n __ladder_cli_has_argument -a '(__ladder_cli_argument)'
complete -c ladder-cli -n '__ladder_cli_is "win add"; or __ladder_cli_is "win edit"; and string match -q -- "*@*" (commandline -ct)' \
    -a '(__ladder_cli_at_skills)'

# The options of each command ("=" after one that takes a value).
set -l filter from= to= on= period= skill= tag= goal= starred limit=
set -l win date= impact= body= tag= skill= goal= star
set -l report period= name= format= output= page-size=
for entry in "win add|$win" "win list|$filter" "search|$filter" \
    "win edit|$win unstar remove-tag= remove-skill= remove-goal=" 'win rm|yes' 'goal rm|yes' 'framework rm|yes' \
    'skill list|level=' 'skill rate|note= date=' 'goal add|skill= due= note= milestone=' 'goal list|status= skill=' \
    'goal edit|title= due= no-due note= skill= remove-skill=' 'goal done|date= undo' 'goal drop|date= undo' \
    'goal milestone done|date= undo' 'goal milestone add|due=' 'framework show|skill=' \
    'framework import|activate level= replace dry-run' 'framework export|output=' 'gap|target=' 'readiness|target= period=' \
    'roadmap|to=' 'export|output= format=' 'import|format= timeformat= tagsymbols= map= dry-run' \
    'harvest git|author= period= all' 'merge|dry-run' "report readiness|target= $report evidence=" "report brag|$report group="
    set -l parts (string split '|' -- $entry)
    set -l condition "__ladder_cli_is '$parts[1]'"
    for option in (string split ' ' -- $parts[2])
        set -l name (string replace '=' '' -- $option)
        if test "$name" = "$option"
            complete -c ladder-cli -n $condition -l $name
        else
            complete -c ladder-cli -n $condition -l $name -x -a "(__ladder_cli_values (__ladder_cli_kind '$parts[1]' --$name))"
        end
    end
end
