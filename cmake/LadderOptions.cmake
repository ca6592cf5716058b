# SPDX-License-Identifier: GPL-3.0-or-later
# Compile options shared by every production target, attached per target
# (never directory-scoped) through the ladder_options interface library.
add_library(ladder_options INTERFACE)
add_library(ladder::options ALIAS ladder_options)

target_compile_options(ladder_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
    -Wcast-align -Woverloaded-virtual -Wformat=2)
if(LADDER_WARNINGS_AS_ERRORS)
    target_compile_options(ladder_options INTERFACE -Werror)
endif()

# Every user-visible string is deliberate: no silent conversions from char*.
target_compile_definitions(ladder_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

# Sanitizer build (the "asan" preset): -DLADDER_SANITIZE=ON
option(LADDER_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(LADDER_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

# libFuzzer build of tests/reliability/fuzz (docs/reliability.md): clang only,
# configured in its own build folder with -DLADDER_FUZZ=ON. Everything is
# instrumented for coverage and built with ASan + UBSan.
option(LADDER_FUZZ "Build the libFuzzer targets (clang)" OFF)
if(LADDER_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "LADDER_FUZZ needs clang: CXX=clang++-14 cmake -DLADDER_FUZZ=ON ...")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()

# Storage (Database, Statement, Transaction, the stores) is private to core:
# its headers refuse to compile without LADDER_CORE_PRIVATE, which only core's
# own libraries and the tests carry, each linking this PRIVATE so that it never
# reaches a library above them (docs/architecture.md). The front ends reach
# the data through core/application.
add_library(ladder_core_private INTERFACE)
add_library(ladder::core_private ALIAS ladder_core_private)
target_compile_definitions(ladder_core_private INTERFACE LADDER_CORE_PRIVATE)
