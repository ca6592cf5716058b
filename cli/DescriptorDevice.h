// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>
#include <QStringDecoder>

namespace ladder {

// A write-only device on a file descriptor (standard output) that keeps the
// errno of a failed write: QTextStream only says that a write failed, and the
// user must hear "disk full" (ENOSPC) or that the reader went away (EPIPE)
// rather than see ladder-cli exit 0. After the first failure every write
// fails at once, so that a long listing stops instead of writing into a void.
class DescriptorDevice : public QIODevice
{
public:
    explicit DescriptorDevice(int descriptor);

    // On a terminal, whatever is written passes TerminalText::keepingStyles:
    // the last guard against a control character from the data that a printer
    // let through (Ladder's own color codes stay).
    void setTerminal(bool terminal) { m_terminal = terminal; }
    // The errno of the first failed write; 0 while every write went through.
    int writeError() const { return m_errno; }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    int m_descriptor;
    int m_errno = 0;
    bool m_terminal = false;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
};

} // namespace ladder
