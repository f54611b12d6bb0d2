// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/help/handbookwindow.h"

#include "core/languages/languagemanager.h"
#include "ui/help/handbook.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QScrollBar>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyle>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace {

constexpr int anchorRole = Qt::UserRole;

/// The first anchor name in a block, where a heading's id ends up.
QString anchorIn(const QTextBlock& block)
{
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QStringList names = it.fragment().charFormat().anchorNames();
        if (!names.isEmpty()) {
            return names.constFirst();
        }
    }
    return {};
}

QString keyText(QKeySequence::StandardKey key)
{
    return QKeySequence(key).toString(QKeySequence::NativeText);
}

} // namespace

HandbookWindow::HandbookWindow(const LanguageManager& languages)
    : QWidget(nullptr, Qt::Window), m_languages(languages), m_back(new QToolButton(this)),
      m_forward(new QToolButton(this)), m_contentsLabel(new QLabel(this)), m_contents(new QTreeWidget(this)),
      m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("handbookWindow"));
    setAttribute(Qt::WA_QuitOnClose, false); // closing the main window ends the program, handbook open or not
    m_back->setObjectName(QStringLiteral("handbookBack"));
    m_forward->setObjectName(QStringLiteral("handbookForward"));
    m_contents->setObjectName(QStringLiteral("handbookContents"));
    m_text->setObjectName(QStringLiteral("handbookText"));

    for (QToolButton* button : {m_back, m_forward}) {
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setEnabled(false);
    }
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_forward->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    connect(m_back, &QToolButton::clicked, m_text, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_text, &QTextBrowser::forward);
    connect(m_text, &QTextBrowser::backwardAvailable, m_back, &QToolButton::setEnabled);
    connect(m_text, &QTextBrowser::forwardAvailable, m_forward, &QToolButton::setEnabled);
    // Alt+Left and Alt+Right from anywhere in the window, not only from the text.
    auto* backKey = new QShortcut(QKeySequence::Back, this);
    connect(backKey, &QShortcut::activated, m_text, &QTextBrowser::backward);
    auto* forwardKey = new QShortcut(QKeySequence::Forward, this);
    connect(forwardKey, &QShortcut::activated, m_text, &QTextBrowser::forward);
    auto* closeKey = new QShortcut(QKeySequence::Cancel, this);
    connect(closeKey, &QShortcut::activated, this, &QWidget::close);

    m_contents->setHeaderHidden(true);
    m_contents->setRootIsDecorated(false);
    m_contents->setIndentation(14);
    m_contents->setUniformRowHeights(true);
    m_contents->header()->setStretchLastSection(true);
    m_contentsLabel->setBuddy(m_contents);
    connect(m_contents, &QTreeWidget::currentItemChanged, this, &HandbookWindow::contentsItemChosen);
    // The section already marked, clicked to go back to its heading.
    connect(m_contents, &QTreeWidget::itemClicked, this, &HandbookWindow::contentsItemChosen);

    m_text->setOpenExternalLinks(true);
    m_text->document()->setDocumentMargin(14);
    connect(m_text, &QTextBrowser::sourceChanged, this, &HandbookWindow::sourceChanged);
    connect(m_text->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &HandbookWindow::markCurrentSection);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addWidget(m_forward);
    buttons->addStretch();

    auto* contentsPane = new QWidget(this);
    auto* contentsLayout = new QVBoxLayout(contentsPane);
    contentsLayout->setContentsMargins(0, 0, 0, 0);
    contentsLayout->addWidget(m_contentsLabel);
    contentsLayout->addWidget(m_contents, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(contentsPane);
    splitter->addWidget(m_text);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({250, 650});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    // Some 153 characters by 49 lines: 920 by 680 pixels at the usual text size, larger with larger text.
    resize(fontMetrics().averageCharWidth() * 153, fontMetrics().lineSpacing() * 49);
    retranslateUi();
}

void HandbookWindow::showSection(const QString& section)
{
    // Shown first: a text that is not visible only scrolls to its anchor once it is.
    if (isMinimized()) {
        showNormal();
    } else {
        show();
    }
    raise();
    activateWindow();
    const QString known = Handbook::sections().contains(section) ? section : QString();
    load(Handbook::urlFor(m_languages.current(), known));
}

QUrl HandbookWindow::source() const
{
    return m_text->source();
}

