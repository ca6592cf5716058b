// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseCommand.h"
#include "domain/Period.h"
#include "ReportOptions.h"
#include "ReportPdf.h"

#include <memory>

#include <QCoreApplication>

namespace ladder {

// What the printed reports share: -o, --format, --page-size and --period are
// checked before the database is opened (a typo must not create one), and a
// PDF is handed whole to the process that paints (ReportPdf).
class ReportCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    // `pdf` paints the PDF or hands the command to the process that can.
    ReportCommand(QString name, QString description, std::shared_ptr<const ReportPdf> pdf);

protected:
    int checkInput(CommandContext &context, const QCommandLineParser &parser) final;
    // The report's own options, checked after the shared ones; 0 to go on.
    virtual int checkReportInput(CommandContext &context, const QCommandLineParser &parser);
    std::optional<int> runElsewhere(CommandContext &context, const QCommandLineParser &parser) final;
    // Writes a document made in memory (Markdown, HTML or a painted PDF) to
    // -o; returns the exit code.
    int write(CommandContext &context, const QByteArray &bytes);

    std::shared_ptr<const ReportPdf> m_pdf;
    QString m_output;
    ReportOptions::Format m_format = ReportOptions::Format::Markdown;
    QString m_pageSize;
    Period m_period;
};

} // namespace ladder
