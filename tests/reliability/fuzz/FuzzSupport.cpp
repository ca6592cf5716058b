// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzTargets.h"

#include <cstdio>
#include <cstdlib>

namespace fuzz {

void fail(const char *target, const char *what, const char *detail)
{
    std::fprintf(stderr, "fuzz %s: broken: %s\n%s\n", target, what, detail ? detail : "");
    std::fflush(stderr);
    std::abort();
}

std::string printable(const char *data, std::size_t size)
{
    std::string out;
    for (std::size_t i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c >= 0x20 && c < 0x7f && c != '\\') {
            out += char(c);
        } else {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\x%02x", c);
            out += escaped;
        }
    }
    return out;
}

} // namespace fuzz
