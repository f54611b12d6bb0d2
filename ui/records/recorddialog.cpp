// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/records/recorddialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

const char* const invalidProperty = "invalid";

void markInvalid(QWidget* editor, bool invalid)
{
    editor->setProperty(invalidProperty, invalid);
    // A red frame that every style draws; the message below says why.
    // The selector names the editor's own class, so the frame does not spread to its children
    // (the line inside a spin box, the buttons of a composite input).
    editor->setStyleSheet(invalid ? QStringLiteral("%1 { border: 1px solid #c62828; }")
                                        .arg(QLatin1String(editor->metaObject()->className()))
                                  : QString());
}

} // namespace

RecordDialog::RecordDialog(QWidget* parent)
    : QDialog(parent), m_form(new QFormLayout), m_generalError(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_generalError->setObjectName(QStringLiteral("generalError"));
    m_generalError->setWordWrap(true);
    m_generalError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_generalError->hide();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addStretch();
    layout->addWidget(m_generalError);
    layout->addWidget(m_buttons);
}

void RecordDialog::addRow(const QString& field, QWidget* editor)
{
    Row row;
    row.editor = editor;
    row.label = new QLabel(this);
    row.label->setBuddy(editor);
    row.error = new QLabel(this);
    row.error->setObjectName(QStringLiteral("error:") + field);
    row.error->setWordWrap(true);
    row.error->setStyleSheet(QStringLiteral("color: #c62828;"));
    row.error->hide();
    auto* cell = new QWidget(this);
    auto* cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(editor);
    cellLayout->addWidget(row.error);
    m_form->addRow(row.label, cell);
    editor->setObjectName(field);
    m_rows.insert(field, row);
}

void RecordDialog::setLabel(const QString& field, const QString& text)
{
    const Row row = m_rows.value(field);
    if (row.label) {
        row.label->setText(text);
        QString plain = text;
        row.editor->setAccessibleName(plain.remove(QLatin1Char('&')));
    }
}

void RecordDialog::setReadOnly(bool readOnly)
{
    for (const Row& row : std::as_const(m_rows)) {
        // Text stays readable (and copyable) in a read-only line; other inputs are disabled.
        if (auto* line = qobject_cast<QLineEdit*>(row.editor)) {
            line->setReadOnly(readOnly);
        } else if (auto* text = qobject_cast<QPlainTextEdit*>(row.editor)) {
            text->setReadOnly(readOnly);
        } else {
            row.editor->setEnabled(!readOnly);
        }
    }
    m_buttons->button(QDialogButtonBox::Ok)->setVisible(!readOnly);
}

void RecordDialog::clearErrors()
{
    for (const Row& row : std::as_const(m_rows)) {
        row.error->clear();
        row.error->hide();
        markInvalid(row.editor, false);
        row.editor->setAccessibleDescription(QString());
    }
    m_generalError->clear();
    m_generalError->hide();
}

void RecordDialog::showErrors(const FieldErrors& errors)
{
    clearErrors();
    QWidget* first = nullptr;
    for (const FieldError& error : errors) {
        const auto row = m_rows.constFind(error.field);
        if (row == m_rows.constEnd()) {
            m_generalError->setText(error.message);
            m_generalError->show();
            continue;
        }
        row->error->setText(error.message);
        row->error->show();
        markInvalid(row->editor, true);
        row->editor->setAccessibleDescription(error.message);
        if (!first) {
            first = row->editor;
        }
    }
    if (first) {
        first->setFocus(Qt::OtherFocusReason);
    }
}

void RecordDialog::showError(const Error& error)
{
    showErrors({FieldError{error.field(), error.message()}});
}

QString RecordDialog::errorText(const QString& field) const
{
    const auto row = m_rows.constFind(field);
    if (row == m_rows.constEnd()) {
        return field.isEmpty() && m_generalError->isVisible() ? m_generalError->text() : QString();
    }
    return row->error->isVisible() ? row->error->text() : QString();
}

void RecordDialog::accept()
{
    if (m_saver) {
        if (Status saved = m_saver(); !saved) {
            showError(saved.error());
            return;
        }
    }
    clearErrors();
    QDialog::accept();
}

void RecordDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}
