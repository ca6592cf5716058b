// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "application/Workspace.h"
#include "TempDir.h"

#include <gtest/gtest.h>

#include <memory>

namespace ladder {

// A test with a workspace of its own: a new database file (with the built-in
// framework) in a temporary folder, opened before each test and gone after,
// so that no test sees another's data.
class WorkspaceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Result<std::unique_ptr<Workspace>> opened = Workspace::open(m_dir.file(QStringLiteral("ladder.db")));
        ASSERT_TRUE(opened.ok()) << opened.error().message().toStdString();
        m_ws = std::move(*opened);
    }

    TempDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

} // namespace ladder
