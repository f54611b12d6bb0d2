// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/edithistory.h"

#include "core/storage/database.h"
#include "core/storage/schema.h"
#include "core/storage/sqlquery.h"

namespace {

QString quotedName(const QString& name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

/// The SQL expression, evaluated inside a trigger, that writes `row`.column as a literal.
QString literalOf(const QString& row, const QString& column)
{
    return QStringLiteral("quote(%1.%2)").arg(row, quotedName(column));
}

QStringList triggersFor(const QString& table, const QStringList& columns)
{
    const QString name = quotedName(table);
    // Text pieces of the generated statements are SQL string literals inside the trigger.
    const auto text = [](const QString& sql) {
        return QLatin1Char('\'') + QString(sql).replace(QLatin1Char('\''), QLatin1String("''")) +
               QLatin1Char('\'');
    };
    const QString log = QStringLiteral("INSERT INTO wizyta_undo_log (table_name, statement) VALUES (%1, %2);")
                            .arg(text(table));

    QStringList assignments;
    QStringList values;
    for (const QString& column : columns) {
        assignments << text(quotedName(column) + QLatin1Char('=')) + QLatin1String(" || ") +
                           literalOf(QStringLiteral("OLD"), column);
        values << literalOf(QStringLiteral("OLD"), column);
    }
    const QString undoInsert =
        text(QStringLiteral("DELETE FROM %1 WHERE rowid=").arg(name)) + QLatin1String(" || NEW.rowid");
    const QString undoUpdate = text(QStringLiteral("UPDATE %1 SET ").arg(name)) + QLatin1String(" || ") +
                               assignments.join(QLatin1String(" || ',' || ")) + QLatin1String(" || ") +
                               text(QStringLiteral(" WHERE rowid=")) + QLatin1String(" || OLD.rowid");
    QStringList quotedColumns;
    for (const QString& column : columns) {
        quotedColumns << quotedName(column);
    }
    const QString undoDelete = text(QStringLiteral("INSERT INTO %1 (rowid,%2) VALUES (")
                                        .arg(name, quotedColumns.join(QLatin1Char(',')))) +
                               QLatin1String(" || OLD.rowid || ',' || ") +
                               values.join(QLatin1String(" || ',' || ")) + QLatin1String(" || ')'");

    const QString when = QStringLiteral("WHEN (SELECT recording FROM temp.wizyta_undo_state)");
    const QString prefix = QStringLiteral("wizyta_undo_") + table;
    return {
        QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS %1 AFTER INSERT ON main.%2 %3 BEGIN %4 END")
            .arg(quotedName(prefix + QStringLiteral("_insert")), name, when, log.arg(undoInsert)),
        QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS %1 AFTER UPDATE ON main.%2 %3 BEGIN %4 END")
            .arg(quotedName(prefix + QStringLiteral("_update")), name, when, log.arg(undoUpdate)),
        QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS %1 AFTER DELETE ON main.%2 %3 BEGIN %4 END")
            .arg(quotedName(prefix + QStringLiteral("_delete")), name, when, log.arg(undoDelete)),
    };
}

} // namespace

ChangeNotifier::Topics EditHistory::topicOf(const QString& table)
{
    using Topic = ChangeNotifier::Topic;
    static const struct
    {
        const char* prefix;
        Topic topic;
    } topics[] = {
        {"institution", Topic::Institutions},
        {"person", Topic::People},
        {"funding_project", Topic::FundingProjects},
        {"exchange_group", Topic::ExchangeGroups},
        {"visit_participant", Topic::Participants},
        {"visit", Topic::Visits},
        {"agenda_session", Topic::Sessions},
        {"session_", Topic::Sessions},
        {"cost_line", Topic::Costs},
        {"setting", Topic::Settings},
        {"travel_time", Topic::Settings},
    };
    for (const auto& entry : topics) {
        if (table.startsWith(QLatin1String(entry.prefix))) {
            return entry.topic;
        }
    }
    return {};
}

Status EditHistory::install()
{
    const QString what = tr("Preparing undo");
    QStringList statements{
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS wizyta_undo_log (seq INTEGER PRIMARY KEY, "
                       "table_name TEXT NOT NULL, statement TEXT NOT NULL)"),
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS wizyta_undo_state (recording INTEGER NOT NULL)"),
        QStringLiteral("DELETE FROM temp.wizyta_undo_state"),
        QStringLiteral("INSERT INTO temp.wizyta_undo_state (recording) VALUES (0)"),
    };
    SqlQuery tables(m_database, QStringLiteral("SELECT name FROM main.sqlite_master WHERE type = 'table' "
                                               "AND %1 ORDER BY name")
                                    .arg(Schema::isDataTable()));
    if (Status done = tables.exec(what); !done) {
        return done;
    }
    QStringList names;
    while (tables.next()) {
        names << tables.text(0);
    }
    for (const QString& table : std::as_const(names)) {
        SqlQuery info(m_database,
                      QStringLiteral("SELECT name FROM pragma_table_info(:table, 'main') ORDER BY cid"));
        info.bind(QStringLiteral(":table"), table);
        if (Status done = info.exec(what); !done) {
            return done;
        }
        QStringList columns;
        while (info.next()) {
            columns << info.text(0);
        }
        statements << triggersFor(table, columns);
    }
    if (Status done = SqlQuery::execAll(m_database, statements, what); !done) {
        return done;
    }
    m_installed = true;
    return success();
}

Result<QStringList> EditHistory::capture(const QString& what, const std::function<Status()>& edit,
                                         ChangeNotifier::Topics& topics)
{
    // Outside the transaction: a temporary trigger created in one that rolls back would be gone.
    if (!m_installed) {
        if (Status installed = install(); !installed) {
            return installed.error();
        }
    }
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(what); !begun) {
        return begun.error(); // e.g. a read-only file
    }
    if (Status started =
            SqlQuery::execAll(m_database,
                              {QStringLiteral("DELETE FROM temp.wizyta_undo_log"),
                               QStringLiteral("UPDATE temp.wizyta_undo_state SET recording = 1")},
                              what);
        !started) {
        return started.error();
    }
    if (Status done = edit(); !done) {
        return done.error(); // the transaction rolls back, the recording flag with it
    }
    SqlQuery log(m_database, QStringLiteral("SELECT table_name, statement FROM temp.wizyta_undo_log "
                                            "ORDER BY seq DESC"));
    if (Status done = log.exec(what); !done) {
        return done.error();
    }
    QStringList inverse;
    while (log.next()) {
        topics |= topicOf(log.text(0));
        inverse << log.text(1);
    }
    if (Status stopped = SqlQuery::execAll(m_database,
                                           {QStringLiteral("UPDATE temp.wizyta_undo_state SET recording = 0"),
                                            QStringLiteral("DELETE FROM temp.wizyta_undo_log")},
                                           what);
        !stopped) {
        return stopped.error();
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return inverse;
}

Result<QStringList> EditHistory::replay(const QStringList& statements, const QString& what,
                                        ChangeNotifier::Topics topics)
{
    ChangeNotifier::Topics touched;
    return capture(
        what,
        [&]() -> Status {
            // Rows come back in the reverse order of their changes; a child may briefly come
            // before its parent, so foreign keys are checked at the commit.
            if (Status deferred =
                    SqlQuery::execAll(m_database, {QStringLiteral("PRAGMA defer_foreign_keys = ON")}, what);
                !deferred) {
                return deferred;
            }
            if (Status done = SqlQuery::execAll(m_database, statements, what); !done) {
                return done;
            }
            m_database.markChanged(topics);
            return success();
        },
        touched);
}

Result<EditStep> EditHistory::record(const std::function<Status()>& edit)
{
    EditStep step;
    auto inverse = capture(tr("Saving the change"), edit, step.topics);
    if (!inverse) {
        return inverse.error();
    }
    step.undoStatements = std::move(inverse).value();
    return step;
}

Status EditHistory::undo(EditStep& step)
{
    auto inverse = replay(step.undoStatements, tr("Undoing the change"), step.topics);
    if (!inverse) {
        return inverse.error();
    }
    step.redoStatements = std::move(inverse).value();
    return success();
}

Status EditHistory::redo(EditStep& step)
{
    auto inverse = replay(step.redoStatements, tr("Redoing the change"), step.topics);
    if (!inverse) {
        return inverse.error();
    }
    step.undoStatements = std::move(inverse).value();
    return success();
}
