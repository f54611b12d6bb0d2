// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/visit/participantdialog.h"

#include "core/languages/dayrange.h"
#include "core/storage/participantrepository.h"
#include "core/storage/personrepository.h"
#include "core/storage/visitrepository.h"
#include "ui/help/helprequest.h"
#include "ui/widgets/codeedits.h"
#include "ui/widgets/recordchoice.h"
#include "ui/widgets/textsize.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRadioButton>

namespace {

const QString personSource = QStringLiteral("participant.personSource");

// Arrival and departure are wall-clock times in the visit's time zone, kept as "no zone" (UTC spec).
QDateTime wallClock(const QDateTimeEdit* edit)
{
    return QDateTime(edit->date(), QTime(edit->time().hour(), edit->time().minute()), Qt::UTC);
}

} // namespace

ParticipantDialog::ParticipantDialog(const VisitParticipant& participant, Database& database, QWidget* parent)
    : RecordDialog(parent), m_database(database), m_original(participant), m_existing(new QRadioButton(this)),
      m_new(new QRadioButton(this)), m_person(new QComboBox(this)), m_givenName(new QLineEdit(this)),
      m_familyName(new QLineEdit(this)), m_latinGivenName(new QLineEdit(this)),
      m_latinFamilyName(new QLineEdit(this)), m_institution(new QComboBox(this)),
      m_country(new CountryEdit(this)), m_email(new QLineEdit(this)), m_role(new QComboBox(this)),
      m_arrivalKnown(new QCheckBox(this)), m_arrival(new QDateTimeEdit(this)),
      m_departureKnown(new QCheckBox(this)), m_departure(new QDateTimeEdit(this)),
      m_accommodation(new QLineEdit(this)), m_notes(new QPlainTextEdit(this))
{
    HelpRequest::setSection(this, QStringLiteral("participants"));
    setObjectName(QStringLiteral("participantDialog"));
    m_existing->setObjectName(QStringLiteral("existingPerson"));
    m_new->setObjectName(QStringLiteral("newPerson"));
    auto* source = new QWidget(this);
    auto* sourceLayout = new QHBoxLayout(source);
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    sourceLayout->addWidget(m_existing);
    sourceLayout->addWidget(m_new);
    sourceLayout->addStretch();
    source->setFocusProxy(m_existing);
    addRow(personSource, source);
    addRow(QStringLiteral("participant.personId"), m_person);
    addRow(QStringLiteral("person.givenName"), m_givenName);
    addRow(QStringLiteral("person.familyName"), m_familyName);
    addRow(QStringLiteral("person.latinGivenName"), m_latinGivenName);
    addRow(QStringLiteral("person.latinFamilyName"), m_latinFamilyName);
    addRow(QStringLiteral("person.institutionId"), m_institution);
    addRow(QStringLiteral("person.country"), m_country);
    addRow(QStringLiteral("person.email"), m_email);
    addRow(QStringLiteral("participant.role"), m_role);

    // Suggested when a time is first ticked: the visit's first and last day.
    QDate firstDay = QDate::currentDate();
    QDate lastDay = firstDay;
    if (const auto visit = VisitRepository(database).get(participant.visitId)) {
        firstDay = visit->firstDay.isValid() ? visit->firstDay : firstDay;
        lastDay = visit->lastDay.isValid() ? visit->lastDay : firstDay;
    }
    addTimeRow(QStringLiteral("participant.arrival"), m_arrivalKnown, m_arrival, participant.arrival,
               QDateTime(firstDay, QTime(12, 0), Qt::UTC));
    addTimeRow(QStringLiteral("participant.departure"), m_departureKnown, m_departure, participant.departure,
               QDateTime(lastDay, QTime(18, 0), Qt::UTC));
    addRow(QStringLiteral("participant.accommodation"), m_accommodation);
    addRow(QStringLiteral("participant.notes"), m_notes);

    // Everyone already in the visit is left out, but for the person this participation is about.
    QSet<Id> inVisit;
    if (const auto participants = ParticipantRepository(database).listForVisit(participant.visitId)) {
        for (const ParticipantRow& row : *participants) {
            if (row.participant.personId != participant.personId) {
                inVisit.insert(row.participant.personId);
            }
        }
    }
    RecordChoice::addPeople(m_person, database, inVisit);
    RecordChoice::makeSearchable(m_person);
    RecordChoice::select(m_person, participant.personId);
    RecordChoice::addNone(m_institution);
    RecordChoice::addInstitutions(m_institution, database);
    RecordChoice::makeSearchable(m_institution);
    for (const ParticipantRole role : EnumInfo<ParticipantRole>::all()) {
        m_role->addItem(QString(), static_cast<int>(role));
    }
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(participant.role)));
    m_accommodation->setText(participant.accommodation);
    m_notes->setPlainText(participant.notes);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(heightForLines(m_notes, 5));

    m_existing->setChecked(true);
    connect(m_existing, &QRadioButton::toggled, this, &ParticipantDialog::showPersonFields);
    showPersonFields();

    const QList<QWidget*> order = {m_existing,
                                   m_new,
                                   m_person,
                                   m_givenName,
                                   m_familyName,
                                   m_latinGivenName,
                                   m_latinFamilyName,
                                   m_institution,
                                   m_country,
                                   m_email,
                                   m_role,
                                   m_arrivalKnown,
                                   m_arrival,
                                   m_departureKnown,
                                   m_departure,
                                   m_accommodation,
                                   m_notes};
    for (qsizetype i = 1; i < order.size(); ++i) {
        setTabOrder(order.at(i - 1), order.at(i));
    }
    m_person->setFocus();
    resize(widthForCharacters(this, 93), sizeHint().height());
    retranslateUi();
}

