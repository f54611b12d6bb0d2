// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/bench/generator/officeplan.h"

#include <QDate>
#include <QString>
#include <QtGlobal>

namespace BenchmarkData {

class ParticipantBooking;
class VisitParticulars;

/// Study visits: a delegation from a partner abroad (or from another Polish city) that the office
/// hosts in Poland, and a Polish delegation that the office sends abroad; their participants and
/// titles.
class StudyVisitPlanner final
{
    Q_DISABLE_COPY_MOVE(StudyVisitPlanner)

public:
    StudyVisitPlanner(OfficePlan& plan, Random& random, VisitParticulars& particulars,
                      ParticipantBooking& booking);

    void planIncoming(Visit& visit, int index);
    void planOutgoing(Visit& visit, int index);

private:
    QString incomingCountry(const QDate& day);
    QString outgoingCountry(const QDate& day);

    OfficePlan& m_plan;
    Random& m_random;
    VisitParticulars& m_particulars;
    ParticipantBooking& m_booking;
};

} // namespace BenchmarkData
