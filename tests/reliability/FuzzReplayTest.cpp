// SPDX-License-Identifier: GPL-3.0-or-later
// The fuzz targets in the normal build (no clang needed): every committed
// corpus file (fuzz/corpus/TARGET, seeds and what the libFuzzer runs found),
// then seeded random mutations of them, through each target's entry point. A
// broken invariant aborts with what broke; the libFuzzer runs are in
// docs/reliability.md. LADDER_FUZZ_MUTATIONS sets the mutations per target.

#include "fuzz/FuzzTargets.h"
#include "ReliabilitySupport.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <gtest/gtest.h>

#include <iostream>

namespace {

using Target = int (*)(const std::uint8_t *, std::size_t);

QList<QByteArray> corpus(const char *name)
{
    QList<QByteArray> inputs;
    const QDir dir(QStringLiteral(LADDER_FUZZ_CORPUS_DIR "/") + QString::fromUtf8(name));
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(file));
        if (f.open(QIODevice::ReadOnly))
            inputs << f.readAll();
    }
    return inputs;
}

int call(Target target, const QByteArray &input)
{
    return target(reinterpret_cast<const std::uint8_t *>(input.constData()), std::size_t(input.size()));
}

// libFuzzer's simplest mutations: flip, insert, erase, duplicate, splice.
QByteArray mutate(const QByteArray &input, const QList<QByteArray> &all, QRandomGenerator &random)
{
    QByteArray out = input;
    const int steps = 1 + int(random.bounded(4));
    for (int s = 0; s < steps; ++s) {
        const qsizetype at = out.isEmpty() ? 0 : qsizetype(random.bounded(quint64(out.size())));
        static const char interesting[] = "\"\\-*:.,{}[]0123456789 \n\t\xff\xc3";
        switch (random.bounded(6)) {
        case 0:
            if (!out.isEmpty())
                out[at] = char(out[at] ^ (1 << random.bounded(8)));
            break;
        case 1: out.insert(at, interesting[random.bounded(int(sizeof interesting - 1))]); break;
        case 2: out.remove(at, 1 + qsizetype(random.bounded(8))); break;
        case 3: out.insert(at, out.mid(at, 1 + qsizetype(random.bounded(16)))); break;
        case 4: {
            const QByteArray &other = all.at(qsizetype(random.bounded(quint64(all.size()))));
            if (!other.isEmpty())
                out = out.left(at) + other.mid(qsizetype(random.bounded(quint64(other.size()))));
            break;
        }
        default: out.truncate(at); break;
        }
    }
    return out;
}

void replay(const char *name, Target target, int defaultMutations)
{
    const QList<QByteArray> inputs = corpus(name);
    ASSERT_GE(inputs.size(), 5) << "the corpus of " << name << " is missing";
    for (const QByteArray &input : inputs)
        EXPECT_EQ(call(target, input), 0);
    const int mutations = reliability::envCount("LADDER_FUZZ_MUTATIONS", defaultMutations);
    QRandomGenerator random(20261122);
    for (int i = 0; i < mutations; ++i)
        call(target, mutate(inputs.at(qsizetype(random.bounded(quint64(inputs.size())))), inputs, random));
    std::cout << "[ fuzz     ] " << name << ": " << inputs.size() << " corpus files, " << mutations << " mutations" << std::endl;
}

TEST(FuzzReplay, Dates)
{
    replay("dates", fuzz::dates, 20000);
}

TEST(FuzzReplay, SearchQuery)
{
    replay("search-query", fuzz::searchQuery, 20000);
}

TEST(FuzzReplay, LadderImport)
{
    replay("ladder-import", fuzz::ladderImport, 3000);
}

TEST(FuzzReplay, FrameworkFile)
{
    replay("framework-file", fuzz::frameworkFile, 5000);
}

} // namespace
