// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/records/recorddialog.h"

#include "core/languages/dayrange.h"
#include "ui/documents/textcolours.h"
#include "ui/help/helprequest.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMetaProperty>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

const char* const invalidProperty = "invalid";
/// The field an input belongs to, for inputs inside a composite one.
const char* const fieldProperty = "recordField";

void markInvalid(QWidget* editor, bool invalid)
{
    if (editor->property(invalidProperty).toBool() == invalid) {
        return;
    }
    editor->setProperty(invalidProperty, invalid);
    // The input's own background tinted red, the message below saying why. A style sheet would draw
    // a red frame, but it also replaces the style's drawing of the input: a time box lost its arrows
    // and shrank. The palette keeps the style, its size and, in a dark scheme, readable text.
    if (!invalid) {
        editor->setPalette(QPalette());
        return;
    }
    QPalette palette = editor->palette();
    const QColor base = palette.color(QPalette::Base);
    const QColor red(0xc6, 0x28, 0x28);
    const auto mix = [](int a, int b) { return (a * 3 + b) / 4; };
    palette.setColor(QPalette::Base, QColor(mix(base.red(), red.red()), mix(base.green(), red.green()),
                                            mix(base.blue(), red.blue())));
    editor->setPalette(palette);
}

/// A message's red, readable on the dialog's background in a light or a dark scheme.
QString errorStyle(const QPalette& palette)
{
    return QStringLiteral("color: %1;").arg(errorTextColour(palette).name());
}

} // namespace

RecordDialog::RecordDialog(QWidget* parent)
    : QDialog(parent), m_form(new QFormLayout), m_generalError(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Modal to the window that opened it only: the handbook (F1) stays usable beside it.
    setWindowModality(Qt::WindowModal);
    HelpRequest::addShortcut(this);
    m_generalError->setObjectName(QStringLiteral("generalError"));
    m_generalError->setWordWrap(true);
    m_generalError->setStyleSheet(errorStyle(palette()));
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
    row.error->setStyleSheet(errorStyle(palette()));
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
    m_order.append(field);
    editor->setProperty(fieldProperty, field);
    watchChanges(editor);
    showFullYears();
}

void RecordDialog::showFullYears()
{
    // A date is read with its whole year: the Ukrainian short format writes 15.03.27.
    for (QDateEdit* date : findChildren<QDateEdit*>()) {
        date->setDisplayFormat(shortDateFormat(locale()));
    }
}

void RecordDialog::watchChanges(QWidget* editor)
{
    // The input's own value (its USER property, as a QLineEdit's text or a date edit's date), and
    // the plain inputs inside a composite one.
    QList<QWidget*> inputs{editor};
    inputs += editor->findChildren<QWidget*>();
    const QMetaMethod handler = metaObject()->method(metaObject()->indexOfSlot("inputChanged()"));
    for (QWidget* input : std::as_const(inputs)) {
        const QMetaProperty value = input->metaObject()->userProperty();
        if (value.isValid() && value.hasNotifySignal()) {
            input->setProperty(fieldProperty, editor->property(fieldProperty));
            connect(input, value.notifySignal(), this, handler);
        } else if (auto* text = qobject_cast<QPlainTextEdit*>(input)) {
            input->setProperty(fieldProperty, editor->property(fieldProperty));
            connect(text, &QPlainTextEdit::textChanged, this, &RecordDialog::inputChanged);
        }
    }
}

void RecordDialog::inputChanged()
{
    if (const QObject* input = sender()) {
        edited(input->property(fieldProperty).toString());
    }
}

void RecordDialog::edited(const QString& field)
{
    const bool anyShown =
        std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row& row) { return !row.error->isHidden(); });
    if (!anyShown) {
        return;
    }
    QStringList reported;
    for (const FieldError& error : check()) {
        reported.append(error.field);
    }
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        if (it->error->isHidden() || reported.contains(it.key())) {
            continue;
        }
        // A message check() stands behind goes as soon as it stops reporting it; one that came from
        // the save alone (the file refused it) goes when its own input changes.
        if (it.key() == field || m_checkedShown.contains(it.key())) {
            hideError(it.value());
        }
    }
}

void RecordDialog::hideError(Row& row)
{
    row.error->clear();
    row.error->hide();
    markInvalid(row.editor, false);
    row.editor->setAccessibleDescription(QString());
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
    for (Row& row : m_rows) {
        hideError(row);
    }
    m_generalError->clear();
    m_generalError->hide();
    m_checkedShown.clear();
}

void RecordDialog::showErrors(const FieldErrors& errors)
{
    clearErrors();
    for (const FieldError& error : check()) {
        m_checkedShown.append(error.field);
    }
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
    if (const FieldErrors errors = check(); !errors.isEmpty()) {
        showErrors(errors);
        return;
    }
    if (m_saver) {
        if (Status saved = m_saver(); !saved) {
            showError(saved.error());
            return;
        }
    }
    clearErrors();
    QDialog::accept();
}

void RecordDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (m_focusedOnce) {
        return;
    }
    m_focusedOnce = true;
    // The first input takes what is typed first (without it, a space pressed OK), unless the dialog
    // chose another (the person to add, in a participant's form).
    if (QWidget* chosen = focusWidget(); chosen && !qobject_cast<QPushButton*>(chosen)) {
        return;
    }
    for (const QString& field : std::as_const(m_order)) {
        QWidget* editor = m_rows.value(field).editor;
        if (editor->isEnabled() && editor->isVisibleTo(this) && editor->focusPolicy() != Qt::NoFocus) {
            editor->setFocus(Qt::ActiveWindowFocusReason);
            break;
        }
    }
}

void RecordDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::LocaleChange) {
        showFullYears();
    }
    QDialog::changeEvent(event);
}
