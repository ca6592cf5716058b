// SPDX-License-Identifier: GPL-3.0-or-later
// Faults: a disk that fills up during a write (a file-size limit on the
// process, RLIMIT_FSIZE, which needs no mount), a database file that is
// read-only, and files Ladder must refuse (newer schema, truncated, not a
// database). Each time: one clear error line, exit 1, nothing lost, the file
// byte for byte as it was.

#include "ReliabilitySupport.h"
#include "TempDir.h"

#include "storage/SchemaManager.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <csignal>
#include <linux/capability.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace reliability;

namespace {

// The export of everything in the database: equal exports, nothing lost.
QByteArray exportOf(const QString &db, const QString &file)
{
    const CliRun r = runCli(db, {QStringLiteral("export"), QStringLiteral("-o"), file});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    const QByteArray bytes = fileBytes(file);
    QFile::remove(file);
    return bytes;
}

void expectOneErrorLine(const CliRun &r, const QStringList &mentions)
{
    EXPECT_EQ(r.code, 1) << r.err.toStdString();
    EXPECT_FALSE(r.crashed);
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    const QStringList lines = r.errLines();
    ASSERT_EQ(lines.size(), 1) << r.err.toStdString();
    EXPECT_TRUE(lines.first().startsWith(QStringLiteral("ladder-cli: error: "))) << r.err.toStdString();
    for (const QString &m : mentions)
        EXPECT_TRUE(lines.first().contains(m, Qt::CaseInsensitive)) << "'" << m.toStdString() << "' not in: " << r.err.toStdString();
}

class Faults : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // A database with some history, checkpointed (no -wal beside it).
        ASSERT_TRUE(writeFile(m_dir.file(QStringLiteral("seed.json")), importFile(300, QStringLiteral("Earlier win"))));
        const CliRun r = runCli(m_db, {QStringLiteral("import"), m_dir.file(QStringLiteral("seed.json"))});
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
        QFile::remove(m_dir.file(QStringLiteral("seed.json")));
        ASSERT_FALSE(QFileInfo::exists(m_db + QStringLiteral("-wal")));
        m_before = fileBytes(m_db);
        m_export = exportOf(m_db, m_dir.file(QStringLiteral("before.json")));
        ASSERT_FALSE(m_export.isEmpty());
    }

    void expectUntouched()
    {
        EXPECT_TRUE(fileBytes(m_db) == m_before) << "the database file changed";
        EXPECT_EQ(listing(m_dir.path()), QStringList{QStringLiteral("ladder.db")}) << "files were left beside the database";
        const DbReport report = inspect(m_db);
        EXPECT_TRUE(report.problems.isEmpty()) << report.problems.join(QLatin1Char('\n')).toStdString();
        EXPECT_TRUE(exportOf(m_db, m_dir.file(QStringLiteral("after.json"))) == m_export) << "the data changed";
    }

    TempDir m_dir;
    QString m_db = m_dir.file(QStringLiteral("ladder.db"));
    QByteArray m_before;
    QByteArray m_export;
};

TEST_F(Faults, DiskFullDuringAWinAddIsOneErrorAndLosesNothing)
{
    // The win (2 MB of text read from stdin) does not fit in what is left.
    const rlim_t limit = rlim_t(m_before.size() + 64 * 1024);
    CliOptions options;
    options.childModifier = fileSizeLimit(limit);
    options.input = "A win too large for the disk @testing\n\n" + QByteArray("Line after line of notes. ").repeated(80000);
    const CliRun r = runCli(m_db, {QStringLiteral("win"), QStringLiteral("add")}, options);
    expectOneErrorLine(r, {m_db, QStringLiteral("size limit"), QStringLiteral("nothing was saved")});
    expectUntouched();

    // And the file still takes the next win.
    EXPECT_EQ(runCli(m_db, {QStringLiteral("win"), QStringLiteral("add"), QStringLiteral("After the disk was cleaned up")}).code, 0);
}

