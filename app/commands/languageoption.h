// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commandline.h"
#include "core/model/id.h"
#include "core/model/result.h"

#include <QCoreApplication>
#include <QStringList>

class Database;

/// The --language of the export verbs: the languages a document or a file is written in, which are
/// not the interface's.
class LanguageOption final
{
    Q_DECLARE_TR_FUNCTIONS(LanguageOption)

public:
    /// The one or two languages given (uk, pl,uk); empty without --language: the visit's print languages.
    static Result<QStringList> documentLanguages(const Invocation& invocation);
    /// `given`, or else the visit's first print language, or else the database's content language.
    static Result<QString> singleLanguage(Database& database, Id visitId, const QString& given);
    /// The visit's print languages, at most as many as a document takes, or else the content language.
    static Result<QStringList> printLanguages(Database& database, Id visitId);
};
