// SPDX-License-Identifier: GPL-3.0-or-later
// The libFuzzer entry point of one target (LADDER_FUZZ_ENTRY), built only with
// clang and -DLADDER_FUZZ=ON.
#include "FuzzTargets.h"

#include <QCoreApplication>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static int count = *argc;
    static QCoreApplication app(count, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return fuzz::LADDER_FUZZ_ENTRY(data, size);
}
