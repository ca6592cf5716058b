// Hostile input files (issue 12: items 8, 11, 13 and 15), run against the real
// ladder-cli binary. An import never bends a value into another one: every
// field has one type, a UUID names one row, a key appears once per object,
// titles and tags are one line. Input is bounded: /dev/zero, an endless pipe
// or a huge file is refused after at most its limit is read, with one line.
// Lists that grew quadratically (tags on a win, levels of a framework) have
// a documented limit (docs/formats.md). Each case: exit 1, exactly one line
// on stderr naming the file and the JSON path, nothing on stdout, and the
// database byte for byte unchanged.

#include "ReliabilitySupport.h"
#include "TempDir.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace reliability;

namespace {

struct Hostile
{
    const char *name;
    QStringList arguments;                             // %DIR% is the case's folder
    QList<std::pair<const char *, QByteArray>> files;  // written into %DIR% first
    QStringList mentions;                              // all in the one line of stderr (%DIR% too)
    QByteArray input = {};                             // standard input
};

void PrintTo(const Hostile &h, std::ostream *os)
{
    *os << h.name;
}

// One database for every case, copied afresh for each: a win, a goal, a rating.
class HostileImport : public ::testing::TestWithParam<Hostile>
{
protected:
    static void SetUpTestSuite()
    {
        s_template = new TempDir;
        const QString db = s_template->file(QStringLiteral("ladder.db"));
        const QList<QStringList> setup = {
            {QStringLiteral("win"), QStringLiteral("add"), QStringLiteral("An existing win @perf"), QStringLiteral("--skill"), QStringLiteral("performance")},
            {QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("An existing goal"), QStringLiteral("--milestone"), QStringLiteral("one")},
            {QStringLiteral("skill"), QStringLiteral("rate"), QStringLiteral("testing"), QStringLiteral("2")},
        };
        for (const QStringList &args : setup) {
            const CliRun r = runCli(db, args);
            ASSERT_EQ(r.code, 0) << args.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString();
        }
    }
    static void TearDownTestSuite()
    {
        delete s_template;
        s_template = nullptr;
    }
    static TempDir *s_template;
};

TempDir *HostileImport::s_template = nullptr;

TEST_P(HostileImport, OneLineNamingTheFileAndPlaceNothingChanged)
{
    const Hostile &h = GetParam();
    TempDir dir;
    const QString db = dir.file(QStringLiteral("ladder.db"));
    ASSERT_TRUE(QFile::copy(s_template->file(QStringLiteral("ladder.db")), db));
    for (const auto &[name, content] : h.files) {
        const QString path = dir.file(QString::fromUtf8(name));
        if (content.startsWith("<sparse ")) {
            // A file of this many bytes that takes no room on the disk.
            QFile f(path);
            ASSERT_TRUE(f.open(QIODevice::WriteOnly));
            ASSERT_TRUE(f.resize(content.mid(8, content.size() - 9).toLongLong()));
        } else if (content == "<fifo>") {
            ASSERT_EQ(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        } else {
            ASSERT_TRUE(writeFile(path, content));
        }
    }
    const QByteArray before = fileBytes(db);
    ASSERT_FALSE(before.isEmpty());

    QStringList arguments;
    for (const QString &a : h.arguments)
        arguments << QString(a).replace(QStringLiteral("%DIR%"), dir.path());
    CliOptions options;
    options.input = h.input;
    const CliRun r = runCli(db, arguments, options);

    EXPECT_FALSE(r.crashed) << r.err.toStdString();
    EXPECT_EQ(r.code, 1) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty()) << r.out.left(200).toStdString();
    const QStringList lines = r.errLines();
    ASSERT_EQ(lines.size(), 1) << r.err.left(2000).toStdString();
    EXPECT_TRUE(lines.first().startsWith(QStringLiteral("ladder-cli: error: "))) << r.err.toStdString();
    EXPECT_LT(lines.first().size(), 400) << r.err.toStdString();
    for (const QString &m : h.mentions) {
        const QString expected = QString(m).replace(QStringLiteral("%DIR%"), dir.path());
        EXPECT_TRUE(lines.first().contains(expected)) << "'" << expected.toStdString() << "' not in: " << r.err.toStdString();
    }
    EXPECT_FALSE(lines.first().contains(QStringLiteral("constraint"))) << r.err.toStdString();
    EXPECT_TRUE(fileBytes(db) == before) << "the database changed";
}

#define S(x) QStringLiteral(x)
#define ARGS(...) QStringList{__VA_ARGS__}
#define SAYS(...) QStringList{__VA_ARGS__}

QByteArray exportWith(const QByteArray &members)
{
    return R"({"format": "ladder-export", "version": 1, )" + members + "}";
}

// An export whose one win has `fields` besides a valid uuid, date and title
// (each of those three can be overridden: a later duplicate key would be a
// case of its own, so the defaults are left out when `fields` names them).
QByteArray winWith(const QByteArray &fields)
{
    QByteArray win = "{";
    if (!fields.contains("\"uuid\""))
        win += R"("uuid": "b0000000-0000-0000-0000-000000000001", )";
    if (!fields.contains("\"date\""))
        win += R"("date": "2026-01-02", )";
    if (!fields.contains("\"title\""))
        win += R"("title": "fine", )";
    win += fields + "}";
    return exportWith(R"("wins": [)" + win + "]");
}

const QByteArray goodGoal = R"({"id": 7, "uuid": "c0000000-0000-0000-0000-000000000007", "title": "Lead", "status": "open", "created_on": "2026-01-01"})";

QByteArray goalWith(const QByteArray &fields)
{
    return exportWith(R"("goals": [{"id": 7, "uuid": "c0000000-0000-0000-0000-000000000007", "status": "open", "created_on": "2026-01-01", )" + fields
                      + "}]");
}

QByteArray assessmentWith(const QByteArray &fields)
{
    return exportWith(R"("assessments": [{"uuid": "d0000000-0000-0000-0000-000000000001", "date": "2026-01-02", )" + fields + "}]");
}

// A framework file with `levels` levels and one skill expected at each.
QByteArray frameworkWithLevels(int levels)
{
    QByteArray levelList;
    QByteArray expectations;
    for (int i = 0; i < levels; ++i) {
        const QByteArray slug = "l" + QByteArray::number(i);
        levelList += (i ? "," : "") + QByteArray(R"({"slug": ")") + slug + R"(", "name": "L )" + QByteArray::number(i) + "\"}";
        expectations += (i ? "," : "") + QByteArray("\"") + slug + R"(": {"proficiency": 0})";
    }
    return R"({"format": "ladder-framework", "version": 1, "slug": "big", "name": "Big", "levels": [)" + levelList
           + R"(], "categories": [{"slug": "c", "name": "C", "skills": [{"slug": "s", "name": "S", "expectations": {)" + expectations
           + "}}]}]}";
}

