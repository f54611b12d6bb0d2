// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCompleter>

class CollatingProxyModel;
class QAbstractItemModel;
class QComboBox;
class QLineEdit;

/// Offers the items of a list as a person types any part of one, compared as every search of the
/// window compares (SearchText: case, diacritics and the kinds of apostrophe ignored): "lodz" offers
/// "Łódź", "Мар'яна" offers "Марʼяна". Qt's own completer compares case only.
class SearchCompleter final : public QCompleter
{
    Q_OBJECT

public:
    /// Completes `combo`'s text from its items (making it editable); choosing an offered item makes
    /// it the combo's current one.
    static SearchCompleter* attach(QComboBox* combo);
    /// Completes `line` from the texts of `model`'s first column (searching every column: a code
    /// in the second finds its name in the first).
    static SearchCompleter* attach(QLineEdit* line, QAbstractItemModel* model);
    /// Completes the part of `line` after its last comma, a list of items being typed.
    static SearchCompleter* attachToList(QLineEdit* line, QAbstractItemModel* model);

private:
    SearchCompleter(QAbstractItemModel* model, QObject* parent);
    void search(const QString& text);
    /// The list item being typed: what follows the last comma.
    static QString lastItem(const QString& text);

    CollatingProxyModel* m_filter;
};
