// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/localizedtext.h"
#include "core/model/result.h"
#include "core/model/validation.h"
#include "ui/widgets/userprompts.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

/// A dialog that edits one record in a form and saves it with OK.
///
/// Each input is registered with the field key the core's validators use ("institution.name"); a
/// refused save puts the message under that input, marks it, moves the focus there and keeps the
/// dialog open, so nothing is saved half and nothing typed is lost. A message goes the moment the
/// value is right: when its input changes, or any input for a rule across fields (a last day before
/// the first), check() is asked again. The dialog opens with its first input focused.
///
/// A time typed that is no time of day ("2575") is refused the moment it is typed (TimeEntryGuard):
/// its message shows under the time at once, OK refuses while it stands, and it goes with the next
/// time typed or chosen.
///
/// Before saving, the texts that print (printedTexts()) are checked against the documents' font: a
/// character it lacks (most emoji) would print as □, so OK asks, naming the character and the field,
/// whether to save anyway.
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    /// Saves the form; returns the core's error (a field error, or why the file refused it).
    using Saver = std::function<Status()>;

    explicit RecordDialog(QWidget* parent = nullptr);

    void setSaver(Saver saver) { m_saver = std::move(saver); }
    /// Where the question about characters that cannot be printed is asked; by default a message box.
    void setPrompts(UserPrompts& prompts) { m_prompts = &prompts; }
    /// Shows the record without letting it be changed (a database opened read-only).
    void setReadOnly(bool readOnly);
    /// Shows the errors under their inputs; an error for no known field goes above the buttons.
    void showErrors(const FieldErrors& errors);
    void showError(const Error& error);
    /// The message shown for `field`, empty when none (for tests and screen readers).
    QString errorText(const QString& field) const;

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    /// Sets every label and title; called on construction by subclasses and on a language switch.
    virtual void retranslateUi() = 0;
    /// What is wrong with the form as it stands (the core's validator, and text typed that names
    /// nothing), without saving: OK shows it instead of saving, and a message goes as soon as check()
    /// no longer reports it. By default nothing.
    virtual FieldErrors check() const { return {}; }

    /// A text of the form that prints: the field it is typed in, the language of a translation (empty
    /// for the main text), the text.
    struct PrintedText
    {
        QString field;
        QString language;
        QString text;
    };
    /// The texts of the form that print in documents (names, titles, places). By default none.
    virtual QList<PrintedText> printedTexts() const { return {}; }
    /// `text` and each of its translations, typed in `field`.
    static QList<PrintedText> printed(const QString& field, const LocalizedText& text);

    /// Adds a row: `editor` under `field`, its label set later by setLabel().
    void addRow(const QString& field, QWidget* editor);
    void setLabel(const QString& field, const QString& text);
    QFormLayout* form() const { return m_form; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    void clearErrors();

private:
    struct Row
    {
        QWidget* editor = nullptr;
        QLabel* label = nullptr;
        QLabel* error = nullptr;
    };

    Q_SLOT void inputChanged();
    /// check() and every time refused as typed.
    FieldErrors errorsNow() const;
    /// A time input of `field` refused what was typed, or stopped refusing it.
    void timeRefusalChanged(const QString& field);
    /// The field's name as its label gives it, without the mnemonic and the colon.
    QString fieldName(const QString& field) const;
    /// Asks before saving characters that cannot be printed; returns whether to save.
    bool confirmPrintable();
    /// Calls edited() when `editor` (or an input inside it) changes its value.
    void watchChanges(QWidget* editor);
    /// An input of `field` changed: the messages that check() no longer reports go.
    void edited(const QString& field);
    void hideError(Row& row);
    /// Every date input shows the year in full, in the dialog's locale.
    void showFullYears();

    QFormLayout* m_form;
    QLabel* m_generalError;
    QDialogButtonBox* m_buttons;
    QHash<QString, Row> m_rows;
    QStringList m_order;        ///< the fields in the order of the form
    QStringList m_checkedShown; ///< fields whose shown message check() reported: any change may clear it
    Saver m_saver;
    UserPrompts m_ownPrompts;
    UserPrompts* m_prompts = &m_ownPrompts;
    bool m_focusedOnce = false;
};
