// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/visit/visitdialog.h"

#include "core/model/codes.h"
#include "core/model/textlimits.h"
#include "core/storage/fundingprojectrepository.h"
#include "core/storage/institutionrepository.h"
#include "core/storage/personrepository.h"
#include "core/storage/visitrepository.h"
#include "ui/editing/databasedocument.h"
#include "ui/help/helprequest.h"
#include "ui/widgets/codeedits.h"
#include "ui/widgets/recordchoice.h"
#include "ui/widgets/textsize.h"
#include "ui/widgets/translatedtextedit.h"

#include <QCollator>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace {

QString badLanguage(const QStringList& codes)
{
    for (const QString& code : codes) {
        if (!Codes::isLanguageCode(code)) {
            return code;
        }
    }
    return {};
}

} // namespace

VisitDialog::VisitDialog(const Visit& visit, Database& database, QWidget* parent)
    : RecordDialog(parent), m_original(visit),
      m_title(new TranslatedTextEdit(TranslatedTextEdit::Mode::Line, this)), m_kind(new QComboBox(this)),
      m_status(new QComboBox(this)), m_firstDay(new QDateEdit(this)), m_lastDay(new QDateEdit(this)),
      m_timeZone(new QComboBox(this)), m_host(new QComboBox(this)), m_sender(new QComboBox(this)),
      m_sendingCountry(new CountryEdit(this)), m_sendingRegion(new QLineEdit(this)),
      m_project(new QComboBox(this)), m_workingLanguages(new LanguagesEdit(this)),
      m_printLanguages(new LanguagesEdit(this)), m_coordinator(new QComboBox(this)),
      m_notes(new QPlainTextEdit(this))
{
    HelpRequest::setSection(this, QStringLiteral("visit-details"));
    setObjectName(QStringLiteral("visitDialog"));
    // The main line carries the field's label and errors; the other languages sit under it.
    addRow(QStringLiteral("visit.title"), m_title->mainInput());
    m_title->reclaimMainInput();
    m_title->setMaximumLength(TextLimits::visitTitle);
    addRow(QStringLiteral("visit.kind"), m_kind);
    addRow(QStringLiteral("visit.status"), m_status);
    addRow(QStringLiteral("visit.firstDay"), m_firstDay);
    addRow(QStringLiteral("visit.lastDay"), m_lastDay);
    addRow(QStringLiteral("visit.timeZone"), m_timeZone);
    addRow(QStringLiteral("visit.hostInstitutionId"), m_host);
    addRow(QStringLiteral("visit.sendingInstitutionId"), m_sender);
    addRow(QStringLiteral("visit.sendingCountry"), m_sendingCountry);
    addRow(QStringLiteral("visit.sendingRegion"), m_sendingRegion);
    addRow(QStringLiteral("visit.fundingProjectId"), m_project);
    addRow(QStringLiteral("visit.workingLanguages"), m_workingLanguages);
    addRow(QStringLiteral("visit.printLanguages"), m_printLanguages);
    addRow(QStringLiteral("visit.coordinatorId"), m_coordinator);
    addRow(QStringLiteral("visit.notes"), m_notes);

    for (const VisitKind kind : EnumInfo<VisitKind>::all()) {
        m_kind->addItem(QString(), static_cast<int>(kind));
    }
    for (const VisitStatus status : EnumInfo<VisitStatus>::all()) {
        m_status->addItem(QString(), static_cast<int>(status));
    }
    for (QDateEdit* day : {m_firstDay, m_lastDay}) {
        day->setCalendarPopup(true);
    }
    for (const QByteArray& zone : QTimeZone::availableTimeZoneIds()) {
        m_timeZone->addItem(QString::fromLatin1(zone));
    }
    RecordChoice::makeSearchable(m_timeZone);
    for (QComboBox* institution : {m_host, m_sender}) {
        RecordChoice::addNone(institution);
        RecordChoice::addInstitutions(institution, database);
        RecordChoice::makeSearchable(institution);
    }
    RecordChoice::addNone(m_project);
    RecordChoice::addFundingProjects(m_project, database);
    RecordChoice::addNone(m_coordinator);
    RecordChoice::addPeople(m_coordinator, database);
    RecordChoice::makeSearchable(m_coordinator);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(heightForLines(m_notes, 6));

    m_title->setContentLanguage(contentLanguageOf(database));
    m_title->setText(visit.title);
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(visit.kind)));
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(visit.status)));
    // A new visit starts on today's date rather than on QDateEdit's year 2000.
    const QDate today = QDate::currentDate();
    m_firstDay->setDate(visit.firstDay.isValid() ? visit.firstDay : today);
    m_lastDay->setDate(visit.lastDay.isValid() ? visit.lastDay : m_firstDay->date());
    if (const int zone = m_timeZone->findText(visit.timeZone); zone >= 0) {
        m_timeZone->setCurrentIndex(zone);
    } else {
        m_timeZone->setEditText(visit.timeZone);
    }
    RecordChoice::select(m_host, visit.hostInstitutionId);
    RecordChoice::select(m_sender, visit.sendingInstitutionId);
    m_sendingCountry->setCode(visit.sendingCountry);
    m_sendingRegion->setText(visit.sendingRegion);
    RecordChoice::select(m_project, visit.fundingProjectId);
    m_workingLanguages->setCodes(visit.workingLanguages);
    m_printLanguages->setCodes(visit.printLanguages);
    RecordChoice::select(m_coordinator, visit.coordinatorId);
    m_notes->setPlainText(visit.notes);
    suggestTitleLanguages();
    for (LanguagesEdit* languages : {m_workingLanguages, m_printLanguages}) {
        connect(languages, &QLineEdit::textChanged, this, &VisitDialog::suggestTitleLanguages);
    }

    // Moving the first day moves the last one with it, so the visit keeps its length.
    connect(m_firstDay, &QDateEdit::dateChanged, this,
            [this, previous = m_firstDay->date()](QDate day) mutable {
                if (previous.isValid() && day.isValid()) {
                    m_lastDay->setDate(m_lastDay->date().addDays(previous.daysTo(day)));
                }
                previous = day;
            });

    m_title->setFocus();
    resize(widthForCharacters(this, 93), sizeHint().height());
    retranslateUi();
}

