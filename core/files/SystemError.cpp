// SPDX-License-Identifier: GPL-3.0-or-later
#include "SystemError.h"

#include <cerrno>
#include <cstring>

namespace ladder {

QString systemErrorText(int error)
{
    switch (error) {
    case ENOSPC: return SystemError::tr("disk full");
    case EDQUOT: return SystemError::tr("disk quota used up");
    case EFBIG: return SystemError::tr("the file has reached its size limit (see ulimit -f)");
    case EACCES:
    case EPERM: return SystemError::tr("permission denied");
    case EROFS: return SystemError::tr("the file system is read-only");
    case ENOENT: return SystemError::tr("no such file or folder");
    case ENOTDIR: return SystemError::tr("a part of the path is not a folder");
    case EISDIR: return SystemError::tr("it is a folder");
    case EPIPE: return SystemError::tr("the reading end was closed");
    case EIO: return SystemError::tr("input/output error");
    default: return QString::fromLocal8Bit(std::strerror(error));
    }
}

} // namespace ladder
