// SPDX-License-Identifier: GPL-3.0-or-later
#include "DescriptorDevice.h"

#include "TerminalText.h"

#include <cerrno>
#include <unistd.h>

namespace ladder {

DescriptorDevice::DescriptorDevice(int descriptor)
    : m_descriptor(descriptor)
{
}

qint64 DescriptorDevice::readData(char *, qint64)
{
    return -1;
}

qint64 DescriptorDevice::writeData(const char *data, qint64 size)
{
    if (m_errno != 0)
        return -1;
    // A writer of bytes (an export) may split a character between two writes:
    // the decoder keeps the start of one until the rest arrives.
    const QByteArray guarded
        = m_terminal ? TerminalText::keepingStyles(m_decoder.decode(QByteArrayView(data, size))).toUtf8() : QByteArray();
    const char *bytes = m_terminal ? guarded.constData() : data;
    const qint64 length = m_terminal ? guarded.size() : size;
    qint64 written = 0;
    while (written < length) {
        const ssize_t n = ::write(m_descriptor, bytes + written, size_t(length - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            m_errno = n < 0 ? errno : EIO;
            return -1;
        }
        written += n;
    }
    return size;
}

} // namespace ladder
