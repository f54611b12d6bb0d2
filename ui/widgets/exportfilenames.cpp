// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/exportfilenames.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace ExportFileNames {

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString suggested(const QString& what, const QString& title, const QString& suffix)
{
    static const QRegularExpression forbidden(QStringLiteral(R"([\\/:*?"<>|\x00-\x1f]+)"));
    QString name = title.trimmed().isEmpty() ? what : QStringLiteral("%1 - %2").arg(what, title);
    name.replace(forbidden, QStringLiteral(" "));
    return QDir(documentsFolder()).filePath(name.simplified() + suffix);
}

QString withSuffix(const QString& path, const QString& suffix)
{
    return QFileInfo(path).suffix().isEmpty() ? path + suffix : path;
}

} // namespace ExportFileNames
