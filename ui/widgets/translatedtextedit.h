// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/localizedtext.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class Database;
class QAction;
class QGridLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;

/// The language's own name for a label, e.g. "Українська" for "uk", "Norsk bokmål" for "no"; the
/// code itself for a code Qt does not know. It reads the same in every interface language.
QString languageDisplayName(const QString& code);

/// The database's content language (SettingsRepository::contentLanguage()), "pl" when it cannot be read.
QString contentLanguageOf(Database& database);

/// Edits a translatable text (LocalizedText): the text in the database's content language, then one
/// input per other language the text is written in, each labelled with the language's own name.
///
/// Only the languages the text has take room: "Add Language…" offers the visit's languages first,
/// then the usual ones, and takes any other ISO 639-1 code typed; each added language has a Remove
/// button. Text in a language left empty is not kept.
///
/// In a RecordDialog, register the main input as the row's editor, then call reclaimMainInput(): the
/// field's label, errors and read-only state then belong to the main input, and the other languages
/// follow its read-only state. Inputs are named "<main input's name>:<code>" ("session.title:uk").
class TranslatedTextEdit final : public QWidget
{
    Q_OBJECT

public:
    enum class Mode {
        Line,      ///< one line per language, for titles and names
        PlainText, ///< a small box of plain text per language, for descriptions
    };

    explicit TranslatedTextEdit(Mode mode = Mode::Line, QWidget* parent = nullptr);

    /// Shows `text`: the main text and an input for every language it has a translation in.
    void setText(const LocalizedText& text);
    /// The text as the inputs hold it; translations trimmed, empty ones left out.
    LocalizedText text() const;

    /// The language of the main text (ISO 639-1, "pl" until set): its name labels the main input,
    /// and it is not offered as another language.
    void setContentLanguage(const QString& code);
    QString contentLanguage() const { return m_contentLanguage; }
    /// Languages "Add Language…" offers before the usual ones: the visit's working and print languages.
    void setSuggestedLanguages(const QStringList& codes);
    /// The field's name in the interface language ("Title"), for the inputs' accessible names
    /// ("Title (Українська)"); the form sets it again when the language changes.
    void setFieldName(const QString& name);
    /// The most characters of each language's text (TextLimits): a counter shows in each line as the
    /// text comes near it.
    void setMaximumLength(int characters);
    /// The example shown in the empty main input.
    void setPlaceholderText(const QString& text);

    /// The languages shown beside the content language, in the order shown.
    QStringList languages() const;
    /// Shows an input for `code` and moves the focus there. Refused, with the reason shown under the
    /// inputs, when `code` is not an ISO 639-1 code; a language already shown only gets the focus.
    bool addLanguage(const QString& code);
    /// Removes the input for `code` and its text.
    void removeLanguage(const QString& code);

    /// The input of the main text: a QLineEdit, or a QPlainTextEdit in PlainText mode.
    QWidget* mainInput() const { return m_main; }
    /// The input of the text in `code`, or nullptr when that language is not shown.
    QWidget* input(const QString& code) const;

    /// For a form that laid out the main input itself (RecordDialog::addRow): takes the input's
    /// place in that layout and holds the input again, in its own first row.
    void reclaimMainInput();
    void setReadOnly(bool readOnly);
    /// Its inputs and buttons in the order Tab goes through them, for a form that sets its own order.
    QList<QWidget*> tabOrder() const;

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct LanguageRow
    {
        QString code;
        QLabel* label = nullptr;
        QWidget* input = nullptr;
        QToolButton* remove = nullptr;
    };

    QWidget* createInput();
    /// Makes the widgets of a language's row; placeRows() lays them out.
    LanguageRow& appendRow(const QString& code);
    static QString inputText(const QWidget* input);
    static void setInputText(QWidget* input, const QString& text);
    void clearLanguages();
    void placeRows();
    void rebuildMenu();
    void updateMenu();
    void showOtherCode();
    void addOtherCode();
    void showCodeError(const QString& message);
    void nameInputs();
    void updateTabOrder();
    void retranslateUi();

    Mode m_mode;
    int m_maximumLength = 0; ///< 0: none
    QString m_contentLanguage;
    QStringList m_suggested;
    QString m_fieldName;
    bool m_readOnly = false;
    QGridLayout* m_grid;
    QLabel* m_mainLanguage;
    QWidget* m_main;
    QToolButton* m_add;
    QMenu* m_addMenu;
    QAction* m_menuSeparator = nullptr;
    QAction* m_otherLanguage = nullptr;
    QLineEdit* m_otherCode;
    QLabel* m_codeError;
    QList<LanguageRow> m_rows;
};
