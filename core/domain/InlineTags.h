// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace ladder {

// The one rule for tags typed into a win's text, used by every door that
// takes a title with tags in it (quick add, the edit dialog, `win add`,
// `win edit`, docs/user-guide.md "Job 1"):
// - a tag is `@word` or `#word` after a space or at the start, where the word
//   has a letter ("#1 priority", "issue #482" and "C#" are no tags) and ends
//   the token, punctuation aside ("#oncall." tags "oncall"; "@example.com"
//   and "me@example.com" are no tags);
// - the tags that end the title, with spaces, commas or punctuation between
//   them, are taken out of it ("Led the drill @sre, #oncall." is stored as
//   "Led the drill."): a title is printed for a manager;
// - a tag inside the sentence keeps its word and loses its symbol ("Paired
//   with #frontend on the login page" is stored as "Paired with frontend on
//   the login page"), and is a tag all the same.
// Titles are read through it when they are typed; stored ones stay as they are.
struct InlineTags
{
    // The title as it is stored.
    QString title;
    // Lower-case, once each, in the order written.
    QStringList tags;

    static InlineTags ofTitle(const QString &title);
    // The tags `text` (a body) names, lower-case, appended to `tags` as
    // often as they appear; the text itself is left as written.
    static void find(const QString &text, QStringList &tags);
};

} // namespace ladder
