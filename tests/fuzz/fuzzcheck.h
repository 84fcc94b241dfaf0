#pragma once

#include <cstdio>
#include <cstdlib>

// A broken invariant is a finding: print what broke and abort, which libFuzzer records
// as a crash with its input, and which fails the CTest replay of that input.
#define BW_FUZZ_CHECK(condition, what)                                                    \
    do {                                                                                 \
        if (!(condition)) {                                                              \
            std::fprintf(stderr, "fuzz invariant broken: %s (%s:%d)\n", what, __FILE__,  \
                         __LINE__);                                                      \
            std::abort();                                                                \
        }                                                                                \
    } while (false)
