// SPDX-License-Identifier: GPL-3.0-or-later
// The command line as scripts use it: the real program, run without any display.
#pragma once

#include "core/storage/database.h"
#include "core/storage/programmerepository.h"
#include "core/storage/visitrepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace CliTests {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

class Cli
{
public:
    Cli() { REQUIRE(m_dir.isValid()); }

    QString path(const QString& name) const { return m_dir.filePath(name); }

    Run run(const QStringList& arguments)
    {
        QProcess process;
        // No display at all: a verb that needed one would abort.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        environment.remove(QStringLiteral("LANGUAGE"));
        environment.remove(QStringLiteral("LC_ALL"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(WIZYTA_BINARY), arguments);
        REQUIRE(process.waitForFinished(60000));
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private:
    QTemporaryDir m_dir;
};

inline QByteArray hashOf(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/// The text of a PDF, by pdftotext from poppler-utils.
inline QString pdfText(const QString& pdf)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    INFO("pdftotext is missing: install poppler-utils (scripts/packages.sh)");
    REQUIRE_FALSE(pdftotext.isEmpty());
    QProcess process;
    process.start(pdftotext, {pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

/// Adds the sample visits to `db` with wizyta demo; returns the seven-day visit's id.
inline QString addSampleVisits(Cli& cli, const QString& db)
{
    const Run added = cli.run({QStringLiteral("--database"), db, QStringLiteral("demo")});
    REQUIRE(added.exitCode == 0);
    const QStringList ids = added.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(ids.size() == 6); // the three visits, then the exchange group's meetings
    return ids.at(1);
}

inline QString writeText(Cli& cli, const QString& name, const QByteArray& bytes)
{
    const QString path = cli.path(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

} // namespace CliTests
