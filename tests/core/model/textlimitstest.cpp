// SPDX-License-Identifier: GPL-3.0-or-later
// Titles and names no longer than what prints on two lines of a document.
#include "core/model/textlimits.h"

#include "core/model/fundingproject.h"
#include "core/model/institution.h"
#include "core/model/session.h"
#include "core/model/visit.h"

#include <catch2/catch.hpp>

namespace {

QString repeated(const QString& piece, int length)
{
    QString text;
    while (TextLimits::length(text) < length) {
        text += piece;
    }
    return text.left(length);
}

QString messageFor(const FieldErrors& errors, const QString& field)
{
    for (const FieldError& error : errors) {
        if (error.field == field) {
            return error.message;
        }
    }
    return {};
}

} // namespace

TEST_CASE("A character is counted as a person counts it")
{
    CHECK(TextLimits::length(QStringLiteral("  Łódź ")) == 4);
    CHECK(TextLimits::length(QStringLiteral("Київ 👍")) == 6); // the emoji is one character, not two units
}

TEST_CASE("A title or a name longer than two printed lines is refused, naming the record")
{
    Visit visit;
    visit.firstDay = QDate(2026, 5, 19);
    visit.lastDay = QDate(2026, 5, 20);
    visit.title.text = repeated(QStringLiteral("Wizyta studyjna z Charkowa "), TextLimits::visitTitle);
    CHECK(messageFor(VisitValidator::validate(visit), QStringLiteral("visit.title")).isEmpty());
    visit.title.text += QStringLiteral("ą");
    const QString message = messageFor(VisitValidator::validate(visit), QStringLiteral("visit.title"));
    CHECK(message.startsWith(QStringLiteral("Title: “Wizyta studyjna z Charkowa Wizyta…”")));
    CHECK(message.contains(QStringLiteral("91 character")));
    CHECK(message.contains(QStringLiteral("90")));

    // Each translation too, named by its language.
    visit.title.text = QStringLiteral("Wizyta z Charkowa");
    visit.title.translations.insert(QStringLiteral("uk"), repeated(QStringLiteral("Візит з Харкова "), 95));
    CHECK(messageFor(VisitValidator::validate(visit), QStringLiteral("visit.title"))
              .startsWith(QStringLiteral("Title (uk): “Візит з Харкова")));

    Session session;
    session.visitId = 1;
    session.startsAt = QDateTime(QDate(2026, 5, 19), QTime(9, 0), Qt::UTC);
    session.endsAt = QDateTime(QDate(2026, 5, 19), QTime(10, 0), Qt::UTC);
    session.title.text = repeated(QStringLiteral("Spotkanie w ośrodku "), TextLimits::sessionTitle);
    CHECK(SessionValidator::validate(session).isEmpty());
    session.title.text += QStringLiteral("!");
    CHECK_FALSE(messageFor(SessionValidator::validate(session), QStringLiteral("session.title")).isEmpty());

    Institution institution;
    institution.name.text =
        repeated(QStringLiteral("Miejski Ośrodek Pomocy Rodzinie "), TextLimits::name + 1);
    CHECK(messageFor(InstitutionValidator::validate(institution), QStringLiteral("institution.name"))
              .startsWith(QStringLiteral("Name: “Miejski Ośrodek Pomocy Rodzinie Miejski…”")));

    FundingProject project;
    project.name = repeated(QStringLiteral("Wymiana doświadczeń "), TextLimits::name + 1);
    CHECK_FALSE(
        messageFor(FundingProjectValidator::validate(project), QStringLiteral("project.name")).isEmpty());
    project.name.chop(1);
    CHECK(messageFor(FundingProjectValidator::validate(project), QStringLiteral("project.name")).isEmpty());
}
