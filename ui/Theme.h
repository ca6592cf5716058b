// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QPalette>
#include <QString>

namespace ladder {

// The application's palette as the user chose it (View ▸ Theme): light, dark
// or the desktop's own. Remembered in QSettings and applied at start and the
// moment it is changed; the screenshot tool uses the same palettes, so the
// dark pictures show what a user gets. Charts and status colors read the
// palette when they paint (ChartPalette::fromPalette, StatusColors).
class Theme
{
    Q_DECLARE_TR_FUNCTIONS(Theme)

public:
    enum Choice { System, Light, Dark };

    // The stored choice; System when none was made.
    static Choice stored();
    static void store(Choice choice);
    // Sets the application palette for `choice`.
    static void apply(Choice choice);
    // stored() then apply(): what main() does at start.
    static void applyStored();

    static QPalette palette(Choice choice);
    // The usual dark Fusion palette: what a dark desktop theme gives Qt apps.
    static QPalette dark();
    // The style's own light palette.
    static QPalette light();
    // The palette the application had before any choice was applied: the
    // desktop's.
    static QPalette system();

    // "&Follow the system", "&Light", "&Dark" for the menu.
    static QString menuText(Choice choice);
    static QString key(Choice choice);
};

} // namespace ladder
