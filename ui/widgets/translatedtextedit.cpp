// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/translatedtextedit.h"

#include "core/languages/localenames.h"
#include "core/model/codes.h"
#include "core/storage/settingsrepository.h"
#include "ui/documents/textcolours.h"
#include "ui/widgets/lengthcounter.h"
#include "ui/widgets/textsize.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStyle>
#include <QToolButton>

#include <algorithm>

namespace {

/// The languages delegations read most often, offered after the visit's own.
const QStringList usualLanguages = {QStringLiteral("uk"), QStringLiteral("en"), QStringLiteral("cs"),
                                    QStringLiteral("sk"), QStringLiteral("no"), QStringLiteral("de"),
                                    QStringLiteral("lt"), QStringLiteral("fr")};

/// The lines a description shows before it scrolls: in the content language, and in each other one.
constexpr int mainTextLines = 4;
constexpr int translatedTextLines = 4;

} // namespace

QString languageDisplayName(const QString& code)
{
    // Named in itself (CLDR through ICU): "English", not Qt's "American English".
    QString name = LocaleNames::nativeLanguage(code);
    if (name.isEmpty()) {
        return code;
    }
    // CLDR writes most names in lower case, for use within a sentence; here the name stands alone.
    name[0] = name.at(0).toUpper();
    return name;
}

QString contentLanguageOf(Database& database)
{
    const auto language = SettingsRepository(database).contentLanguage();
    return language ? language.value() : QStringLiteral("pl");
}

