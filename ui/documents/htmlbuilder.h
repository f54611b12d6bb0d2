// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QPalette;

/// Builds the small rich-text summaries shown beside lists. Every text given is escaped, so a name
/// such as "<Fundacja>" shows as typed.
class HtmlBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(HtmlBuilder)

public:
    /// Labels and notes in a quieter colour that reads on the background of `palette`, the palette of
    /// the widget that shows the summary (a dark scheme's too).
    explicit HtmlBuilder(const QPalette& palette);

    void heading(const QString& text);
    void subheading(const QString& text);
    /// A line of text; an empty one is left out.
    void line(const QString& text);
    /// A label and its value on one line; left out when the value is empty.
    void field(const QString& label, const QString& value);
    void list(const QStringList& items, int limit = 50);
    /// A list whose items are links; a QTextBrowser reports the target of the one clicked.
    struct Link
    {
        QString target; ///< e.g. "session:12"
        QString text;
    };
    void links(const QList<Link>& items, int limit = 50);
    /// A quiet remark, e.g. that a list is empty.
    void note(const QString& text);
    /// Something the reader must not miss (a budget overspent), in the error colour.
    void warning(const QString& text);
    QString html() const { return m_html; }

    /// `message` in a red that reads on `palette`'s background.
    static QString errorParagraph(const QString& message, const QPalette& palette);
    /// The non-empty parts joined, e.g. an address from street, city and country.
    static QString joinNonEmpty(const QStringList& parts, const QString& separator = QStringLiteral(", "));

private:
    /// Items already in HTML as a bulleted list of at most `limit`, then how many more there are.
    void bulleted(const QStringList& htmlItems, int limit);

    QColor m_quiet;
    QColor m_error;
    QString m_html;
};
