// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"
#include "core/model/result.h"

#include <QCoreApplication>
#include <QList>

class Database;

/// Three sample visits for someone trying Wizyta out, complete enough that every screen and every
/// document has something real to show, and the past meetings of an exchange group.
///
/// Shaped like the visits a coordinator actually hosts: a one-day visit of local-government staff
/// from the Zhytomyr region to Przasnysz, a seven-day visit of a Lviv city hall delegation to
/// Warsaw and Płock with the whole programme in Ukrainian too, and a three-day visit of a shelter's
/// team from Vsetín (Czechia) to Kraków. The exchange group of six cities met in Częstochowa, Konin
/// and Sochaczew in the months before, about every two months, the last time for two days with a
/// cultural programme for those who wished. The people, NGOs, addresses, phone numbers and e-mail
/// addresses are invented. The content is Polish, Ukrainian and Czech data, not interface text:
/// it is the same whatever language the interface speaks.
class SampleData final
{
    Q_DECLARE_TR_FUNCTIONS(SampleData)

public:
    /// Adds the sample visits with their institutions, people, funding projects, participants and
    /// programmes, an exchange group of six cities and the travel times between the sample's cities
    /// (pairs the coordinator has already set are left as they are), all in one transaction.
    ///
    /// Refused with a Validation error, nothing added, when one of the sample visits (same title
    /// and days) is already in the database. Returns the ids of the one-day, the seven-day and the
    /// three-day visit, in that order, then those of the group's meetings, oldest first.
    static Result<QList<Id>> add(Database& database);
};
