// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/visit/sessiondialog.h"

#include "core/model/textlimits.h"
#include "core/storage/participantrepository.h"
#include "core/storage/visitrepository.h"
#include "ui/help/helprequest.h"
#include "ui/records/institutiondialog.h"
#include "ui/widgets/codeedits.h"
#include "ui/widgets/recordchoice.h"
#include "ui/widgets/textsize.h"
#include "ui/widgets/translatedtextedit.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimeEdit>

#include <algorithm>

namespace {

/// The id under which the venue list holds an institution entered in place, not yet stored.
constexpr Id newVenueId = -2;

/// A time of day on a 24-hour clock whose minutes step by five: a programme is planned in
/// five-minute steps, and nine presses from 09:00 should not be needed to reach 09:45.
class FiveMinuteTimeEdit final : public QTimeEdit
{
public:
    explicit FiveMinuteTimeEdit(QWidget* parent) : QTimeEdit(parent)
    {
        setDisplayFormat(QStringLiteral("HH:mm"));
    }

    void stepBy(int steps) override
    {
        if (currentSection() != MinuteSection) {
            QTimeEdit::stepBy(steps);
            return;
        }
        const int minutes = time().hour() * 60 + time().minute();
        // A time off the grid goes to the next step in the direction asked: 09:03 up is 09:05.
        const int step = steps > 0 ? minutes / 5 + steps : (minutes + 4) / 5 + steps;
        const int target = std::clamp(step * 5, 0, 23 * 60 + 55);
        setTime(QTime(target / 60, target % 60));
    }
};

} // namespace

