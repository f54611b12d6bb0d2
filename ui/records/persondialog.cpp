// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/records/persondialog.h"

#include "core/languages/searchtext.h"
#include "core/storage/institutionrepository.h"
#include "core/storage/personrepository.h"
#include "ui/editing/databasedocument.h"
#include "ui/help/helprequest.h"
#include "ui/widgets/codeedits.h"
#include "ui/widgets/searchcompleter.h"
#include "ui/widgets/textsize.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>

#include <algorithm>

PersonDialog::PersonDialog(const Person& person, Database& database, QWidget* parent)
    : RecordDialog(parent), m_original(person), m_givenName(new QLineEdit(this)),
      m_familyName(new QLineEdit(this)), m_latinGivenName(new QLineEdit(this)),
      m_latinFamilyName(new QLineEdit(this)), m_institution(new QComboBox(this)),
      m_position(new QLineEdit(this)), m_country(new CountryEdit(this)), m_languages(new LanguagesEdit(this)),
      m_email(new QLineEdit(this)), m_phone(new QLineEdit(this)), m_diet(new QComboBox(this)),
      m_dietNote(new QLineEdit(this)), m_accessibilityNeeds(new QPlainTextEdit(this)),
      m_consent(new QWidget(this)), m_consentGiven(new QCheckBox(m_consent)),
      m_consentDate(new QDateEdit(m_consent)), m_notes(new QPlainTextEdit(this))
{
    HelpRequest::setSection(this, QStringLiteral("people"));
    setObjectName(QStringLiteral("personDialog"));
    addRow(QStringLiteral("person.givenName"), m_givenName);
    addRow(QStringLiteral("person.familyName"), m_familyName);
    addRow(QStringLiteral("person.latinGivenName"), m_latinGivenName);
    addRow(QStringLiteral("person.latinFamilyName"), m_latinFamilyName);
    addRow(QStringLiteral("person.institutionId"), m_institution);
    addRow(QStringLiteral("person.position"), m_position);
    addRow(QStringLiteral("person.country"), m_country);
    addRow(QStringLiteral("person.languages"), m_languages);
    addRow(QStringLiteral("person.email"), m_email);
    addRow(QStringLiteral("person.phone"), m_phone);
    addRow(QStringLiteral("person.diet"), m_diet);
    addRow(QStringLiteral("person.dietNote"), m_dietNote);
    addRow(QStringLiteral("person.accessibilityNeeds"), m_accessibilityNeeds);
    addRow(QStringLiteral("person.consentDate"), m_consent);
    addRow(QStringLiteral("person.notes"), m_notes);

    // A date edit cannot be empty, and most people on file never signed anything: the box says
    // whether there is a date at all.
    auto* consentLayout = new QHBoxLayout(m_consent);
    consentLayout->setContentsMargins(0, 0, 0, 0);
    consentLayout->addWidget(m_consentGiven);
    consentLayout->addWidget(m_consentDate);
    consentLayout->addStretch();
    m_consent->setFocusProxy(m_consentGiven);
    m_consentGiven->setObjectName(QStringLiteral("consentGiven"));
    m_consentDate->setObjectName(QStringLiteral("consentDate"));
    m_consentDate->setCalendarPopup(true);
    connect(m_consentGiven, &QCheckBox::toggled, m_consentDate, &QWidget::setEnabled);

    SearchCompleter::attach(m_institution);
    loadInstitutions(database);

    for (const DietCategory diet : EnumInfo<DietCategory>::all()) {
        m_diet->addItem(QString(), static_cast<int>(diet));
    }
    m_accessibilityNeeds->setTabChangesFocus(true);
    m_accessibilityNeeds->setMaximumHeight(heightForLines(m_accessibilityNeeds, 4));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(heightForLines(m_notes, 6));

    m_givenName->setText(person.givenName);
    m_familyName->setText(person.familyName);
    m_latinGivenName->setText(person.latinGivenName);
    m_latinFamilyName->setText(person.latinFamilyName);
    m_institution->setCurrentIndex(std::max(0, m_institution->findData(person.institutionId)));
    m_position->setText(person.position);
    m_country->setCode(person.country);
    m_languages->setCodes(person.languages);
    m_email->setText(person.email);
    m_phone->setText(person.phone);
    m_diet->setCurrentIndex(m_diet->findData(static_cast<int>(person.diet)));
    m_dietNote->setText(person.dietNote);
    m_accessibilityNeeds->setPlainText(person.accessibilityNeeds);
    m_consentGiven->setChecked(person.consentDate.isValid());
    m_consentDate->setDate(person.consentDate.isValid() ? person.consentDate : QDate::currentDate());
    m_consentDate->setEnabled(m_consentGiven->isChecked());
    m_notes->setPlainText(person.notes);
    resize(widthForCharacters(this, 93), sizeHint().height());
    retranslateUi();
}

