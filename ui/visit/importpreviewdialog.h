// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/formats/csvtable.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTableWidget;

/// What an import would do with a row, shown beside it.
struct ImportRowStatus
{
    QString text;         ///< "New person", or the row's problems
    bool problem = false; ///< shown in red; the import waits until every row is mended
    bool warning = false; ///< shown in amber; the row is imported all the same
};

/// Shows a CSV file before anything is imported: every row with what will happen to it or what is
/// wrong, and optionally a choice above each column of what it holds. The caller plans the import
/// (ParticipantImport, ProgrammeImport), shows the result with setStatuses(), and imports once accepted.
class ImportPreviewDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `fileName` and `table` as read; `summary` a line on what the file is for ("Participants of ...").
    ImportPreviewDialog(const QString& fileName, const CsvTable& table, QWidget* parent = nullptr);

    /// Offers a choice of `fields` above each column, `chosen` (indices into fields) for each column.
    void setColumnChoices(const QStringList& fields, const QList<int>& chosen);
    /// The field chosen for each column (indices into the fields given).
    QList<int> columnChoices() const;
    /// What would happen to each row, and a line on the whole (shown under the table); the Import
    /// button is enabled when no row has a problem and `importable`. A row with a warning does not
    /// hold the import back.
    void setStatuses(const QList<ImportRowStatus>& statuses, const QString& summary, bool importable);

Q_SIGNALS:
    /// The person chose another field for a column: plan again and call setStatuses().
    void columnChoicesChanged();

private:
    QTableWidget* m_table;
    QList<QComboBox*> m_choices;
    QLabel* m_summary;
    QDialogButtonBox* m_buttons;
    int m_columns; ///< the file's
};
