// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/gallery/gallerysupport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QPixmap>
#include <QSet>
#include <QWidget>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

#include <algorithm>

namespace {

/// Texts that read the same in every language: proper names, numbers, file names, language names.
bool isLanguageNeutral(const QString& text)
{
    static const QStringList neutral = {QStringLiteral("Polski"),  QStringLiteral("Українська"),
                                        QStringLiteral("English"), QStringLiteral("UA"),
                                        QStringLiteral("CZ"),      QStringLiteral("Wizyta"),
                                        QStringLiteral("OK")};
    if (neutral.contains(text)) {
        return true;
    }
    // Numbers, arrows, punctuation: nothing written in a language.
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); })) {
        return true;
    }
    return text.contains(QStringLiteral(".wizyta")) || text.startsWith(QLatin1Char('/'));
}

/// Source texts that the translator deliberately kept as they are in `language` ("Status" in Polish).
QSet<QString> readKeptByTranslator(const QString& language)
{
    QFile file(QStringLiteral(WIZYTA_SOURCE_DIR "/translations/wizyta_%1.ts").arg(language));
    // Not REQUIRE: this may run inside a dialog's event loop, which an exception must not cross.
    CHECK(file.open(QIODevice::ReadOnly));
    QSet<QString> kept;
    QXmlStreamReader xml(&file);
    QString source;
    while (xml.readNextStartElement() || !xml.atEnd()) {
        if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
            if (xml.readElementText(QXmlStreamReader::IncludeChildElements) == source) {
                kept.insert(source);
                // As an accessible name or a window title shows it, without its mnemonic.
                kept.insert(QString(source).remove(QLatin1Char('&')));
            }
        } else if (!xml.isStartElement()) {
            xml.readNext();
        }
    }
    return kept;
}

const QSet<QString>& keptByTranslator(const QString& language)
{
    static QHash<QString, QSet<QString>> kept;
    if (!kept.contains(language)) {
        kept.insert(language, readKeptByTranslator(language));
    }
    return kept[language];
}

} // namespace

QStringList galleryLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("pl"), QStringLiteral("uk")};
}

QImage saveToGallery(QWidget& widget, const QString& name, const QString& language)
{
    const QString dir = QStringLiteral(WIZYTA_GALLERY_DIR);
    QDir().mkpath(dir);
    const QImage image = widget.grab().toImage();
    const QString file = QStringLiteral("%1/%2-%3.png").arg(dir, name, language);
    INFO(file.toStdString());
    CHECK(image.save(file));
    return image;
}

bool hasContent(const QImage& image)
{
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            if (image.pixel(x, y) != first) {
                return true;
            }
        }
    }
    return false;
}

QStringList englishLeft(const QMap<QString, QString>& english, const QMap<QString, QString>& texts,
                        const QString& language)
{
    const QSet<QString>& kept = keptByTranslator(language);
    QStringList left;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        if (english.value(it.key()) == it.value() && !isLanguageNeutral(it.value()) &&
            !kept.contains(it.value())) {
            left << it.key() + QStringLiteral(": ") + it.value();
        }
    }
    return left;
}
