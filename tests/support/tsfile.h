// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// One message of a Qt Linguist .ts file, as the translation tests read it.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool unfinished = false;
    bool vanished = false;
    QStringList translations; // one, or one per plural form
};

/// Every message of the .ts file at `path`; a file that cannot be read fails the test.
QList<TsMessage> readTs(const QString& path);

/// The source tree's translations/wizyta_<language>.ts.
QString tsPath(const QString& language);
