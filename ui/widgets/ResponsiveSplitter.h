// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSplitter>

namespace ladder {

// A list beside its detail while the page is wide enough for both, and the
// detail under the list when it is not (an 800-pixel window, or a big font
// or 2x scale on a laptop), so neither is squeezed until columns are cut.
// The width that counts as "wide enough" is given in average characters, so
// it follows the font and the screen's scale.
class ResponsiveSplitter : public QSplitter
{
    Q_OBJECT

public:
    explicit ResponsiveSplitter(QWidget *parent = nullptr);

    // Side by side from this many average characters of width up.
    void setSideBySideFrom(int characters);
    int sideBySideWidth() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void follow(int width);

    int m_characters = 100;
};

} // namespace ladder
