// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CoreOnly.h"

namespace ladder {

class Database;

// BEGIN IMMEDIATE on construction (waits for other writers through the busy
// timeout instead of failing later), ROLLBACK on destruction unless commit()
// was called: every write is one transaction, and an exception or early return
// leaves nothing half-written. Inside an open transaction it nests as a
// SAVEPOINT, so a store method can be part of a larger write (an import).
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Database &m_db;
    bool m_open = false;
    bool m_nested = false;
};

} // namespace ladder
