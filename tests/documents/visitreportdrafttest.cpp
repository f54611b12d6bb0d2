// SPDX-License-Identifier: GPL-3.0-or-later
// The draft of a visit's report as the coordinator opens it in a word processor: the .odt's paragraphs
// read back from its content.xml, in Polish, Ukrainian and English.
#include "ui/documents/visitreportdraft.h"

#include "core/storage/fundingprojectrepository.h"
#include "core/storage/institutionrepository.h"
#include "core/storage/participantrepository.h"
#include "core/storage/personrepository.h"
#include "core/storage/programmerepository.h"
#include "core/storage/visitrepository.h"
#include "tests/support/opendocument.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QTextBlock>

#include <catch2/catch.hpp>

namespace {

/// A two-day visit from Lviv to Kalisz: on the first day two sessions at two institutions, presented
/// by people of both, and lunch; on the second a site visit without presenters.
class KaliszVisit
{
public:
    KaliszVisit()
    {
        Database& db = database.db();
        Institution mops;
        mops.name.text = QStringLiteral("Miejski Ośrodek Pomocy Społecznej w Kaliszu");
        mops.shortName = QStringLiteral("MOPS w Kaliszu");
        mops.city = QStringLiteral("Kalisz");
        mops.country = QStringLiteral("PL");
        const Id mopsId = add(InstitutionRepository(db).create(mops));

        Institution pup;
        pup.name.text = QStringLiteral("Powiatowy Urząd Pracy w Kaliszu");
        pup.name.translations.insert(QStringLiteral("uk"), QStringLiteral("Повітове бюро праці в Каліші"));
        pup.name.translations.insert(QStringLiteral("en"),
                                     QStringLiteral("District Labour Office in Kalisz"));
        pup.shortName = QStringLiteral("PUP w Kaliszu");
        pup.city = QStringLiteral("Kalisz");
        pup.country = QStringLiteral("PL");
        const Id pupId = add(InstitutionRepository(db).create(pup));

        Institution lviv;
        lviv.name.text = QStringLiteral("Lwowska Rada Miejska");
        lviv.name.translations.insert(QStringLiteral("uk"), QStringLiteral("Львівська міська рада"));
        lviv.name.translations.insert(QStringLiteral("en"), QStringLiteral("Lviv City Council"));
        lviv.city = QStringLiteral("Lwów");
        lviv.country = QStringLiteral("UA");
        const Id lvivId = add(InstitutionRepository(db).create(lviv));

        FundingProject project;
        project.name = QStringLiteral("Razem dla rodzin");
        project.funder = QStringLiteral("Europejski Fundusz Społeczny Plus");
        const Id projectId = add(FundingProjectRepository(db).create(project));

        Visit visit;
        visit.title.text = QStringLiteral("Wizyta studyjna z Lwowa w Kaliszu");
        visit.title.translations.insert(QStringLiteral("uk"),
                                        QStringLiteral("Навчальний візит зі Львова до Каліша"));
        visit.title.translations.insert(QStringLiteral("en"),
                                        QStringLiteral("Study visit from Lviv to Kalisz"));
        visit.kind = VisitKind::IncomingStudyVisit;
        visit.firstDay = QDate(2026, 5, 19);
        visit.lastDay = QDate(2026, 5, 20);
        visit.hostInstitutionId = mopsId;
        visit.sendingInstitutionId = lvivId;
        visit.sendingCountry = QStringLiteral("UA");
        visit.fundingProjectId = projectId;
        id = add(VisitRepository(db).create(visit));

        const Id donata = person(QStringLiteral("Donata"), QStringLiteral("Woźniak"), pupId);
        const Id anna = person(QStringLiteral("Anna"), QStringLiteral("Chodyła"), mopsId);
        participant(anna, ParticipantRole::Host);
        participant(person(QStringLiteral("Оксана"), QStringLiteral("Левчук"), lvivId),
                    ParticipantRole::DelegationLeader);
        participant(person(QStringLiteral("Іван"), QStringLiteral("Петренко"), lvivId),
                    ParticipantRole::DelegationMember);
        participant(person(QStringLiteral("Марія"), QStringLiteral("Коваль"), lvivId),
                    ParticipantRole::DelegationMember);

        Session activation = session(QDate(2026, 5, 19), QTime(9, 0), QTime(10, 30), pupId,
                                     QStringLiteral("Aktywizacja zawodowa osób bezrobotnych"));
        activation.title.translations.insert(QStringLiteral("uk"),
                                             QStringLiteral("Професійна активізація безробітних"));
        activation.title.translations.insert(QStringLiteral("en"),
                                             QStringLiteral("Getting the unemployed back to work"));
        activation.people = {{donata, SessionRole::Presenter}, {anna, SessionRole::Presenter}};
        add(ProgrammeRepository(db).create(activation));

        Session families = session(QDate(2026, 5, 19), QTime(11, 0), QTime(12, 30), mopsId,
                                   QStringLiteral("Praca socjalna z rodziną"));
        families.title.translations.insert(QStringLiteral("uk"), QStringLiteral("Соціальна робота з сім'єю"));
        families.title.translations.insert(QStringLiteral("en"), QStringLiteral("Social work with families"));
        families.people = {{anna, SessionRole::Presenter}};
        add(ProgrammeRepository(db).create(families));

        Session lunch =
            session(QDate(2026, 5, 19), QTime(13, 0), QTime(14, 0), mopsId, QStringLiteral("Obiad"));
        lunch.kind = SessionKind::Meal;
        add(ProgrammeRepository(db).create(lunch));

        // No translation: given in Polish whatever the report's language.
        Session club = session(QDate(2026, 5, 20), QTime(10, 0), QTime(12, 0), mopsId,
                               QStringLiteral("Klub seniora w Kaliszu"));
        club.kind = SessionKind::SiteVisit;
        add(ProgrammeRepository(db).create(club));
    }

