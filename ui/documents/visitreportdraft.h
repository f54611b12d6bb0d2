// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"
#include "core/model/result.h"

#include <QCoreApplication>
#include <QString>
#include <QTextDocument>

#include <memory>

class Database;

/// The first draft of the report a coordinator writes after a visit, as the seeds of such reports read:
/// the visit's title; a paragraph saying what kind of visit it was and when, who the delegation came
/// from and how many they were, who hosted it and which project paid; then day by day the institutions
/// the delegation went to and who presented what for which institution; then a section for the
/// outcomes and follow-ups, with a paragraph marked to be completed.
///
/// Written in one language, whatever the interface speaks: every sentence is one translated message
/// of that language (DocumentLanguage), the visit's, sessions' and institutions' texts in it where they
/// have a translation. Saved as an OpenDocument text (.odt) that the coordinator finishes in LibreOffice
/// or Word; built from the repositories (VisitStory) without any window.
class VisitReportDraft final
{
    Q_DECLARE_TR_FUNCTIONS(VisitReportDraft)
    Q_DISABLE_COPY_MOVE(VisitReportDraft)

public:
    /// Reads visit `visitId` and drafts its report in `language`, an ISO 639-1 code. Refused: a code
    /// that is not one (Validation), a visit that does not exist (NotFound), a database error.
    static Result<std::unique_ptr<VisitReportDraft>> build(Database& database, Id visitId,
                                                           const QString& language);
    ~VisitReportDraft();

    const QString& language() const { return m_language; }
    /// The visit's title in the document's language.
    QString title() const;
    /// The document itself, e.g. for a test's eyes.
    QTextDocument& textDocument() { return m_document; }

    /// Writes the draft to `path` as an OpenDocument text, replacing the file only once it is complete.
    Status writeOdt(const QString& path) const;
    /// Writes `document` to `path` as an OpenDocument text, replacing the file only once it is complete;
    /// an Io or DiskFull error names the file.
    static Status writeOdt(const QTextDocument& document, const QString& path);

private:
    explicit VisitReportDraft(QString language);

    QString m_language;
    QTextDocument m_document;
};
