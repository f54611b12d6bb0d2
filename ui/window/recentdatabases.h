// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QSettings;

/// The databases opened lately, newest first, kept in the user's settings.
class RecentDatabases final
{
public:
    explicit RecentDatabases(QSettings& settings) : m_settings(settings) {}

    QStringList paths() const;
    void add(const QString& path);
    void remove(const QString& path);

    static constexpr int maximum = 8;

private:
    QSettings& m_settings;
};
