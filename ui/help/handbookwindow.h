// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>
#include <QWidget>

class LanguageManager;
class QLabel;
class QTextBrowser;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

/// The handbook in a window of its own, beside the main window and its dialogs (not modal): the
/// contents on the left, the text on the right, Back and Forward above; Esc closes it.
///
/// The page is in the interface language, read from the LanguageManager each time a page is loaded;
/// when the language changes, the window shows the section being read in the new language. Meant to be
/// made once and shown again at each request (showSection()), keeping its place and history.
///
/// It has no parent widget, so that a dialog made window-modal (Qt::WindowModal) leaves it usable: a
/// window-modal dialog blocks its parent windows and every window they are parents of, and an
/// application-modal one (what QDialog::exec() makes by default) blocks every window. Its owner deletes
/// it; it does not keep the application running once the other windows are closed.
class HandbookWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandbookWindow)

public:
    explicit HandbookWindow(const LanguageManager& languages);

    /// Shows `section` (one of Handbook::sections(); the top of the page when empty or unknown) in the
    /// interface language, and brings the window to the front.
    void showSection(const QString& section = {});

    /// The language of the page shown; empty before the first showSection().
    QString language() const { return m_language; }
    /// The section being read: the one last asked for while its heading is in view, otherwise the
    /// last heading at or above the top of the view. Empty at the top of the page.
    QString currentSection() const;
    /// The page and section last gone to, by showSection(), a link, the contents or Back and Forward.
    QUrl source() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void load(const QUrl& url);
    void sourceChanged(const QUrl& url);
    void fillContents();
    void markCurrentSection();
    void contentsItemChosen(QTreeWidgetItem* item);
    void followLanguage();
    void retranslateUi();
    /// The top of each section's heading in the page, in page order.
    QList<std::pair<QString, qreal>> headingTops() const;

    const LanguageManager& m_languages;
    QToolButton* m_back;
    QToolButton* m_forward;
    QLabel* m_contentsLabel;
    QTreeWidget* m_contents;
    QTextBrowser* m_text;
    QString m_language;
    QString m_section;
    QString m_filledPage; ///< the page whose headings the contents list
};
