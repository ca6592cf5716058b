// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextOutput.h"

#include <QIODevice>

namespace ladder {

TextOutput::TextOutput(QIODevice &out)
    : m_out(out)
{
}

void TextOutput::write(const QString &text)
{
    if (m_failed)
        return;
    const QByteArray bytes = text.toUtf8();
    if (m_out.write(bytes) != bytes.size())
        m_failed = true;
}

Result<void> TextOutput::finish(const QString &what) const
{
    if (m_failed)
        return Error(tr("could not write %1: %2").arg(what, m_out.errorString()));
    return {};
}

} // namespace ladder
