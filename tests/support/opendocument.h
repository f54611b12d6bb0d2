// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading an OpenDocument text (.odt) back as a word processor would: its parts unpacked with
// unzip (Debian's unzip; Qt reads no ODF), its paragraphs from content.xml.

#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

/// The part `part` ("content.xml") of the OpenDocument file `path`.
inline QByteArray openDocumentPart(const QString& path, const QString& part)
{
    const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    INFO("unzip is missing: install it (scripts/packages.sh)");
    REQUIRE_FALSE(unzip.isEmpty());
    QProcess process;
    process.start(unzip, {QStringLiteral("-p"), path, part});
    REQUIRE(process.waitForFinished(60000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return process.readAllStandardOutput();
}

/// The text of each paragraph and heading of the document's body, in order.
inline QStringList openDocumentParagraphs(const QString& path)
{
    QXmlStreamReader xml(openDocumentPart(path, QStringLiteral("content.xml")));
    QStringList paragraphs;
    QString current;
    int depth = 0; // inside a paragraph or heading, how deep
    while (!xml.atEnd()) {
        xml.readNext();
        const bool block =
            xml.namespaceUri() == QLatin1String("urn:oasis:names:tc:opendocument:xmlns:text:1.0") &&
            (xml.name() == QLatin1String("p") || xml.name() == QLatin1String("h"));
        if (xml.isStartElement() && block && depth++ == 0) {
            current.clear();
        } else if (xml.isStartElement() && depth > 0 && xml.name() == QLatin1String("s")) {
            const QString count = xml.attributes().value(QStringLiteral("text:c")).toString();
            current += QString(count.isEmpty() ? 1 : count.toInt(), u' ');
        } else if (xml.isStartElement() && depth > 0 && xml.name() == QLatin1String("tab")) {
            current += u'\t';
        } else if (xml.isCharacters() && depth > 0) {
            current += xml.text();
        } else if (xml.isEndElement() && block && --depth == 0) {
            paragraphs << current;
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return paragraphs;
}
