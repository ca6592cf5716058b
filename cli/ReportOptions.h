// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Framework.h"
#include "domain/Period.h"
#include "domain/Result.h"
#include "report/ReportData.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>

namespace ladder {

class CommandContext;
class Workspace;

// The options gap, readiness, roadmap and report share, with their defaults in
// one place: --target / --to (the level above the current one), --period (the
// 12 months ending today), --name (the settings' user-name), --format (from
// -o's extension), -o, --group (skill); --page-size lives with the PDF writer (PdfOptions). Each bad value is an
// error naming its option.
class ReportOptions
{
    Q_DECLARE_TR_FUNCTIONS(ReportOptions)

public:
    enum class Format { Markdown, Html, Pdf };

    static QCommandLineOption targetOption(); // --target LEVEL
    static QCommandLineOption toOption();     // --to LEVEL
    static QCommandLineOption periodOption(); // --period P
    static QCommandLineOption nameOption();   // --name NAME
    static QCommandLineOption formatOption(); // --format md|html|pdf
    static QCommandLineOption outputOption(); // -o, --output FILE
    static QCommandLineOption groupOption();  // --group skill|month

    // Where the user stands (Review::standing): what every one of these
    // commands reads; --name (when the command has it) replaces the settings'
    // user-name.
    static Result<ReportData> standing(Workspace &workspace, const QCommandLineParser &parser);
    // The same with the level --target names (level()): what readiness, gap
    // and the readiness report measure against.
    struct Measure
    {
        ReportData standing;
        QString targetLevelSlug;
    };
    static Result<Measure> measure(Workspace &workspace, const QCommandLineParser &parser);

    // The level given with `option` ("target" or "to"), by slug or name; else
    // the level right above the current one, or the current one at the top.
    static Result<QString> level(const QCommandLineParser &parser, const QString &option, const ReportData &data);
    // --period, else the 12 months ending today (both days included).
    static Result<Period> period(const QCommandLineParser &parser, const QDate &today);

    // --format, else from -o's extension (.md, .markdown, .html, .htm, .pdf).
    static Result<Format> format(const QCommandLineParser &parser);
    // Writes the report to -o: atomically to a file, or to standard output for
    // "-" (text formats only).
    static Result<void> write(CommandContext &context, const QString &output, Format format, const QByteArray &bytes);
    // A text report (Markdown, HTML) that `produce` hands over part by part
    // to the function it is given, written to -o as UTF-8 as the parts come,
    // so that the whole text is never held; atomically for a file.
    using TextSink = std::function<void(const QString &)>;
    static Result<void> writeText(CommandContext &context, const QString &output, const std::function<void(const TextSink &)> &produce);
};

} // namespace ladder