Visit VisitDialog::visit() const
{
    Visit visit = m_original; // keeps the id and the exchange group
    visit.title = m_title->text();
    visit.kind = static_cast<VisitKind>(m_kind->currentData().toInt());
    visit.status = static_cast<VisitStatus>(m_status->currentData().toInt());
    visit.firstDay = m_firstDay->date();
    visit.lastDay = m_lastDay->date();
    visit.timeZone = m_timeZone->currentText().trimmed();
    visit.hostInstitutionId = std::max<Id>(0, RecordChoice::selected(m_host));
    visit.sendingInstitutionId = std::max<Id>(0, RecordChoice::selected(m_sender));
    visit.sendingCountry = m_sendingCountry->code();
    visit.sendingRegion = m_sendingRegion->text().trimmed();
    visit.fundingProjectId = RecordChoice::selected(m_project);
    visit.workingLanguages = m_workingLanguages->codes();
    visit.printLanguages = m_printLanguages->codes();
    visit.coordinatorId = std::max<Id>(0, RecordChoice::selected(m_coordinator));
    visit.notes = m_notes->toPlainText();
    return visit;
}

Id VisitDialog::addVisit(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent,
                         const QDate& firstDay)
{
    Visit suggested;
    if (firstDay.isValid()) {
        // A day chosen in the calendar: the visit starts then, a day long until told otherwise.
        suggested.firstDay = firstDay;
        suggested.lastDay = firstDay;
    }
    VisitDialog dialog(suggested, document.database(), parent);
    dialog.setPrompts(prompts);
    Id created = 0;
    dialog.setSaver([&]() -> Status {
        const Visit visit = dialog.visit();
        const QString title = visit.title.text.trimmed();
        auto id =
            document.edits().apply<Id>([title] { return tr("Add visit ‘%1’").arg(title); },
                                       [&] { return VisitRepository(document.database()).create(visit); });
        if (!id) {
            return id.error();
        }
        created = id.value();
        return success();
    });
    return dialog.exec() == QDialog::Accepted ? created : 0;
}

FieldErrors VisitDialog::check() const
{
    return formErrors() + VisitValidator::validate(visit());
}

