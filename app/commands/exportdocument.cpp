// SPDX-License-Identifier: GPL-3.0-or-later
// wizyta export agenda | participants | attendance | catering | badges | certificates: a visit's printed
// documents as PDF, in the languages asked for or the visit's print languages.
#include "app/commands/commands.h"
#include "app/commands/exportcommand.h"
#include "app/commands/languageoption.h"
#include "core/storage/database.h"
#include "ui/documents/visitdocuments.h"

#include <functional>

namespace {

class ExportDocumentCommand final : public ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportDocumentCommand)

public:
    ExportDocumentCommand(const QString& what, VisitDocumentKind kind, QString synopsis,
                          std::function<QString()> summary)
        : ExportCommand(what), m_kind(kind), m_synopsis(std::move(synopsis)), m_summary(std::move(summary))
    {}

    QString synopsis() const override { return m_synopsis; }
    QString summary() const override { return m_summary(); }

    bool matches(const Invocation& invocation) const override
    {
        // The participant list is a PDF, or a spreadsheet when the output ends in .csv.
        return ExportCommand::matches(invocation) &&
               !invocation.option(QStringLiteral("output"))
                    .endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    }

    int run(CommandContext& context) const override
    {
        CommandOutput& output = context.output;
        Database& database = context.database;
        auto languages = LanguageOption::documentLanguages(context.invocation);
        if (languages && languages->isEmpty()) {
            languages = LanguageOption::printLanguages(database, context.visitId);
        }
        if (!languages) {
            return output.dataError(database, languages.error());
        }
        DocumentOptions options;
        options.contacts = context.invocation.has(QStringLiteral("contacts"));
        const auto document = VisitDocuments::build(m_kind, database, context.visitId, *languages, options);
        if (!document) {
            return output.dataError(database, document.error());
        }
        const Status written = (*document)->writePdf(context.invocation.option(QStringLiteral("output")));
        if (!written) {
            return output.writeFailure(database, written.error());
        }
        return ExitDone;
    }

protected:
    QString suffix() const override { return QStringLiteral(".pdf"); }
    QString wrongSuffix(const QString& output) const override
    {
        //: %1 is the file the user named; "--output" stays as it is
        return tr("--output: \"%1\" does not end in .pdf; the document is written as a PDF.").arg(output);
    }
    bool oneLanguage() const override { return false; }

private:
    VisitDocumentKind m_kind;
    QString m_synopsis;
    std::function<QString()> m_summary;
};

} // namespace

std::unique_ptr<Command> Commands::exportProgramme()
{
    return std::make_unique<ExportDocumentCommand>(
        QStringLiteral("agenda"), VisitDocumentKind::Programme,
        QStringLiteral("export agenda --visit ID [--language uk[,pl]] --output FILE.pdf"), [] {
            return ExportDocumentCommand::tr("The programme as a PDF in one language or two; without "
                                             "--language, in the visit's print languages.");
        });
}

std::unique_ptr<Command> Commands::exportParticipantList()
{
    return std::make_unique<ExportDocumentCommand>(
        QStringLiteral("participants"), VisitDocumentKind::ParticipantList,
        QStringLiteral("export participants --visit ID [--language L] [--contacts] --output FILE.pdf"), [] {
            return ExportDocumentCommand::tr("The participant list by role and institution; e-mail and phone "
                                             "only with --contacts.");
        });
}

std::unique_ptr<Command> Commands::exportAttendanceSheets()
{
    return std::make_unique<ExportDocumentCommand>(
        QStringLiteral("attendance"), VisitDocumentKind::AttendanceSheet,
        QStringLiteral("export attendance --visit ID [--language L] --output FILE.pdf"),
        [] { return ExportDocumentCommand::tr("An attendance sheet for each day, to sign."); });
}

std::unique_ptr<Command> Commands::exportCateringSummary()
{
    return std::make_unique<ExportDocumentCommand>(
        QStringLiteral("catering"), VisitDocumentKind::CateringSummary,
        QStringLiteral("export catering --visit ID [--language L] --output FILE.pdf"),
        [] { return ExportDocumentCommand::tr("The meals of each day with their portions per diet."); });
}

std::unique_ptr<Command> Commands::exportNameBadges()
{
    return std::make_unique<ExportDocumentCommand>(
        QStringLiteral("badges"), VisitDocumentKind::NameBadges,
        QStringLiteral("export badges --visit ID [--language L] --output FILE.pdf"),
        [] { return ExportDocumentCommand::tr("Name badges, eight to an A4 sheet."); });
}

std::unique_ptr<Command> Commands::exportCertificates()
{
    return std::make_unique<ExportDocumentCommand>(
        QStringLiteral("certificates"), VisitDocumentKind::Certificates,
        QStringLiteral("export certificates --visit ID [--language L] --output FILE.pdf"), [] {
            return ExportDocumentCommand::tr(
                "A certificate of participation for each member of the delegation, "
                "with the hours of programme attended.");
        });
}
