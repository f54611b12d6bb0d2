// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/edithistory.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

class QUndoStack;

/// Names an edit in the interface language of the moment ("Delete institution ‘MOPS Płock’"):
/// called again when the language changes, so the Edit menu follows.
using EditDescription = std::function<QString()>;

/// One edit on the undo stack: the database changes it made, replayed backwards and forwards.
class DatabaseEditCommand final : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const Error&)>;

    /// `step` has already been applied (recorded); the first redo() does nothing.
    DatabaseEditCommand(EditHistory& history, EditStep step, EditDescription describe, ErrorHandler onError);

    void undo() override;
    void redo() override;
    void retranslate() { setText(m_describe()); }

private:
    EditHistory& m_history;
    EditStep m_step;
    EditDescription m_describe;
    ErrorHandler m_onError;
    bool m_applied = true;
};

/// How every page and form changes data: the edit runs in one transaction and, when it changed
/// something, lands on the undo stack under a name the Edit menu shows ("Undo Move session ‘Panel’").
class UndoableEdits final
{
    Q_DISABLE_COPY_MOVE(UndoableEdits)

public:
    UndoableEdits(EditHistory& history, QUndoStack& stack, DatabaseEditCommand::ErrorHandler onError);

    /// Runs `edit`; on failure nothing is changed and the error (e.g. a field error) is returned.
    Status apply(const EditDescription& describe, const std::function<Status()>& edit);

    /// The same for an edit that produces a value, such as the id of a new record.
    template <typename T>
    Result<T> apply(const EditDescription& describe, const std::function<Result<T>()>& edit)
    {
        std::optional<T> value;
        Status done = apply(describe, [&]() -> Status {
            Result<T> result = edit();
            if (!result) {
                return result.error();
            }
            value = std::move(result).value();
            return success();
        });
        if (!done) {
            return done.error();
        }
        return std::move(*value);
    }

    /// Renames every edit on the stack in the new interface language.
    void retranslate();

private:
    EditHistory& m_history;
    QUndoStack& m_stack;
    DatabaseEditCommand::ErrorHandler m_onError;
};
