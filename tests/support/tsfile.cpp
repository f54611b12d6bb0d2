// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/tsfile.h"

#include <QFile>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

QList<TsMessage> readTs(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<TsMessage> messages;
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = TsMessage{};
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                current.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                current.unfinished = type == QLatin1String("unfinished");
                current.vanished = type == QLatin1String("vanished") || type == QLatin1String("obsolete");
                if (!current.numerus) {
                    current.translations << xml.readElementText();
                }
            } else if (name == QLatin1String("numerusform")) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << current;
        }
    }
    INFO(path.toStdString() << ": " << xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

QString tsPath(const QString& language)
{
    return QStringLiteral(WIZYTA_SOURCE_DIR "/translations/wizyta_%1.ts").arg(language);
}
