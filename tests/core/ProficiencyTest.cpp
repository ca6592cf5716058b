// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Proficiency.h"

#include <gtest/gtest.h>

using namespace ladder;

TEST(Proficiency, EveryNumberHasItsWord)
{
    EXPECT_EQ(Proficiency::word(0), QStringLiteral("none"));
    EXPECT_EQ(Proficiency::word(2), QStringLiteral("practising"));
    EXPECT_EQ(Proficiency::label(4), QStringLiteral("4 leading"));
    EXPECT_FALSE(Proficiency::isValid(5));
    EXPECT_FALSE(Proficiency::isValid(-1));
}