SessionDialog::SessionDialog(const Session& session, Database& database, QWidget* parent)
    : RecordDialog(parent), m_database(database), m_original(session), m_day(new QDateEdit(this)),
      m_start(new FiveMinuteTimeEdit(this)), m_end(new FiveMinuteTimeEdit(this)),
      m_title(new TranslatedTextEdit(TranslatedTextEdit::Mode::Line, this)), m_kind(new QComboBox(this)),
      m_venue(new QComboBox(this)), m_addVenue(new QPushButton(this)), m_room(new QLineEdit(this)),
      m_address(new QLineEdit(this)), m_city(new QLineEdit(this)), m_language(new LanguagesEdit(this)),
      m_interpretation(new QComboBox(this)), m_interpretedInto(new LanguagesEdit(this)),
      m_peopleRows(new QVBoxLayout), m_addPerson(new QPushButton(this)),
      m_wholeDelegation(new QRadioButton(this)), m_chosen(new QRadioButton(this)),
      m_audience(new QListWidget(this)),
      m_description(new TranslatedTextEdit(TranslatedTextEdit::Mode::PlainText, this)),
      m_notes(new QPlainTextEdit(this))
{
    HelpRequest::setSection(this, QStringLiteral("programme"));
    setObjectName(QStringLiteral("sessionDialog"));
    addRow(QStringLiteral("session.day"), m_day);
    addRow(QStringLiteral("session.start"), m_start);
    addRow(QStringLiteral("session.end"), m_end);
    // The main inputs carry the fields' labels and errors; the other languages sit under them.
    addRow(QStringLiteral("session.title"), m_title->mainInput());
    m_title->reclaimMainInput();
    m_title->setMaximumLength(TextLimits::sessionTitle);
    addRow(QStringLiteral("session.kind"), m_kind);
    addRow(QStringLiteral("session.venue"), m_venue);
    // The button goes beside the list it adds to; the row's cell holds the input above its error line.
    m_addVenue->setObjectName(QStringLiteral("newVenue"));
    if (auto* cell = qobject_cast<QBoxLayout*>(m_venue->parentWidget()->layout())) {
        auto* line = new QHBoxLayout;
        cell->removeWidget(m_venue);
        line->addWidget(m_venue, 1);
        line->addWidget(m_addVenue);
        cell->insertLayout(0, line);
    } else {
        form()->addRow(QString(), m_addVenue);
    }
    addRow(QStringLiteral("session.room"), m_room);
    addRow(QStringLiteral("session.address"), m_address);
    addRow(QStringLiteral("session.city"), m_city);
    addRow(QStringLiteral("session.language"), m_language);
    // The mode, then the languages interpreted into, on one line; the row's label names the mode.
    auto* interpretation = new QWidget(this);
    auto* interpretationLine = new QHBoxLayout(interpretation);
    interpretationLine->setContentsMargins(0, 0, 0, 0);
    interpretationLine->addWidget(m_interpretation);
    interpretationLine->addWidget(m_interpretedInto, 1);
    interpretation->setFocusProxy(m_interpretation);
    m_interpretedInto->setObjectName(QStringLiteral("session.interpretedInto"));
    for (const InterpretationMode mode : EnumInfo<InterpretationMode>::all()) {
        m_interpretation->addItem(QString(), static_cast<int>(mode));
    }
    addRow(QStringLiteral("session.interpretation"), interpretation);
    m_interpretation->setObjectName(QStringLiteral("session.interpretationMode"));

    auto* people = new QWidget(this);
    auto* peopleLayout = new QVBoxLayout(people);
    peopleLayout->setContentsMargins(0, 0, 0, 0);
    m_peopleRows->setContentsMargins(0, 0, 0, 0);
    peopleLayout->addLayout(m_peopleRows);
    peopleLayout->addWidget(m_addPerson, 0, Qt::AlignLeft);
    people->setFocusProxy(m_addPerson);
    m_addPerson->setObjectName(QStringLiteral("addSessionPerson"));
    addRow(QStringLiteral("session.people"), people);

    auto* audience = new QWidget(this);
    auto* audienceLayout = new QVBoxLayout(audience);
    audienceLayout->setContentsMargins(0, 0, 0, 0);
    auto* audienceChoice = new QHBoxLayout;
    audienceChoice->addWidget(m_wholeDelegation);
    audienceChoice->addWidget(m_chosen);
    audienceChoice->addStretch();
    audienceLayout->addLayout(audienceChoice);
    audienceLayout->addWidget(m_audience);
    audience->setFocusProxy(m_wholeDelegation);
    m_wholeDelegation->setObjectName(QStringLiteral("wholeDelegation"));
    m_chosen->setObjectName(QStringLiteral("chosenParticipants"));
    m_audience->setObjectName(QStringLiteral("audienceList"));
    m_audience->setMaximumHeight(heightForLines(m_audience, 7));
    addRow(QStringLiteral("session.audience"), audience);
    addRow(QStringLiteral("session.description"), m_description->mainInput());
    m_description->reclaimMainInput();
    addRow(QStringLiteral("session.notes"), m_notes);

    m_day->setCalendarPopup(true);
    for (const SessionKind kind : EnumInfo<SessionKind>::all()) {
        m_kind->addItem(QString(), static_cast<int>(kind));
    }
    RecordChoice::addNone(m_venue);
    RecordChoice::addInstitutions(m_venue, database);
    RecordChoice::makeSearchable(m_venue);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(heightForLines(m_notes, 3));
    if (const auto visit = VisitRepository(database).get(session.visitId)) {
        m_visitLanguages = visit->workingLanguages + visit->printLanguages;
    }
    const QString contentLanguage = contentLanguageOf(database);
    for (TranslatedTextEdit* text : {m_title, m_description}) {
        text->setContentLanguage(contentLanguage);
        text->setSuggestedLanguages(m_visitLanguages);
    }

    const QDateTime start =
        session.startsAt.isValid() ? session.startsAt : QDateTime(QDate::currentDate(), QTime(9, 0), Qt::UTC);
    const QDateTime end = session.endsAt.isValid() ? session.endsAt : start.addSecs(60 * 60);
    m_endDayOffset = static_cast<int>(std::max<qint64>(0, start.date().daysTo(end.date())));
    m_day->setDate(start.date());
    m_start->setTime(start.time());
    m_end->setTime(end.time());
    m_title->setText(session.title);
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(session.kind)));
    RecordChoice::select(m_venue, session.venueInstitutionId);
    m_room->setText(session.room);
    m_address->setText(session.address);
    m_city->setText(session.city);
    m_language->setCodes(session.language.isEmpty() ? QStringList() : QStringList{session.language});
    m_interpretation->setCurrentIndex(m_interpretation->findData(static_cast<int>(session.interpretation)));
    m_interpretedInto->setCodes(session.interpretedInto);
    for (const SessionPerson& person : session.people) {
        addPerson(person);
    }
    if (const auto participants = ParticipantRepository(database).listForVisit(session.visitId)) {
        for (const ParticipantRow& row : *participants) {
            auto* item = new QListWidgetItem(m_audience);
            item->setData(Qt::UserRole, row.participant.id);
            item->setData(Qt::UserRole + 1, static_cast<int>(row.participant.role));
            item->setData(Qt::UserRole + 2, row.displayName);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(session.audienceParticipantIds.contains(row.participant.id) ? Qt::Checked
                                                                                            : Qt::Unchecked);
        }
    }
    (session.wholeDelegation ? m_wholeDelegation : m_chosen)->setChecked(true);
    m_description->setText(session.description);
    m_notes->setPlainText(session.notes);

    connect(m_addVenue, &QPushButton::clicked, this, &SessionDialog::enterNewVenue);
    connect(m_venue, &QComboBox::currentIndexChanged, this, &SessionDialog::fillCityFromVenue);
    connect(m_addPerson, &QPushButton::clicked, this, [this] {
        addPerson({});
        m_people.constLast().person->setFocus();
    });
    connect(m_wholeDelegation, &QRadioButton::toggled, this, &SessionDialog::showAudience);
    // A later start moves the end with it: the session keeps its length until the end is set.
    connect(m_start, &QTimeEdit::timeChanged, this, [this, previous = m_start->time()](QTime time) mutable {
        const int delta = static_cast<int>(previous.secsTo(time));
        previous = time;
        const QTime end = m_end->time().addSecs(delta);
        // Not past midnight, where addSecs() would wrap round to the morning.
        if ((delta > 0 && end > m_end->time()) || (delta < 0 && end < m_end->time())) {
            m_end->setTime(end);
        }
    });
    connect(m_interpretation, &QComboBox::currentIndexChanged, this, &SessionDialog::showInterpretedInto);
    showAudience();
    showInterpretedInto();
    updateTabOrder();
    m_title->setFocus();
    resize(widthForCharacters(this, 100), sizeHint().height());
    retranslateUi();
}

