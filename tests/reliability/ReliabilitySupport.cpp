// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReliabilitySupport.h"

#include "BadInput.h"
#include "TempDir.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QUuid>

#include <sqlite3.h>

#include <csignal>

#include <sys/resource.h>

namespace reliability {

namespace {

// A plain SQLite connection: the checks must not depend on the code under test.
class RawDb
{
public:
    explicit RawDb(const QString &path)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "out of memory");
            sqlite3_close_v2(m_db);
            m_db = nullptr;
            return;
        }
        sqlite3_busy_timeout(m_db, 15000);
    }
    ~RawDb() { sqlite3_close_v2(m_db); }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    bool ok() const { return m_db != nullptr; }
    const QString &error() const { return m_error; }

    // Every row's columns as text; an SQLite error is returned as one row "error: ...".
    QList<QStringList> rows(const QString &sql, bool *failed = nullptr)
    {
        QList<QStringList> out;
        sqlite3_stmt *s = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &s, nullptr);
        if (rc == SQLITE_OK) {
            while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
                QStringList row;
                for (int c = 0; c < sqlite3_column_count(s); ++c)
                    row << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, c)));
                out << row;
            }
        }
        if (rc != SQLITE_DONE) {
            out << QStringList{QStringLiteral("error: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db)))};
            if (failed)
                *failed = true;
        }
        sqlite3_finalize(s);
        return out;
    }

private:
    sqlite3 *m_db = nullptr;
    QString m_error;
};

} // namespace

QString cliPath()
{
    return QStringLiteral(LADDER_CLI_EXE);
}

