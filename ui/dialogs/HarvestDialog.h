// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/HarvestCandidate.h"

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace ladder {

class Session;

// File ▸ Harvest from git…: a repository folder, an author (prefilled from
// the repository's `git config user.email`) and a period; the candidate wins
// (Harvest::candidates) as a checklist, none checked, since most commits are
// routine and only the user knows which ones are worth telling. "Add N wins"
// keeps the checked ones in one undoable step (HarvestCommand).
class HarvestDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HarvestDialog(Session *session, QWidget *parent = nullptr);

    // Reads the candidates of `path` (the "Choose…" button asks for one).
    void setRepository(const QString &path);
    // The number of wins accept() added.
    int addedWins() const { return m_added; }

public slots:
    void accept() override;

private:
    void chooseRepository();
    void refresh();
    void updateButton();
    QList<HarvestCandidate> checkedCandidates() const;

    Session *m_session;
    QLineEdit *m_repo;
    QLineEdit *m_author;
    QLineEdit *m_period;
    QListWidget *m_list;
    QLabel *m_status;
    QPushButton *m_add;
    QList<HarvestCandidate> m_candidates;
    int m_added = 0;
};

} // namespace ladder
