// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CoreOnly.h"

#include <QString>

#include <exception>

namespace ladder {

// Thrown inside core/storage only, where SQLite fails at run time (disk full,
// read-only file, a corrupt page). Stores catch it at their public API and hand
// it on as an Error value, so nothing above storage sees exceptions.
class StorageError : public std::exception
{
public:
    StorageError(int sqliteCode, QString message)
        : m_code(sqliteCode)
        , m_message(std::move(message))
    {
    }
    int code() const { return m_code; }
    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return "ladder::StorageError"; }

private:
    int m_code;
    QString m_message;
};

} // namespace ladder

#include "domain/Result.h"

namespace ladder {

// Runs a store's body and turns a StorageError into the Error of its Result.
template<typename F>
auto guarded(F &&body) -> decltype(body())
{
    try {
        return body();
    } catch (const StorageError &e) {
        return Error(e.message());
    }
}

} // namespace ladder