FieldErrors VisitDialog::formErrors() const
{
    FieldErrors errors;
    const QList<std::pair<QString, QComboBox*>> choices = {
        {QStringLiteral("visit.hostInstitutionId"), m_host},
        {QStringLiteral("visit.sendingInstitutionId"), m_sender},
        {QStringLiteral("visit.coordinatorId"), m_coordinator}};
    for (const auto& [field, combo] : choices) {
        if (RecordChoice::selected(combo) < 0) {
            //: %1 is what was typed in a list of institutions or people
            errors.append({field, tr("“%1” is not in the list: choose one of the names it offers, or "
                                     "clear the text.")
                                      .arg(combo->currentText().trimmed())});
        }
    }
    if (const QString code = badLanguage(m_workingLanguages->codes()); !code.isEmpty()) {
        //: %1 is what was entered as a language
        errors.append(
            {QStringLiteral("visit.workingLanguages"),
             tr("Working languages: \"%1\" is not a language; choose one from the list, such as Polish or "
                "Ukrainian.")
                 .arg(code)});
    }
    if (const QString code = badLanguage(m_printLanguages->codes()); !code.isEmpty()) {
        //: %1 is what was entered as a language
        errors.append(
            {QStringLiteral("visit.printLanguages"),
             tr("Print languages: \"%1\" is not a language; choose one from the list, such as Polish or "
                "Ukrainian.")
                 .arg(code)});
    }
    return errors;
}

void VisitDialog::suggestTitleLanguages()
{
    m_title->setSuggestedLanguages(m_workingLanguages->codes() + m_printLanguages->codes());
}

void VisitDialog::retranslateUi()
{
    setWindowTitle(m_original.id ? tr("Edit Visit") : tr("New Visit"));
    setLabel(QStringLiteral("visit.title"), tr("&Title:"));
    m_title->setFieldName(tr("Title"));
    setLabel(QStringLiteral("visit.kind"), tr("&Kind:"));
    setLabel(QStringLiteral("visit.status"), tr("&Status:"));
    setLabel(QStringLiteral("visit.firstDay"), tr("&First day:"));
    setLabel(QStringLiteral("visit.lastDay"), tr("&Last day:"));
    setLabel(QStringLiteral("visit.timeZone"), tr("Time &zone:"));
    setLabel(QStringLiteral("visit.hostInstitutionId"), tr("&Host institution:"));
    setLabel(QStringLiteral("visit.sendingInstitutionId"), tr("S&ending institution:"));
    setLabel(QStringLiteral("visit.sendingCountry"), tr("Sending c&ountry:"));
    setLabel(QStringLiteral("visit.sendingRegion"), tr("Sending &region:"));
    setLabel(QStringLiteral("visit.fundingProjectId"), tr("Funding &project:"));
    setLabel(QStringLiteral("visit.workingLanguages"), tr("&Working languages:"));
    setLabel(QStringLiteral("visit.printLanguages"), tr("Pr&int languages:"));
    setLabel(QStringLiteral("visit.coordinatorId"), tr("&Coordinator:"));
    setLabel(QStringLiteral("visit.notes"), tr("&Notes:"));
    m_title->setPlaceholderText(tr("e.g. Study visit of the Lviv city hall"));
    m_sendingCountry->setPlaceholderText(tr("e.g. Ukraine"));
    m_sendingRegion->setPlaceholderText(tr("e.g. Zhytomyr region"));
    //: names of languages as the list offers them, separated by commas
    m_workingLanguages->setPlaceholderText(tr("e.g. Polish, Ukrainian"));
    //: the languages the programme is printed in by default
    m_printLanguages->setPlaceholderText(tr("e.g. Polish, Ukrainian"));
    for (int i = 0; i < m_kind->count(); ++i) {
        m_kind->setItemText(i, enumDisplayName(static_cast<VisitKind>(m_kind->itemData(i).toInt())));
    }
    for (int i = 0; i < m_status->count(); ++i) {
        m_status->setItemText(i, enumDisplayName(static_cast<VisitStatus>(m_status->itemData(i).toInt())));
    }
    for (QComboBox* combo : {m_host, m_sender, m_project, m_coordinator}) {
        //: no institution, project or person chosen
        combo->setItemText(0, tr("(none)"));
    }
}

QList<RecordDialog::PrintedText> VisitDialog::printedTexts() const
{
    return printed(QStringLiteral("visit.title"), visit().title);
}
