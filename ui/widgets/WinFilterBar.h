// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Goal.h"
#include "domain/Result.h"
#include "domain/WinFilter.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace ladder {

// The wins filter: a search box with the CLI's search syntax, a period
// (presets or anything `--period` takes), skill, tag, goal and "starred".
// A search or period that does not parse is shown inline, in words, under the
// bar; the table keeps its last valid filter meanwhile.
class WinFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit WinFilterBar(QWidget *parent = nullptr);

    // The filter as typed; an Error names what does not parse.
    Result<WinFilter> filter(const QDate &today) const;
    // Refills the skill, tag and goal choices, keeping what was picked.
    void setChoices(const QStringList &skillSlugs, const QStringList &skillNames, const QStringList &tags, const QList<Goal> &goals);
    void showError(const QString &message);
    void clearFilters();
    // Puts "from..to" in the period box and applies it.
    void showPeriod(const QDate &from, const QDate &to);

    QLineEdit *searchBox() const { return m_search; }

signals:
    // Emitted when any part changes (typing in the search box after a short pause).
    void changed();

private:
    QString periodText() const;

    QLineEdit *m_search;
    QComboBox *m_period;
    QComboBox *m_skill;
    QComboBox *m_tag;
    QComboBox *m_goal;
    QCheckBox *m_starred;
    QLabel *m_error;
    QTimer m_typing;
};

} // namespace ladder