void ParticipantDialog::addTimeRow(const QString& field, QCheckBox* known, QDateTimeEdit* time,
                                   const QDateTime& value, const QDateTime& suggested)
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(known);
    layout->addWidget(time, 1);
    row->setFocusProxy(known);
    addRow(field, row);
    known->setObjectName(field + QStringLiteral(".known"));
    time->setObjectName(field + QStringLiteral(".time"));
    time->setCalendarPopup(true);
    time->setTimeSpec(Qt::UTC); // wall-clock, no zone: see wallClock()
    time->setDateTime(value.isValid() ? value : suggested);
    // The label's mnemonic goes to what can be used: the time while it is known, else "Known".
    const auto follow = [row, known, time](bool isKnown) {
        time->setEnabled(isKnown);
        row->setFocusProxy(isKnown ? static_cast<QWidget*>(time) : known);
    };
    known->setChecked(value.isValid());
    follow(value.isValid());
    connect(known, &QCheckBox::toggled, row, follow);
}

void ParticipantDialog::showPersonFields()
{
    const bool existing = m_existing->isChecked();
    form()->setRowVisible(m_person->parentWidget(), existing);
    for (QWidget* field : {static_cast<QWidget*>(m_givenName), static_cast<QWidget*>(m_familyName),
                           static_cast<QWidget*>(m_latinGivenName), static_cast<QWidget*>(m_latinFamilyName),
                           static_cast<QWidget*>(m_institution), static_cast<QWidget*>(m_country),
                           static_cast<QWidget*>(m_email)}) {
        // The editor sits in a cell with its error line; the cell is the row's field.
        form()->setRowVisible(field->parentWidget(), !existing);
    }
    if (isVisible()) {
        (existing ? static_cast<QWidget*>(m_person) : m_givenName)->setFocus();
        // Back to the height of the rows shown: the person's fields gone, the dialog shrinks again.
        layout()->activate();
        resize(width(), sizeHint().height());
    }
}

VisitParticipant ParticipantDialog::participant() const
{
    VisitParticipant participant = m_original; // keeps the id and the visit
    participant.personId = createsPerson() ? 0 : std::max<Id>(0, RecordChoice::selected(m_person));
    participant.role = static_cast<ParticipantRole>(m_role->currentData().toInt());
    participant.arrival = m_arrivalKnown->isChecked() ? wallClock(m_arrival) : QDateTime();
    participant.departure = m_departureKnown->isChecked() ? wallClock(m_departure) : QDateTime();
    participant.accommodation = m_accommodation->text().trimmed();
    participant.notes = m_notes->toPlainText().trimmed();
    return participant;
}

bool ParticipantDialog::createsPerson() const
{
    return m_new->isChecked();
}

Person ParticipantDialog::newPerson() const
{
    Person person;
    person.givenName = m_givenName->text().trimmed();
    person.familyName = m_familyName->text().trimmed();
    person.latinGivenName = m_latinGivenName->text().trimmed();
    person.latinFamilyName = m_latinFamilyName->text().trimmed();
    person.institutionId = std::max<Id>(0, RecordChoice::selected(m_institution));
    person.country = m_country->code();
    person.email = m_email->text().trimmed();
    return person;
}

