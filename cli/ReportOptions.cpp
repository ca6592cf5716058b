// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportOptions.h"

#include "application/Review.h"
#include "application/Workspace.h"
#include "CommandContext.h"
#include "engine/LevelLookup.h"
#include "files/OutputFile.h"
#include "FrameworkLookup.h"
#include "OutputName.h"

#include <QFileInfo>
#include <QStringEncoder>

namespace ladder {

QCommandLineOption ReportOptions::targetOption()
{
    return {QStringLiteral("target"),
            tr("The level to measure against (default: the level you aim for, else the one above your current level)."),
            QStringLiteral("LEVEL")};
}

QCommandLineOption ReportOptions::toOption()
{
    return {QStringLiteral("to"), tr("Plan up to this level only (default: every level above yours)."), QStringLiteral("LEVEL")};
}

QCommandLineOption ReportOptions::periodOption()
{
    return {QStringLiteral("period"), tr("The review period P (2026, 2026-H2, 2026-Q3, this-year, D..D; default: the last 12 months)."),
            QStringLiteral("P")};
}

QCommandLineOption ReportOptions::nameOption()
{
    return {QStringLiteral("name"), tr("The name in the report's header (default: the user-name setting)."), QStringLiteral("NAME")};
}

QCommandLineOption ReportOptions::formatOption()
{
    return {QStringLiteral("format"), tr("md, html or pdf (default: from the extension of -o)."), QStringLiteral("FORMAT")};
}

QCommandLineOption ReportOptions::outputOption()
{
    return {{QStringLiteral("o"), QStringLiteral("output")},
            tr("The file to write ('-' for standard output, md and html only)."),
            QStringLiteral("FILE")};
}

QCommandLineOption ReportOptions::groupOption()
{
    return {QStringLiteral("group"), tr("Group wins by skill or month (default: skill)."), QStringLiteral("skill|month")};
}

Result<ReportData> ReportOptions::standing(Workspace &workspace, const QCommandLineParser &parser)
{
    Result<ReportData> data = workspace.review().standing();
    // optionNames() lists what was typed; isSet() would warn for a command without --name.
    if (data && parser.optionNames().contains(QStringLiteral("name")))
        data->userName = parser.value(QStringLiteral("name")).trimmed();
    return data;
}

Result<ReportOptions::Measure> ReportOptions::measure(Workspace &workspace, const QCommandLineParser &parser)
{
    Result<ReportData> data = standing(workspace, parser);
    if (!data)
        return data.error();
    Result<QString> target = level(parser, QStringLiteral("target"), *data);
    if (!target)
        return target.error();
    return Measure{std::move(*data), *target};
}

Result<QString> ReportOptions::level(const QCommandLineParser &parser, const QString &option, const ReportData &data)
{
    if (parser.isSet(option)) {
        Result<Level> level = findLevel(data.framework, parser.value(option));
        if (!level)
            return level.error().at(QStringLiteral("--") + option);
        return level->slug;
    }
    // The level the user aims for (the GUI's first-run page stores it), else
    // the one above the current level.
    if (!data.targetLevelSlug.isEmpty())
        return data.targetLevelSlug;
    return LevelLookup::defaultTarget(data.framework, data.currentLevelSlug);
}

Result<Period> ReportOptions::period(const QCommandLineParser &parser, const QDate &today)
{
    if (!parser.isSet(QStringLiteral("period")))
        return Period::lastTwelveMonths(today);
    Result<Period> period = Period::parse(parser.value(QStringLiteral("period")), today);
    if (!period)
        return period.error().at(QStringLiteral("--period"));
    return period;
}

Result<ReportOptions::Format> ReportOptions::format(const QCommandLineParser &parser)
{
    QString key = parser.value(QStringLiteral("format")).trimmed().toLower();
    const bool given = !key.isEmpty();
    if (!given) {
        const QString output = parser.value(QStringLiteral("output"));
        key = QFileInfo(output).suffix().toLower();
        if (output == QLatin1String("-") || key.isEmpty())
            return Error(tr("-o %1: say which format with --format md, html or pdf").arg(output));
    }
    // The name -o gives must not say another format than --format.
    const QString named = OutputName::formatOf(parser.value(QStringLiteral("output")));
    const QString chosen = OutputName::formatOf(QStringLiteral("x.") + key);
    if (given && !named.isEmpty() && !chosen.isEmpty() && named != chosen)
        return Error(tr("-o %1: the name says %2 but --format is %3; make them agree")
                         .arg(parser.value(QStringLiteral("output")), named, parser.value(QStringLiteral("format"))));
    if (key == QLatin1String("md") || key == QLatin1String("markdown"))
        return Format::Markdown;
    if (key == QLatin1String("html") || key == QLatin1String("htm"))
        return Format::Html;
    if (key == QLatin1String("pdf"))
        return Format::Pdf;
    if (given)
        return Error(tr("--format %1: unknown format (md, html or pdf)").arg(parser.value(QStringLiteral("format"))));
    return Error(
        tr("-o %1: unknown extension '.%2'; use .md, .html or .pdf, or give --format").arg(parser.value(QStringLiteral("output")), key));
}

Result<void> ReportOptions::write(CommandContext &context, const QString &output, Format format, const QByteArray &bytes)
{
    if (output == QLatin1String("-")) {
        if (format == Format::Pdf)
            return Error(tr("-o -: a PDF cannot go to standard output; give -o FILE.pdf"));
        context.out() << QString::fromUtf8(bytes);
        context.out().flush();
        return {};
    }
    return writeFileAtomically(output, bytes);
}

Result<void> ReportOptions::writeText(CommandContext &context, const QString &output, const std::function<void(const TextSink &)> &produce)
{
    if (output == QLatin1String("-")) {
        produce([&context](const QString &part) { context.out() << part; });
        context.out().flush();
        return {};
    }
    return writeFileAtomically(output, [&](QIODevice &file) -> Result<void> {
        QStringEncoder toUtf8(QStringEncoder::Utf8);
        // OutputFile keeps its first failure for commit() to report.
        produce([&](const QString &part) { file.write(toUtf8.encode(part)); });
        return {};
    });
}

} // namespace ladder
