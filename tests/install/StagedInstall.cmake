# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DBUILD_DIR=… -DSTAGING=… [-DCOMPONENT=…] [-DEXPECT=a|b|…] [-DRUN=cmd|arg|…] -P StagedInstall.cmake
# Installs the build folder (or one component of it) into a fresh staging
# folder, checks that every EXPECTed file (relative to it) is there, and runs
# RUN, where @STAGING@ stands for the staging folder. Fails on the first
# problem, saying what it was.
cmake_minimum_required(VERSION 3.22)
file(REMOVE_RECURSE "${STAGING}")
set(componentArgs)
if(COMPONENT)
    set(componentArgs --component ${COMPONENT})
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${STAGING}" ${componentArgs}
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install ${BUILD_DIR} failed (${result}):\n${output}")
endif()

string(REPLACE "|" ";" expected "${EXPECT}")
set(missing)
foreach(file IN LISTS expected)
    if(NOT EXISTS "${STAGING}/${file}")
        list(APPEND missing "${file}")
    endif()
endforeach()
if(missing)
    list(JOIN missing "\n  " missingLines)
    message(FATAL_ERROR "not installed under ${STAGING}:\n  ${missingLines}")
endif()

if(RUN)
    string(REPLACE "@STAGING@" "${STAGING}" command "${RUN}")
    string(REPLACE "|" ";" command "${command}")
    execute_process(COMMAND ${command} RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    message("${output}")
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${command} failed (${result})")
    endif()
endif()
