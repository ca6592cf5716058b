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

} // namespace fuzz
