// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sample/sampleitem.h"

#include <QJsonArray>

#include <cmath>

// The problems are worded for whoever edited a data file, in English like SQLite's own messages;
// Error::internal puts them in a translated sentence. The data files are compiled in, so a problem
// shows in the tests before anyone else can see it.

void SampleProblem::report(const QString& file, const QString& where, const QString& problem)
{
    const QString place = where.isEmpty() ? file : QStringLiteral("%1, %2").arg(file, where);
    keep(Error::internal(m_what, QStringLiteral("sample data %1: %2").arg(place, problem)));
}

void SampleProblem::keep(const Error& error)
{
    if (!m_error) {
        m_error = error;
    }
}

namespace {

/// What names an item for a reader of the file: its key, else its title, name or person.
QString labelOf(const QJsonObject& object)
{
    for (const char* field : {"key", "title", "name", "person"}) {
        const QJsonValue value = object.value(QLatin1String(field));
        const QString text =
            value.isObject() ? value.toObject().value(QLatin1String("text")).toString() : value.toString();
        if (!text.isEmpty()) {
            return text;
        }
    }
    return {};
}

} // namespace

SampleItem::SampleItem(QJsonObject object, QString file, SampleProblem& problem)
    : SampleItem(std::move(object), std::move(file), QString(), problem)
{}

SampleItem::SampleItem(QJsonObject object, QString file, QString path, SampleProblem& problem)
    : m_object(std::move(object)), m_file(std::move(file)), m_path(std::move(path)), m_problem(&problem)
{}

QJsonValue SampleItem::take(const char* field)
{
    const QString name = QLatin1String(field);
    m_read.insert(name);
    return m_object.value(name);
}

QString SampleItem::childPath(const char* field) const
{
    return m_path.isEmpty() ? QString(QLatin1String(field))
                            : m_path + QLatin1Char('.') + QLatin1String(field);
}

void SampleItem::fail(const QString& problem, const char* field) const
{
    QString where = m_path;
    if (const QString label = labelOf(m_object); !label.isEmpty()) {
        where += QStringLiteral(" “%1”").arg(label);
    }
    m_problem->report(m_file, where,
                      field == nullptr ? problem
                                       : QStringLiteral("“%1”: %2").arg(QLatin1String(field), problem));
}

void SampleItem::finish() const
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_read.contains(it.key())) {
            fail(QStringLiteral("“%1” is not a field the loader knows").arg(it.key()));
            return;
        }
    }
}

QString SampleItem::text(const char* field, const QString& fallback)
{
    const QJsonValue value = take(field);
    if (value.isUndefined()) {
        return fallback;
    }
    if (!value.isString()) {
        fail(QStringLiteral("not a string"), field);
        return fallback;
    }
    return value.toString();
}

QStringList SampleItem::texts(const char* field, const QStringList& fallback)
{
    const QJsonValue value = take(field);
    if (value.isUndefined()) {
        return fallback;
    }
    QStringList texts;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& element : array) {
        if (!element.isString()) {
            break;
        }
        texts << element.toString();
    }
    if (!value.isArray() || texts.size() != array.size()) {
        fail(QStringLiteral("not a list of strings"), field);
        return fallback;
    }
    return texts;
}

LocalizedText SampleItem::localized(const char* field)
{
    const QJsonValue value = take(field);
    if (value.isUndefined() || value.isString()) {
        return {value.toString(), {}};
    }
    const QJsonObject object = value.toObject();
    if (!value.isObject() || !object.value(QLatin1String("text")).isString()) {
        fail(QStringLiteral("not a string, nor an object with a “text”"), field);
        return {};
    }
    LocalizedText text;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString& language = it.key();
        if (!it.value().isString()) {
            fail(QStringLiteral("the text in “%1” is not a string").arg(language), field);
            return {};
        }
        if (language == QLatin1String("text")) {
            text.text = it.value().toString();
        } else if (language.size() == 2 && language == language.toLower()) {
            text.translations.insert(language, it.value().toString());
        } else {
            fail(QStringLiteral("“%1” is not a two-letter language code").arg(language), field);
            return {};
        }
    }
    return text;
}

QDate SampleItem::date(const char* field, const QDate& fallback)
{
    const QString text = this->text(field);
    if (text.isEmpty()) {
        return fallback;
    }
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10) {
        fail(QStringLiteral("“%1” is not a day as YYYY-MM-DD").arg(text), field);
        return fallback;
    }
    return date;
}

QTime SampleItem::time(const char* field)
{
    const QString text = this->text(field);
    if (text.isEmpty()) {
        return {};
    }
    const QTime time = QTime::fromString(text, QStringLiteral("HH:mm"));
    if (!time.isValid()) {
        fail(QStringLiteral("“%1” is not a time as HH:mm").arg(text), field);
    }
    return time;
}

QDateTime SampleItem::dateTime(const char* field, const QDateTime& fallback)
{
    const QString text = this->text(field);
    if (text.isEmpty()) {
        return fallback;
    }
    // Split rather than QDateTime::fromString, which would read the time in the computer's zone
    // and move one that falls in a daylight-saving gap.
    const QStringList parts = text.split(QLatin1Char('T'));
    const QDate day =
        parts.size() == 2 && parts.at(0).size() == 10 ? QDate::fromString(parts.at(0), Qt::ISODate) : QDate();
    const QTime time = parts.size() == 2 ? QTime::fromString(parts.at(1), QStringLiteral("HH:mm")) : QTime();
    if (!day.isValid() || !time.isValid()) {
        fail(QStringLiteral("“%1” is not a time as YYYY-MM-DDTHH:mm").arg(text), field);
        return fallback;
    }
    return QDateTime(day, time, Qt::UTC);
}

std::optional<qint64> SampleItem::integer(const char* field)
{
    const QJsonValue value = take(field);
    if (value.isUndefined()) {
        return std::nullopt;
    }
    // JSON numbers are doubles: whole ones up to 2^53 are exact.
    const double number = value.toDouble();
    if (!value.isDouble() || number != std::trunc(number) || std::abs(number) > 9007199254740992.0) {
        fail(QStringLiteral("not a whole number"), field);
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

bool SampleItem::flag(const char* field, bool fallback)
{
    const QJsonValue value = take(field);
    if (value.isUndefined()) {
        return fallback;
    }
    if (!value.isBool()) {
        fail(QStringLiteral("not true or false"), field);
        return fallback;
    }
    return value.toBool();
}

QList<SampleItem> SampleItem::items(const char* field)
{
    const QJsonValue value = take(field);
    if (value.isUndefined()) {
        return {};
    }
    if (!value.isArray()) {
        fail(QStringLiteral("not a list"), field);
        return {};
    }
    QList<SampleItem> items;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(childPath(field)).arg(i);
        if (!array.at(i).isObject()) {
            fail(QStringLiteral("%1 is not an object").arg(path));
            return {};
        }
        items.append(SampleItem(array.at(i).toObject(), m_file, path, *m_problem));
    }
    return items;
}

SampleItem SampleItem::item(const char* field)
{
    const QJsonValue value = take(field);
    if (!value.isUndefined() && !value.isObject()) {
        fail(QStringLiteral("not an object"), field);
    }
    return SampleItem(value.toObject(), m_file, childPath(field), *m_problem);
}
