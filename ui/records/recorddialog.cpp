// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/records/recorddialog.h"

#include "core/languages/dayrange.h"
#include "ui/documents/documentfonts.h"
#include "ui/documents/textcolours.h"
#include "ui/help/helprequest.h"
#include "ui/widgets/timeentryguard.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMetaProperty>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
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
        } else if (auto* list = qobject_cast<QListWidget*>(input)) {
            // Items ticked or unticked: a project's partners, a group's members.
            input->setProperty(fieldProperty, editor->property(fieldProperty));
            connect(list, &QListWidget::itemChanged, this, &RecordDialog::inputChanged);
        } else if (auto* tree = qobject_cast<QTreeWidget*>(input)) {
            input->setProperty(fieldProperty, editor->property(fieldProperty));
            connect(tree, &QTreeWidget::itemChanged, this, &RecordDialog::inputChanged);
        }
        // Every time of day typed is checked as it is typed (a date alone needs no guard).
        if (auto* time = qobject_cast<QDateTimeEdit*>(input); time && !qobject_cast<QDateEdit*>(input)) {
            const QString field = editor->property(fieldProperty).toString();
            connect(TimeEntryGuard::install(time), &TimeEntryGuard::refusedChanged, this,
                    [this, field] { timeRefusalChanged(field); });
        }
    }
}

FieldErrors RecordDialog::errorsNow() const
{
    FieldErrors errors;
    for (const QString& field : m_order) {
        const Row row = m_rows.value(field);
        QList<QDateTimeEdit*> times = row.editor->findChildren<QDateTimeEdit*>();
        if (auto* own = qobject_cast<QDateTimeEdit*>(row.editor)) {
            times.prepend(own);
        }
        for (const QDateTimeEdit* time : std::as_const(times)) {
            const TimeEntryGuard* guard = TimeEntryGuard::of(time);
            if (guard && !guard->refused().isEmpty()) {
                //: %1 is the field's name, e.g. "Start"; %2 what was typed in it, e.g. "25:75"
                errors.append({field, tr("%1: %2 is not a time of day. Type hours 00–23 and minutes 00–59, "
                                         "such as 0930 or 9:30.")
                                          .arg(fieldName(field), guard->refused())});
            }
        }
    }
    return errors + check();
}

void RecordDialog::timeRefusalChanged(const QString& field)
{
    const auto row = m_rows.find(field);
    if (row == m_rows.end()) {
        return;
    }
    for (const FieldError& error : errorsNow()) {
        if (error.field == field) {
            // Shown while typing, the focus left where it is.
            row->error->setText(error.message);
            row->error->show();
            markInvalid(row->editor, true);
            row->editor->setAccessibleDescription(error.message);
            if (!m_checkedShown.contains(field)) {
                m_checkedShown.append(field);
            }
            return;
        }
    }
    edited(field);
}

QString RecordDialog::fieldName(const QString& field) const
{
    const Row row = m_rows.value(field);
    QString name = row.label ? row.label->text().remove(QLatin1Char('&')).trimmed() : field;
    while (name.endsWith(QLatin1Char(':'))) {
        name.chop(1);
    }
    return name.trimmed();
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
    for (const FieldError& error : errorsNow()) {
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
    for (const FieldError& error : errorsNow()) {
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
    if (const FieldErrors errors = errorsNow(); !errors.isEmpty()) {
        showErrors(errors);
        return;
    }
    if (!confirmPrintable()) {
        return; // back to the form, to change what would not print
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

QList<RecordDialog::PrintedText> RecordDialog::printed(const QString& field, const LocalizedText& text)
{
    QList<PrintedText> texts{{field, QString(), text.text}};
    for (auto it = text.translations.cbegin(); it != text.translations.cend(); ++it) {
        texts.append({field, it.key(), it.value()});
    }
    return texts;
}

bool RecordDialog::confirmPrintable()
{
    QStringList problems;
    for (const PrintedText& printed : printedTexts()) {
        const QStringList missing = DocumentFonts::unprintable(printed.text);
        if (missing.isEmpty()) {
            continue;
        }
        const QString name = printed.language.isEmpty()
                                 ? fieldName(printed.field)
                                 //: a field and the language of one of its translations, e.g. "Title (uk)"
                                 : tr("%1 (%2)").arg(fieldName(printed.field), printed.language);
        //: %1 is a field ("Title"), %2 the characters, e.g. "👍 🚀"; %n how many they are
        problems
            << tr("“%1” contains %2, which the printed documents cannot show: %n character(s) would print "
                  "as □.",
                  nullptr, int(missing.size()))
                   .arg(name, missing.join(QLatin1Char(' ')));
    }
    if (problems.isEmpty()) {
        return true;
    }
    const QString text = problems.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                         tr("Save anyway, or cancel and change them in the form?");
    return m_prompts->confirm(this, tr("Characters That Cannot Be Printed"), text, tr("Save &Anyway"));
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
