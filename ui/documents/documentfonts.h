// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/// The font printed documents are set in: DejaVu Sans, with every Polish and Ukrainian letter,
/// built into the application so that a PDF looks the same and embeds its glyphs on any machine,
/// whatever fonts that machine has.
class DocumentFonts final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentFonts)

public:
    /// The font files built into the application, regular and bold.
    static QStringList builtInFiles();
    /// Loads the built-in fonts on first use; returns their family name, or an Error naming a font
    /// that cannot be loaded (a document is never printed with a stand-in font that lacks letters).
    static Result<QString> family();
    /// The characters of `text` that the built-in fonts, regular or bold, do not have, each once in
    /// the order met: printed, each would be a □. A character made of several code points (a flag,
    /// an emoji with a skin tone) is given whole; invisible joiners and variation selectors are not
    /// characters of their own.
    static QStringList unprintable(const QString& text);
    /// Loads font files into the application; returns the family of the first one.
    static Result<QString> load(const QStringList& files);
};
