// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace ladder {

// Help ▸ User guide: docs/user-guide.md, compiled in as a resource (the one
// file, no copy) and rendered as Markdown. Its pictures stay out: they are
// screenshots of the window the user has in front of them.
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    // The guide's Markdown as compiled in, pictures taken out.
    static QString markdown();

private:
    QTextBrowser *m_browser;
};

} // namespace ladder
