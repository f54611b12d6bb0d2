// SPDX-License-Identifier: GPL-3.0-or-later
// The participant list, attendance sheets, catering summary, name badges and certificates as printed: their
// text read back from the PDF (pdftotext), their tables, pages and languages.
#include "ui/documents/visitdocuments.h"

#include "core/sample/sampledata.h"
#include "core/storage/institutionrepository.h"
#include "core/storage/participantrepository.h"
#include "core/storage/personrepository.h"
#include "core/storage/programmerepository.h"
#include "core/storage/visitrepository.h"
#include "tests/support/poppler.h"
#include "tests/support/testsupport.h"
#include "ui/documents/attendancesheetdocument.h"
#include "ui/documents/cateringsummarydocument.h"
#include "ui/documents/certificatedocument.h"
#include "ui/documents/namebadgedocument.h"
#include "ui/documents/participantlistdocument.h"

#include <QRegularExpression>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <catch2/catch.hpp>

namespace {

const QDate printedOn(2026, 5, 12);

/// A two-day visit built for each test: people are added with their diet, arrival and departure.
class SmallVisit
{
public:
    SmallVisit()
    {
        Visit visit;
        visit.title.text = QStringLiteral("Wizyta studyjna");
        visit.firstDay = QDate(2026, 6, 1);
        visit.lastDay = QDate(2026, 6, 2);
        const auto created = VisitRepository(database.db()).create(visit);
        REQUIRE(created.ok());
        id = *created;
    }

    Id addPerson(const QString& given, const QString& family,
                 ParticipantRole role = ParticipantRole::DelegationMember,
                 DietCategory diet = DietCategory::None, const QDateTime& arrival = {},
                 const QDateTime& departure = {}, const QString& institution = {})
    {
        Person person;
        person.givenName = given;
        person.familyName = family;
        person.diet = diet;
        if (!institution.isEmpty()) {
            Institution place;
            place.name.text = institution;
            const auto placeId = InstitutionRepository(database.db()).create(place);
            REQUIRE(placeId.ok());
            person.institutionId = *placeId;
        }
        const auto personId = PersonRepository(database.db()).create(person);
        REQUIRE(personId.ok());
        VisitParticipant participant;
        participant.visitId = id;
        participant.personId = *personId;
        participant.role = role;
        participant.arrival = arrival;
        participant.departure = departure;
        const auto participantId = ParticipantRepository(database.db()).create(participant);
        REQUIRE(participantId.ok());
        return *participantId;
    }

    void addMeal(const QString& title, const QDateTime& start, const QList<Id>& audience = {})
    {
        Session meal;
        meal.visitId = id;
        meal.title.text = title;
        meal.kind = SessionKind::Meal;
        meal.startsAt = start;
        meal.endsAt = start.addSecs(3600);
        meal.wholeDelegation = audience.isEmpty();
        meal.audienceParticipantIds = audience;
        REQUIRE(ProgrammeRepository(database.db()).create(meal).ok());
    }

    QString pdf(VisitDocumentKind kind, const QString& languages, const DocumentOptions& options = {})
    {
        auto document =
            VisitDocuments::build(kind, database.db(), id, languages.split(u','), options, printedOn);
        REQUIRE(document.ok());
        const QString path = database.filePath(QStringLiteral("document.pdf"));
        REQUIRE((*document)->writePdf(path).ok());
        return path;
    }

    TestDatabase database;
    Id id = 0;
};

QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2026, 6, day), QTime(hour, 0), Qt::UTC);
}

/// The tables of a document, each as rows of cell texts.
QList<QList<QStringList>> tables(QTextDocument& document)
{
    QList<QList<QStringList>> found;
    const QList<QTextFrame*> frames = document.rootFrame()->childFrames();
    for (QTextFrame* frame : frames) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table || table->columns() < 2) {
            continue; // the note on missing translations is a table of one column
        }
        QList<QStringList> rows;
        for (int row = 0; row < table->rows(); ++row) {
            QStringList cells;
            for (int column = 0; column < table->columns(); ++column) {
                QTextCursor cursor = table->cellAt(row, column).firstCursorPosition();
                cursor.setPosition(table->cellAt(row, column).lastPosition(), QTextCursor::KeepAnchor);
                cells << cursor.selectedText().replace(QChar::LineSeparator, u'\n');
            }
            rows << cells;
        }
        found << rows;
    }
    return found;
}

} // namespace