    /// The report in `language`, written to an .odt and read back: the text of each paragraph.
    QStringList report(const QString& language)
    {
        auto draft = VisitReportDraft::build(database.db(), id, language);
        INFO((draft ? std::string() : draft.error().message().toStdString()));
        REQUIRE(draft.ok());
        const QString path = database.filePath(QStringLiteral("report-%1.odt").arg(language));
        const Status written = (*draft)->writeOdt(path);
        INFO((written ? std::string() : written.error().message().toStdString()));
        REQUIRE(written.ok());
        return openDocumentParagraphs(path);
    }

    TestDatabase database;
    Id id = 0;

private:
    static Id add(const Result<Id>& created)
    {
        INFO((created ? std::string() : created.error().message().toStdString()));
        REQUIRE(created.ok());
        return *created;
    }

    Id person(const QString& given, const QString& family, Id institutionId)
    {
        Person someone;
        someone.givenName = given;
        someone.familyName = family;
        someone.institutionId = institutionId;
        return add(PersonRepository(database.db()).create(someone));
    }

    void participant(Id personId, ParticipantRole role)
    {
        VisitParticipant participant;
        participant.visitId = id;
        participant.personId = personId;
        participant.role = role;
        add(ParticipantRepository(database.db()).create(participant));
    }

    Session session(const QDate& day, const QTime& start, const QTime& end, Id venueId,
                    const QString& title) const
    {
        Session session;
        session.visitId = id;
        session.startsAt = QDateTime(day, start, Qt::UTC);
        session.endsAt = QDateTime(day, end, Qt::UTC);
        session.venueInstitutionId = venueId;
        session.title.text = title;
        return session;
    }
};

/// Each of `expected` is a paragraph of `paragraphs`, in that order (others may come between).
void checkInOrder(const QStringList& paragraphs, const QStringList& expected)
{
    qsizetype from = 0;
    for (const QString& paragraph : expected) {
        INFO("expected paragraph: " << paragraph.toStdString() << "\nparagraphs:\n"
                                    << paragraphs.join(u'\n').toStdString());
        const qsizetype at = paragraphs.indexOf(paragraph, from);
        CHECK(at >= 0);
        from = at >= 0 ? at + 1 : from;
    }
}

} // namespace