void PersonDialog::loadInstitutions(Database& database)
{
    m_institution->addItem(QString(), Id(0)); // "(none)", named in retranslateUi()
    const auto institutions = InstitutionRepository(database).list();
    if (!institutions) {
        // Saving now would drop the person's institution: keep it, and say why it can't be changed.
        m_institution->setEnabled(false);
        showError(institutions.error());
        return;
    }
    QList<InstitutionSummary> sorted = institutions.value();
    QCollator collator{QLocale()};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(sorted.begin(), sorted.end(),
              [&collator](const InstitutionSummary& a, const InstitutionSummary& b) {
                  const int byName = collator.compare(a.name, b.name);
                  return byName != 0 ? byName < 0 : collator.compare(a.city, b.city) < 0;
              });
    QHash<QString, int> uses;
    for (const InstitutionSummary& institution : std::as_const(sorted)) {
        ++uses[institution.name.toCaseFolded()];
    }
    for (const InstitutionSummary& institution : std::as_const(sorted)) {
        // Two centres of one name (a MOPS in each town) are told apart by their city.
        const bool shared = uses.value(institution.name.toCaseFolded()) > 1 && !institution.city.isEmpty();
        m_institution->addItem(shared ? QStringLiteral("%1 (%2)").arg(institution.name, institution.city)
                                      : institution.name,
                               institution.id);
    }
    m_institutionsLoaded = true;
}

std::optional<Id> PersonDialog::chosenInstitution() const
{
    if (!m_institutionsLoaded) {
        return m_original.institutionId;
    }
    const QString text = m_institution->currentText().trimmed();
    if (text.isEmpty()) {
        return Id(0);
    }
    // The item chosen first: two institutions may share a name and a city.
    const int current = m_institution->currentIndex();
    const QString wanted = SearchText::folded(text);
    if (current >= 0 && SearchText::folded(m_institution->itemText(current)) == wanted) {
        return m_institution->itemData(current).toLongLong();
    }
    for (int i = 0; i < m_institution->count(); ++i) {
        if (SearchText::folded(m_institution->itemText(i)) == wanted) {
            return m_institution->itemData(i).toLongLong();
        }
    }
    return std::nullopt;
}

Person PersonDialog::person() const
{
    Person person = m_original; // keeps the id
    person.givenName = m_givenName->text();
    person.familyName = m_familyName->text();
    person.latinGivenName = m_latinGivenName->text();
    person.latinFamilyName = m_latinFamilyName->text();
    person.institutionId = chosenInstitution().value_or(0);
    person.position = m_position->text();
    person.country = m_country->code();
    person.languages = m_languages->codes();
    person.email = m_email->text();
    person.phone = m_phone->text();
    person.diet = static_cast<DietCategory>(m_diet->currentData().toInt());
    person.dietNote = m_dietNote->text();
    person.accessibilityNeeds = m_accessibilityNeeds->toPlainText();
    person.consentDate = m_consentGiven->isChecked() ? m_consentDate->date() : QDate();
    person.notes = m_notes->toPlainText();
    return person;
}

