// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"
#include "ui/documents/visitdocuments.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class Database;
class QWidget;
class UserPrompts;

/// What is printed: one of a visit's documents (VisitDocuments), in one language or two.
struct DocumentRequest
{
    Id visitId = 0;
    VisitDocumentKind kind = VisitDocumentKind::Programme;
    QStringList languages;
    DocumentOptions options;
};

/// Printing a visit's documents from the window: a preview, the printer or a PDF file. A document that
/// cannot be built or written is reported through UserPrompts; nothing here changes the database.
class DocumentPrinting final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinting)

public:
    /// The languages a visit's documents can be set in: each print language alone, then the first
    /// with each of the others ({"pl"}, {"uk"}, {"pl", "uk"}); the content language alone when the
    /// visit has no print languages.
    static QList<QStringList> languageChoices(const QStringList& printLanguages,
                                              const QString& contentLanguage);
    /// A choice as the person reads it: the languages' own names, "Polski + Українська".
    static QString choiceName(const QStringList& languages);

    /// Shows the document in a print preview, from which it can be printed.
    static void preview(Database& database, UserPrompts& prompts, QWidget* parent,
                        const DocumentRequest& request);
    /// Asks for a printer, then prints the document.
    static void print(Database& database, UserPrompts& prompts, QWidget* parent,
                      const DocumentRequest& request);
    /// Asks for a file name, then writes the document there as a PDF; true when it was written.
    static bool exportPdf(Database& database, UserPrompts& prompts, QWidget* parent,
                          const DocumentRequest& request);
};