QString ParticipantDialog::personName() const
{
    if (createsPerson()) {
        return newPerson().displayName();
    }
    const auto person = PersonRepository(m_database).get(RecordChoice::selected(m_person));
    return person ? person->displayName() : m_person->currentText().trimmed();
}

FieldErrors ParticipantDialog::check() const
{
    VisitParticipant checked = participant();
    if (createsPerson()) {
        checked.personId = 1; // the person is entered here, and added when saved
    }
    FieldErrors errors = VisitParticipantValidator::validate(checked);
    if (createsPerson()) {
        errors += PersonValidator::validate(newPerson());
    }
    if (!createsPerson() && RecordChoice::selected(m_person) < 0) {
        //: %1 is what was typed in the list of people
        errors.append({QStringLiteral("participant.personId"),
                       tr("Person: no one recorded is called “%1”. Choose a name from the list, or choose "
                          "“New person” to enter them.")
                           .arg(m_person->currentText().trimmed())});
    }
    if (createsPerson() && RecordChoice::selected(m_institution) < 0) {
        //: %1 is what was typed in the list of institutions
        errors.append({QStringLiteral("person.institutionId"),
                       tr("Institution: “%1” is not in the list; choose one of the names it offers, or clear "
                          "the text.")
                           .arg(m_institution->currentText().trimmed())});
    }
    return errors;
}

void ParticipantDialog::retranslateUi()
{
    setWindowTitle(m_original.id ? tr("Edit Participant") : tr("Add Participant"));
    m_existing->setText(tr("E&xisting person"));
    m_new->setText(tr("Ne&w person"));
    setLabel(personSource, tr("Parti&cipant:"));
    setLabel(QStringLiteral("participant.personId"), tr("&Person:"));
    setLabel(QStringLiteral("person.givenName"), tr("&Given name:"));
    setLabel(QStringLiteral("person.familyName"), tr("&Family name:"));
    setLabel(QStringLiteral("person.latinGivenName"), tr("Given name in &Latin script:"));
    setLabel(QStringLiteral("person.latinFamilyName"), tr("Family name in Latin scrip&t:"));
    setLabel(QStringLiteral("person.institutionId"), tr("&Institution:"));
    setLabel(QStringLiteral("person.country"), tr("C&ountry:"));
    setLabel(QStringLiteral("person.email"), tr("&E-mail:"));
    setLabel(QStringLiteral("participant.role"), tr("&Role:"));
    setLabel(QStringLiteral("participant.arrival"), tr("&Arrival:"));
    setLabel(QStringLiteral("participant.departure"), tr("&Departure:"));
    setLabel(QStringLiteral("participant.accommodation"), tr("Acco&mmodation:"));
    setLabel(QStringLiteral("participant.notes"), tr("&Notes:"));
    m_person->lineEdit()->setPlaceholderText(tr("Type any part of the name, in either script"));
    m_latinGivenName->setPlaceholderText(tr("when the name is written in another script"));
    m_country->setPlaceholderText(tr("e.g. Ukraine"));
    m_accommodation->setPlaceholderText(tr("e.g. Hotel Polonia, room 12"));
    //: the arrival or departure time is known and entered
    m_arrivalKnown->setText(tr("Known"));
    m_arrivalKnown->setAccessibleName(tr("Arrival time known"));
    m_arrival->setAccessibleName(tr("Arrival time"));
    //: the arrival or departure time is known and entered
    m_departureKnown->setText(tr("Known"));
    m_departureKnown->setAccessibleName(tr("Departure time known"));
    m_departure->setAccessibleName(tr("Departure time"));
    // The date as the interface language writes it; the time on a 24-hour clock, as in the programme.
    for (QDateTimeEdit* time : {m_arrival, m_departure}) {
        time->setDisplayFormat(shortDateFormat() + QStringLiteral(" HH:mm"));
    }
    //: no institution chosen
    m_institution->setItemText(0, tr("(none)"));
    for (int i = 0; i < m_role->count(); ++i) {
        m_role->setItemText(i, enumDisplayName(static_cast<ParticipantRole>(m_role->itemData(i).toInt())));
    }
}
