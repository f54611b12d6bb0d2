// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/commands/command.h"

#include <memory>
#include <vector>

/// Every verb of the command line, one file each in app/commands/.
namespace Commands {

/// The verbs in the order --help lists them.
std::vector<std::unique_ptr<Command>> all();

std::unique_ptr<Command> check();
std::unique_ptr<Command> demo();
std::unique_ptr<Command> listVisits();
std::unique_ptr<Command> addVisit();
std::unique_ptr<Command> conflicts();
std::unique_ptr<Command> exportProgramme();
std::unique_ptr<Command> exportParticipantList();
std::unique_ptr<Command> exportAttendanceSheets();
std::unique_ptr<Command> exportCateringSummary();
std::unique_ptr<Command> exportNameBadges();
std::unique_ptr<Command> exportCertificates();
std::unique_ptr<Command> exportParticipantsCsv();
std::unique_ptr<Command> exportIcs();
std::unique_ptr<Command> exportVisitReport();
std::unique_ptr<Command> importParticipants();
std::unique_ptr<Command> importProgramme();
std::unique_ptr<Command> backup();
std::unique_ptr<Command> erasePersonalData();
std::unique_ptr<Command> exportPerson();
std::unique_ptr<Command> listGroups();
std::unique_ptr<Command> listProjects();
std::unique_ptr<Command> planMeeting();
std::unique_ptr<Command> duplicateVisit();

} // namespace Commands
