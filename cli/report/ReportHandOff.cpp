// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportHandOff.h"

#include "CommandContext.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace ladder {

namespace {

Error notHere()
{
    return Error(ReportHandOff::tr("PDF reports are painted by ladder-cli-report"));
}

} // namespace

ReportHandOff::ReportHandOff(char **arguments)
    : m_arguments(arguments)
{
}

std::optional<int> ReportHandOff::runElsewhere(CommandContext &context) const
{
    const QString path = QCoreApplication::applicationDirPath() + QStringLiteral("/ladder-cli-report");
    const QByteArray exe = QFile::encodeName(path);
    execv(exe.constData(), m_arguments);
    return context.fail(tr("cannot run %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
}

Result<QByteArray> ReportHandOff::readiness(const ReadinessReportModel &, const QString &) const
{
    return notHere();
}

Result<QByteArray> ReportHandOff::brag(const BragReportModel &, const QString &) const
{
    return notHere();
}

} // namespace ladder
