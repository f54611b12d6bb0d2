// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "id.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class Database;
class QWidget;
class UserPrompts;

/// Printing a visit's programme (ProgrammeDocument) from the visit editor: a preview, the printer or a
/// PDF file, in one language or two. A programme that cannot be built or written is reported through
/// UserPrompts; nothing here changes the database.
class ProgrammePrinting final
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammePrinting)

public:
    /// The languages a visit's programme can be set in: each print language alone, then the first
    /// with each of the others ({"pl"}, {"uk"}, {"pl", "uk"}); the content language alone when the
    /// visit has no print languages.
    static QList<QStringList> languageChoices(const QStringList& printLanguages,
                                              const QString& contentLanguage);
    /// A choice as the person reads it: the languages' own names, "Polski + Українська".
    static QString choiceName(const QStringList& languages);

    /// Shows the programme in a print preview, from which it can be printed.
    static void preview(Database& database, UserPrompts& prompts, QWidget* parent, Id visitId,
                        const QStringList& languages);
    /// Asks for a printer, then prints the programme.
    static void print(Database& database, UserPrompts& prompts, QWidget* parent, Id visitId,
                      const QStringList& languages);
    /// Asks for a file name, then writes the programme there as a PDF; true when it was written.
    static bool exportPdf(Database& database, UserPrompts& prompts, QWidget* parent, Id visitId,
                          const QStringList& languages);
};