QStringList CliRun::errLines() const
{
    return QString::fromUtf8(err).trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void prepareCli(QProcess &process, const QString &db, const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LADDER_DB"));
    env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.setProgram(cliPath());
    process.setArguments(db.isEmpty() ? arguments : QStringList{QStringLiteral("--db"), db} + arguments);
}

CliRun runCli(const QString &db, const QStringList &arguments, const CliOptions &options)
{
    QProcess process;
    prepareCli(process, db, arguments);
    if (options.childModifier)
        process.setChildProcessModifier(options.childModifier);
    process.start();
    CliRun run;
    if (!process.waitForStarted(options.timeoutMs)) {
        run.crashed = true;
        run.err = process.errorString().toUtf8();
        return run;
    }
    if (!options.input.isEmpty())
        process.write(options.input);
    process.closeWriteChannel();
    if (!process.waitForFinished(options.timeoutMs))
        process.kill();
    process.waitForFinished(-1);
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.code = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

DbReport inspect(const QString &path)
{
    DbReport report;
    RawDb db(path);
    if (!db.ok()) {
        report.openError = db.error();
        return report;
    }
    report.opened = true;
    for (const QStringList &row : db.rows(QStringLiteral("PRAGMA integrity_check"))) {
        if (row.value(0) != QLatin1String("ok"))
            report.problems << row.value(0);
    }
    for (const QStringList &row : db.rows(QStringLiteral("PRAGMA foreign_key_check")))
        report.problems << QStringLiteral("foreign key: %1").arg(row.join(QLatin1Char(' ')));
    bool failed = false;
    const QList<QStringList> fts = db.rows(QStringLiteral("INSERT INTO win_fts(win_fts, rank) VALUES('integrity-check', 1)"), &failed);
    if (failed)
        report.problems << QStringLiteral("full-text index: %1").arg(fts.last().value(0));
    report.wins = db.rows(QStringLiteral("SELECT count(*) FROM win")).value(0).value(0).toLongLong();
    report.userVersion = db.rows(QStringLiteral("PRAGMA user_version")).value(0).value(0).toInt();
    return report;
}

std::optional<qint64> queryInt(const QString &path, const QString &sql)
{
    RawDb db(path);
    if (!db.ok())
        return std::nullopt;
    bool failed = false;
    const QList<QStringList> rows = db.rows(sql, &failed);
    if (failed || rows.isEmpty())
        return std::nullopt;
    return rows.first().value(0).toLongLong();
}

QList<QStringList> queryRows(const QString &path, const QString &sql)
{
    RawDb db(path);
    if (!db.ok())
        return {};
    bool failed = false;
    QList<QStringList> rows = db.rows(sql, &failed);
    return failed ? QList<QStringList>() : rows;
}

QList<std::pair<qint64, QString>> queryPairs(const QString &path, const QString &sql)
{
    QList<std::pair<qint64, QString>> out;
    RawDb db(path);
    if (!db.ok())
        return out;
    bool failed = false;
    const QList<QStringList> rows = db.rows(sql, &failed);
    if (failed)
        return out;
    for (const QStringList &row : rows)
        out.append({row.value(0).toLongLong(), row.value(1)});
    return out;
}

QByteArray importFile(int count, const QString &prefix)
{
    QJsonArray wins;
    for (int i = 1; i <= count; ++i) {
        QJsonObject w;
        w.insert(QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        w.insert(QStringLiteral("date"),
                 QStringLiteral("2026-%1-%2").arg(1 + i % 12, 2, 10, QLatin1Char('0')).arg(1 + i % 28, 2, 10, QLatin1Char('0')));
        w.insert(QStringLiteral("title"), QStringLiteral("%1 %2").arg(prefix).arg(i));
        w.insert(QStringLiteral("body"), QStringLiteral("Imported as part of one file; it must land with all the others or not at all."));
        w.insert(QStringLiteral("impact"), QStringLiteral("impact %1").arg(i));
        w.insert(QStringLiteral("tags"), QJsonArray{QStringLiteral("imported"), QStringLiteral("batch")});
        w.insert(QStringLiteral("skills"), QJsonArray{QStringLiteral("testing")});
        wins.append(w);
    }
    QJsonObject top;
    top.insert(QStringLiteral("format"), QStringLiteral("ladder-export"));
    top.insert(QStringLiteral("version"), 1);
    top.insert(QStringLiteral("wins"), wins);
    return QJsonDocument(top).toJson(QJsonDocument::Compact);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

int envCount(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

bool copySeededDatabase(const QString &path)
{
    // Made on first use and kept for the whole run: every case starts from a
    // copy of the same bytes, and none can change another's.
    static const QString seeded = [] {
        static QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("ladder.db"));
        const QList<QStringList> setup = {
            {QStringLiteral("win"), QStringLiteral("add"), QStringLiteral("An existing win @perf"), QStringLiteral("--skill"),
             QStringLiteral("performance")},
            {QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("An existing goal"), QStringLiteral("--skill"),
             QStringLiteral("testing"), QStringLiteral("--milestone"), QStringLiteral("one"), QStringLiteral("--milestone"),
             QStringLiteral("two")},
            {QStringLiteral("skill"), QStringLiteral("rate"), QStringLiteral("testing"), QStringLiteral("2")},
        };
        for (const QStringList &args : setup) {
            if (runCli(db, args).code != 0)
                return QString();
        }
        return db;
    }();
    return !seeded.isEmpty() && QFile::copy(seeded, path);
}

QStringList listing(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

std::function<void()> fileSizeLimit(unsigned long long bytes)
{
    return [bytes] {
        const rlimit limit{rlim_t(bytes), rlim_t(bytes)};
        ::setrlimit(RLIMIT_FSIZE, &limit);
        ::signal(SIGXFSZ, SIG_IGN);
    };
}

void expectRefused(const BadInput &bad)
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("ladder.db"));
    ASSERT_TRUE(copySeededDatabase(db));
    ASSERT_TRUE(writeBadInputFiles(bad, dir.path()));
    const QByteArray before = fileBytes(db);
    ASSERT_FALSE(before.isEmpty());
    const QStringList arguments = badInputArguments(bad, dir.path());
    CliOptions options;
    options.input = bad.input; // empty unless given: never a terminal
    const CliRun r = runCli(arguments.contains(QStringLiteral("--db")) ? QString() : db, arguments, options);
    expectRefusedCleanly(bad, dir.path(), BadInputRun{r.code, r.crashed, QString::fromUtf8(r.out), QString::fromUtf8(r.err)}, before,
                         fileBytes(db));
}

} // namespace reliability
