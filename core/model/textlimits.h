// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/localizedtext.h"
#include "core/model/validation.h"

#include <QCoreApplication>
#include <QString>

/// How long a title or a name may be: what the printed documents set on two lines (DejaVu Sans,
/// A4 with 18 mm margins), measured with Polish and Ukrainian text.
class TextLimits
{
    Q_DECLARE_TR_FUNCTIONS(TextLimits)

public:
    /// A visit's title: two lines of the 17-point heading of every document (about 45 characters a
    /// line; its translation under it, at 13 points, takes two lines too).
    static constexpr int visitTitle = 90;
    /// A session's title: two lines of the programme's 10.5-point bold title beside the times (about 60
    /// characters a line, in Polish and in Ukrainian).
    static constexpr int sessionTitle = 120;
    /// An institution's or a funding project's name: two lines of the 10-point facts under a document's
    /// heading ("Host: …", "Funding: …", about 75 characters a line), the label included.
    static constexpr int name = 140;

    /// The length a person counts: characters, not UTF-16 units (an emoji is one), without the spaces
    /// around the text.
    static int length(const QString& text);

    /// Appends an error to `errors` for `field` when `text` or one of its translations is longer than
    /// `limit`. `fieldName` is the field as the form calls it ("Title").
    static void check(FieldErrors& errors, const QString& field, const QString& fieldName,
                      const LocalizedText& text, int limit);
    static void check(FieldErrors& errors, const QString& field, const QString& fieldName,
                      const QString& text, int limit);
};
