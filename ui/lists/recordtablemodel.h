// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"
#include "core/model/result.h"
#include "core/storage/changenotifier.h"

#include <QAbstractTableModel>

class Database;

/// The common part of the models behind the list pages: a fixed set of columns, a row per record
/// with its id under IdRole, a reload when the database reports a change of the given topics, and
/// headers that follow the interface language.
///
/// The rows are read by reload() or ensureLoaded(), not on construction: a page's rows are read
/// when the page is first shown.
///
/// Subclasses read their rows in readRows() and answer cell(); sorting uses
/// CollatingProxyModel::SortRole, which falls back to the displayed text.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole + 2;

    RecordTableModel(Database& database, ChangeNotifier::Topics reloadOn, int columnCount,
                     QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Reads the rows again.
    void reload();
    /// Reads the rows if they are out of date: never read, or changed while not following changes.
    void ensureLoaded();
    /// Whether the rows are out of date (see ensureLoaded()).
    bool isStale() const { return m_stale; }
    /// Whether a change in the database reads the rows again at once (the default) or only marks them
    /// out of date for ensureLoaded(). A list page's model follows changes only while the page is
    /// shown: a hidden list of 50,000 people is not read again for every edit made elsewhere.
    void setFollowingChanges(bool following);
    /// Headers and formatted values follow the interface language, and so do the rows of a list that
    /// reads its records' texts in it; the owner calls this on a switch.
    void retranslate();
    /// The row holding `id`, or -1.
    int rowOf(Id id) const;
    /// Whether the file holds any row of this list, asked without reading them (a list page reads a
    /// list with rows after the paint that first shows it). A list that cannot tell says yes.
    virtual Result<bool> anyRows() const { return true; }

Q_SIGNALS:
    void loadFailed(const QString& message);

protected:
    /// Reads every row into the subclass's storage, replacing what it held; called inside a reset.
    virtual Status readRows() = 0;
    virtual Id idAt(int row) const = 0;
    /// The value of one cell for DisplayRole, ToolTipRole, SortRole, TextAlignmentRole, ...
    virtual QVariant cell(int row, int column, int role) const = 0;
    virtual QString header(int column) const = 0;
    /// The columns whose texts are always shown whole: times, days, amounts, counts (WholeColumnRole).
    void setWholeColumns(const QList<int>& columns) { m_wholeColumns = columns; }
    /// The rows hold records' texts in the interface language (a visit's Ukrainian title in a Ukrainian
    /// interface): a switch of language reads them again.
    void setReadsInterfaceLanguage(bool reads) { m_readsLanguage = reads; }

    Database& m_database;

private:
    int m_columnCount;
    QList<int> m_wholeColumns;
    bool m_readsLanguage = false;
    bool m_following = true;
    bool m_stale = true;
};
