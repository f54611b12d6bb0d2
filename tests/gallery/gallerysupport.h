// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

class QImage;
class QWidget;

/// The three interface languages, English first: the others are compared with it.
QStringList galleryLanguages();

/// Writes a picture of `widget` as `<name>-<language>.png` into the build tree's gallery/ folder;
/// returns it.
QImage saveToGallery(QWidget& widget, const QString& name, const QString& language);

/// Whether something was drawn: the picture is not one flat colour.
bool hasContent(const QImage& image);

/// The texts of a screen in `language` that still read as in English (`english`, the same screen's
/// texts by where they are, see visibleTexts()), as "where: text": not proper names, numbers or file
/// names, and not the texts the translator kept as they are on purpose ("Status" in Polish).
QStringList englishLeft(const QMap<QString, QString>& english, const QMap<QString, QString>& texts,
                        const QString& language);
