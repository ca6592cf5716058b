// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>

#include <memory>

namespace ladder {

class Frameworks;
class Goals;
class Harvest;
class Journal;
class Merge;
class Ratings;
class Review;
class Stores;
class Transfer;

// One open Ladder file, as the GUI and the CLI see it: the application layer
// of docs/architecture.md. Each area of the product is one object here, and
// these are the only callers of the stores; the database and the stores
// themselves stay private to core.
// A new file is seeded with the built-in framework and the current level set
// to the framework's first level, in one transaction.
class Workspace
{
public:
    static Result<std::unique_ptr<Workspace>> open(const QString &path);
    // The file as it is, for reading only (shell completion): nothing is
    // created, seeded, upgraded or written; a missing file is an error.
    static Result<std::unique_ptr<Workspace>> openReadOnly(const QString &path);
    // $LADDER_DB, else the platform's data location (~/.local/share/ladder/ladder.db),
    // shared by ladder and ladder-cli whatever their application names; empty
    // when there is no home folder to hold it ($HOME unset or empty).
    static QString defaultPath();

    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    // The file as it was opened.
    QString path() const;
    // Changes whenever another connection commits to the file: the GUI polls
    // it to notice writes made by ladder-cli.
    Result<qint64> dataVersion();

    Journal &journal() { return *m_journal; }
    Ratings &ratings() { return *m_ratings; }
    Goals &goals() { return *m_goals; }
    Frameworks &frameworks() { return *m_frameworks; }
    Review &review() { return *m_review; }
    Transfer &transfer() { return *m_transfer; }
    Harvest &harvest() { return *m_harvest; }
    Merge &merge() { return *m_merge; }

private:
    // Core's own code and the tests reach the stores through
    // application/WorkspaceStores.h; nothing above core can.
    friend Stores &storesOf(Workspace &workspace);

    explicit Workspace(std::unique_ptr<Stores> stores);
    Result<void> seed();

    std::unique_ptr<Stores> m_stores;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<Ratings> m_ratings;
    std::unique_ptr<Goals> m_goals;
    std::unique_ptr<Frameworks> m_frameworks;
    std::unique_ptr<Review> m_review;
    std::unique_ptr<Transfer> m_transfer;
    std::unique_ptr<Harvest> m_harvest;
    std::unique_ptr<Merge> m_merge;
};

} // namespace ladder
