// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzTargets.h"

#include "application/Transfer.h"
#include "application/Workspace.h"
#include "application/WorkspaceStores.h"
#include "storage/Statement.h"
#include "storage/Stores.h"

#include <QByteArray>
#include <QTemporaryDir>

#include <memory>

using namespace ladder;

namespace {

// One database for the whole run, with a win and a goal already in it. Every
// input runs inside an outer transaction that is rolled back, so each starts
// from the same state (and the run stays fast: nothing reaches the disk).
Workspace &workspace()
{
    static QTemporaryDir *dir = new QTemporaryDir;
    static Workspace *ws = [] {
        Result<std::unique_ptr<Workspace>> opened = Workspace::open(dir->filePath(QStringLiteral("fuzz.db")));
        if (!opened)
            fuzz::fail("ladder-import", "cannot open the database", opened.error().message().toUtf8().constData());
        Win win;
        win.title = QStringLiteral("Present before the import");
        win.uuid = QStringLiteral("a0000000-0000-0000-0000-000000000001");
        win.date = QDate(2026, 1, 2);
        if (!storesOf(**opened).wins().add(win, true))
            fuzz::fail("ladder-import", "cannot add a win", nullptr);
        return opened->release();
    }();
    return *ws;
}

qint64 count(Workspace &ws, const char *table)
{
    Statement s(storesOf(ws).database(), std::string("SELECT count(*) FROM ") + table);
    s.step();
    return s.int64(0);
}

struct Counts
{
    qint64 wins, goals, assessments, frameworks;
    bool operator==(const Counts &) const = default;
};

Counts counts(Workspace &ws)
{
    return {count(ws, "win"), count(ws, "goal"), count(ws, "assessment"), count(ws, "framework")};
}

} // namespace

int fuzz::ladderImport(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Workspace &ws = workspace();
    storesOf(ws).database().exec("BEGIN");
    const Counts before = counts(ws);

    const Result<ImportSummary> dry = ws.transfer().importExport(bytes, QStringLiteral("fuzz.json"), true);
    FUZZ_CHECK("ladder-import", counts(ws) == before, "a dry run changed the database");
    const Result<ImportSummary> real = ws.transfer().importExport(bytes, QStringLiteral("fuzz.json"), false);
    const Counts after = counts(ws);
    FUZZ_CHECK("ladder-import", dry.ok() == real.ok(),
               ((dry ? QByteArray("dry run ok, ") : "dry run: " + dry.error().message().toUtf8() + ", ")
                + (real ? QByteArray("real run ok") : "real run: " + real.error().message().toUtf8()))
                   .constData());
    if (real) {
        FUZZ_CHECK("ladder-import",
                   dry->winsAdded == real->winsAdded && dry->winsPresent == real->winsPresent && dry->goalsAdded == real->goalsAdded
                       && dry->assessmentsAdded == real->assessmentsAdded,
                   "the dry run's summary differs from the import's");
        FUZZ_CHECK("ladder-import", after.wins == before.wins + real->winsAdded, "wins added != wins counted");
        FUZZ_CHECK("ladder-import", after.goals == before.goals + real->goalsAdded, "goals added != goals counted");
        FUZZ_CHECK("ladder-import", after.assessments == before.assessments + real->assessmentsAdded, "ratings added != counted");
    } else {
        FUZZ_CHECK("ladder-import", after == before, real.error().message().toUtf8().constData());
        FUZZ_CHECK("ladder-import", real.error().message().startsWith(QStringLiteral("fuzz.json")),
                   real.error().message().toUtf8().constData());
    }
    storesOf(ws).database().exec("ROLLBACK");
    return 0;
}
