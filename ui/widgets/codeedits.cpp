// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/codeedits.h"

#include "core/languages/localenames.h"
#include "core/languages/searchtext.h"
#include "ui/widgets/searchcompleter.h"

#include <QCollator>
#include <QEvent>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardItemModel>

#include <algorithm>

CodeEdit::CodeEdit(Kind kind, QWidget* parent)
    : QLineEdit(parent), m_kind(kind), m_names(new QStandardItemModel(this))
{
    fillNames();
}

void CodeEdit::fillNames()
{
    m_shownIn = LocaleNames::reader();
    const QStringList codes =
        m_kind == Kind::Country ? LocaleNames::countryCodes() : LocaleNames::languageCodes();
    QList<std::pair<QString, QString>> named;
    for (const QString& code : codes) {
        if (const QString name = nameOf(code); !name.isEmpty()) {
            named.append({name, code});
        }
    }
    const QCollator collator{QLocale()};
    std::sort(named.begin(), named.end(),
              [&collator](const auto& a, const auto& b) { return collator.compare(a.first, b.first) < 0; });
    m_names->clear();
    for (const auto& [name, code] : std::as_const(named)) {
        m_names->appendRow({new QStandardItem(name), new QStandardItem(code)});
    }
}

void CodeEdit::changeEvent(QEvent* event)
{
    if ((event->type() == QEvent::LocaleChange || event->type() == QEvent::LanguageChange) &&
        m_shownIn != LocaleNames::reader()) {
        const QStringList codes = shownCodes(); // read with the names of the language they were shown in
        fillNames();
        showCodes(codes);
    }
    QLineEdit::changeEvent(event);
}

QString CodeEdit::nameOf(const QString& code) const
{
    return m_kind == Kind::Country ? LocaleNames::country(code, LocaleNames::reader())
                                   : LocaleNames::language(code, LocaleNames::reader());
}

QString CodeEdit::codeOf(const QString& text) const
{
    const QString typed = text.trimmed();
    if (typed.isEmpty()) {
        return {};
    }
    if (typed.size() == 2 && !nameOf(typed).isEmpty()) {
        return m_kind == Kind::Country ? typed.toUpper() : typed.toLower();
    }
    // A name in the interface language, or in English, as spreadsheets and people write them.
    const QString wanted = SearchText::folded(typed);
    for (int row = 0; row < m_names->rowCount(); ++row) {
        const QString code = m_names->item(row, 1)->text();
        const QString english = m_kind == Kind::Country ? LocaleNames::country(code, QStringLiteral("en"))
                                                        : LocaleNames::language(code, QStringLiteral("en"));
        if (SearchText::folded(m_names->item(row, 0)->text()) == wanted ||
            SearchText::folded(english) == wanted) {
            return code;
        }
    }
    return {};
}

CountryEdit::CountryEdit(QWidget* parent) : CodeEdit(Kind::Country, parent)
{
    SearchCompleter::attach(this, names());
}

void CountryEdit::setCode(const QString& code)
{
    const QString name = nameOf(code);
    setText(name.isEmpty() ? code : name);
}

QString CountryEdit::code() const
{
    const QString found = codeOf(text());
    return found.isEmpty() ? text().trimmed().toUpper() : found;
}

QStringList CountryEdit::shownCodes() const
{
    return {code()};
}

void CountryEdit::showCodes(const QStringList& codes)
{
    setCode(codes.value(0));
}

LanguagesEdit::LanguagesEdit(QWidget* parent) : CodeEdit(Kind::Language, parent)
{
    SearchCompleter::attachToList(this, names());
}

void LanguagesEdit::setCodes(const QStringList& codes)
{
    QStringList names;
    for (const QString& code : codes) {
        const QString name = nameOf(code);
        names << (name.isEmpty() ? code : name);
    }
    setText(names.join(QStringLiteral(", ")));
}

QStringList LanguagesEdit::codes() const
{
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QStringList codes;
    const auto add = [&codes](const QString& code) {
        if (!codes.contains(code)) {
            codes << code;
        }
    };
    for (const QString& part : text().split(separators, Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty()) {
            continue;
        }
        if (const QString found = codeOf(part); !found.isEmpty()) {
            add(found);
            continue;
        }
        // Codes written with spaces between them, as "pl uk".
        const QStringList words = part.split(spaces, Qt::SkipEmptyParts);
        const bool allCodes = std::all_of(words.cbegin(), words.cend(),
                                          [this](const QString& word) { return !codeOf(word).isEmpty(); });
        if (words.size() > 1 && allCodes) {
            for (const QString& word : words) {
                add(codeOf(word));
            }
        } else {
            add(part.trimmed());
        }
    }
    return codes;
}
