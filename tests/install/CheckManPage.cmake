# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DPROGRAM=… -DPAGE=… [-DCOMMANDS=ON] -P CheckManPage.cmake
# Renders the man page PAGE with man -l and checks that it names every
# option of PROGRAM --help and, with COMMANDS, every command that
# PROGRAM --help lists and every option of each (PROGRAM COMMAND --help):
# a command or option added without its documentation fails here.
cmake_minimum_required(VERSION 3.22)
execute_process(COMMAND ${CMAKE_COMMAND} -E env MANWIDTH=1000 MANROFFOPT=-rHY=0 man -l "${PAGE}"
    RESULT_VARIABLE result OUTPUT_VARIABLE page ERROR_VARIABLE errors)
if(NOT result EQUAL 0 OR NOT errors STREQUAL "")
    message(FATAL_ERROR "man -l ${PAGE} failed (${result}):\n${errors}")
endif()

set(missing)
# The options in a --help text, but Qt's own --help and --help-all.
function(check_options helpText where)
    string(REGEX MATCHALL "--[a-z][a-z-]*" options "${helpText}")
    list(REMOVE_DUPLICATES options)
    list(REMOVE_ITEM options --help --help-all)
    foreach(option IN LISTS options)
        string(FIND "${page}" "${option}" at)
        if(at EQUAL -1)
            list(APPEND missing "${where}${option}")
        endif()
    endforeach()
    set(missing "${missing}" PARENT_SCOPE)
endfunction()

execute_process(COMMAND "${PROGRAM}" --help RESULT_VARIABLE result OUTPUT_VARIABLE help)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} --help failed (${result})")
endif()
check_options("${help}" "")

if(COMMANDS)
    # A command line of the help: two spaces, the command's words, two or more spaces.
    string(REGEX MATCHALL "\n  [a-z][a-z-]*( [a-z][a-z-]*)*  " lines "${help}")
    list(LENGTH lines count)
    if(count LESS 10)
        message(FATAL_ERROR "found only ${count} commands in ${PROGRAM} --help:\n${help}")
    endif()
    foreach(line IN LISTS lines)
        string(STRIP "${line}" command)
        string(FIND "${page}" "${command}" at)
        if(at EQUAL -1)
            list(APPEND missing "${command}")
        endif()
        string(REPLACE " " ";" words "${command}")
        execute_process(COMMAND "${PROGRAM}" ${words} --help RESULT_VARIABLE result OUTPUT_VARIABLE commandHelp)
        if(NOT result EQUAL 0)
            message(FATAL_ERROR "${PROGRAM} ${command} --help failed (${result})")
        endif()
        check_options("${commandHelp}" "${command} ")
    endforeach()
endif()

if(missing)
    list(JOIN missing "\n  " missingLines)
    message(FATAL_ERROR "${PAGE} does not mention:\n  ${missingLines}")
endif()
