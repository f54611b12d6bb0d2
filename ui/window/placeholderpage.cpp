// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/placeholderpage.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

PlaceholderPage::PlaceholderPage(const char* title, const char* description, QWidget* parent)
    : QWidget(parent), m_titleSource(title), m_descriptionSource(description), m_title(new QLabel(this)),
      m_description(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_description->setAlignment(Qt::AlignCenter);
    m_description->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addStretch();
    retranslateUi();
}

void PlaceholderPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void PlaceholderPage::retranslateUi()
{
    m_title->setText(tr(m_titleSource));
    m_description->setText(tr(m_descriptionSource));
}