TEST_F(Faults, DiskFullDuringAnImportIsOneErrorAndImportsNothing)
{
    const QString file = m_dir.file(QStringLiteral("big.json"));
    ASSERT_TRUE(writeFile(file, importFile(3000, QStringLiteral("Imported win"))));
    CliOptions options;
    options.childModifier = fileSizeLimit(rlim_t(m_before.size() + 64 * 1024));
    const CliRun r = runCli(m_db, {QStringLiteral("import"), file}, options);
    QFile::remove(file);
    expectOneErrorLine(r, {m_db, QStringLiteral("size limit"), QStringLiteral("nothing was saved")});
    expectUntouched();
}

// A small RAM disk, when the test may mount one (root with CAP_SYS_ADMIN).
class SmallDisk
{
public:
    SmallDisk(const QString &path, qint64 bytes)
        : m_path(QFile::encodeName(path))
    {
        const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0700";
        m_mounted = ::mount("tmpfs", m_path.constData(), "tmpfs", MS_NOSUID | MS_NODEV, options.constData()) == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(m_path.constData(), MNT_DETACH);
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;
    bool mounted() const { return m_mounted; }

private:
    QByteArray m_path;
    bool m_mounted = false;
};

// The real thing: the disk itself fills up (ENOSPC) during the commit.
TEST_F(Faults, FullDiskIsOneErrorAndLosesNothing)
{
    TempDir mountPoint;
    SmallDisk disk(mountPoint.path(), m_before.size() + 256 * 1024);
    if (!disk.mounted())
        GTEST_SKIP() << "cannot mount a small tmpfs here (needs root with CAP_SYS_ADMIN); the file-size limit tests cover the same path";
    const QString db = mountPoint.file(QStringLiteral("ladder.db"));
    ASSERT_TRUE(QFile::copy(m_db, db));
    CliOptions options;
    options.input = "A win too large for the disk @testing\n\n" + QByteArray("Line after line of notes. ").repeated(80000);
    const CliRun r = runCli(db, {QStringLiteral("win"), QStringLiteral("add")}, options);
    expectOneErrorLine(r, {db, QStringLiteral("the disk is full"), QStringLiteral("nothing was saved")});
    EXPECT_TRUE(fileBytes(db) == m_before) << "the database file changed";
    const DbReport report = inspect(db);
    EXPECT_TRUE(report.problems.isEmpty()) << report.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(exportOf(db, m_dir.file(QStringLiteral("after.json"))) == m_export) << "the data changed";
    // Once there is room again, the next win goes in.
    QFile::remove(db + QStringLiteral("-wal"));
    EXPECT_EQ(runCli(db, {QStringLiteral("win"), QStringLiteral("add"), QStringLiteral("After the disk was cleaned up")}).code, 0);
}

// The disk fills after the commit, while the log is copied back into the file
// when the process ends: the win was saved (it is in the write-ahead log) and
// is there on the next run.
TEST_F(Faults, DiskFullAfterTheCommitKeepsTheSavedWin)
{
    CliOptions options;
    options.childModifier = fileSizeLimit(rlim_t(m_before.size() + 4096));
    const CliRun r = runCli(m_db,
                            {QStringLiteral("win"), QStringLiteral("add"), QStringLiteral("Saved before the disk filled up"),
                             QStringLiteral("--body"), QString::fromLatin1(QByteArray("Detail. ").repeated(8000))},
                            options);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    bool ok = false;
    const qint64 id = QString::fromUtf8(r.out).trimmed().toLongLong(&ok);
    ASSERT_TRUE(ok) << r.out.toStdString();
    const DbReport report = inspect(m_db);
    EXPECT_TRUE(report.problems.isEmpty()) << report.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(
        queryInt(m_db, QStringLiteral("SELECT count(*) FROM win WHERE id = %1 AND title = 'Saved before the disk filled up'").arg(id)), 1);
    EXPECT_EQ(report.wins, 301);
}

// Root passes every permission check, so a read-only file is only read-only to
// a process without CAP_DAC_OVERRIDE: the child drops it (and its relatives)
// from its bounding set before exec when it runs as root.
void dropFileCapabilities()
{
    if (::geteuid() != 0)
        return;
    for (int cap : {CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER, CAP_LINUX_IMMUTABLE})
        ::prctl(PR_CAPBSET_DROP, cap, 0, 0, 0);
}

// Whether a 0400 file is read-only to a child started with dropFileCapabilities().
bool readOnlyWorksHere(const QString &dir)
{
    const QString probe = dir + QStringLiteral("/probe");
    if (!writeFile(probe, "probe"))
        return false;
    QFile::setPermissions(probe, QFileDevice::ReadOwner);
    QProcess sh;
    sh.setChildProcessModifier(dropFileCapabilities);
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("echo more >> \"$0\""), probe});
    sh.waitForFinished(30000);
    const bool readOnly = sh.exitCode() != 0 && fileBytes(probe) == "probe";
    QFile::setPermissions(probe, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile::remove(probe);
    return readOnly;
}

