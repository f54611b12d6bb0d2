// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/id.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;
class WindowFixture;

/// Every dialog Wizyta opens over its main window, made and filled as a coordinator meets it, on the
/// sample visits: the forms of visits, sessions, participants, institutions, people and projects, new
/// and edited, the import previews, the planning settings, the backups to restore, the handbook and the
/// application's own message boxes. For pictures of each, and for checks that walk them all
/// (accessible names, mnemonics).
///
/// Each dialog has a stable name ("session-edit", "visit-new"): pictures and messages use it.
class DialogCatalog final
{
public:
    /// Called with each dialog, open and laid out. Some dialogs run in their own event loop while it
    /// is called: it must not throw (CHECK, not REQUIRE). The dialog is closed afterwards.
    using Visitor = std::function<void(const QString& name, QWidget& dialog)>;

    /// Adds the sample visits to the fixture's database, which must not hold them yet.
    explicit DialogCatalog(WindowFixture& fixture);

    /// The dialogs' names, in the order forEachDialog() opens them.
    static QStringList names();
    /// Opens each dialog in turn, in the current interface language, and hands it to `visit`.
    void forEachDialog(const Visitor& visit) const;

    /// The one-day, seven-day and three-day sample visits.
    const QList<Id>& sampleVisits() const { return m_visits; }

private:
    WindowFixture& m_fixture;
    QList<Id> m_visits;
};