TEST_CASE("The report draft tells the visit day by day in Polish")
{
    KaliszVisit visit;
    const QStringList paragraphs = visit.report(QStringLiteral("pl"));
    checkInOrder(
        paragraphs,
        {QStringLiteral("Wizyta studyjna z Lwowa w Kaliszu"),
         QStringLiteral(
             "Wizyta studyjna odbyła się w dniach 19–20 maja 2026 r. i trwała 2 dni. "
             "W skład delegacji weszli przedstawiciele instytucji: Lwowska Rada Miejska (Lwów, Ukraina). "
             "Delegacja liczyła 3 osoby. "
             "Gospodarzem była instytucja: Miejski Ośrodek Pomocy Społecznej w Kaliszu. "
             "Koszty pokryto ze środków projektu „Razem dla rodzin” (instytucja finansująca: "
             "Europejski Fundusz Społeczny Plus)."),
         QStringLiteral("Dzień 1 — wtorek, 19 maja 2026"),
         QStringLiteral(
             "Tego dnia delegacja odwiedziła: Powiatowy Urząd Pracy w Kaliszu i Miejski Ośrodek Pomocy "
             "Społecznej w Kaliszu. "
             "W punkcie programu „Aktywizacja zawodowa osób bezrobotnych” (miejsce: Powiatowy Urząd Pracy "
             "w Kaliszu) wystąpili prelegenci: Donata Woźniak (PUP w Kaliszu) i Anna Chodyła (MOPS w "
             "Kaliszu). "
             "W punkcie programu „Praca socjalna z rodziną” (miejsce: Miejski Ośrodek Pomocy Społecznej w "
             "Kaliszu) wystąpił prelegent: Anna Chodyła (MOPS w Kaliszu)."),
         QStringLiteral("Dzień 2 — środa, 20 maja 2026"),
         QStringLiteral("Tego dnia delegacja odwiedziła: Miejski Ośrodek Pomocy Społecznej w Kaliszu. "
                        "Program obejmował punkt „Klub seniora w Kaliszu”."),
         QStringLiteral("Rezultaty i dalsze działania")});
    // Lunch is no part of a report.
    CHECK_FALSE(paragraphs.join(u'\n').contains(QStringLiteral("Obiad")));
}

TEST_CASE("The report draft tells the visit day by day in Ukrainian")
{
    KaliszVisit visit;
    checkInOrder(
        visit.report(QStringLiteral("uk")),
        {QStringLiteral("Навчальний візит зі Львова до Каліша"),
         QStringLiteral(
             "Навчальний візит відбувся 19–20 травня 2026 р. і тривав 2 дні. "
             "Делегація представляла: Львівська міська рада (Lwów, Україна). "
             "Делегація налічувала 3 особи. "
             "Приймаючою стороною була установа: Miejski Ośrodek Pomocy Społecznej w Kaliszu. "
             "Витрати покрито з коштів проєкту «Razem dla rodzin» (фінансувальник: Europejski Fundusz "
             "Społeczny Plus)."),
         QStringLiteral("День 1 — вівторок, 19 травня 2026 р."),
         QStringLiteral(
             "Цього дня делегація відвідала: Повітове бюро праці в Каліші і Miejski Ośrodek Pomocy "
             "Społecznej w Kaliszu. "
             "У пункті програми «Професійна активізація безробітних» (місце: Повітове бюро праці в "
             "Каліші) виступили доповідачі: Donata Woźniak (Повітове бюро праці в Каліші) і Anna Chodyła "
             "(MOPS w Kaliszu). "
             "У пункті програми «Соціальна робота з сім'єю» (місце: Miejski Ośrodek Pomocy Społecznej w "
             "Kaliszu) виступив доповідач: Anna Chodyła (MOPS w Kaliszu)."),
         QStringLiteral("День 2 — середа, 20 травня 2026 р."),
         QStringLiteral("Цього дня делегація відвідала: Miejski Ośrodek Pomocy Społecznej w Kaliszu. "
                        "Програма включала пункт «Klub seniora w Kaliszu»."),
         QStringLiteral("Результати та подальші кроки")});
}

