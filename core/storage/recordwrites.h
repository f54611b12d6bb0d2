// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"
#include "core/model/result.h"
#include "core/storage/changenotifier.h"

#include <QString>

#include <functional>

class Database;
class SqlQuery;

/// A record's row changed in place, as every repository's update() does it.
struct RecordUpdate
{
    QString what;      ///< names the edit in messages: "Saving the person"
    QString statement; ///< UPDATE … WHERE id = :id (and more conditions where needed)
    Id id = 0;
    QString missing;                     ///< names the record when no row has that id: "Person 12"
    ChangeNotifier::Topics changed;      ///< what the views showing it must read again
    std::function<void(SqlQuery&)> bind; ///< binds every placeholder but :id
    std::function<Status()> checkFirst;  ///< optional: checks within the transaction before the update
    std::function<Status()> writeAlso;   ///< optional: what goes with the row (texts, members, people)
};

/// The shape of the repositories' writes to one record, written once: in one write transaction,
/// the row changed or deleted by its id, NotFound when there is no such row, what goes with it
/// written, the change announced, committed; anything that fails rolls all of it back.
namespace RecordWrites {

Status update(Database& database, const RecordUpdate& update);

/// Deletes row `id` of `table` (a name from the schema, never user input); `what` and `missing` as
/// for an update. The schema's foreign keys take or unlink what refers to it: `changed` says which
/// views that touches.
Status remove(Database& database, const QString& what, const QString& table, Id id, const QString& missing,
              ChangeNotifier::Topics changed);

} // namespace RecordWrites
