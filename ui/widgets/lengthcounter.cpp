// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/lengthcounter.h"

#include "core/model/textlimits.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>

namespace {

const char* const objectNameOfCounter = "lengthCounter";

} // namespace

LengthCounter::LengthCounter(QLineEdit* line, int limit)
    : QObject(line), m_line(line), m_label(new QLabel(line)), m_limit(limit)
{
    setObjectName(QString::fromLatin1(objectNameOfCounter));
    m_label->setObjectName(QStringLiteral("lengthCounterLabel"));
    m_label->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_label->hide();
    QFont font = m_label->font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    m_label->setFont(font);
    connect(line, &QLineEdit::textChanged, this, &LengthCounter::update);
    line->installEventFilter(this);
    update();
}

LengthCounter* LengthCounter::attach(QLineEdit* line, int limit)
{
    LengthCounter* counter = of(line);
    if (!counter) {
        return new LengthCounter(line, limit);
    }
    counter->m_limit = limit;
    counter->update();
    return counter;
}

LengthCounter* LengthCounter::of(const QLineEdit* line)
{
    return line ? line->findChild<LengthCounter*>(QString::fromLatin1(objectNameOfCounter),
                                                  Qt::FindDirectChildrenOnly)
                : nullptr;
}

QString LengthCounter::text() const
{
    return m_label->isHidden() ? QString() : m_label->text();
}

bool LengthCounter::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::Resize:
    case QEvent::FontChange:
    case QEvent::LayoutDirectionChange:
    case QEvent::LocaleChange:
    case QEvent::PaletteChange:
        update();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void LengthCounter::update()
{
    const int length = TextLimits::length(m_line->text());
    const bool near = length * 5 >= m_limit * 4;
    if (!near) {
        if (!m_label->isHidden()) {
            m_label->hide();
            m_line->setTextMargins(0, 0, 0, 0);
        }
        return;
    }
    const QLocale locale = m_line->locale();
    //: a counter of characters in a field: %1 typed, %2 the most allowed, e.g. "112 / 120"
    m_label->setText(tr("%1 / %2").arg(locale.toString(length), locale.toString(m_limit)));
    const bool over = length > m_limit;
    const QColor colour =
        over ? QColor(0xc6, 0x28, 0x28) : m_line->palette().color(QPalette::PlaceholderText);
    m_label->setStyleSheet(QStringLiteral("color: %1;%2")
                               .arg(colour.name(), over ? QStringLiteral(" font-weight: bold;") : QString()));
    m_label->adjustSize();
    m_label->show();
    place();
}

void LengthCounter::place()
{
    const int gap = m_line->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing);
    const int margin = std::max(4, gap);
    const QSize size = m_label->sizeHint();
    const int x = m_line->isRightToLeft() ? margin : m_line->width() - size.width() - margin;
    m_label->setGeometry(x, (m_line->height() - size.height()) / 2, size.width(), size.height());
    const int room = size.width() + margin;
    m_line->setTextMargins(m_line->isRightToLeft() ? room : 0, 0, m_line->isRightToLeft() ? 0 : room, 0);
}