TranslatedTextEdit::TranslatedTextEdit(Mode mode, QWidget* parent)
    : QWidget(parent), m_mode(mode), m_contentLanguage(QStringLiteral("pl")), m_grid(new QGridLayout(this)),
      m_mainLanguage(new QLabel(this)), m_main(createInput()), m_add(new QToolButton(this)),
      m_addMenu(new QMenu(this)), m_otherCode(new QLineEdit(this)), m_codeError(new QLabel(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setVerticalSpacing(2);
    m_grid->setColumnStretch(1, 1);
    m_main->setObjectName(QStringLiteral("mainText"));
    m_mainLanguage->setObjectName(QStringLiteral("mainLanguage"));
    m_mainLanguage->setBuddy(m_main);
    m_add->setObjectName(QStringLiteral("addLanguage"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    m_add->setMenu(m_addMenu);
    m_otherCode->setObjectName(QStringLiteral("otherLanguageCode"));
    m_otherCode->setMaxLength(3); // a third letter is shown refused rather than cut off
    m_otherCode->hide();
    m_otherCode->installEventFilter(this);
    m_codeError->setObjectName(QStringLiteral("languageError"));
    m_codeError->setWordWrap(true);
    m_codeError->setStyleSheet(QStringLiteral("color: %1;").arg(errorTextColour(palette()).name()));
    m_codeError->hide();
    if (m_mode == Mode::PlainText) {
        m_main->setMaximumHeight(heightForLines(static_cast<QPlainTextEdit*>(m_main), mainTextLines));
    }
    setFocusProxy(m_main);
    m_main->installEventFilter(this);
    connect(m_main, &QObject::objectNameChanged, this, &TranslatedTextEdit::nameInputs);

    const Qt::Alignment labelAlignment = m_mode == Mode::PlainText ? Qt::AlignTop : Qt::Alignment();
    m_grid->addWidget(m_mainLanguage, 0, 0, labelAlignment);
    m_grid->addWidget(m_main, 0, 1);
    m_grid->addWidget(m_add, 0, 2, labelAlignment);
    placeRows();
    rebuildMenu();
    updateTabOrder();
    retranslateUi();
}

QWidget* TranslatedTextEdit::createInput()
{
    if (m_mode == Mode::Line) {
        auto* line = new QLineEdit(this);
        if (m_maximumLength > 0) {
            LengthCounter::attach(line, m_maximumLength);
        }
        return line;
    }
    auto* text = new QPlainTextEdit(this);
    text->setTabChangesFocus(true);
    text->setMaximumHeight(heightForLines(text, translatedTextLines));
    return text;
}

TranslatedTextEdit::LanguageRow& TranslatedTextEdit::appendRow(const QString& code)
{
    LanguageRow row;
    row.code = code;
    row.label = new QLabel(this);
    row.input = createInput();
    row.remove = new QToolButton(this);
    connect(row.remove, &QToolButton::clicked, this, [this, code] { removeLanguage(code); });
    m_rows.append(row);
    return m_rows.last();
}

void TranslatedTextEdit::setMaximumLength(int characters)
{
    m_maximumLength = characters;
    QList<QWidget*> inputs{m_main};
    for (const LanguageRow& row : std::as_const(m_rows)) {
        inputs << row.input;
    }
    for (QWidget* input : std::as_const(inputs)) {
        if (auto* line = qobject_cast<QLineEdit*>(input)) {
            LengthCounter::attach(line, characters);
        }
    }
}

QString TranslatedTextEdit::inputText(const QWidget* input)
{
    if (const auto* line = qobject_cast<const QLineEdit*>(input)) {
        return line->text();
    }
    return static_cast<const QPlainTextEdit*>(input)->toPlainText();
}

void TranslatedTextEdit::setInputText(QWidget* input, const QString& text)
{
    if (auto* line = qobject_cast<QLineEdit*>(input)) {
        line->setText(text);
    } else {
        static_cast<QPlainTextEdit*>(input)->setPlainText(text);
    }
}

void TranslatedTextEdit::setText(const LocalizedText& text)
{
    clearLanguages();
    setInputText(m_main, text.text);
    for (auto it = text.translations.cbegin(); it != text.translations.cend(); ++it) {
        if (it.value().isEmpty()) {
            continue;
        }
        setInputText(appendRow(it.key()).input, it.value());
    }
    placeRows();
    nameInputs();
    updateMenu();
    updateTabOrder();
    setReadOnly(m_readOnly);
    retranslateUi();
}

LocalizedText TranslatedTextEdit::text() const
{
    LocalizedText text;
    text.text = inputText(m_main);
    for (const LanguageRow& row : m_rows) {
        const QString translation = inputText(row.input).trimmed();
        if (!translation.isEmpty()) {
            text.translations.insert(row.code, translation);
        }
    }
    return text;
}

void TranslatedTextEdit::setContentLanguage(const QString& code)
{
    m_contentLanguage = code.trimmed().toLower();
    rebuildMenu();
    retranslateUi();
}

void TranslatedTextEdit::setSuggestedLanguages(const QStringList& codes)
{
    m_suggested = codes;
    rebuildMenu();
}

void TranslatedTextEdit::setFieldName(const QString& name)
{
    m_fieldName = name;
    retranslateUi();
}

void TranslatedTextEdit::setPlaceholderText(const QString& text)
{
    if (auto* line = qobject_cast<QLineEdit*>(m_main)) {
        line->setPlaceholderText(text);
    } else {
        static_cast<QPlainTextEdit*>(m_main)->setPlaceholderText(text);
    }
}

QStringList TranslatedTextEdit::languages() const
{
    QStringList codes;
    for (const LanguageRow& row : m_rows) {
        codes << row.code;
    }
    return codes;
}

QWidget* TranslatedTextEdit::input(const QString& code) const
{
    const auto row = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                  [&code](const LanguageRow& r) { return r.code == code; });
    return row == m_rows.cend() ? nullptr : row->input;
}

bool TranslatedTextEdit::addLanguage(const QString& typed)
{
    const QString code = typed.trimmed().toLower();
    if (!Codes::isLanguageCode(code)) {
        //: %1 is what was typed as the code of a language
        showCodeError(tr("“%1” is not an ISO 639-1 language code (two letters, e.g. uk, cs, no).")
                          .arg(typed.trimmed()));
        return false;
    }
    showCodeError(QString());
    if (code == m_contentLanguage && !input(code)) {
        m_main->setFocus(Qt::OtherFocusReason); // the main text is in that language
        return true;
    }
    if (QWidget* shown = input(code)) {
        shown->setFocus(Qt::OtherFocusReason);
        return true;
    }
    QWidget* added = appendRow(code).input;
    placeRows();
    nameInputs();
    updateMenu();
    updateTabOrder();
    retranslateUi();
    added->setFocus(Qt::OtherFocusReason);
    return true;
}

void TranslatedTextEdit::removeLanguage(const QString& code)
{
    const auto row =
        std::find_if(m_rows.begin(), m_rows.end(), [&code](const LanguageRow& r) { return r.code == code; });
    if (row == m_rows.end()) {
        return;
    }
    for (QWidget* widget :
         {static_cast<QWidget*>(row->label), row->input, static_cast<QWidget*>(row->remove)}) {
        m_grid->removeWidget(widget);
        widget->hide();
        widget->setObjectName(QString()); // no longer found by name while it waits to be deleted
        widget->deleteLater();            // its button's click is still being delivered
    }
    m_rows.erase(row);
    placeRows();
    updateMenu();
    updateTabOrder();
    m_add->setFocus(Qt::OtherFocusReason);
}

void TranslatedTextEdit::reclaimMainInput()
{
    QWidget* holder = m_main->parentWidget();
    if (holder == this || !holder || !holder->layout()) {
        return;
    }
    delete holder->layout()->replaceWidget(m_main, this);
    m_grid->addWidget(m_main, 0, 1);
    updateTabOrder();
}

void TranslatedTextEdit::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    QList<QWidget*> inputs = {m_main};
    for (const LanguageRow& row : std::as_const(m_rows)) {
        inputs << row.input;
        row.remove->setVisible(!readOnly);
    }
    for (QWidget* input : std::as_const(inputs)) {
        // The main input's own change calls this again; only a change is passed on.
        if (auto* line = qobject_cast<QLineEdit*>(input); line && line->isReadOnly() != readOnly) {
            line->setReadOnly(readOnly);
        } else if (auto* text = qobject_cast<QPlainTextEdit*>(input);
                   text && text->isReadOnly() != readOnly) {
            text->setReadOnly(readOnly);
        }
    }
    m_add->setVisible(!readOnly);
    if (readOnly) {
        m_otherCode->hide();
        showCodeError(QString());
    }
}

void TranslatedTextEdit::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

bool TranslatedTextEdit::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_main && event->type() == QEvent::ReadOnlyChange) {
        // A form makes its registered inputs read-only: the other languages follow the main one.
        const auto* line = qobject_cast<QLineEdit*>(m_main);
        const bool readOnly = line ? line->isReadOnly() : static_cast<QPlainTextEdit*>(m_main)->isReadOnly();
        if (readOnly != m_readOnly) {
            setReadOnly(readOnly);
        }
    } else if (watched == m_otherCode && event->type() == QEvent::KeyPress) {
        // Enter and Esc belong to the code typed, not to the dialog's OK and Cancel.
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            addOtherCode();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_otherCode->clear();
            m_otherCode->hide();
            showCodeError(QString());
            m_add->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TranslatedTextEdit::clearLanguages()
{
    for (const LanguageRow& row : std::as_const(m_rows)) {
        for (QWidget* widget :
             {static_cast<QWidget*>(row.label), row.input, static_cast<QWidget*>(row.remove)}) {
            m_grid->removeWidget(widget);
            delete widget;
        }
    }
    m_rows.clear();
    m_otherCode->clear();
    m_otherCode->hide();
    showCodeError(QString());
}

void TranslatedTextEdit::placeRows()
{
    // Rows are laid out again in order, so a removed language leaves no gap.
    const Qt::Alignment labelAlignment = m_mode == Mode::PlainText ? Qt::AlignTop : Qt::Alignment();
    int line = 1;
    for (const LanguageRow& row : std::as_const(m_rows)) {
        for (QWidget* widget :
             {static_cast<QWidget*>(row.label), row.input, static_cast<QWidget*>(row.remove)}) {
            m_grid->removeWidget(widget);
        }
        m_grid->addWidget(row.label, line, 0, labelAlignment);
        m_grid->addWidget(row.input, line, 1);
        m_grid->addWidget(row.remove, line, 2, labelAlignment);
        row.label->setBuddy(row.input);
        row.label->show();
        row.input->show();
        ++line;
    }
    m_grid->removeWidget(m_otherCode);
    m_grid->removeWidget(m_codeError);
    m_grid->addWidget(m_otherCode, line, 1);
    m_grid->addWidget(m_codeError, line + 1, 1, 1, 2);
}

void TranslatedTextEdit::rebuildMenu()
{
    // Only when the languages offered change, never while one of its entries is being chosen.
    m_addMenu->clear();
    QStringList offered;
    for (const QString& suggested : m_suggested + usualLanguages) {
        const QString code = suggested.trimmed().toLower();
        if (offered.contains(code) || code == m_contentLanguage || !Codes::isLanguageCode(code)) {
            continue;
        }
        offered << code;
        QAction* action = m_addMenu->addAction(QString());
        action->setData(code);
        connect(action, &QAction::triggered, this, [this, code] { addLanguage(code); });
    }
    m_menuSeparator = m_addMenu->addSeparator();
    m_otherLanguage = m_addMenu->addAction(QString());
    m_otherLanguage->setObjectName(QStringLiteral("otherLanguage"));
    connect(m_otherLanguage, &QAction::triggered, this, &TranslatedTextEdit::showOtherCode);
    updateMenu();
}

void TranslatedTextEdit::updateMenu()
{
    bool anyOffered = false;
    for (QAction* action : m_addMenu->actions()) {
        const QString code = action->data().toString();
        if (code.isEmpty()) {
            continue;
        }
        //: a language's own name and its code, e.g. "Українська (uk)"
        action->setText(tr("%1 (%2)").arg(languageDisplayName(code), code));
        action->setVisible(!input(code)); // a language shown is not offered again
        anyOffered = anyOffered || action->isVisible();
    }
    m_menuSeparator->setVisible(anyOffered);
    m_otherLanguage->setText(tr("Other Language…"));
}

void TranslatedTextEdit::showOtherCode()
{
    m_otherCode->show();
    m_otherCode->setFocus(Qt::OtherFocusReason);
}

void TranslatedTextEdit::addOtherCode()
{
    if (addLanguage(m_otherCode->text())) {
        m_otherCode->clear();
        m_otherCode->hide();
    } else {
        m_otherCode->selectAll();
    }
}

void TranslatedTextEdit::showCodeError(const QString& message)
{
    m_codeError->setText(message);
    m_codeError->setVisible(!message.isEmpty());
    m_otherCode->setAccessibleDescription(message);
}

void TranslatedTextEdit::nameInputs()
{
    const QString base = m_main->objectName();
    for (const LanguageRow& row : std::as_const(m_rows)) {
        row.input->setObjectName(base + QLatin1Char(':') + row.code);
        row.remove->setObjectName(QStringLiteral("removeLanguage:") + row.code);
        row.label->setObjectName(QStringLiteral("language:") + row.code);
    }
}

QList<QWidget*> TranslatedTextEdit::tabOrder() const
{
    QList<QWidget*> order = {m_main, m_add};
    for (const LanguageRow& row : m_rows) {
        order << row.input << row.remove;
    }
    order << m_otherCode;
    return order;
}

void TranslatedTextEdit::updateTabOrder()
{
    const QList<QWidget*> order = tabOrder();
    for (qsizetype i = 1; i < order.size(); ++i) {
        setTabOrder(order.at(i - 1), order.at(i));
    }
}

void TranslatedTextEdit::retranslateUi()
{
    const auto accessibleName = [this](const QString& language) {
        //: %1 is a field such as Title, %2 the name of the language its text is in, e.g. Українська
        return m_fieldName.isEmpty() ? language : tr("%1 (%2)").arg(m_fieldName, language);
    };
    const QString mainLanguage = languageDisplayName(m_contentLanguage);
    m_mainLanguage->setText(mainLanguage);
    m_main->setAccessibleName(accessibleName(mainLanguage));
    m_add->setText(tr("Add Language…"));
    m_add->setToolTip(tr("Write this text in another language too"));
    // The style draws the menu's arrow in the button's corner without making room for it, over the
    // text's last letters: room on the right, with the text still centred.
    m_add->setMinimumWidth(0);
    m_add->setMinimumWidth(m_add->sizeHint().width() +
                           2 * style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, m_add));
    for (const LanguageRow& row : std::as_const(m_rows)) {
        const QString language = languageDisplayName(row.code);
        row.label->setText(language);
        row.input->setAccessibleName(accessibleName(language));
        row.remove->setText(tr("Remove"));
        //: %1 is the name of a language, e.g. Українська
        row.remove->setToolTip(tr("Remove the text in %1").arg(language));
        row.remove->setAccessibleName(row.remove->toolTip());
    }
    m_otherCode->setAccessibleName(tr("Code of the language to add"));
    m_otherCode->setPlaceholderText(tr("ISO 639-1 code, e.g. no"));
    m_otherCode->setToolTip(tr("Type the two-letter code and press Enter; Esc cancels"));
    updateMenu();
}
