// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QVariantList>

namespace ladder {

// The base of every dialog a user types into (a win, a goal, a rating).
// Ctrl+Enter saves from any field, even a multi-line one where Enter makes a
// new line; Esc, Cancel or the window's close button ask before throwing
// away anything that differs from what the dialog opened with, so nothing
// typed is lost by a stray key. "Differs" is read from every field's user
// property (a line edit's text, a date, a check box), so a field added later
// is covered without anyone remembering to list it.
class EditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EditorDialog(QWidget *parent = nullptr);

    // Whether any field holds something other than when the dialog was
    // first shown (text compared without the spaces around it).
    bool hasChanges() const;

public slots:
    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;
    // The question Esc asks, in the dialog's own words ("Discard this win?").
    virtual QString discardTitle() const;
    virtual QString discardText() const;

private:
    QVariantList fieldValues() const;

    QVariantList m_opened;
    bool m_shown = false;
};

} // namespace ladder