TEST_F(Faults, ReadOnlyDatabaseRefusesWritesWithOneErrorAndStillReads)
{
    TempDir probeDir;
    if (!readOnlyWorksHere(probeDir.path()))
        GTEST_SKIP() << "running as root without CAP_SETPCAP: a read-only file cannot be made read-only to a child here";
    ASSERT_TRUE(QFile::setPermissions(m_db, QFileDevice::ReadOwner));
    CliOptions options;
    options.childModifier = dropFileCapabilities;

    const CliRun add = runCli(m_db, {QStringLiteral("win"), QStringLiteral("add"), QStringLiteral("Cannot be saved")}, options);
    expectOneErrorLine(add, {m_db, QStringLiteral("read-only"), QStringLiteral("nothing was saved")});

    const QString file = m_dir.file(QStringLiteral("import.json"));
    ASSERT_TRUE(writeFile(file, importFile(10, QStringLiteral("Imported"))));
    const CliRun import = runCli(m_db, {QStringLiteral("import"), file}, options);
    QFile::remove(file);
    expectOneErrorLine(import, {m_db, QStringLiteral("read-only"), QStringLiteral("nothing was saved")});

    // Reading a read-only journal (a backup on a read-only disk) still works.
    const CliRun list
        = runCli(m_db, {QStringLiteral("win"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("3")}, options);
    EXPECT_EQ(list.code, 0) << list.err.toStdString();
    EXPECT_EQ(list.out.count("Earlier win"), 3) << list.out.toStdString();

    ASSERT_TRUE(QFile::setPermissions(m_db, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    // A read-only connection cannot remove the (empty) log and index it opened.
    EXPECT_EQ(QFileInfo(m_db + QStringLiteral("-wal")).size(), 0);
    QFile::remove(m_db + QStringLiteral("-wal"));
    QFile::remove(m_db + QStringLiteral("-shm"));
    expectUntouched();
}

// A folder that is read-only (a backup disk mounted read-only, a shared
// folder): SQLite must create the -wal and -shm files beside a WAL database
// even to read it, so Ladder cannot read there; it says that, naming the
// folder, instead of calling the file read-only.
TEST_F(Faults, ReadOnlyFolderIsNamedAsTheReason)
{
    TempDir probeDir;
    if (!readOnlyWorksHere(probeDir.path()))
        GTEST_SKIP() << "running as root without CAP_SETPCAP: a folder cannot be made read-only to a child here";
    ASSERT_TRUE(QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    CliOptions options;
    options.childModifier = dropFileCapabilities;
    for (const QStringList &command : {QStringList{QStringLiteral("win"), QStringLiteral("list")},
                                       QStringList{QStringLiteral("win"), QStringLiteral("add"), QStringLiteral("Cannot be saved")}}) {
        const CliRun r = runCli(m_db, command, options);
        expectOneErrorLine(r, {m_db, QStringLiteral("folder is read-only")});
    }
    ASSERT_TRUE(QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    expectUntouched();
}

// Files Ladder must refuse: a newer schema, a truncated file, a file that is not
// a database at all. One line naming the file and the problem; the file and the
// folder exactly as they were (no -wal, -shm or backup left beside it).
struct BadFile
{
    const char *name;
    std::function<QByteArray(const QByteArray &valid)> make;
    const char *problem;
};

void PrintTo(const BadFile &bad, std::ostream *os)
{
    *os << bad.name;
}

class RefusedFiles : public ::testing::TestWithParam<BadFile>
{
};

TEST_P(RefusedFiles, ClearRefusalNothingWritten)
{
    TempDir source;
    const QString validDb = source.file(QStringLiteral("valid.db"));
    ASSERT_TRUE(writeFile(source.file(QStringLiteral("seed.json")), importFile(300, QStringLiteral("Earlier win"))));
    ASSERT_EQ(runCli(validDb, {QStringLiteral("import"), source.file(QStringLiteral("seed.json"))}).code, 0);
    const QByteArray valid = fileBytes(validDb);
    ASSERT_GT(valid.size(), 100 * 1024);

    TempDir dir;
    const QString db = dir.file(QStringLiteral("ladder.db"));
    const QByteArray bytes = GetParam().make(valid);
    ASSERT_TRUE(writeFile(db, bytes));
    for (const QStringList &args : {QStringList{QStringLiteral("win"), QStringLiteral("add"), QStringLiteral("Must not be written")},
                                    QStringList{QStringLiteral("win"), QStringLiteral("list")},
                                    QStringList{QStringLiteral("import"), source.file(QStringLiteral("seed.json"))}}) {
        SCOPED_TRACE(args.join(QLatin1Char(' ')).toStdString());
        const CliRun r = runCli(db, args);
        expectOneErrorLine(r, {db, QString::fromUtf8(GetParam().problem)});
        EXPECT_TRUE(fileBytes(db) == bytes) << "the file was changed";
        EXPECT_EQ(listing(dir.path()), QStringList{QStringLiteral("ladder.db")}) << "files were left beside it";
    }
}

QByteArray withUserVersion(QByteArray bytes, int version)
{
    // PRAGMA user_version: big-endian at bytes 60-63 of the header.
    bytes[60] = char((version >> 24) & 0xff);
    bytes[61] = char((version >> 16) & 0xff);
    bytes[62] = char((version >> 8) & 0xff);
    bytes[63] = char(version & 0xff);
    return bytes;
}

INSTANTIATE_TEST_SUITE_P(
    Catalogue, RefusedFiles,
    ::testing::Values(
        BadFile{"NewerSchema", [](const QByteArray &v) { return withUserVersion(v, ladder::SchemaManager::CurrentVersion + 1); },
                "newer Ladder (schema version"},
        BadFile{"FarNewerSchema", [](const QByteArray &v) { return withUserVersion(v, 70000); }, "newer Ladder (schema version 70000"},
        BadFile{"TruncatedToHalf", [](const QByteArray &v) { return v.left(v.size() / 2); }, "damaged"},
        BadFile{"TruncatedMidPage", [](const QByteArray &v) { return v.left(v.size() - 1000); }, "damaged"},
        BadFile{"TruncatedToTheHeader", [](const QByteArray &v) { return v.left(100); }, "damaged"},
        BadFile{"PlainText", [](const QByteArray &) { return QByteArray("Dear diary,\nToday I fixed the build.\n").repeated(100); },
                "not a Ladder database"},
        BadFile{"Zeros", [](const QByteArray &) { return QByteArray(8192, '\0'); }, "not a Ladder database"},
        BadFile{"GarbageAfterTheMagic",
                [](const QByteArray &v) {
                    QByteArray b = v.left(16);
                    for (int i = 0; i < 8192; ++i)
                        b += char((i * 7919) & 0xff);
                    return b;
                },
                "not a Ladder database"},
        BadFile{"ScrambledPages",
                [](const QByteArray &v) {
                    QByteArray b = v;
                    for (qsizetype i = 4096; i < b.size(); i += 97)
                        b[i] = char(b[i] ^ 0x5a);
                    return b;
                },
                "damaged"}),
    [](const ::testing::TestParamInfo<BadFile> &info) { return std::string(info.param.name); });

// Another program's SQLite database is not ours to change.
TEST(RefusedFiles, ForeignSqliteDatabase)
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("other.db"));
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"),
                 {db, QStringLiteral("CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes(text) VALUES ('mine');")});
    if (!sqlite.waitForFinished(30000) || sqlite.exitCode() != 0)
        GTEST_SKIP() << "the sqlite3 shell is not installed";
    const QByteArray bytes = fileBytes(db);
    const CliRun r = runCli(db, {QStringLiteral("win"), QStringLiteral("add"), QStringLiteral("Must not be written")});
    expectOneErrorLine(r, {db, QStringLiteral("not a Ladder database")});
    EXPECT_TRUE(fileBytes(db) == bytes);
    EXPECT_EQ(listing(dir.path()), QStringList{QStringLiteral("other.db")});
}

} // namespace
