// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace ladder {

class Session;

// The first run of a new journal: which framework (the built-in one, or the
// user's company's imported from a file), the current level and the level
// aimed for, on one page shown instead of a dashboard of unrated gaps.
// "Start" stores both levels as one undoable step; "Skip" leaves things as
// they are. Either way the page is not shown again for that database (File ▸
// Set up… brings it back).
class FirstRunPage : public QWidget
{
    Q_OBJECT

public:
    explicit FirstRunPage(Session *session, QWidget *parent = nullptr);

    // True for a journal with no wins, ratings or goals whose first run was
    // neither finished nor skipped.
    static bool isNeeded(Session &session);
    // Whether the first run of the database at `path` was dealt with
    // (finished or skipped), remembered in QSettings per database.
    static bool isSettled(const QString &path);
    static void setSettled(const QString &path, bool settled);

    // Fills the choices from the open database.
    void reload();

    QComboBox *frameworkBox() const { return m_framework; }
    QComboBox *currentBox() const { return m_current; }
    QComboBox *targetBox() const { return m_target; }

    // File ▸ Import your company's… from the page: reads the framework file,
    // imports it and makes it the active one. False (with the message shown)
    // when the file is not a framework.
    bool importFramework(const QString &path);

signals:
    // Start or Skip was pressed: the window shows its pages again.
    void finished();

private:
    void importClicked();
    void frameworkChosen(int index);
    void fillLevels();
    void start();
    void skip();
    void showError(const QString &message);

    Session *m_session;
    QComboBox *m_framework;
    QPushButton *m_import;
    QComboBox *m_current;
    QComboBox *m_target;
    QLabel *m_error;
    QPushButton *m_start;
    QPushButton *m_skip;
};

} // namespace ladder
