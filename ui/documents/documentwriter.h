// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"
#include "core/model/institution.h"
#include "core/model/localizedtext.h"
#include "core/model/person.h"
#include "core/model/result.h"
#include "core/model/visitparticipant.h"
#include "ui/documents/printeddocument.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

class Database;
class QTextDocument;

/// What the printed documents of a visit write alike, in HTML for a QTextDocument: texts in the
/// document's languages with their fallback to the content language, fixed labels in each language
/// ("Programme / Програма"), the visit's header with its logo, people's and institutions' names.
///
/// A text with no translation into a document language is given in the database's content language
/// instead (the order: the document language, then the content language); fallbackNotes() says so.
class DocumentWriter
{
    Q_DISABLE_COPY_MOVE(DocumentWriter)

public:
    DocumentWriter(Database& database, const DocumentBasis& basis);
    virtual ~DocumentWriter();

    /// The languages some text was missing in, given in the content language instead.
    const QStringList& fallbackLanguages() const { return m_fallbackLanguages; }

    /// The note saying that text missing in `missingLanguage` is given in `contentLanguage`,
    /// written in `language`: "Some items are given in Polish: no Ukrainian text was entered."
    static QString fallbackNote(const DocumentLanguage& language, const QString& missingLanguage,
                                const QString& contentLanguage);

    /// Sets up `document` for print in the font `fontFamily`: 10 pt, no ligatures (text copied from
    /// the PDF reads as typed), paragraphs without the HTML's blank line between them.
    static void setUpDocument(QTextDocument& document, const QString& fontFamily);
    /// Sets what HTML cannot: a tab stop where each hanging paragraph's indentation ends, and which
    /// paragraphs keep with the next (those with the `keep` style).
    static void finishParagraphs(QTextDocument& document);

    // Pieces of the documents' HTML.
    /// A length in the HTML's pixels, the printed document's layout units.
    static QString mm(qreal millimetres);
    /// Plain text as HTML, line breaks kept.
    static QString escaped(const QString& text);
    /// A paragraph style: kept on one page with the next paragraph.
    static const QString keep;
    /// The style of the second language's text: lighter, below the first.
    static const QString lighter;
    /// The style of labels and notes.
    static const QString quiet;

protected:
    const DocumentBasis& basis() const { return m_basis; }
    const Visit& visit() const { return m_basis.visit; }
    const std::vector<DocumentLanguage>& languages() const { return m_basis.languages; }
    Database& database() const { return m_database; }

    /// The text in document language `index`: its translation, else the content language's text.
    QString textIn(const LocalizedText& text, int index);
    /// The text in each document language; the second is empty where it would repeat the first.
    QStringList texts(const LocalizedText& text);
    /// A fixed label marked in `context` with QT_TRANSLATE_NOOP (or QT_TRANSLATE_N_NOOP and `n`), in
    /// each document language, joined: "Programme / Програма".
    QString label(const char* context, const char* source, int n = -1) const;
    /// An enum value's name (EnumInfo<E>::name()) in each document language, joined as label() joins them.
    QString label(const EnumName& name) const;
    /// Labels made for each document language, joined as label() joins them.
    QString pairedLabel(const std::function<QString(const DocumentLanguage&)>& make) const;
    /// A label and its value in a paragraph of `style`, the value in the second language below it.
    static QString labelled(const QString& style, const QString& label, const QString& value,
                            const QString& secondValue = {});

    Result<Institution> institution(Id id);
    Result<Person> person(Id id);
    /// The name of a person's institution in the first document language; empty without one.
    Result<QString> institutionName(const Person& person);
    /// A person's name in the first document language's script: "Oksana Levchuk" for a reader of a
    /// Latin-script language, "Оксана Левчук" for a Ukrainian one.
    QString personName(const Person& person) const;
    /// The person's name in the other script, when they have one that differs: "Оксана Левчук" under
    /// "Oksana Levchuk"; empty otherwise.
    QString otherScriptName(const Person& person) const;
    /// The participants of the visit, by family name as the first document language sorts them.
    Result<QList<ParticipantRow>> participants();
    /// A table of `columns` (their headings, in each language) and `rows` (cells already in HTML), the
    /// heading row repeated on each page; `widths` are percentages, 0 for what is left.
    static QString table(const QStringList& columns, const QList<int>& widths, const QList<QStringList>& rows,
                         const QString& cellPadding = mm(1.2));
    /// A person's name as a table cell: in the first language's script, the other script below it.
    QString nameCell(const Person& person) const;

    /// The top of the document: `documentName` (a label), the visit's title and days, host and funding
    /// project, the project's logo at the right (added to `document` as a resource).
    Result<QString> header(QTextDocument& document, const QString& documentName);
    /// A day's heading, in each language on a line of its own: "Day 2 — Wednesday, 20 May 2026", or
    /// the day alone when it is outside the visit's days; `marginTop` in millimetres.
    QString dayHeading(const QDate& date, qreal marginTop) const;
    /// A table's column heading: the label in each language, one below the other.
    QString columnLabel(const char* context, const char* source) const;
    QString columnLabel(const EnumName& name) const;
    /// Notes on the languages text was missing in; empty when none was.
    QString fallbackNotes() const;

private:
    /// The labels `make` gives in each document language, each once.
    QStringList distinctLabels(const std::function<QString(const DocumentLanguage&)>& make) const;

    Database& m_database;
    const DocumentBasis& m_basis;
    QStringList m_fallbackLanguages;
    QHash<Id, Institution> m_institutions;
    QHash<Id, Person> m_people;
};
