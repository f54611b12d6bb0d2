// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/participantexport.h"

#include "core/formats/csvwriter.h"
#include "core/formats/participantimport.h"
#include "core/languages/documentlanguage.h"
#include "core/storage/institutionrepository.h"
#include "core/storage/participantrepository.h"
#include "core/storage/personrepository.h"
#include "core/storage/visitrepository.h"

#include <QDir>
#include <QSaveFile>

namespace {

QString dayAndTime(const QDateTime& time)
{
    return time.isValid() ? time.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

Result<QList<QStringList>> ParticipantExport::rows(Database& database, Id visitId,
                                                   const ParticipantExportOptions& options,
                                                   const QString& language)
{
    const auto visit = VisitRepository(database).get(visitId);
    if (!visit) {
        return visit.error();
    }
    const auto participants = ParticipantRepository(database).listForVisit(visitId);
    if (!participants) {
        return participants.error();
    }
    QList<ParticipantField> fields = {ParticipantField::GivenName,      ParticipantField::FamilyName,
                                      ParticipantField::LatinGivenName, ParticipantField::LatinFamilyName,
                                      ParticipantField::Institution,    ParticipantField::Position,
                                      ParticipantField::Country};
    if (options.contacts) {
        fields << ParticipantField::Email << ParticipantField::Phone;
    }
    fields << ParticipantField::Role << ParticipantField::Arrival << ParticipantField::Departure
           << ParticipantField::Accommodation;
    if (options.dietAndAccessibility) {
        fields << ParticipantField::Diet << ParticipantField::DietNote << ParticipantField::Accessibility;
    }
    fields << ParticipantField::Notes;

    const DocumentLanguage document(language);
    QList<QStringList> table;
    QStringList header;
    for (const ParticipantField field : std::as_const(fields)) {
        header << ParticipantColumns::heading(field, document);
    }
    table << header;
    QHash<Id, QString> institutions;
    for (const ParticipantRow& row : *participants) {
        const auto person = PersonRepository(database).get(row.participant.personId);
        if (!person) {
            return person.error();
        }
        if (person->institutionId != 0 && !institutions.contains(person->institutionId)) {
            const auto institution = InstitutionRepository(database).get(person->institutionId);
            if (!institution) {
                return institution.error();
            }
            institutions.insert(person->institutionId, institution->name.in(language));
        }
        QStringList cells;
        for (const ParticipantField field : std::as_const(fields)) {
            switch (field) {
            case ParticipantField::GivenName:
                cells << person->givenName;
                break;
            case ParticipantField::FamilyName:
                cells << person->familyName;
                break;
            case ParticipantField::LatinGivenName:
                cells << person->latinGivenName;
                break;
            case ParticipantField::LatinFamilyName:
                cells << person->latinFamilyName;
                break;
            case ParticipantField::Institution:
                cells << institutions.value(person->institutionId);
                break;
            case ParticipantField::Position:
                cells << person->position;
                break;
            case ParticipantField::Country:
                cells << person->country;
                break;
            case ParticipantField::Email:
                cells << person->email;
                break;
            case ParticipantField::Phone:
                cells << person->phone;
                break;
            case ParticipantField::Role:
                cells << document.label(EnumInfo<ParticipantRole>::name(row.participant.role));
                break;
            case ParticipantField::Arrival:
                cells << dayAndTime(row.participant.arrival);
                break;
            case ParticipantField::Departure:
                cells << dayAndTime(row.participant.departure);
                break;
            case ParticipantField::Accommodation:
                cells << row.participant.accommodation;
                break;
            case ParticipantField::Diet:
                cells << (person->diet == DietCategory::None
                              ? QString()
                              : document.label(EnumInfo<DietCategory>::name(person->diet)));
                break;
            case ParticipantField::DietNote:
                cells << person->dietNote;
                break;
            case ParticipantField::Accessibility:
                cells << person->accessibilityNeeds;
                break;
            case ParticipantField::Notes:
                cells << row.participant.notes;
                break;
            case ParticipantField::Ignored:
            case ParticipantField::FullName:
                cells << QString();
                break;
            }
        }
        table << cells;
    }
    return table;
}

Status ParticipantExport::writeFile(Database& database, Id visitId, const ParticipantExportOptions& options,
                                    const QString& language, const QString& path)
{
    const auto table = rows(database, visitId, options, language);
    if (!table) {
        return table.error();
    }
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        //: %1 is a file, %2 the system's reason
        return Error(Error::Kind::Io, tr("%1 cannot be written: %2").arg(shown, file.errorString()));
    }
    const QByteArray bytes = CsvWriter::write(*table);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        const Error::Kind kind =
            file.error() == QFileDevice::ResourceError ? Error::Kind::DiskFull : Error::Kind::Io;
        return Error(kind, tr("%1 cannot be written: %2").arg(shown, file.errorString()));
    }
    return success();
}
