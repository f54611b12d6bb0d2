// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/bench/generator/officeplan.h"

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <map>
#include <vector>

namespace BenchmarkData {

/// The people: the office's coordinators, the staff of the institutions, and interpreters, guides,
/// experts and others who belong to none; then the indexes the visits take them from.
class PeoplePlanner final
{
    Q_DISABLE_COPY_MOVE(PeoplePlanner)

public:
    PeoplePlanner(OfficePlan& plan, Random& random);

    void plan(int count);
    /// After the visits, which tell who took part when.
    void setConsentDates();

private:
    void addCoordinators(int count);
    Person makePerson(QStringView countryCode, bool female);
    QString position(QStringView countryCode, QStringView kind, bool female);
    void addContacts(Person& person, const QString& domain);
    void addDietAndNotes(Person& person);
    Person makeFreelancer();
    void indexPeople();

    OfficePlan& m_plan;
    Random& m_random;
    WeightedTable m_staffedInstitutions;
    std::map<QString, std::vector<int>> m_positionIndex; // "PL/city_hall" → positions
};

} // namespace BenchmarkData
