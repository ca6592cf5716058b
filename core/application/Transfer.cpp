// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transfer.h"

#include "domain/Suggestion.h"
#include "files/DatabaseFiles.h"
#include "files/OutputFile.h"
#include "interchange/WinExportWriter.h"
#include "interchange/WinReaders.h"
#include "io/LadderExport.h"
#include "storage/StorageError.h"
#include "storage/Stores.h"
#include "storage/Transaction.h"

#include <QFileInfo>
#include <QSet>

namespace ladder {

Transfer::Transfer(Stores &stores)
    : m_stores(stores)
{
}

Result<void> Transfer::exportTo(QIODevice &out)
{
    return LadderExport::write(m_stores, out);
}

Result<void> Transfer::exportToFile(const QString &path)
{
    return writeFileAtomically(path, [&](QIODevice &file) { return LadderExport::write(m_stores, file); });
}

Result<ImportSummary> Transfer::importExport(const QByteArray &data, const QString &fileName, bool dryRun)
{
    return LadderExport::import(m_stores, data, fileName, dryRun);
}

Result<ImportPlan> Transfer::planImport(const QByteArray &data, const QString &fileName, std::optional<WinFormat> format,
                                        const ReadOptions &options)
{
    ImportPlan plan;
    plan.fileName = fileName;
    if (!format)
        format = WinFormats::detect(data, fileName);
    if (!format)
        return Error(tr("%1: not a file Ladder can import; say which it is with --format (%2)")
                         .arg(fileName, WinFormats::names().join(QStringLiteral(", "))));
    plan.format = *format;
    if (plan.format == WinFormat::Ladder) {
        plan.ladderData = data;
        return plan;
    }
    Result<QList<ImportedWin>> entries = WinReaders::read(plan.format, data, fileName, options);
    if (!entries)
        return entries.error();
    plan.entries = std::move(*entries);

    Result<QStringList> skills = m_stores.frameworks().knownSkillSlugs();
    if (!skills)
        return skills.error();
    const QSet<QString> known(skills->cbegin(), skills->cend());
    QStringList sources;
    QStringList uuids;
    sources.reserve(plan.entries.size());
    for (ImportedWin &entry : plan.entries) {
        Win &win = entry.win;
        // A skill the file names must exist; a tag that happens to be a
        // skill's slug links the skill instead of staying a tag.
        for (const QString &slug : std::as_const(win.skillSlugs)) {
            if (!known.contains(slug))
                return unknownSkill(slug, *skills).at(entry.location);
        }
        QStringList tags;
        for (const QString &tag : std::as_const(win.tags)) {
            if (!entry.skillsSeparate && known.contains(tag))
                win.skillSlugs << tag;
            else
                tags << tag;
        }
        win.tags = tags;
        sources << win.source;
        if (!win.uuid.isEmpty())
            uuids << win.uuid;
    }
    Result<QSet<QString>> stored = m_stores.wins().storedSources(sources);
    if (!stored)
        return stored.error();
    plan.storedSources = std::move(*stored);
    Result<QSet<QString>> storedUuids = m_stores.wins().storedUuids(uuids);
    if (!storedUuids)
        return storedUuids.error();
    plan.storedUuids = std::move(*storedUuids);
    return plan;
}

Result<ImportSummary> Transfer::commitImport(const ImportPlan &plan, bool dryRun)
{
    if (plan.format == WinFormat::Ladder)
        return importExport(plan.ladderData, plan.fileName, dryRun);
    QList<Win> wins;
    QStringList locations;
    wins.reserve(plan.entries.size());
    locations.reserve(plan.entries.size());
    for (const ImportedWin &entry : plan.entries) {
        // Known present when the plan was made: not even tried. One stored
        // since (another process) is still left alone by the insert.
        if (plan.isPresent(entry))
            continue;
        wins << entry.win;
        locations << entry.location;
    }
    ImportSummary summary;
    summary.winsOnly = true;
    Result<QList<qint64>> added = guarded([&]() -> Result<QList<qint64>> {
        Transaction transaction(m_stores.database());
        Result<QList<qint64>> ids = m_stores.wins().addImported(std::move(wins), locations);
        if (ids && !dryRun)
            transaction.commit();
        return ids;
    });
    if (!added)
        return added.error();
    summary.winsAdded = int(added->size());
    if (!dryRun)
        summary.addedWinIds = std::move(*added);
    summary.winsPresent = int(plan.entries.size()) - summary.winsAdded;
    return summary;
}

Result<void> Transfer::exportWins(WinFormat format, QIODevice &out)
{
    std::unique_ptr<WinExportWriter> writer = WinExportWriter::create(format, out);
    if (!writer)
        return exportTo(out);
    Result<void> read = m_stores.wins().forEach([&](const Win &win) {
        writer->add(win);
        return true;
    });
    if (!read)
        return read;
    return writer->finish();
}

Result<void> Transfer::exportWinsToFile(WinFormat format, const QString &path)
{
    return writeFileAtomically(path, [&](QIODevice &file) { return exportWins(format, file); });
}

Result<void> Transfer::backupTo(const QString &path, bool replaceExisting)
{
    // The database's own files first: "exists" would hide what is wrong.
    if (auto refused = DatabaseFiles::refuseAsOutput(path); !refused)
        return refused;
    if (!replaceExisting && (QFileInfo::exists(path) || QFileInfo(path).isSymLink()))
        return Error(tr("backup %1: the file exists; choose a new name").arg(path));
    return m_stores.database().backupTo(path);
}

Result<QStringList> Transfer::check()
{
    return m_stores.database().check();
}

} // namespace ladder
