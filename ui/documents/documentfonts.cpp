// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/documents/documentfonts.h"

#include <QDir>
#include <QFontDatabase>

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