Session SessionDialog::session() const
{
    Session session = m_original; // keeps the id and the visit
    const QDate day = m_day->date();
    session.startsAt = QDateTime(day, m_start->time(), Qt::UTC);
    session.endsAt = QDateTime(day.addDays(m_endDayOffset), m_end->time(), Qt::UTC);
    session.title = m_title->text();
    session.title.text = session.title.text.trimmed();
    session.kind = static_cast<SessionKind>(m_kind->currentData().toInt());
    const Id venue = RecordChoice::selected(m_venue);
    session.venueInstitutionId = venue > 0 ? venue : 0;
    session.room = m_room->text().trimmed();
    session.address = m_address->text().trimmed();
    session.city = m_city->text().trimmed();
    session.language = m_language->codes().value(0);
    session.interpretation = static_cast<InterpretationMode>(m_interpretation->currentData().toInt());
    session.interpretedInto =
        session.interpretation == InterpretationMode::None ? QStringList() : m_interpretedInto->codes();
    session.people.clear();
    for (const PersonEntry& entry : m_people) {
        if (entry.person->currentText().trimmed().isEmpty()) {
            continue; // a row added and left empty
        }
        // A name typed that matches no one stays 0, which the core refuses on "session.people".
        session.people.append({std::max<Id>(0, RecordChoice::selected(entry.person)),
                               static_cast<SessionRole>(entry.role->currentData().toInt())});
    }
    session.wholeDelegation = m_wholeDelegation->isChecked();
    session.audienceParticipantIds.clear();
    for (int i = 0; i < m_audience->count(); ++i) {
        if (m_audience->item(i)->checkState() == Qt::Checked) {
            session.audienceParticipantIds.append(m_audience->item(i)->data(Qt::UserRole).toLongLong());
        }
    }
    session.description = m_description->text();
    session.description.text = session.description.text.trimmed();
    session.notes = m_notes->toPlainText().trimmed();
    return session;
}

std::optional<Institution> SessionDialog::newVenue() const
{
    return RecordChoice::selected(m_venue) == newVenueId ? m_newVenue : std::nullopt;
}

FieldErrors SessionDialog::check() const
{
    FieldErrors errors = SessionValidator::validate(session());
    if (RecordChoice::selected(m_venue) == -1) {
        //: %1 is what was typed in the list of institutions
        errors.append({QStringLiteral("session.venue"),
                       tr("Venue: “%1” is not in the list. Choose an institution from it, enter a new one "
                          "with “New Institution…”, or clear the text and give the address.")
                           .arg(m_venue->currentText().trimmed())});
    }
    return errors;
}

