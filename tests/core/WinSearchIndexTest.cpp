// SPDX-License-Identifier: GPL-3.0-or-later
// The search index follows every edit at once: a win edited in one field
// only (its tags, title, body or impact) is found by the new words and no
// longer by the old ones. Checked through WinStore::update and, for the
// schema's triggers themselves, by an UPDATE of that one column.

#include "application/WorkspaceStores.h"
#include "QtPrinters.h"
#include "storage/Statement.h"
#include "storage/Stores.h"
#include "WorkspaceTest.h"

#include <gtest/gtest.h>

using namespace ladder;

namespace {

class WinSearchIndexTest : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        Win w;
        w.date = QDate(2026, 11, 1);
        w.title = QStringLiteral("Alphatitle");
        w.body = QStringLiteral("Bravobody");
        w.impact = QStringLiteral("Charlieimpact");
        w.tags = {QStringLiteral("deltatag")};
        Result<qint64> id = storesOf(*m_ws).wins().add(w);
        ASSERT_TRUE(id.ok()) << id.error().message().toStdString();
        m_id = *id;
        // A second win, so that an index that lost track answers wrongly.
        Win other;
        other.date = QDate(2026, 11, 2);
        other.title = QStringLiteral("Unrelated");
        ASSERT_TRUE(storesOf(*m_ws).wins().add(other).ok());
    }

    // The ids of the wins a search finds.
    QList<qint64> found(const QString &query)
    {
        WinFilter filter;
        filter.query = query;
        Result<QList<Win>> wins = storesOf(*m_ws).wins().list(filter);
        EXPECT_TRUE(wins.ok()) << (wins ? std::string() : wins.error().message().toStdString());
        QList<qint64> ids;
        for (const Win &w : wins ? *wins : QList<Win>())
            ids << w.id;
        return ids;
    }

    // Edits one field through the store, as the CLI and the GUI do.
    void edit(const std::function<void(Win &)> &change)
    {
        Result<Win> before = storesOf(*m_ws).wins().get(m_id);
        ASSERT_TRUE(before.ok());
        Win after = *before;
        change(after);
        Result<void> updated = storesOf(*m_ws).wins().update(*before, after);
        ASSERT_TRUE(updated.ok()) << updated.error().message().toStdString();
    }

    // Writes one column alone, as a migration or a later bulk edit may.
    void setColumn(const char *sql, const QString &value)
    {
        Statement s(storesOf(*m_ws).database(), sql);
        s.bind(1, value).bind(2, m_id).run();
    }

    void expectFoundOnlyByTheNewWord(const QString &oldWord, const QString &newWord)
    {
        EXPECT_EQ(found(newWord), QList<qint64>{m_id}) << newWord.toStdString();
        EXPECT_TRUE(found(oldWord).isEmpty()) << oldWord.toStdString();
        // Every other field is still found.
        for (const QString &word :
             {QStringLiteral("alphatitle"), QStringLiteral("bravobody"), QStringLiteral("charlieimpact"), QStringLiteral("deltatag")}) {
            if (word != oldWord)
                EXPECT_EQ(found(word), QList<qint64>{m_id}) << word.toStdString();
        }
    }

    qint64 m_id = 0;
};

TEST_F(WinSearchIndexTest, EveryFieldIsSearchable)
{
    for (const QString &word :
         {QStringLiteral("alphatitle"), QStringLiteral("bravobody"), QStringLiteral("charlieimpact"), QStringLiteral("deltatag")})
        EXPECT_EQ(found(word), QList<qint64>{m_id}) << word.toStdString();
}

// One field of the win: how an edit sets it, its column, and its words
// before and after.
struct Field
{
    const char *name;
    void (*set)(Win &, const QString &);
    const char *update; // UPDATE of that column alone
    const char *oldWord;
    const char *newValue;
};

void PrintTo(const Field &field, std::ostream *os)
{
    *os << field.name;
}

class WinSearchIndexField : public WinSearchIndexTest, public ::testing::WithParamInterface<Field>
{
protected:
    QString oldWord() const { return QString::fromUtf8(GetParam().oldWord); }
    QString newValue() const { return QString::fromUtf8(GetParam().newValue); }
};

TEST_P(WinSearchIndexField, EditingOnlyThisFieldIsSearchableAtOnce)
{
    edit([this](Win &w) { GetParam().set(w, newValue()); });
    expectFoundOnlyByTheNewWord(oldWord(), newValue().toLower());
}

TEST_P(WinSearchIndexField, TheTriggersFollowAnUpdateOfThisColumnAlone)
{
    setColumn(GetParam().update, newValue());
    expectFoundOnlyByTheNewWord(oldWord(), newValue().toLower());
}

INSTANTIATE_TEST_SUITE_P(Fields, WinSearchIndexField,
                         ::testing::Values(Field{"Tags", [](Win &w, const QString &v) { w.tags = {v}; },
                                                 "UPDATE win SET tags = ?1 WHERE id = ?2", "deltatag", "echotag"},
                                           Field{"Title", [](Win &w, const QString &v) { w.title = v; },
                                                 "UPDATE win SET title = ?1 WHERE id = ?2", "alphatitle", "Foxtrottitle"},
                                           Field{"Body", [](Win &w, const QString &v) { w.body = v; },
                                                 "UPDATE win SET body = ?1 WHERE id = ?2", "bravobody", "Golfbody"},
                                           Field{"Impact", [](Win &w, const QString &v) { w.impact = v; },
                                                 "UPDATE win SET impact = ?1 WHERE id = ?2", "charlieimpact", "Hotelimpact"}),
                         [](const ::testing::TestParamInfo<Field> &info) { return std::string(info.param.name); });

TEST_F(WinSearchIndexTest, ARemovedWinIsNoLongerFound)
{
    ASSERT_TRUE(storesOf(*m_ws).wins().remove(m_id).ok());
    EXPECT_TRUE(found(QStringLiteral("deltatag")).isEmpty());
    EXPECT_TRUE(found(QStringLiteral("alphatitle")).isEmpty());
}

} // namespace
