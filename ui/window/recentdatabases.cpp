// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/recentdatabases.h"

#include <QFileInfo>
#include <QSettings>

namespace {
const QString key = QStringLiteral("recentDatabases");
}

QStringList RecentDatabases::paths() const
{
    return m_settings.value(key).toStringList();
}

void RecentDatabases::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QStringList before = paths();
    QStringList list = before;
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > maximum) {
        list.removeLast();
    }
    // The file opened every day is already first: the settings file is not written again (with
    // its two syncs to disk) at each start, before the window is painted.
    if (list != before) {
        m_settings.setValue(key, list);
    }
}

void RecentDatabases::remove(const QString& path)
{
    QStringList list = paths();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    m_settings.setValue(key, list);
}