void HandbookWindow::load(const QUrl& url)
{
    m_text->setSource(url);
    if (url.fragment().isEmpty()) {
        m_text->verticalScrollBar()->setValue(0); // the same page again, at the top
    }
}

void HandbookWindow::sourceChanged(const QUrl& url)
{
    m_language = Handbook::languageOf(url);
    m_section = url.fragment();
    if (url.path() != m_filledPage) {
        fillContents();
        m_filledPage = url.path();
    }
    markCurrentSection();
}

QList<std::pair<QString, qreal>> HandbookWindow::headingTops() const
{
    QList<std::pair<QString, qreal>> tops;
    const QTextDocument* document = m_text->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0) {
            if (const QString anchor = anchorIn(block); !anchor.isEmpty()) {
                tops.append({anchor, document->documentLayout()->blockBoundingRect(block).top()});
            }
        }
    }
    return tops;
}

QString HandbookWindow::currentSection() const
{
    if (!isVisible()) {
        return m_section; // nothing is in view: the section last gone to
    }
    const qreal top = m_text->verticalScrollBar()->value();
    const qreal bottom = top + m_text->viewport()->height();
    const QList<std::pair<QString, qreal>> tops = headingTops();
    QString reading;
    for (const auto& [anchor, y] : tops) {
        // A section near the end of the page cannot be scrolled to the top: while the heading asked
        // for is in view, that is the section being read.
        if (anchor == m_section && y >= top - 1 && y < bottom) {
            return anchor;
        }
    }
    for (const auto& [anchor, y] : tops) {
        if (y > top + 4) {
            break;
        }
        reading = anchor;
    }
    return reading;
}

void HandbookWindow::fillContents()
{
    const QSignalBlocker blocker(m_contents);
    m_contents->clear();
    QTreeWidgetItem* chapter = nullptr;
    const QTextDocument* document = m_text->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        const QString anchor = level >= 2 && level <= 3 ? anchorIn(block) : QString();
        if (anchor.isEmpty()) {
            continue;
        }
        QTreeWidgetItem* item =
            level == 3 && chapter ? new QTreeWidgetItem(chapter) : new QTreeWidgetItem(m_contents);
        item->setText(0, block.text().simplified());
        item->setToolTip(0, item->text(0));
        item->setData(0, anchorRole, anchor);
        if (level == 2) {
            chapter = item;
        }
    }
    m_contents->expandAll();
}

void HandbookWindow::markCurrentSection()
{
    const QString section = currentSection();
    QTreeWidgetItem* found = nullptr;
    for (QTreeWidgetItemIterator it(m_contents); *it && !found; ++it) {
        if ((*it)->data(0, anchorRole).toString() == section) {
            found = *it;
        }
    }
    const QSignalBlocker blocker(m_contents);
    m_contents->setCurrentItem(found);
    if (found) {
        m_contents->scrollToItem(found);
    }
}

void HandbookWindow::contentsItemChosen(QTreeWidgetItem* item)
{
    if (item) {
        load(Handbook::urlFor(m_language, item->data(0, anchorRole).toString()));
    }
}

void HandbookWindow::followLanguage()
{
    if (m_language.isEmpty()) {
        return; // nothing shown yet: showSection() loads the interface language
    }
    const QString wanted = Handbook::languageOf(Handbook::urlFor(m_languages.current()));
    if (wanted == m_language) {
        return;
    }
    load(Handbook::urlFor(wanted, currentSection()));
    // The pages gone back to would be in the language left behind.
    m_text->clearHistory();
}

void HandbookWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        followLanguage();
    }
    QWidget::changeEvent(event);
}

void HandbookWindow::retranslateUi()
{
    //: the title of the handbook's window; Wizyta is the program's name
    setWindowTitle(tr("Wizyta Handbook"));
    //: goes back to the section read before, as in a web browser
    m_back->setText(tr("&Back"));
    //: %1 is the key that does the same, such as Alt+Left
    m_back->setToolTip(tr("Back to the section read before (%1)").arg(keyText(QKeySequence::Back)));
    //: goes forward again after Back, as in a web browser
    m_forward->setText(tr("&Forward"));
    //: %1 is the key that does the same, such as Alt+Right
    m_forward->setToolTip(tr("Forward to the next section read (%1)").arg(keyText(QKeySequence::Forward)));
    //: above the list of the handbook's sections
    m_contentsLabel->setText(tr("&Contents"));
    m_contents->setAccessibleName(tr("Contents of the handbook"));
    m_text->setAccessibleName(tr("Handbook text"));
}
