// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/bench/generator/officeplan.h"

#include <QSet>
#include <QString>
#include <QtGlobal>

#include <map>
#include <utility>

namespace BenchmarkData {

class PlacePlanner;

/// The institutions: the office itself, then in every city the ones a city of its size has (a
/// welfare centre, a city hall, a police station…) and as many of the kinds that repeat (care homes,
/// foundations, schools…) as its share of the total; then the indexes of hosts and partners.
class InstitutionPlanner final
{
    Q_DISABLE_COPY_MOVE(InstitutionPlanner)

public:
    InstitutionPlanner(OfficePlan& plan, Random& random, PlacePlanner& places);

    void plan(int total);

private:
    int addInstitution(Institution institution, int city);
    void finishInstitution(Institution& institution, const City& city);
    void addHomeInstitution();
    void addPolishCity(int city, int count);
    bool addPolishGroup(int city, int group);
    void addPolishTemplate(int city, int index);
    void addWarsawDistricts(int city, int& made, int count);
    void addUniversities(int city, int& made, int count);
    void addUkrainianCity(int city, int count);
    void addUkrainianTemplate(int city, int index);
    void addForeignCity(int city, int count);
    QString uniqueName(const QString& name, const City& city);
    void indexInstitutions();

    OfficePlan& m_plan;
    Random& m_random;
    PlacePlanner& m_places;
    QSet<QString> m_institutionNames;
    std::map<std::pair<int, int>, int> m_templateCounters; // (template, city) → how many so far
};

} // namespace BenchmarkData
