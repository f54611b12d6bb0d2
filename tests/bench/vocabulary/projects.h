// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The benchmark's vocabulary of funding projects and exchange groups: those the office had and
// takes part in.

#include <QStringView>

#include <span>

namespace BenchmarkData {

/// A funding project, of which the office had one or more editions. {year} is the first year.
struct ProjectData
{
    QStringView name;
    QStringView acronym;
    QStringView funder;
    QStringView agreement; // {year} {yy} {nnnn}
    QStringView currency;
    QStringView focus; // partner countries, "PL" for a project at home
    int fromYear;
    int toYear;
    int years;
    QStringView notes;
};
extern const std::span<const ProjectData> projects;

struct GroupData
{
    QStringView name;
    QStringView meetingPl; // a meeting's title, before " – {city}"
    QStringView meetingUk; // the same in Ukrainian
    int intervalDays;
    QStringView countries;
    int fromYear;
    QStringView notes;
    QStringView region = {}; // members from one voivodeship only
};
extern const std::span<const GroupData> groups;

} // namespace BenchmarkData
