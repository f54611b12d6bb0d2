// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/elidedlabel.h"

#include <QEvent>
#include <QFontMetrics>
#include <QTextLayout>

ElidedLabel::ElidedLabel(QWidget* parent) : QLabel(parent)
{
    setWordWrap(false);
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString& text)
{
    m_fullText = text;
    refresh();
}

void ElidedLabel::setMaximumLines(int lines)
{
    m_maximumLines = std::max(1, lines);
    refresh();
}

QStringList ElidedLabel::fit(int width, bool* elided) const
{
    const QString text = m_fullText.simplified();
    QStringList lines;
    if (elided) {
        *elided = false;
    }
    if (text.isEmpty() || width <= 0) {
        return lines;
    }
    QTextLayout layout(text, font());
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    int lastStart = 0;
    for (int i = 0; i < m_maximumLines; ++i) {
        QTextLine line = layout.createLine();
        if (!line.isValid()) {
            break;
        }
        line.setLineWidth(width);
        lastStart = line.textStart();
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    const bool more = layout.createLine().isValid();
    layout.endLayout();
    if (more && !lines.isEmpty()) {
        // The last line takes the rest of the title, cut where it no longer fits.
        lines.last() = fontMetrics().elidedText(text.mid(lastStart), Qt::ElideRight, width);
        if (elided) {
            *elided = true;
        }
    }
    return lines;
}

int ElidedLabel::heightForWidth(int width) const
{
    const QMargins margins = contentsMargins();
    const int lines = std::max<int>(1, int(fit(width - margins.left() - margins.right()).size()));
    return lines * fontMetrics().lineSpacing() + margins.top() + margins.bottom();
}

QSize ElidedLabel::sizeHint() const
{
    // Not the whole title's width: the header follows the window, not the other way round.
    const int width = fontMetrics().averageCharWidth() * 30;
    return {width, heightForWidth(this->width() > 0 ? this->width() : width)};
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QMargins margins = contentsMargins();
    return {fontMetrics().averageCharWidth() * 5,
            fontMetrics().lineSpacing() + margins.top() + margins.bottom()};
}

void ElidedLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    refresh();
}

void ElidedLabel::showEvent(QShowEvent* event)
{
    QLabel::showEvent(event);
    refresh();
}

void ElidedLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        refresh();
        updateGeometry();
    }
}

void ElidedLabel::refresh()
{
    const QMargins margins = contentsMargins();
    bool elided = false;
    // Cut only once laid out in a shown window: until then the width is not the one it will have.
    const QString shown = isVisible() ? fit(width() - margins.left() - margins.right(), &elided).join(u'\n')
                                      : m_fullText.simplified();
    const bool linesChanged = text().count(QLatin1Char('\n')) != shown.count(QLatin1Char('\n'));
    if (shown != text()) {
        QLabel::setText(shown);
    }
    m_elided = elided;
    setToolTip(elided ? m_fullText : QString());
    // A screen reader reads the whole title, not where it was cut.
    setAccessibleName(elided ? m_fullText : QString());
    if (linesChanged) {
        updateGeometry();
    }
}
