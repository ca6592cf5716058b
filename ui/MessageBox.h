// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

namespace ladder {

// Every message box of the application goes through here. Tests queue the
// answer to the next one with setNextAnswer(), so they never wait on a modal
// dialog (the same seam as KeePassXC's MessageBox).
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text,
                                               QMessageBox::StandardButtons buttons = QMessageBox::Ok);
    static QMessageBox::StandardButton information(QWidget *parent, const QString &title, const QString &text);
    // Help ▸ About: rich text beside the application's icon.
    static void about(QWidget *parent, const QString &title, const QString &text);

    // The answer the next message box returns at once, without showing.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // How many boxes were answered from setNextAnswer or shown since the last
    // call; tests check that a question was (or was not) asked.
    static int takeCount();
    // The text of the last box, shown or answered.
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
                                            QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);

    static QMessageBox::StandardButton s_nextAnswer;
    static int s_count;
    static QString s_lastText;
};

} // namespace ladder