QByteArray frameworkWith(const QByteArray &top, const QByteArray &levelName = "Junior", const QByteArray &skillName = "Testing")
{
    return R"({"format": "ladder-framework", "version": 1, "slug": "tiny", )" + top + R"("levels": [{"slug": "junior", "name": ")" + levelName
           + R"("}], "categories": [{"slug": "craft", "name": "Craft", "skills": [{"slug": "testing", "name": ")" + skillName
           + R"(", "expectations": {"junior": {"proficiency": 1}}}]}]})";
}

QByteArray manyTags(int count)
{
    QByteArray tags;
    for (int i = 0; i < count; ++i)
        tags += (i ? ",\"t" : "\"t") + QByteArray::number(i) + "\"";
    return "\"tags\": [" + tags + "]";
}

QStringList tagOptions(int count)
{
    QStringList args{S("win"), S("add"), S("many tags")};
    for (int i = 0; i < count; ++i)
        args << S("--tag") << QStringLiteral("t%1").arg(i);
    return args;
}

QByteArray hashTags(int count)
{
    QByteArray text = "A win with many tags\n";
    for (int i = 0; i < count; ++i)
        text += " #t" + QByteArray::number(i);
    return text;
}

std::string caseName(const ::testing::TestParamInfo<Hostile> &info)
{
    return std::string(info.param.name);
}

