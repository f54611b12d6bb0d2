// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/documents/htmlbuilder.h"

#include "ui/documents/textcolours.h"

#include <QPalette>

HtmlBuilder::HtmlBuilder(const QPalette& palette)
    : m_quiet(quietTextColour(palette)), m_error(errorTextColour(palette))
{}

void HtmlBuilder::heading(const QString& text)
{
    m_html += QStringLiteral("<h3>%1</h3>").arg(text.toHtmlEscaped());
}

void HtmlBuilder::subheading(const QString& text)
{
    m_html += QStringLiteral("<h4>%1</h4>").arg(text.toHtmlEscaped());
}

void HtmlBuilder::line(const QString& text)
{
    if (!text.trimmed().isEmpty()) {
        m_html += QStringLiteral("<div>%1</div>").arg(text.toHtmlEscaped());
    }
}

void HtmlBuilder::field(const QString& label, const QString& value)
{
    if (!value.trimmed().isEmpty()) {
        m_html += QStringLiteral("<div><span style=\"color:%1\">%2</span> %3</div>")
                      .arg(m_quiet.name(), label.toHtmlEscaped(), value.toHtmlEscaped());
    }
}

void HtmlBuilder::list(const QStringList& items, int limit)
{
    QStringList escaped;
    for (const QString& item : items) {
        escaped << item.toHtmlEscaped();
    }
    bulleted(escaped, limit);
}

void HtmlBuilder::links(const QList<Link>& items, int limit)
{
    QStringList anchors;
    for (const Link& link : items) {
        anchors << QStringLiteral("<a href=\"%1\">%2</a>")
                       .arg(link.target.toHtmlEscaped(), link.text.toHtmlEscaped());
    }
    bulleted(anchors, limit);
}

void HtmlBuilder::bulleted(const QStringList& htmlItems, int limit)
{
    m_html += QStringLiteral("<ul style=\"margin-left:-20px\">");
    for (int i = 0; i < htmlItems.size() && i < limit; ++i) {
        m_html += QStringLiteral("<li>%1</li>").arg(htmlItems.at(i));
    }
    if (htmlItems.size() > limit) {
        //: the end of a shortened list
        m_html +=
            QStringLiteral("<li>%1</li>")
                .arg(
                    tr("… and %n more", nullptr, static_cast<int>(htmlItems.size()) - limit).toHtmlEscaped());
    }
    m_html += QStringLiteral("</ul>");
}

void HtmlBuilder::note(const QString& text)
{
    m_html += QStringLiteral("<p style=\"color:%1\"><i>%2</i></p>").arg(m_quiet.name(), text.toHtmlEscaped());
}

void HtmlBuilder::warning(const QString& text)
{
    m_html += QStringLiteral("<p style=\"color:%1\">%2</p>").arg(m_error.name(), text.toHtmlEscaped());
}

QString HtmlBuilder::errorParagraph(const QString& message, const QPalette& palette)
{
    return QStringLiteral("<p style=\"color:%1\">%2</p>")
        .arg(errorTextColour(palette).name(), message.toHtmlEscaped());
}

QString HtmlBuilder::joinNonEmpty(const QStringList& parts, const QString& separator)
{
    QStringList kept;
    for (const QString& part : parts) {
        if (!part.trimmed().isEmpty()) {
            kept << part.trimmed();
        }
    }
    return kept.join(separator);
}