void SessionDialog::enterNewVenue()
{
    Institution institution = m_newVenue.value_or(Institution{});
    if (institution.city.isEmpty()) {
        institution.city = m_city->text().trimmed();
    }
    InstitutionDialog dialog(institution, this);
    dialog.setLanguages(m_title->contentLanguage(), m_visitLanguages);
    // Checked now, stored with the session: cancelling the session leaves no institution behind,
    // and one Undo takes back both.
    dialog.setSaver([&dialog]() -> Status {
        const FieldErrors errors = InstitutionValidator::validate(dialog.institution());
        return errors.isEmpty() ? success() : Status(validationError(errors));
    });
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    m_newVenue = dialog.institution();
    int index = m_venue->findData(newVenueId, RecordChoice::IdRole);
    if (index < 0) {
        m_venue->addItem(QString(), newVenueId);
        index = m_venue->count() - 1;
    }
    m_venue->setItemData(index, m_newVenue->city.trimmed(), RecordChoice::CityRole);
    retranslateUi(); // names the new item
    m_venue->setCurrentIndex(index);
    fillCityFromVenue();
}

void SessionDialog::fillCityFromVenue()
{
    if (m_city->text().trimmed().isEmpty()) {
        m_city->setText(m_venue->currentData(RecordChoice::CityRole).toString());
    }
}

