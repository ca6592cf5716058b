// SPDX-License-Identifier: GPL-3.0-or-later
#include "JrnlImpact.h"

#include "storage/WinLimits.h"

namespace ladder {

namespace {

const QString &label()
{
    static const QString text = QStringLiteral("Impact: ");
    return text;
}

const QString &separator()
{
    static const QString text = QStringLiteral("\n\n");
    return text;
}

} // namespace

QString JrnlImpact::join(const QString &body, const QString &impact)
{
    if (impact.isEmpty())
        return body;
    if (body.isEmpty())
        return label() + impact;
    return body + separator() + label() + impact;
}

JrnlImpact::Split JrnlImpact::split(const QString &body)
{
    const qsizetype at = body.lastIndexOf(separator() + label());
    const qsizetype start = at < 0 ? 0 : at + separator().size();
    if ((at < 0 && !body.startsWith(label())) || body.indexOf(QLatin1Char('\n'), start) >= 0)
        return {body, {}};
    const QString impact = body.mid(start + label().size());
    // Only what Ladder can hold as an impact: anything else stays in the body.
    if (impact.trimmed().isEmpty() || impact.size() > WinLimits::ImpactLength)
        return {body, {}};
    return {at < 0 ? QString() : body.left(at), impact};
}

} // namespace ladder
