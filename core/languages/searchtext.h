// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

/// Text as every search of the window compares it: case, diacritics and the kinds of apostrophe
/// ignored, so that "plock" finds "Płock", "lodz" finds "Łódź" and "Мар'яна" (typed with ' or ’)
/// finds "Марʼяна" (written with the Ukrainian apostrophe ʼ). Cyrillic letters lose their marks as
/// Latin ones do (й searches as и, ї as і): a search finds a little more, never less.
namespace SearchText {

QString folded(QStringView text);

} // namespace SearchText
