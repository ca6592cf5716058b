// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateEdit>

namespace ladder {

// A date typed as yyyy-MM-dd with a calendar to pick from. Tab leaves the
// field like any other, instead of walking from year to month to day as
// QDateEdit does; the arrow keys and the mouse still reach each section.
class DateField : public QDateEdit
{
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);
    explicit DateField(const QDate &date, QWidget *parent = nullptr);

protected:
    bool focusNextPrevChild(bool next) override;
};

} // namespace ladder
