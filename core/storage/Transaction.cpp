// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transaction.h"

#include "Database.h"

#include <sqlite3.h>

namespace ladder {

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_nested(sqlite3_get_autocommit(db.handle()) == 0)
{
    m_db.exec(m_nested ? "SAVEPOINT nested" : "BEGIN IMMEDIATE");
    m_open = true;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    try {
        if (m_nested)
            m_db.exec("ROLLBACK TO nested; RELEASE nested");
        else
            m_db.exec("ROLLBACK");
    } catch (...) {
        // SQLite already rolled back (e.g. after SQLITE_FULL); nothing to undo.
    }
}

void Transaction::commit()
{
    m_db.exec(m_nested ? "RELEASE nested" : "COMMIT");
    m_open = false;
}

} // namespace ladder
