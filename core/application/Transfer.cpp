// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transfer.h"

#include "files/DatabaseFiles.h"
#include "files/OutputFile.h"
#include "io/LadderExport.h"
#include "storage/Stores.h"

#include <QFileInfo>

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
