// SPDX-License-Identifier: GPL-3.0-or-later
#include "BadInput.h"

#include "TempDir.h"

#include <QDir>
#include <QFile>

void PrintTo(const BadInput &bad, std::ostream *os)
{
    *os << bad.name;
}

std::string badInputName(const ::testing::TestParamInfo<BadInput> &info)
{
    return std::string(info.param.name);
}

::testing::AssertionResult writeBadInputFiles(const BadInput &bad, const QString &dir)
{
    for (const auto &[name, content] : bad.files) {
        const QString path = QDir(dir).filePath(QString::fromUtf8(name));
        QFile f(path);
        bool made = false;
        if (content == "<dir>") {
            made = QDir().mkpath(path);
        } else if (content.startsWith("<sparse ")) {
            made = f.open(QIODevice::WriteOnly) && f.resize(content.mid(8, content.size() - 9).toLongLong());
        } else {
            made = f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size() && f.flush();
        }
        if (!made)
            return ::testing::AssertionFailure() << "cannot make " << path.toStdString();
    }
    return ::testing::AssertionSuccess();
}

QStringList badInputArguments(const BadInput &bad, const QString &dir)
{
    QStringList arguments;
    for (const QString &a : bad.arguments)
        arguments << QString(a).replace(QStringLiteral("%DIR%"), dir);
    return arguments;
}

void expectRefusedCleanly(const BadInput &bad, const QString &dir, const BadInputRun &run, const QByteArray &before,
                          const QByteArray &after)
{
    EXPECT_FALSE(run.crashed) << run.err.toStdString();
    EXPECT_EQ(run.code, bad.code) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty()) << run.out.left(200).toStdString();
    const QStringList lines = run.err.trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_FALSE(lines.isEmpty()) << "nothing on stderr";
    const QString &first = lines.first();
    if (bad.code == 1) {
        EXPECT_EQ(lines.size(), 1) << run.err.left(2000).toStdString();
        EXPECT_TRUE(first.startsWith(QStringLiteral("ladder-cli: error: "))) << run.err.toStdString();
    } else {
        EXPECT_TRUE(first.startsWith(QStringLiteral("ladder-cli: usage: "))) << run.err.toStdString();
    }
    // One line a person reads, in Ladder's words rather than SQLite's.
    EXPECT_LT(first.size(), 400) << run.err.toStdString();
    EXPECT_FALSE(first.contains(QStringLiteral("constraint"))) << run.err.toStdString();
    for (const QString &m : bad.mentions) {
        const QString expected = QString(m).replace(QStringLiteral("%DIR%"), dir);
        EXPECT_TRUE(first.contains(expected)) << "'" << expected.toStdString() << "' not in: " << run.err.toStdString();
    }
    EXPECT_TRUE(after == before) << "the database changed";
    EXPECT_FALSE(after.isEmpty()) << "the database is gone";
}
