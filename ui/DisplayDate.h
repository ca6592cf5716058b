// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace ladder {

// A date as the GUI shows it to people: in the locale's short form with the
// full year (20.11.2026, 11/20/2026). Files, --json, the CLI and the date
// edit fields stay ISO 8601; so does the C locale, which has no custom of its
// own (its short form would be English month names).
class DisplayDate
{
public:
    static QString text(const QDate &date);
};

} // namespace ladder
