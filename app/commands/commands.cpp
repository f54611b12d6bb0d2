// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/commands.h"

std::vector<std::unique_ptr<Command>> Commands::all()
{
    std::vector<std::unique_ptr<Command>> commands;
    for (auto make : {check,
                      demo,
                      listVisits,
                      addVisit,
                      conflicts,
                      exportProgramme,
                      exportParticipantList,
                      exportAttendanceSheets,
                      exportCateringSummary,
                      exportNameBadges,
                      exportCertificates,
                      exportParticipantsCsv,
                      exportIcs,
                      exportVisitReport,
                      importParticipants,
                      importProgramme,
                      backup,
                      erasePersonalData,
                      exportPerson,
                      listGroups,
                      listProjects,
                      planMeeting,
                      duplicateVisit}) {
        commands.push_back(make());
    }
    return commands;
}
