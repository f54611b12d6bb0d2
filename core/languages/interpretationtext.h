// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class DocumentLanguage;
struct Session;

/// A session's interpretation in words of a document's language, to follow an "Interpretation:"
/// label: "polski → ukraiński, konsekutywne (Olena Kravets)", "польська → українська, послідовний".
/// Made of the session's language, its mode and the languages it is interpreted into, never of a
/// text typed in one language.
namespace InterpretationText {

/// The interpretation of `session` with `interpreters`' names in brackets; the names alone when the
/// session has no interpretation; empty when it has neither.
QString describe(const Session& session, const QStringList& interpreters, const DocumentLanguage& language);

} // namespace InterpretationText
