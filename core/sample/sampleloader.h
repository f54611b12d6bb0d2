// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"
#include "core/model/result.h"
#include "core/sample/sampleitem.h"
#include "core/storage/costrepository.h"
#include "core/storage/exchangegrouprepository.h"
#include "core/storage/fundingprojectrepository.h"
#include "core/storage/institutionrepository.h"
#include "core/storage/participantrepository.h"
#include "core/storage/personrepository.h"
#include "core/storage/programmerepository.h"
#include "core/storage/settingsrepository.h"
#include "core/storage/visitrepository.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

class Database;

// The sample visits are data: core/sample/data/*.json, compiled in under :/sample/.
//
// shared.json holds what more than one visit needs (an interpreter, a Warsaw welfare centre), the
// exchange group with the people its members send to its meetings, and the travel times between
// the sample's cities. Each visit has a file of its own: its institutions and people, its
// delegation, its funding project, the visit, its other participants and its programme, written in
// that order. The group's past meetings are visits too, each in a file named after its host's city,
// linked to the group by its key; they have no delegation, the members' people are participants.
//
// A record's fields are named as in core/model, without "Id" where they name another record. A
// field left out keeps the model's default; one the loader does not know is refused, as a misspelt
// name would otherwise lose its value without a word. Days are "YYYY-MM-DD", times "HH:mm",
// arrivals and departures "YYYY-MM-DDTHH:mm", all wall-clock times of the visit's time zone. Enums
// are written by their keys (core/model/enums.cpp). Money is in minor units of the currency
// (grosze), as the model keeps it. A translated text is a string, or {"text": "…", "uk": "…"} with
// its translations by language. Records name each other by "key", each key once per kind of
// record: a visit file's keys are its own, shared.json's are seen from every file.
//
// A delegation gives its members' country, languages and consent date, and the journey and hotel
// they share; the first member leads it. A programme gives what goes without saying in its
// sessions: a session held at a venue is in the venue's city, one at an address only is in the
// programme's "city"; one with an interpreter and no interpretation of its own gets the
// programme's; one that speaks no "language" of its own speaks the programme's. A session with an
// "audience" is for those participants (named by person) only, not the whole delegation.
//
// The records are written in the order the files list them, shared.json's exchange group, the
// group's meetings and the travel times after the visits, so that every sample database holds the
// same rows with the same ids (the visits' as before the meetings were added).
//
// The programmes are consistent on purpose, so that a new user's first look at the conflict list
// is an empty one: no session outside its visit's days, nobody in two sessions at once, at least
// 15 minutes between two places in one city and the table's time between cities (Warszawa–Płock
// 120 minutes), interpreters alternating or resting at least 30 minutes after at most 90, and
// everyone's sessions between their arrival and departure. Transfers and free time have no place:
// they are the time between places, not a place. The Lviv programme splits the delegation once, on
// its last morning: seniors and disability with one group, crisis and homelessness with the other.
// The Sochaczew meeting's paraglider flights and concert are for those who wish, not everyone.

/// A sample visit as the check for a sample already there needs it.
struct SampleVisitHeading
{
    QString title;
    QDate firstDay;
    QDate lastDay;
};

/// Reads the sample data files and writes their records through the repositories. The caller
/// holds the write transaction: after a problem the loader writes nothing more, and the caller
/// rolls back what it wrote.
class SampleLoader final
{
    Q_DISABLE_COPY_MOVE(SampleLoader)

public:
    /// `what` names the action for error messages, e.g. "Adding the sample visits". The files are
    /// read from `directory`: the compiled-in ones, or a test's altered copies.
    SampleLoader(Database& database, const QString& what, QString directory = QStringLiteral(":/sample"));

    /// The one-day, the seven-day and the three-day visit, then the exchange group's three meetings,
    /// in the order write() writes them.
    Result<QList<SampleVisitHeading>> headings();
    /// Writes the whole sample; returns the ids of the visits, in the order of headings().
    Result<QList<Id>> write();

private:
    enum class Kind { Institution, Person, Project, Group };
    /// The records a file has written so far, by key; a visit file's fall back on shared.json's.
    struct Keys
    {
        const Keys* shared = nullptr;
        QHash<QString, Id> ids[4]; ///< by Kind

        bool contains(Kind kind, const QString& key) const;
        Id find(Kind kind, const QString& key) const;
    };
    /// What a programme's sessions take when they do not say.
    struct ProgrammeDefaults
    {
        QString city;
        QString language;
        InterpretationMode interpretation = InterpretationMode::None;
        QStringList interpretedInto;
    };

    std::optional<SampleItem> open(const QString& file);
    template <typename Repository, typename Record>
    Id write(SampleItem& item, Repository& repository, const Record& record);
    void refused(SampleItem& item, const Error& error);

    static QString claimKey(SampleItem& item, Kind kind, const Keys& keys);
    static Id find(SampleItem& item, const char* field, Kind kind, const Keys& keys, bool required = false);
    static QList<Id> findAll(SampleItem& item, const char* field, Kind kind, const Keys& keys);

    Id writeInstitution(SampleItem& item, Keys& keys);
    Id writePerson(SampleItem& item, Keys& keys, Person person = {});
    Id writeProject(SampleItem& item, Keys& keys);
    Id writeVisitFile(SampleItem& file, Keys& keys);
    Id writeVisit(SampleItem& item, const Keys& keys);
    Id writeParticipant(SampleItem& item, const Keys& keys, VisitParticipant participant);
    void writeSession(SampleItem& item, Id visitId, const ProgrammeDefaults& defaults, const Keys& keys,
                      const QHash<Id, Id>& participantOf);
    void writeExchangeGroup(SampleItem& item, Keys& keys);
    void writeCost(SampleItem& item, Id visitId, const Keys& keys);
    void writeTravelTime(SampleItem& item);

    QString m_directory;
    SampleProblem m_problem;
    InstitutionRepository m_institutions;
    PersonRepository m_people;
    FundingProjectRepository m_projects;
    ExchangeGroupRepository m_groups;
    VisitRepository m_visits;
    ParticipantRepository m_participants;
    ProgrammeRepository m_programme;
    SettingsRepository m_settings;
    CostRepository m_costs;
    QHash<Id, QString> m_cities; ///< of the institutions written, for the sessions held there
};
