// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/documents/documentfonts.h"

#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QRawFont>
#include <QTextBoundaryFinder>

namespace {

/// The built-in fonts as their own files hold them: what a printed document can show is what they
/// have, whatever fonts the machine offers as stand-ins.
const QList<QRawFont>& builtInRawFonts()
{
    static const QList<QRawFont> fonts = [] {
        QList<QRawFont> loaded;
        for (const QString& file : DocumentFonts::builtInFiles()) {
            QFile font(file);
            if (font.open(QIODevice::ReadOnly)) {
                loaded << QRawFont(font.readAll(), 12);
            }
        }
        return loaded;
    }();
    return fonts;
}

/// Whether `c` takes a place of its own when printed (not a joiner, a variation selector or a control).
bool takesPlace(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Format:
    case QChar::Other_Control:
        return false;
    default:
        return !(c >= 0xFE00 && c <= 0xFE0F) && !(c >= 0xE0100 && c <= 0xE01EF);
    }
}

} // namespace

QStringList DocumentFonts::builtInFiles()
{
    return {QStringLiteral(":/fonts/DejaVuSans.ttf"), QStringLiteral(":/fonts/DejaVuSans-Bold.ttf")};
}

Result<QString> DocumentFonts::family()
{
    // Loaded once: the font database keeps application fonts until the application ends.
    static QString loaded;
    if (loaded.isEmpty()) {
        const auto family = load(builtInFiles());
        if (!family) {
            return family.error();
        }
        loaded = *family;
    }
    return loaded;
}

QStringList DocumentFonts::unprintable(const QString& text)
{
    const QList<QRawFont>& fonts = builtInRawFonts();
    QStringList missing;
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype end = graphemes.toNextBoundary();
        if (end <= start) {
            break;
        }
        const QString grapheme = text.mid(start, end - start);
        start = end;
        bool printable = true;
        for (const char32_t c : grapheme.toUcs4()) {
            if (!takesPlace(c) || QChar::isSpace(c)) {
                continue;
            }
            for (const QRawFont& font : fonts) {
                printable = printable && font.isValid() && font.supportsCharacter(c);
            }
        }
        if (!printable && !missing.contains(grapheme)) {
            missing << grapheme;
        }
    }
    return missing;
}

Result<QString> DocumentFonts::load(const QStringList& files)
{
    QString family;
    for (const QString& file : files) {
        const int id = QFontDatabase::addApplicationFont(file);
        const QStringList families = id < 0 ? QStringList() : QFontDatabase::applicationFontFamilies(id);
        if (families.isEmpty()) {
            //: %1 is a font file
            return Error(Error::Kind::Io, tr("The font %1 for printed documents cannot be loaded; without it "
                                             "Polish and Ukrainian letters could not be printed. Reinstall "
                                             "Wizyta.")
                                              .arg(QDir::toNativeSeparators(file)));
        }
        if (family.isEmpty()) {
            family = families.constFirst();
        }
    }
    return family;
}
