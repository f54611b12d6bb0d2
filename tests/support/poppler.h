// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading printed documents back as a reader's program does: poppler-utils' pdftotext and pdffonts.

#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

/// Runs a poppler-utils program on a PDF and returns what it prints.
inline QString poppler(const QString& program, const QStringList& arguments)
{
    const QString path = QStandardPaths::findExecutable(program);
    INFO(program.toStdString() << " is missing: install poppler-utils (scripts/packages.sh)");
    REQUIRE_FALSE(path.isEmpty());
    QProcess process;
    process.start(path, arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// The PDF's text laid out as on the page; only page `page` (counted from 1) when given.
inline QString pdfText(const QString& pdf, int page = 0)
{
    QStringList arguments = {QStringLiteral("-layout")};
    if (page > 0) {
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    }
    return poppler(QStringLiteral("pdftotext"), arguments << pdf << QStringLiteral("-"));
}
