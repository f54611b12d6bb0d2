// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lists/lazypage.h"

#include <QVBoxLayout>

LazyPage::LazyPage(Factory build, QWidget* parent) : QWidget(parent), m_build(std::move(build))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget* LazyPage::content()
{
    if (!m_content) {
        m_content = m_build(this);
        layout()->addWidget(m_content);
        // Shown with this page now, not from the queued call a layout makes for a widget added to a
        // page already in view, which would come after the first paint.
        m_content->show();
    }
    return m_content;
}

void LazyPage::showEvent(QShowEvent* event)
{
    content();
    QWidget::showEvent(event);
}
