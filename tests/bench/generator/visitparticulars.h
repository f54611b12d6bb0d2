// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/bench/generator/officeplan.h"
#include "tests/bench/vocabulary/visits.h"

#include <QDate>
#include <QString>
#include <QStringView>
#include <QtGlobal>

namespace BenchmarkData {

class PlacePlanner;

/// What every kind of visit settles: where it takes place (the host, its city, time zone and hotel),
/// its languages, the project that funds it and its topic.
class VisitParticulars final
{
    Q_DISABLE_COPY_MOVE(VisitParticulars)

public:
    VisitParticulars(OfficePlan& plan, Random& random, PlacePlanner& places);

    void setCityAndZone(Visit& visit, int host);
    void setLanguages(Visit& visit, QStringView partnerCountry);
    void assignProject(Visit& visit, QStringView partnerCountry, int percent);
    Topic topic(const QDate& day, bool ukrainian, const Visit& visit);
    bool colleagueTranslates(const QDate& day);

private:
    QString hotelFor(const Visit& visit);

    OfficePlan& m_plan;
    Random& m_random;
    PlacePlanner& m_places;
};

} // namespace BenchmarkData