Id PersonDialog::addPerson(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent,
                           const Person& draft)
{
    PersonDialog dialog(draft, document.database(), parent);
    dialog.setPrompts(prompts);
    Id created = 0;
    dialog.setSaver([&]() -> Status {
        const Person person = dialog.person();
        const QString name = person.displayName();
        auto id =
            document.edits().apply<Id>([name] { return tr("Add person ‘%1’").arg(name); },
                                       [&] { return PersonRepository(document.database()).create(person); });
        if (!id) {
            return id.error();
        }
        created = id.value();
        return success();
    });
    return dialog.exec() == QDialog::Accepted ? created : 0;
}

FieldErrors PersonDialog::check() const
{
    FieldErrors errors = PersonValidator::validate(person());
    // The core only sees an id; a name typed that matches no institution is caught here, where the
    // text is, rather than saved as "no institution" without a word.
    if (!chosenInstitution()) {
        //: %1 is the text typed in the Institution box
        errors.append({QStringLiteral("person.institutionId"),
                       tr("Institution: \"%1\" is not in the list. Choose one of the institutions, or add it "
                          "on the Institutions page first.")
                           .arg(m_institution->currentText().trimmed())});
    }
    return errors;
}

void PersonDialog::retranslateUi()
{
    setWindowTitle(m_original.id ? tr("Edit Person") : tr("New Person"));
    setLabel(QStringLiteral("person.givenName"), tr("&Given name:"));
    setLabel(QStringLiteral("person.familyName"), tr("&Family name:"));
    setLabel(QStringLiteral("person.latinGivenName"), tr("Given name in &Latin script:"));
    setLabel(QStringLiteral("person.latinFamilyName"), tr("Family name in Latin scrip&t:"));
    setLabel(QStringLiteral("person.institutionId"), tr("&Institution:"));
    setLabel(QStringLiteral("person.position"), tr("&Position:"));
    setLabel(QStringLiteral("person.country"), tr("C&ountry:"));
    setLabel(QStringLiteral("person.languages"), tr("Lang&uages:"));
    setLabel(QStringLiteral("person.email"), tr("&E-mail:"));
    setLabel(QStringLiteral("person.phone"), tr("P&hone:"));
    setLabel(QStringLiteral("person.diet"), tr("&Diet:"));
    setLabel(QStringLiteral("person.dietNote"), tr("Diet &note:"));
    setLabel(QStringLiteral("person.accessibilityNeeds"), tr("&Accessibility needs:"));
    //: the row holding "Consent given on" and its date
    setLabel(QStringLiteral("person.consentDate"), tr("Personal data:"));
    setLabel(QStringLiteral("person.notes"), tr("Note&s:"));
    //: the name in Latin script, when the person writes theirs in Cyrillic or another script
    const QString latinHint = tr("as in the passport, for badges and bookings");
    m_latinGivenName->setPlaceholderText(latinHint);
    m_latinFamilyName->setPlaceholderText(latinHint);
    m_latinGivenName->setToolTip(latinHint);
    m_latinFamilyName->setToolTip(latinHint);
    //: the empty choice of the Institution box
    m_institution->setItemText(0, tr("(none)"));
    m_position->setPlaceholderText(tr("e.g. social worker, director"));
    m_country->setPlaceholderText(tr("e.g. Ukraine"));
    //: names of languages as the list offers them, separated by commas
    m_languages->setPlaceholderText(tr("e.g. Ukrainian, Polish, English"));
    m_dietNote->setPlaceholderText(tr("e.g. allergic to nuts"));
    //: consent to their personal data being kept; a date follows
    m_consentGiven->setText(tr("&Consent given on"));
    m_consentDate->setAccessibleName(tr("Consent date"));
    for (int i = 0; i < m_diet->count(); ++i) {
        m_diet->setItemText(i, enumDisplayName(static_cast<DietCategory>(m_diet->itemData(i).toInt())));
    }
}

QList<RecordDialog::PrintedText> PersonDialog::printedTexts() const
{
    const Person shown = person();
    return {{QStringLiteral("person.givenName"), {}, shown.givenName},
            {QStringLiteral("person.familyName"), {}, shown.familyName},
            {QStringLiteral("person.latinGivenName"), {}, shown.latinGivenName},
            {QStringLiteral("person.latinFamilyName"), {}, shown.latinFamilyName},
            {QStringLiteral("person.position"), {}, shown.position}};
}
