// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QSettings;
class QTableView;

/// The column widths and sort order a coordinator chose, per table, kept in the user's settings: a
/// list comes back as it was left, in this window and the next. A width set by hand (a header's
/// divider dragged) stays as it is when the table fits its columns again; the header's right-click
/// menu gives them back to fitting.
class TableMemory final
{
    Q_DECLARE_TR_FUNCTIONS(TableMemory)

public:
    explicit TableMemory(QSettings& settings) : m_settings(settings) {}
    Q_DISABLE_COPY_MOVE(TableMemory)

    /// Gives `table` what is kept under `name` and keeps its changes; `refit` fits its columns again.
    void keep(QTableView* table, const QString& name, std::function<void()> refit);

private:
    QSettings& m_settings;
};
