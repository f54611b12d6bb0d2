// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/enums.h"
#include "core/model/error.h"
#include "core/model/localizedtext.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

/// The first problem found in the sample data files. Later ones are left out: they often follow
/// from the first, and the loader writes nothing more once there is one.
class SampleProblem final
{
    Q_DISABLE_COPY_MOVE(SampleProblem)

public:
    /// `what` names the action for the message, e.g. "Adding the sample visits".
    explicit SampleProblem(QString what) : m_what(std::move(what)) {}

    /// A data file that is not as the loader reads it: an Internal error naming the file, the item
    /// in it and what is wrong.
    void report(const QString& file, const QString& where, const QString& problem);
    /// An error from elsewhere (the database), kept as it is.
    void keep(const Error& error);

    bool found() const { return m_error.has_value(); }
    const Error& error() const { return *m_error; }

private:
    QString m_what;
    std::optional<Error> m_error;
};

/// One object of a sample data file, read field by field.
///
/// A field left out gives the fallback (the model's default); a field of the wrong type or form is
/// reported to the SampleProblem, naming the file and the item, and gives the fallback too, so the
/// loader reads on and checks for a problem before it writes.
class SampleItem final
{
public:
    /// The top object of `file`.
    SampleItem(QJsonObject object, QString file, SampleProblem& problem);

    bool has(const char* field) const { return m_object.contains(QLatin1String(field)); }

    QString text(const char* field, const QString& fallback = {});
    QStringList texts(const char* field, const QStringList& fallback = {});
    /// A plain string, or {"text": "…", "uk": "…"}: the text and its translations by language.
    LocalizedText localized(const char* field);
    /// "YYYY-MM-DD".
    QDate date(const char* field, const QDate& fallback = {});
    /// "HH:mm".
    QTime time(const char* field);
    /// "YYYY-MM-DDTHH:mm", a wall-clock time in the visit's time zone (UTC spec, as the model keeps it).
    QDateTime dateTime(const char* field, const QDateTime& fallback = {});
    std::optional<qint64> integer(const char* field);
    /// true or false.
    bool flag(const char* field, bool fallback = false);
    /// A value by its key in core/model/enums.cpp, e.g. "social_welfare_centre".
    template <typename E>
    E choice(const char* field, E fallback);

    /// The objects listed in `field`; none when it is left out.
    QList<SampleItem> items(const char* field);
    /// The object in `field`; an empty one when it is left out.
    SampleItem item(const char* field);

    /// Reports a problem with this item, or with its `field` when one is named.
    void fail(const QString& problem, const char* field = nullptr) const;
    bool failed() const { return m_problem->found(); }
    /// Reports a field nothing has read: a misspelt name would otherwise be left out without a word.
    void finish() const;

private:
    SampleItem(QJsonObject object, QString file, QString path, SampleProblem& problem);
    QJsonValue take(const char* field);
    QString childPath(const char* field) const;

    QJsonObject m_object;
    QString m_file;
    QString m_path; ///< e.g. "programme.sessions[3]"; empty for the file's top object
    SampleProblem* m_problem;
    QSet<QString> m_read;
};

template <typename E>
E SampleItem::choice(const char* field, E fallback)
{
    const QString key = text(field);
    if (key.isEmpty()) {
        return fallback;
    }
    if (const std::optional<E> value = enumFromKey<E>(key)) {
        return *value;
    }
    fail(QStringLiteral("“%1” is none of: %2").arg(key, EnumInfo<E>::keys().join(QStringLiteral(", "))),
         field);
    return fallback;
}