// Item 11: whatever the input, at most its limit is read.
INSTANTIATE_TEST_SUITE_P(
    Unbounded, HostileImport,
    ::testing::Values(
        Hostile{"ImportDevZero", ARGS(S("import"), S("/dev/zero")), {}, SAYS(S("zero"))},
        Hostile{"ImportDevUrandom", ARGS(S("import"), S("/dev/urandom")), {}, SAYS(S("urandom"))},
        Hostile{"FrameworkImportDevZero", ARGS(S("framework"), S("import"), S("/dev/zero")), {}, SAYS(S("zero"))},
        Hostile{"FrameworkImportDevUrandom", ARGS(S("framework"), S("import"), S("/dev/urandom")), {}, SAYS(S("urandom"))},
        Hostile{"ImportHugeFile", ARGS(S("import"), S("%DIR%/huge.json")), {{"huge.json", "<sparse 1073741825>"}},
                SAYS(S("huge.json"), S("1 GiB"))},
        Hostile{"FrameworkImportHugeFile", ARGS(S("framework"), S("import"), S("%DIR%/huge.json")), {{"huge.json", "<sparse 16777217>"}},
                SAYS(S("huge.json"), S("16 MiB"))},
        Hostile{"ImportEndlessPipe", ARGS(S("import"), S("/dev/stdin")), {}, SAYS(S("stdin")), QByteArray(4 << 20, 'y')},
        Hostile{"FrameworkImportLongPipe", ARGS(S("framework"), S("import"), S("/dev/stdin")), {}, SAYS(S("stdin"), S("16 MiB")),
                "{\"name\": \"" + QByteArray(17 << 20, 'y')},
        Hostile{"ImportAFolder", ARGS(S("import"), S("%DIR%")), {}, SAYS(S("%DIR%"), S("folder"))},
        Hostile{"FrameworkImportAFolder", ARGS(S("framework"), S("import"), S("%DIR%")), {}, SAYS(S("%DIR%"), S("folder"))},
        Hostile{"WinAddLongStandardInput", ARGS(S("win"), S("add")), {}, SAYS(S("standard input"), S("1 MiB")),
                "A title\n" + QByteArray(2 << 20, 'b')}),
    caseName);

// Item 15: lists that grew quadratically have a limit, refused at once.
INSTANTIATE_TEST_SUITE_P(
    Quadratic, HostileImport,
    ::testing::Values(
        Hostile{"WinAddManyTagOptions", tagOptions(5000), {}, SAYS(S("tags"), S("at most 100"))},
        Hostile{"WinAddManyHashTags", ARGS(S("win"), S("add")), {}, SAYS(S("tags"), S("at most 100")), hashTags(100000)}),
    caseName);

// A FIFO is read like any pipe, in bounded chunks, and its content checked.
TEST(HostileImportFifo, AFifoIsReadAsAStream)
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("ladder.db"));
    ASSERT_EQ(runCli(db, {S("win"), S("add"), S("first")}).code, 0);
    const QString fifo = dir.file(QStringLiteral("in.fifo"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QByteArray before = fileBytes(db);
    // The shell opens the FIFO for writing; ladder-cli reads it.
    QProcess writer;
    writer.start(S("sh"), {S("-c"), S("printf '%s' '{\"format\": \"ladder-export\", \"version\": 1, \"wins\": [{\"date\": \"2026-01-02\", \"title\": 3}]}' > \"$1\""), S("sh"), fifo});
    ASSERT_TRUE(writer.waitForStarted());
    const CliRun r = runCli(db, {S("import"), fifo});
    writer.waitForFinished();
    EXPECT_EQ(r.code, 1) << r.err.toStdString();
    ASSERT_EQ(r.errLines().size(), 1) << r.err.toStdString();
    EXPECT_TRUE(r.errLines().first().contains(S("in.fifo: wins[0].title"))) << r.err.toStdString();
    EXPECT_TRUE(fileBytes(db) == before);
}

} // namespace
