// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editing/databasedocument.h"

DatabaseDocument::DatabaseDocument(std::unique_ptr<Database> database,
                                   DatabaseEditCommand::ErrorHandler onError)
    : m_database(std::move(database)), m_history(*m_database),
      m_edits(m_history, m_undoStack, std::move(onError))
{}