TEST_CASE("The catering summary counts each meal's portions by diet, for those there at the time")
{
    SmallVisit visit;
    visit.addPerson(QStringLiteral("Anna"), QStringLiteral("Nowak"));
    visit.addPerson(QStringLiteral("Olena"), QStringLiteral("Kravets"), ParticipantRole::DelegationMember,
                    DietCategory::Vegetarian);
    // Arrives in the evening of the first day: not at its lunch.
    visit.addPerson(QStringLiteral("Taras"), QStringLiteral("Boichuk"), ParticipantRole::DelegationMember,
                    DietCategory::Vegan, at(1, 18));
    // Leaves in the morning of the second day.
    const Id host = visit.addPerson(QStringLiteral("Jan"), QStringLiteral("Kowalski"), ParticipantRole::Host,
                                    DietCategory::Vegetarian, {}, at(2, 9));
    visit.addMeal(QStringLiteral("Obiad"), at(1, 13));
    visit.addMeal(QStringLiteral("Kolacja"), at(1, 19));
    visit.addMeal(QStringLiteral("Obiad dla gospodarzy"), at(2, 13), {host});
    visit.addMeal(QStringLiteral("Obiad drugiego dnia"), at(2, 13));

    auto document =
        CateringSummaryDocument::build(visit.database.db(), visit.id, {QStringLiteral("en")}, printedOn);
    REQUIRE(document.ok());
    const auto found = tables((*document)->textDocument());
    // One table of meals a day, then the special diets.
    REQUIRE(found.size() == 3);
    const QList<QStringList>& first = found.at(0);
    // Columns: meal, total, then the diets of those eating, standard first.
    CHECK(first.at(0) == QStringList{QStringLiteral("Meal"), QStringLiteral("Total"),
                                     QStringLiteral("Standard"), QStringLiteral("Vegetarian"),
                                     QStringLiteral("Vegan")});
    REQUIRE(first.size() == 3);
    CHECK(first.at(1).mid(1) ==
          QStringList{QStringLiteral("3"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("0")});
    CHECK(first.at(2).mid(1) ==
          QStringList{QStringLiteral("4"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("1")});
    const QList<QStringList>& second = found.at(1);
    REQUIRE(second.size() == 3);
    // The host has left; the hosts' lunch is for him alone, so nobody eats it.
    CHECK(second.at(1).first().contains(QStringLiteral("Obiad dla gospodarzy")));
    CHECK(second.at(1).at(1) == QStringLiteral("0"));
    CHECK(second.at(2).mid(1) ==
          QStringList{QStringLiteral("3"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1")});
    // The special diets by name.
    const QList<QStringList>& diets = found.at(2);
    CHECK(diets.size() == 4);
    CHECK(diets.at(1).at(1) == QStringLiteral("Vegan"));
    CHECK(diets.at(1).at(0).contains(QStringLiteral("Taras Boichuk")));
}

TEST_CASE("A programme without meals gets a catering summary saying how meals are counted")
{
    SmallVisit visit;
    visit.addPerson(QStringLiteral("Anna"), QStringLiteral("Nowak"));
    const QString text =
        pdfText(visit.pdf(VisitDocumentKind::CateringSummary, QStringLiteral("pl"))).simplified();
    CHECK(text.contains(QStringLiteral("Zestawienie cateringowe")));
    CHECK(text.contains(QStringLiteral("Posiłek")));
}

TEST_CASE("Attendance sheets: one a day on a page of its own, with those there that day and room to sign")
{
    SmallVisit visit;
    visit.addPerson(QStringLiteral("Anna"), QStringLiteral("Nowak"));
    visit.addPerson(QStringLiteral("Taras"), QStringLiteral("Boichuk"), ParticipantRole::DelegationMember,
                    DietCategory::None, at(2, 8));
    const QString pdf = visit.pdf(VisitDocumentKind::AttendanceSheet, QStringLiteral("uk"));
    CHECK(pdfText(pdf).count(u'\f') == 2);
    const QString first = pdfText(pdf, 1).simplified();
    const QString second = pdfText(pdf, 2).simplified();
    CHECK(first.contains(QStringLiteral("День 1")));
    CHECK(first.contains(QStringLiteral("Підпис")));
    CHECK(first.contains(QStringLiteral("Nowak")));
    CHECK_FALSE(first.contains(QStringLiteral("Boichuk")));
    CHECK(second.contains(QStringLiteral("День 2")));
    CHECK(second.contains(QStringLiteral("Boichuk")));

    CHECK(AttendanceSheetDocument::isPresent({}, {}, QDate(2026, 6, 1)));
    CHECK(AttendanceSheetDocument::isPresent(at(1, 22), at(2, 6), QDate(2026, 6, 2)));
    CHECK_FALSE(AttendanceSheetDocument::isPresent(at(2, 8), {}, QDate(2026, 6, 1)));
    CHECK_FALSE(AttendanceSheetDocument::isPresent({}, at(1, 18), QDate(2026, 6, 2)));
}

TEST_CASE(
    "No table row is split by a page break: a row that does not fit starts the next page, under the headings")
{
    SmallVisit visit;
    const int people = 70;
    for (int i = 1; i <= people; ++i) {
        visit.addPerson(QStringLiteral("Osoba"), QStringLiteral("Numer%1").arg(i, 3, 10, QLatin1Char('0')),
                        ParticipantRole::DelegationMember, DietCategory::None, {}, {},
                        QStringLiteral("Ośrodek pomocy społecznej o bardzo długiej nazwie, która zajmuje dwa "
                                       "wiersze, koniec%1")
                            .arg(i));
    }
    const QString pdf = visit.pdf(VisitDocumentKind::ParticipantList, QStringLiteral("en"));
    const int pages = int(pdfText(pdf).count(u'\f'));
    REQUIRE(pages >= 3);
    QHash<int, int> pageOfName;
    QHash<int, int> pageOfEnd;
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(pdf, page);
        // Every page of the table starts with its headings.
        CHECK(text.contains(QStringLiteral("Institution")));
        static const QRegularExpression name(QStringLiteral("Numer(\\d+)"));
        for (auto match = name.globalMatch(text); match.hasNext();) {
            pageOfName.insert(match.next().captured(1).toInt(), page);
        }
        static const QRegularExpression end(QStringLiteral("koniec(\\d+)"));
        for (auto match = end.globalMatch(text); match.hasNext();) {
            const int number = match.next().captured(1).toInt();
            CHECK_FALSE(pageOfEnd.contains(number)); // each once
            pageOfEnd.insert(number, page);
        }
    }
    REQUIRE(pageOfName.size() == people);
    for (int i = 1; i <= people; ++i) {
        INFO("row " << i);
        CHECK(pageOfEnd.value(i) == pageOfName.value(i));
    }
}

TEST_CASE("The participant list goes by role, in the document's language, names in both scripts")
{
    TestDatabase database;
    const auto visits = SampleData::add(database.db());
    REQUIRE(visits.ok());
    auto document = ParticipantListDocument::build(database.db(), visits->at(1), {QStringLiteral("uk")},
                                                   false, printedOn);
    REQUIRE(document.ok());
    const QString path = database.filePath(QStringLiteral("list.pdf"));
    REQUIRE((*document)->writePdf(path).ok());
    const QString text = pdfText(path).simplified();
    CHECK(text.contains(QStringLiteral("Список учасників")));
    CHECK(text.contains(QStringLiteral("Керівництво делегації")));
    CHECK(text.contains(QStringLiteral("Члени делегації")));
    // A Ukrainian reader gets the Cyrillic names, the Latin form below them.
    CHECK(text.contains(QStringLiteral("Оксана Мельник")));
    CHECK(text.contains(QStringLiteral("Oksana Melnyk")));
    // The leadership before the members.
    CHECK(text.indexOf(QStringLiteral("Керівництво делегації")) <
          text.indexOf(QStringLiteral("Члени делегації")));
    CHECK_FALSE(text.contains(QStringLiteral("@")));
}

TEST_CASE("Name badges: eight to a sheet, the name in both scripts, the role in the document's languages")
{
    TestDatabase database;
    const auto visits = SampleData::add(database.db());
    REQUIRE(visits.ok());
    const auto participants = ParticipantRepository(database.db()).listForVisit(visits->at(1));
    REQUIRE(participants.ok());
    auto document = NameBadgeDocument::build(database.db(), visits->at(1),
                                             {QStringLiteral("pl"), QStringLiteral("uk")}, printedOn);
    REQUIRE(document.ok());
    const int perSheet = NameBadgeDocument::columns * NameBadgeDocument::rows;
    CHECK((*document)->pageCount() == (participants->size() + perSheet - 1) / perSheet);
    const QString path = database.filePath(QStringLiteral("badges.pdf"));
    REQUIRE((*document)->writePdf(path).ok());
    const QString text = pdfText(path, 1).simplified();
    CHECK(text.contains(QStringLiteral("Oksana Melnyk")));
    CHECK(text.contains(QStringLiteral("Оксана Мельник")));
    CHECK(text.contains(QStringLiteral("Członek delegacji / Член делегації")));
    // Every font embedded (pdffonts: name, type..., emb, sub, uni, object, generation).
    const QStringList lines =
        poppler(QStringLiteral("pdffonts"), {path}).split(u'\n', Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(lines.isEmpty());
    for (const QString& line : lines) {
        INFO(line.toStdString());
        const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
        REQUIRE(columns.size() >= 6);
        CHECK(columns.at(columns.size() - 5) == QStringLiteral("yes"));
        CHECK(line.startsWith(QStringLiteral("DejaVuSans")));
    }
}

TEST_CASE("Certificates: a page for each member of the delegation with the hours and days attended")
{
    SmallVisit visit;
    const Id anna = visit.addPerson(QStringLiteral("Anna"), QStringLiteral("Nowak"));
    visit.addPerson(QStringLiteral("Taras"), QStringLiteral("Boichuk"), ParticipantRole::DelegationMember,
                    DietCategory::None, at(2, 8));
    const Id olena =
        visit.addPerson(QStringLiteral("Olena"), QStringLiteral("Kravets"), ParticipantRole::Interpreter);
    const auto addSession = [&](SessionKind kind, const QDateTime& start, const QDateTime& end) {
        Session session;
        session.visitId = visit.id;
        session.title.text = QStringLiteral("Punkt programu");
        session.kind = kind;
        session.startsAt = start;
        session.endsAt = end;
        REQUIRE(ProgrammeRepository(visit.database.db()).create(session).ok());
    };
    addSession(SessionKind::Workshop, at(1, 9), at(1, 12).addSecs(30 * 60));     // 210 minutes
    addSession(SessionKind::Presentation, at(2, 9), at(2, 10).addSecs(15 * 60)); // 75 minutes
    visit.addMeal(QStringLiteral("Obiad"), at(2, 13));

    const QString pdf = visit.pdf(VisitDocumentKind::Certificates, QStringLiteral("en"));
    // Two members of the delegation, by family name; the interpreter only when chosen.
    REQUIRE(pdfText(pdf).count(u'\f') == 2);
    const QString boichuk = pdfText(pdf, 1).simplified();
    const QString nowak = pdfText(pdf, 2).simplified();
    INFO(boichuk.toStdString());
    CHECK(boichuk.contains(QStringLiteral("CERTIFICATE OF PARTICIPATION")));
    CHECK(boichuk.contains(QStringLiteral("Taras Boichuk")));
    // A line may end after the days' dash: compared without the spaces.
    CHECK(QString(boichuk).remove(u' ').contains(
        QStringLiteral("fortakingpartinthestudyvisit“Wizytastudyjna”heldon1–2June2026")));
    // Arrived on the second day: only its presentation, an hour and a quarter.
    CHECK(boichuk.contains(QStringLiteral("Hours of programme attended: 1.25")));
    CHECK(boichuk.contains(QStringLiteral("Days attended: 1 (2 June 2026)")));
    CHECK(nowak.contains(QStringLiteral("Anna Nowak")));
    CHECK(nowak.contains(QStringLiteral("Hours of programme attended: 4.75")));
    CHECK(nowak.contains(QStringLiteral("Days attended: 2 (1–2 June 2026)")));
    CHECK(nowak.contains(QStringLiteral("Visit coordinator")));
    // No footer: each certificate is handed out on its own.
    CHECK_FALSE(nowak.contains(QStringLiteral("Page 2 of 2")));
    CHECK_FALSE(pdfText(pdf).contains(QStringLiteral("Kravets")));

    DocumentOptions chosen;
    chosen.participantIds = {olena, anna};
    const QString chosenPdf = visit.pdf(VisitDocumentKind::Certificates, QStringLiteral("en"), chosen);
    REQUIRE(pdfText(chosenPdf).count(u'\f') == 2);
    CHECK(pdfText(chosenPdf, 1).contains(QStringLiteral("Olena Kravets")));
    CHECK(pdfText(chosenPdf, 2).contains(QStringLiteral("Anna Nowak")));

    // Printed before the visit ends, a certificate is dated its last day, to be handed out then.
    CHECK(CertificateDocument::issuedOn(QDate(2026, 5, 12), QDate(2026, 6, 2)) == QDate(2026, 6, 2));
    CHECK(CertificateDocument::issuedOn(QDate(2026, 6, 20), QDate(2026, 6, 2)) == QDate(2026, 6, 20));
}

TEST_CASE("Certificates of a visit without a delegation say so on their one page")
{
    SmallVisit visit;
    visit.addPerson(QStringLiteral("Olena"), QStringLiteral("Kravets"), ParticipantRole::Interpreter);
    const QString pdf = visit.pdf(VisitDocumentKind::Certificates, QStringLiteral("en"));
    CHECK(pdfText(pdf).count(u'\f') == 1);
    CHECK(pdfText(pdf).simplified().contains(QStringLiteral("No certificates")));
}
