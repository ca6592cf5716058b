// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzTargets.h"

#include "io/FrameworkFormat.h"

#include <QByteArray>

using namespace ladder;

int fuzz::frameworkFile(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Framework> framework = FrameworkFormat::read(bytes, QStringLiteral("fuzz.json"));
    if (!framework) {
        const QString message = framework.error().message();
        FUZZ_CHECK("framework-file", message.startsWith(QStringLiteral("fuzz.json")), message.toUtf8().constData());
        return 0;
    }
    FUZZ_CHECK("framework-file", !framework->levels.isEmpty(), bytes.constData());
    const QByteArray written = FrameworkFormat::write(*framework);
    const Result<Framework> again = FrameworkFormat::read(written, QStringLiteral("again.json"));
    FUZZ_CHECK("framework-file", again.ok(), (again ? QByteArray() : again.error().message().toUtf8() + "\n" + written).constData());
    FUZZ_CHECK("framework-file", FrameworkFormat::write(*again) == written, written.constData());
    return 0;
}
