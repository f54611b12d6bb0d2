// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/searchcompleter.h"

#include "ui/lists/collatingproxymodel.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLineEdit>

SearchCompleter::SearchCompleter(QAbstractItemModel* model, QObject* parent)
    : QCompleter(parent), m_filter(new CollatingProxyModel(this))
{
    m_filter->setSourceModel(model);
    m_filter->setSearchColumns({0});
    setModel(m_filter);
    // The filter chooses what is offered; the completer only shows it.
    setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setCaseSensitivity(Qt::CaseInsensitive);
}

SearchCompleter* SearchCompleter::attach(QComboBox* combo)
{
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    auto* completer = new SearchCompleter(combo->model(), combo);
    // QComboBox maps a chosen item back through the filter to its own row.
    combo->setCompleter(completer);
    connect(combo->lineEdit(), &QLineEdit::textEdited, completer, &SearchCompleter::search);
    return completer;
}

SearchCompleter* SearchCompleter::attach(QLineEdit* line, QAbstractItemModel* model)
{
    auto* completer = new SearchCompleter(model, line);
    line->setCompleter(completer);
    connect(line, &QLineEdit::textEdited, completer, &SearchCompleter::search);
    return completer;
}

void SearchCompleter::search(const QString& text)
{
    m_filter->setSearchText(text);
    if (text.trimmed().isEmpty() || m_filter->rowCount() == 0) {
        popup()->hide();
        return;
    }
    complete();
}
