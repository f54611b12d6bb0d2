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
    QList<int> columns;
    for (int column = 0; column < model->columnCount(); ++column) {
        columns << column;
    }
    m_filter->setSearchColumns(columns);
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

SearchCompleter* SearchCompleter::attachToList(QLineEdit* line, QAbstractItemModel* model)
{
    auto* completer = new SearchCompleter(model, line);
    // Not the line's own completer, which would replace all of its text with the item chosen.
    completer->setWidget(line);
    connect(line, &QLineEdit::textEdited, completer,
            [completer](const QString& text) { completer->search(lastItem(text)); });
    connect(completer, qOverload<const QString&>(&QCompleter::activated), line, [line](const QString& item) {
        const QString text = line->text();
        const qsizetype comma = text.lastIndexOf(QLatin1Char(','));
        const QString before = comma < 0 ? QString() : text.left(comma + 1) + QLatin1Char(' ');
        line->setText(before + item);
    });
    return completer;
}

QString SearchCompleter::lastItem(const QString& text)
{
    return text.mid(text.lastIndexOf(QLatin1Char(',')) + 1).trimmed();
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
