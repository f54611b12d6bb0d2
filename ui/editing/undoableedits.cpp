// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editing/undoableedits.h"

#include <QUndoStack>

DatabaseEditCommand::DatabaseEditCommand(EditHistory& history, EditStep step, EditDescription describe,
                                         ErrorHandler onError)
    : QUndoCommand(describe()), m_history(history), m_step(std::move(step)), m_describe(std::move(describe)),
      m_onError(std::move(onError))
{}

void DatabaseEditCommand::undo()
{
    if (Status done = m_history.undo(m_step); !done) {
        // The database is as it was before this undo (one transaction). The step can no longer be
        // trusted to fit, so it leaves the stack rather than be tried again.
        setObsolete(true);
        m_onError(done.error());
        return;
    }
    m_applied = false;
}

void DatabaseEditCommand::redo()
{
    if (m_applied) {
        return; // pushed right after it was recorded
    }
    if (Status done = m_history.redo(m_step); !done) {
        setObsolete(true);
        m_onError(done.error());
        return;
    }
    m_applied = true;
}

UndoableEdits::UndoableEdits(EditHistory& history, QUndoStack& stack,
                             DatabaseEditCommand::ErrorHandler onError)
    : m_history(history), m_stack(stack), m_onError(std::move(onError))
{}

Status UndoableEdits::apply(const EditDescription& describe, const std::function<Status()>& edit)
{
    auto step = m_history.record(edit);
    if (!step) {
        return step.error();
    }
    if (!step->isEmpty()) {
        m_stack.push(new DatabaseEditCommand(m_history, std::move(step).value(), describe, m_onError));
    }
    return success();
}

void UndoableEdits::retranslate()
{
    for (int i = 0; i < m_stack.count(); ++i) {
        // Every command on the stack is one of ours; const_cast because QUndoStack only hands out const.
        auto* command = static_cast<DatabaseEditCommand*>(const_cast<QUndoCommand*>(m_stack.command(i)));
        command->retranslate();
    }
}
