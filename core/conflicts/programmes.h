// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"
#include "core/model/session.h"
#include "core/model/visitparticipant.h"
#include "core/storage/settingsrepository.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

/// What the conflict rules work on, shared by the loader, the scan and its rule groups; not used
/// outside core/conflicts.
namespace Conflicts {

/// A pause shorter than this is no rest for an interpreter: the sessions on either side of it are one
/// working stretch, measured from the first start to the last end. A quarter of an hour is what
/// interpreters' associations count as the shortest break that lets a voice and an attention recover.
constexpr qint64 interpreterBreakMinutes = 15;

/// A visit whose sessions are checked (a subject) or that only holds sessions they may collide with.
struct VisitInfo
{
    Id id = 0;
    QString title;
    QDate firstDay;
    QDate lastDay;
    bool subject = false;
    QList<ParticipantRow> participants; ///< read for subjects only: audiences matter within a visit
};

/// A session as the rules see it; times in seconds, so that comparing them costs nothing.
struct Item
{
    ProgrammeRow row;
    qsizetype visit = 0; ///< index into the visits
    qint64 start = 0;
    qint64 end = 0;

    const Session& session() const { return row.session; }
};

/// Everything the rules read, loaded once for a visit or a period.
struct Programmes
{
    QList<VisitInfo> visits;
    QList<Item> items;
    QHash<Id, qsizetype> visitIndex;
};

/// The settings the rules need.
struct Limits
{
    TravelTimeTable travel;
    qint64 interpreterMaxMinutes = SettingsRepository::defaultInterpreterMaxMinutes;
};

/// Which of two sessions a warning about both is shown on.
enum class ShownOn {
    Checked, ///< the earlier, unless only the later belongs to a checked visit: a visit's own check
    Earlier, ///< the earlier, always: a period's warnings, the same whichever visits were checked with it
};

qint64 seconds(const QDateTime& time);
QDateTime dayStart(const QDate& day);
QString timeText(const QTime& time);
QString momentText(const QDateTime& time);
/// "19 May 2026, 10:00–10:30", with both days when it runs past midnight.
QString spanText(const QDateTime& start, const QDateTime& end);
QString minutesText(qint64 minutes);
QString folded(const QString& text);

} // namespace Conflicts
