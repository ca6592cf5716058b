#include "SystemError.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>

namespace ladder {

QString systemErrorText(int error)
{
    switch (error) {
    case ENOSPC: return QCoreApplication::translate("SystemError", "disk full");
    case EDQUOT: return QCoreApplication::translate("SystemError", "disk quota used up");
    case EFBIG: return QCoreApplication::translate("SystemError", "the file has reached its size limit (see ulimit -f)");
    case EACCES:
    case EPERM: return QCoreApplication::translate("SystemError", "permission denied");
    case EROFS: return QCoreApplication::translate("SystemError", "the file system is read-only");
    case ENOENT: return QCoreApplication::translate("SystemError", "no such file or folder");
    case ENOTDIR: return QCoreApplication::translate("SystemError", "a part of the path is not a folder");
    case EISDIR: return QCoreApplication::translate("SystemError", "it is a folder");
    case EPIPE: return QCoreApplication::translate("SystemError", "the reading end was closed");
    case EIO: return QCoreApplication::translate("SystemError", "input/output error");
    default: return QString::fromLocal8Bit(std::strerror(error));
    }
}

} // namespace ladder