TEST_CASE("The report draft tells the visit day by day in English")
{
    KaliszVisit visit;
    checkInOrder(
        visit.report(QStringLiteral("en")),
        {QStringLiteral("Study visit from Lviv to Kalisz"),
         QStringLiteral("The study visit took place on 19–20 May 2026 and lasted 2 days. "
                        "The delegation came from Lviv City Council (Lwów, Ukraine). "
                        "The delegation numbered 3 participants. "
                        "The host was Miejski Ośrodek Pomocy Społecznej w Kaliszu. "
                        "The costs were covered by the project “Razem dla rodzin”, funded by Europejski "
                        "Fundusz Społeczny Plus."),
         QStringLiteral("Day 1 — Tuesday, 19 May 2026"),
         QStringLiteral("On this day the delegation visited District Labour Office in Kalisz and Miejski "
                        "Ośrodek Pomocy Społecznej w Kaliszu. "
                        "Donata Woźniak (District Labour Office in Kalisz) and Anna Chodyła (MOPS w "
                        "Kaliszu) presented “Getting the unemployed back to work” at District Labour "
                        "Office in Kalisz. "
                        "Anna Chodyła (MOPS w Kaliszu) presented “Social work with families” at Miejski "
                        "Ośrodek Pomocy Społecznej w Kaliszu."),
         QStringLiteral("Day 2 — Wednesday, 20 May 2026"),
         QStringLiteral("On this day the delegation visited Miejski Ośrodek Pomocy Społecznej w Kaliszu. "
                        "The programme included “Klub seniora w Kaliszu”."),
         QStringLiteral("Outcomes and follow-ups")});
}

TEST_CASE("The report draft marks what the coordinator is to write in italics")
{
    KaliszVisit visit;
    auto draft = VisitReportDraft::build(visit.database.db(), visit.id, QStringLiteral("en"));
    REQUIRE(draft.ok());
    QStringList italic;
    for (QTextBlock block = (*draft)->textDocument().begin(); block.isValid(); block = block.next()) {
        if (block.begin() != block.end() && block.begin().fragment().charFormat().fontItalic()) {
            italic << block.text();
        }
    }
    // The purpose, after the first paragraph, and the outcomes, at the end.
    REQUIRE(italic.size() == 2);
    CHECK(italic.constFirst().startsWith(QStringLiteral("To be completed: the purpose of the visit")));
    CHECK(italic.constLast().contains(QStringLiteral("follow-up tasks")));
    CHECK(italic.constLast() == (*draft)->textDocument().lastBlock().text());

    // In the file as well: the word processor shows it slanted.
    const QString path = visit.database.filePath(QStringLiteral("report.odt"));
    REQUIRE((*draft)->writeOdt(path).ok());
    CHECK(openDocumentPart(path, QStringLiteral("content.xml")).contains("fo:font-style=\"italic\""));
}

TEST_CASE("A day of the visit without sessions asks the coordinator to tell it")
{
    KaliszVisit visit;
    Visit longer = *VisitRepository(visit.database.db()).get(visit.id);
    longer.lastDay = QDate(2026, 5, 21);
    REQUIRE(VisitRepository(visit.database.db()).update(longer).ok());
    const QStringList paragraphs = visit.report(QStringLiteral("en"));
    checkInOrder(paragraphs,
                 {QStringLiteral("Day 3 — Thursday, 21 May 2026"),
                  QStringLiteral("To be completed: nothing of the programme is recorded for this day."),
                  QStringLiteral("Outcomes and follow-ups")});
}

TEST_CASE("A report is refused for an unknown visit or language and an unwritable file is named")
{
    KaliszVisit visit;
    const auto unknown = VisitReportDraft::build(visit.database.db(), 4711, QStringLiteral("pl"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().kind() == Error::Kind::NotFound);
    const auto notALanguage =
        VisitReportDraft::build(visit.database.db(), visit.id, QStringLiteral("polish"));
    REQUIRE_FALSE(notALanguage.ok());
    CHECK(notALanguage.error().kind() == Error::Kind::Validation);

    auto draft = VisitReportDraft::build(visit.database.db(), visit.id, QStringLiteral("pl"));
    REQUIRE(draft.ok());
    const QString nowhere = visit.database.filePath(QStringLiteral("no-such-folder/report.odt"));
    const Status written = (*draft)->writeOdt(nowhere);
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().message().contains(nowhere));
    CHECK_FALSE(QFile::exists(nowhere));
}
