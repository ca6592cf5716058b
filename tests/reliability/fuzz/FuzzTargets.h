// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Fuzz targets: one entry point per parser or importer, each checking what
// must hold for any input (not only that nothing crashes). They are linked
// twice: into libFuzzer executables with clang (-DLADDER_FUZZ=ON, see
// docs/reliability.md), and into ladder_reliability_tests, which replays the
// committed corpus (fuzz/corpus/TARGET) and mutations of it with the normal build.

#include <cstddef>
#include <cstdint>
#include <string>

namespace fuzz {

// DateExpression::parse, DateExpression::looksLikeDate, Period::parse and the
// quick-entry WinText::parse, for three "today"s.
int dates(const std::uint8_t *data, std::size_t size);
// SearchQuery::toFts5: every accepted query is a valid FTS5 expression (SQLite
// runs it against an index like the product's) that searches for plain text.
int searchQuery(const std::uint8_t *data, std::size_t size);
// LadderExport::import into a real database: a dry run and a real run agree,
// the counts add up, and a refused file changes nothing.
int ladderImport(const std::uint8_t *data, std::size_t size);
// FrameworkFormat::read: a framework it accepts writes back to a file it
// accepts again, with the same bytes the next time round.
int frameworkFile(const std::uint8_t *data, std::size_t size);

// A broken invariant: prints what and aborts (libFuzzer saves the input).
[[noreturn]] void fail(const char *target, const char *what, const char *detail);
// Bytes made readable for a message: control characters and non-ASCII as \xNN.
std::string printable(const char *data, std::size_t size);

} // namespace fuzz

#define FUZZ_CHECK(target, condition, detail)                                                                                              \
    do {                                                                                                                                   \
        if (!(condition))                                                                                                                  \
            ::fuzz::fail(target, #condition, detail);                                                                                      \
    } while (false)
