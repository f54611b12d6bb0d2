// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/documents/printeddocument.h"

#include "core/languages/dayrange.h"
#include "core/model/codes.h"
#include "core/storage/settingsrepository.h"
#include "core/storage/visitrepository.h"
#include "ui/documents/documentfonts.h"
#include "ui/documents/pagecontent.h"

namespace {

// The footer's labels, in the document's languages (never with tr(), which follows the interface).
const char* const context = "PrintedDocument";
//: in the footer of each page of a printed document; %1 is a day, e.g. "Printed 12 May 2026"
const char* const printedLabel = QT_TRANSLATE_NOOP("PrintedDocument", "Printed %1");
//: in the footer of each page of a printed document: "Page 2 of 5"
const char* const pageLabel = QT_TRANSLATE_NOOP("PrintedDocument", "Page %1 of %2");

} // namespace

Result<DocumentBasis> DocumentBasis::read(Database& database, Id visitId, const QStringList& languages)
{
    if (languages.isEmpty() || languages.size() > maximumLanguages) {
        return Error(
            Error::Kind::Validation,
            PrintedDocument::tr("A document is printed in one language or in two, e.g. uk or pl,uk."));
    }
    for (const QString& code : languages) {
        if (!Codes::isLanguageCode(code)) {
            //: %1 is what was given as a language
            return Error(
                Error::Kind::Validation,
                PrintedDocument::tr("\"%1\" is not a language code such as pl, uk or en.").arg(code));
        }
    }
    if (languages.size() == 2 && languages.constFirst() == languages.constLast()) {
        //: %1 is a language code such as uk
        return Error(
            Error::Kind::Validation,
            PrintedDocument::tr("A document in two languages needs two different ones, not %1 twice.")
                .arg(languages.constFirst()));
    }
    auto family = DocumentFonts::family();
    if (!family) {
        return family.error();
    }
    auto visit = VisitRepository(database).get(visitId);
    if (!visit) {
        return visit.error();
    }
    auto contentLanguage = SettingsRepository(database).contentLanguage();
    if (!contentLanguage) {
        return contentLanguage.error();
    }
    DocumentBasis basis;
    basis.visit = std::move(visit).value();
    basis.contentLanguage = std::move(contentLanguage).value();
    basis.fontFamily = std::move(family).value();
    for (const QString& code : languages) {
        basis.languages.emplace_back(code);
    }
    return basis;
}

QStringList DocumentBasis::languageCodes() const
{
    QStringList codes;
    for (const DocumentLanguage& language : languages) {
        codes << language.code();
    }
    return codes;
}

PrintedDocument::~PrintedDocument() = default;

void PrintedDocument::setPages(std::unique_ptr<PageContent> content, const DocumentBasis& basis,
                               const QString& name, const QDate& printedOn, Footer footer)
{
    m_languages = basis.languageCodes();
    m_name = name;
    m_title = basis.visit.title.in(m_languages.constFirst());
    m_pages = std::make_unique<PagedDocument>(std::move(content));
    if (footer == Footer::None) {
        return;
    }

    QStringList printed;
    QStringList pageTemplates;
    for (const DocumentLanguage& language : basis.languages) {
        printed << language.label(context, printedLabel).arg(formatDay(printedOn, language.locale()));
        pageTemplates << language.label(context, pageLabel);
    }
    printed.removeDuplicates();
    QFont font(basis.fontFamily);
    font.setHintingPreference(QFont::PreferNoHinting);
    m_pages->setFooter(
        printed.join(QStringLiteral(" / ")),
        [pageTemplates](int page, int pageCount) {
            QStringList labels;
            for (const QString& pageTemplate : pageTemplates) {
                labels << pageTemplate.arg(page).arg(pageCount);
            }
            labels.removeDuplicates();
            return labels.join(QStringLiteral(" / "));
        },
        font);
}

Status PrintedDocument::writePdf(const QString& path)
{
    return m_pages->writePdf(path,
                             m_title.isEmpty() ? m_name : QStringLiteral("%1: %2").arg(m_name, m_title));
}
