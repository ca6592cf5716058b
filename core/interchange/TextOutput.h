// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace ladder {

// The device a WinExportWriter writes text to, as UTF-8: a write that does
// not reach the device is remembered (later ones are skipped) and reported
// by finish(), so a full disk is an error and never a short file taken as
// whole.
class TextOutput
{
    Q_DECLARE_TR_FUNCTIONS(TextOutput)

public:
    explicit TextOutput(QIODevice &out);
    void write(const QString &text);
    // `what` names the file in the message ("the CSV file").
    Result<void> finish(const QString &what) const;

private:
    QIODevice &m_out;
    bool m_failed = false;
};

} // namespace ladder