void SessionDialog::addPerson(const SessionPerson& person)
{
    PersonEntry entry;
    entry.row = new QWidget(this);
    entry.person = new QComboBox(entry.row);
    entry.role = new QComboBox(entry.row);
    entry.remove = new QPushButton(entry.row);
    entry.person->setObjectName(QStringLiteral("sessionPerson"));
    entry.role->setObjectName(QStringLiteral("sessionPersonRole"));
    entry.remove->setObjectName(QStringLiteral("removeSessionPerson"));
    auto* layout = new QHBoxLayout(entry.row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(entry.person, 1);
    layout->addWidget(entry.role);
    layout->addWidget(entry.remove);
    RecordChoice::addPeople(entry.person, m_database);
    RecordChoice::makeSearchable(entry.person);
    RecordChoice::select(entry.person, person.personId);
    for (const SessionRole role : EnumInfo<SessionRole>::all()) {
        entry.role->addItem(QString(), static_cast<int>(role));
    }
    entry.role->setCurrentIndex(entry.role->findData(static_cast<int>(person.role)));
    QWidget* row = entry.row;
    connect(entry.remove, &QPushButton::clicked, this, [this, row] { removePerson(row); });
    m_peopleRows->addWidget(entry.row);
    m_people.append(entry);
    retranslateUi();
    updateTabOrder();
}

void SessionDialog::removePerson(QWidget* row)
{
    const auto entry =
        std::find_if(m_people.begin(), m_people.end(), [row](const PersonEntry& e) { return e.row == row; });
    if (entry == m_people.end()) {
        return;
    }
    m_people.erase(entry);
    row->hide();
    row->deleteLater(); // its button's click is still being delivered
    m_addPerson->setFocus();
    updateTabOrder();
}

void SessionDialog::showInterpretedInto()
{
    const bool interpreted =
        static_cast<InterpretationMode>(m_interpretation->currentData().toInt()) != InterpretationMode::None;
    m_interpretedInto->setEnabled(interpreted);
    if (interpreted && m_interpretedInto->codes().isEmpty()) {
        // Most often into the visit's other language: the delegation's.
        const QString spoken = m_language->codes().value(0);
        for (const QString& code : std::as_const(m_visitLanguages)) {
            if (code != spoken) {
                m_interpretedInto->setCodes({code});
                break;
            }
        }
    }
}

void SessionDialog::showAudience()
{
    m_audience->setVisible(m_chosen->isChecked());
}

void SessionDialog::updateTabOrder()
{
    QList<QWidget*> order = {m_day, m_start, m_end};
    order << m_title->tabOrder();
    order << m_kind << m_venue << m_addVenue << m_room << m_address << m_city << m_language
          << m_interpretation << m_interpretedInto;
    for (const PersonEntry& entry : std::as_const(m_people)) {
        order << entry.person << entry.role << entry.remove;
    }
    order << m_addPerson << m_wholeDelegation << m_chosen << m_audience;
    order << m_description->tabOrder();
    order << m_notes;
    for (qsizetype i = 1; i < order.size(); ++i) {
        setTabOrder(order.at(i - 1), order.at(i));
    }
}

void SessionDialog::retranslateUi()
{
    setWindowTitle(m_original.id ? tr("Edit Session") : tr("Add Session"));
    setLabel(QStringLiteral("session.day"), tr("Da&y:"));
    setLabel(QStringLiteral("session.start"), tr("&Start:"));
    setLabel(QStringLiteral("session.end"), m_endDayOffset == 0
                                                ? tr("&End:")
                                                //: the session ends %n days after the day it starts
                                                : tr("&End (%n day(s) later):", nullptr, m_endDayOffset));
    setLabel(QStringLiteral("session.title"), tr("&Title:"));
    m_title->setFieldName(tr("Title"));
    setLabel(QStringLiteral("session.kind"), tr("&Kind:"));
    setLabel(QStringLiteral("session.venue"), tr("&Venue:"));
    m_addVenue->setText(tr("New &Institution…"));
    setLabel(QStringLiteral("session.room"), tr("Roo&m:"));
    setLabel(QStringLiteral("session.address"), tr("&Address:"));
    setLabel(QStringLiteral("session.city"), tr("&City:"));
    setLabel(QStringLiteral("session.language"), tr("&Language:"));
    setLabel(QStringLiteral("session.interpretation"), tr("Inter&pretation:"));
    setLabel(QStringLiteral("session.people"), tr("Pe&ople:"));
    m_addPerson->setText(tr("Add Pe&rson"));
    setLabel(QStringLiteral("session.audience"), tr("A&udience:"));
    m_wholeDelegation->setText(tr("&Whole delegation"));
    m_chosen->setText(tr("C&hosen participants"));
    m_audience->setAccessibleName(tr("Participants attending"));
    setLabel(QStringLiteral("session.description"), tr("&Description:"));
    m_description->setFieldName(tr("Description"));
    setLabel(QStringLiteral("session.notes"), tr("&Notes:"));
    m_title->setPlaceholderText(tr("e.g. Meeting with the director of the centre"));
    m_address->setPlaceholderText(tr("when it differs from the venue's"));
    m_language->setPlaceholderText(tr("e.g. Polish"));
    //: the languages a session is interpreted into, beside the kind of interpretation
    m_interpretedInto->setPlaceholderText(tr("into, e.g. Ukrainian"));
    m_interpretedInto->setAccessibleName(tr("Languages interpreted into"));
    for (int i = 0; i < m_interpretation->count(); ++i) {
        m_interpretation->setItemText(
            i, enumDisplayName(static_cast<InterpretationMode>(m_interpretation->itemData(i).toInt())));
    }
    for (int i = 0; i < m_kind->count(); ++i) {
        m_kind->setItemText(i, enumDisplayName(static_cast<SessionKind>(m_kind->itemData(i).toInt())));
    }
    //: no institution chosen as the venue
    m_venue->setItemText(0, tr("(none)"));
    if (const int index = m_venue->findData(newVenueId, RecordChoice::IdRole); index >= 0 && m_newVenue) {
        //: an institution entered in place, stored when the session is saved
        m_venue->setItemText(index, tr("%1 (new)").arg(m_newVenue->name.text.trimmed()));
    }
    for (const PersonEntry& entry : std::as_const(m_people)) {
        entry.person->setAccessibleName(tr("Person"));
        entry.role->setAccessibleName(tr("Role in the session"));
        entry.remove->setText(tr("Remove"));
        entry.remove->setToolTip(tr("Remove this person from the session"));
        for (int i = 0; i < entry.role->count(); ++i) {
            entry.role->setItemText(
                i, enumDisplayName(static_cast<SessionRole>(entry.role->itemData(i).toInt())));
        }
    }
    for (int i = 0; i < m_audience->count(); ++i) {
        QListWidgetItem* item = m_audience->item(i);
        //: a participant and their role in the visit, e.g. "Olena Kovalenko — Delegation member"
        item->setText(tr("%1 — %2").arg(
            item->data(Qt::UserRole + 2).toString(),
            enumDisplayName(static_cast<ParticipantRole>(item->data(Qt::UserRole + 1).toInt()))));
    }
}

QList<RecordDialog::PrintedText> SessionDialog::printedTexts() const
{
    const Session shown = session();
    return printed(QStringLiteral("session.title"), shown.title) +
           printed(QStringLiteral("session.description"), shown.description) +
           QList<PrintedText>{{QStringLiteral("session.room"), {}, shown.room},
                              {QStringLiteral("session.address"), {}, shown.address},
                              {QStringLiteral("session.city"), {}, shown.city}};
}
