// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CoreOnly.h"

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <string>
#include <string_view>
#include <vector>

struct sqlite3_stmt;

namespace ladder {

class Database;

// A prepared statement with bound parameters only. It comes from, and goes
// back to, the database's statement cache, reset and with bindings cleared.
// Binding indexes are 1-based as in SQLite, columns 0-based. Failures throw
// StorageError (caught by the stores).
class Statement
{
public:
    Statement(Database &db, std::string_view sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);       // a null QString binds NULL
    Statement &bindUtf8(int index, const QByteArray &utf8); // text already in UTF-8 (no conversion)
    Statement &bind(int index, const QDate &value);         // ISO date, NULL when invalid
    Statement &bind(int index, const QDateTime &value);     // ISO UTC with ms, NULL when invalid
    Statement &bindNull(int index);

    // Advances to the next row; false when done.
    bool step();
    // Steps to completion (INSERT/UPDATE/DELETE).
    void run();
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    // The column's text as SQLite holds it (UTF-8), valid until the next step.
    QByteArrayView utf8(int column) const;
    QDate date(int column) const;
    QDateTime dateTime(int column) const;

private:
    Database &m_db;
    std::vector<sqlite3_stmt *> *m_idle = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace ladder
