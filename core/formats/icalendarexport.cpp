// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/icalendarexport.h"

#include "core/languages/documentlanguage.h"
#include "core/languages/interpretationtext.h"
#include "core/model/codes.h"
#include "core/model/enums.h"
#include "core/storage/institutionrepository.h"
#include "core/storage/personrepository.h"
#include "core/storage/programmerepository.h"
#include "core/storage/visitrepository.h"

#include <QDir>
#include <QHash>
#include <QSaveFile>
#include <QStringList>

#include <libical/ical.h>
#include <memory>

namespace {

// The fixed labels of an event's description, translated in the calendar's language (never with
// tr(), which follows the interface). lupdate collects them from these macros.
const char* const context = "ICalendarExport";
//: in a calendar event's description: the people presenting the session, e.g. "Presented by: Anna Nowak"
const char* const presentersLabel = QT_TRANSLATE_NOOP("ICalendarExport", "Presented by:");
//: in a calendar event's description: the person moderating the session
const char* const moderatorLabel = QT_TRANSLATE_NOOP("ICalendarExport", "Moderated by:");
//: in a calendar event's description: how the session is interpreted, e.g. "Interpretation: Polish →
//: Ukrainian, consecutive"
const char* const interpretationLabel = QT_TRANSLATE_NOOP("ICalendarExport", "Interpretation:");

const QString listSeparator = QStringLiteral(", ");

struct ComponentFree
{
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

/// The visit's time zone as the calendar writes it.
struct CalendarZone
{
    icaltimezone* zone = nullptr;
    QByteArray name; ///< the IANA name, e.g. "Europe/Warsaw"

    /// libical's own UTC has no VTIMEZONE: its times are written as UTC ("…Z") instead.
    bool isUtc() const { return zone == icaltimezone_get_utc_timezone(); }
    bool isUsable() const
    {
        return zone != nullptr && (isUtc() || icaltimezone_get_component(zone) != nullptr);
    }
};

CalendarZone findZone(const QString& name)
{
    CalendarZone found;
    found.name = name.toUtf8();
    if (!found.name.isEmpty()) {
        found.zone = icaltimezone_get_builtin_timezone(found.name.constData());
    }
    return found;
}

QString joinNonEmpty(const QStringList& parts, const QString& separator)
{
    QStringList kept;
    for (const QString& part : parts) {
        if (!part.trimmed().isEmpty()) {
            kept << part.trimmed();
        }
    }
    return kept.join(separator);
}

/// Adds a text property made by `make` (icalproperty_new_summary...) unless `value` is empty.
void addText(icalcomponent* component, icalproperty* (*make)(const char*), const QString& value)
{
    if (!value.trimmed().isEmpty()) {
        icalcomponent_add_property(component, make(value.trimmed().toUtf8().constData()));
    }
}

/// A non-standard property holding `value`, such as X-WR-CALNAME.
icalproperty* extension(const char* name, const QString& value)
{
    icalproperty* property = icalproperty_new_x(value.toUtf8().constData());
    icalproperty_set_x_name(property, name);
    return property;
}

/// The zone's VTIMEZONE, named as events refer to it.
Component timeZoneComponent(const CalendarZone& zone)
{
    Component copy(icalcomponent_new_clone(icaltimezone_get_component(zone.zone)));
    // libical names its zones with a prefix ("/freeassociation.sourceforge.net/Europe/Warsaw");
    // calendars expect the IANA name the events give.
    icalproperty* tzid = icalcomponent_get_first_property(copy.get(), ICAL_TZID_PROPERTY);
    if (tzid != nullptr) {
        icalproperty_set_tzid(tzid, zone.name.constData());
    } else {
        icalcomponent_add_property(copy.get(), icalproperty_new_tzid(zone.name.constData()));
    }
    return copy;
}

/// A session's wall-clock time (see Session) in the visit's zone.
icaltimetype wallClock(const QDateTime& time, const CalendarZone& zone)
{
    icaltimetype local = icaltime_null_time();
    local.year = time.date().year();
    local.month = time.date().month();
    local.day = time.date().day();
    local.hour = time.time().hour();
    local.minute = time.time().minute();
    local.second = time.time().second();
    local.is_date = 0;
    return icaltime_set_timezone(&local, zone.zone);
}

/// `property` (DTSTART, DTEND) with the TZID of the zone its local time is in.
icalproperty* inZone(icalproperty* property, const CalendarZone& zone)
{
    if (!zone.isUtc()) {
        icalproperty_add_parameter(property, icalparameter_new_tzid(zone.name.constData()));
    }
    return property;
}

icaltimetype utcTime(const QDateTime& time)
{
    return icaltime_from_timet_with_zone(static_cast<time_t>(time.toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

/// Writes the calendar of one visit in one language from what the repositories hold.
class CalendarWriter final
{
public:
    CalendarWriter(Database& database, const Visit& visit, const QString& language, CalendarZone zone)
        : m_database(database), m_visit(visit), m_language(language), m_zone(std::move(zone))
    {}

    /// The whole file; empty when libical could not write it.
    Result<QByteArray> write(const QList<ProgrammeRow>& rows, const QDateTime& stamp);

private:
    Component calendar() const;
    Result<Component> event(const Session& session, const icaltimetype& stamp);
    QString uid(const Session& session) const;
    Result<QString> location(const Session& session);
    Result<QString> description(const Session& session);
    Result<QString> personName(Id id);
    QString label(const char* source) const { return m_language.label(context, source); }

    Database& m_database;
    const Visit& m_visit;
    DocumentLanguage m_language;
    CalendarZone m_zone;
    QHash<Id, QString> m_names;
};

Result<QByteArray> CalendarWriter::write(const QList<ProgrammeRow>& rows, const QDateTime& stamp)
{
    Component vcalendar = calendar();
    const icaltimetype stamped = utcTime(stamp);
    for (const ProgrammeRow& row : rows) {
        auto vevent = event(row.session, stamped);
        if (!vevent) {
            return vevent.error();
        }
        icalcomponent_add_component(vcalendar.get(), vevent.value().release());
    }
    char* text = icalcomponent_as_ical_string_r(vcalendar.get());
    if (text == nullptr) {
        return QByteArray();
    }
    QByteArray written(text);
    icalmemory_free_buffer(text);
    return written;
}

Component CalendarWriter::calendar() const
{
    Component vcalendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(vcalendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(vcalendar.get(),
                               icalproperty_new_prodid("-//Wizyta//Wizyta " WIZYTA_VERSION "//EN"));
    icalcomponent_add_property(vcalendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(vcalendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    icalcomponent_add_property(vcalendar.get(),
                               extension("X-WR-CALNAME", m_visit.title.in(m_language.code()).trimmed()));
    if (!m_zone.isUtc()) {
        icalcomponent_add_component(vcalendar.get(), timeZoneComponent(m_zone).release());
    }
    return vcalendar;
}

Result<Component> CalendarWriter::event(const Session& session, const icaltimetype& stamp)
{
    const auto where = location(session);
    if (!where) {
        return where.error();
    }
    const auto what = description(session);
    if (!what) {
        return what.error();
    }
    Component vevent(icalcomponent_new_vevent());
    icalcomponent_add_property(vevent.get(), icalproperty_new_uid(uid(session).toUtf8().constData()));
    icalcomponent_add_property(vevent.get(), icalproperty_new_dtstamp(stamp));
    icalcomponent_add_property(vevent.get(),
                               inZone(icalproperty_new_dtstart(wallClock(session.startsAt, m_zone)), m_zone));
    icalcomponent_add_property(vevent.get(),
                               inZone(icalproperty_new_dtend(wallClock(session.endsAt, m_zone)), m_zone));
    addText(vevent.get(), icalproperty_new_summary, session.title.in(m_language.code()));
    addText(vevent.get(), icalproperty_new_location, *where);
    addText(vevent.get(), icalproperty_new_description, *what);
    addText(vevent.get(), icalproperty_new_categories,
            m_language.label(EnumInfo<SessionKind>::name(session.kind)));
    return vevent;
}

QString CalendarWriter::uid(const Session& session) const
{
    // Stable across exports, so that importing the file again updates the event.
    return QStringLiteral("wizyta-session-%1-visit-%2@wizyta").arg(session.id).arg(m_visit.id);
}

Result<QString> CalendarWriter::location(const Session& session)
{
    if (session.venueInstitutionId == 0) {
        return SessionPlace::of(session, nullptr).describe(QString());
    }
    const auto venue = InstitutionRepository(m_database).get(session.venueInstitutionId);
    if (!venue) {
        return venue.error();
    }
    return SessionPlace::of(session, &*venue).describe(venue->name.in(m_language.code()));
}

Result<QString> CalendarWriter::description(const Session& session)
{
    const auto credits = SessionCredits::of(session, [this](Id id) { return personName(id); });
    if (!credits) {
        return credits.error();
    }
    const QStringList presenters = credits->presenters;
    const QStringList moderators = credits->moderators;
    const QString interpretation = InterpretationText::describe(session, credits->interpreters, m_language);
    QStringList lines{session.description.in(m_language.code()).trimmed()};
    const auto labelled = [&](const char* source, const QString& value) {
        if (!value.isEmpty()) {
            lines << label(source) + QLatin1Char(' ') + value;
        }
    };
    labelled(presentersLabel, presenters.join(listSeparator));
    labelled(moderatorLabel, moderators.join(listSeparator));
    labelled(interpretationLabel, interpretation);
    return joinNonEmpty(lines, QStringLiteral("\n"));
}

Result<QString> CalendarWriter::personName(Id id)
{
    if (const auto known = m_names.constFind(id); known != m_names.cend()) {
        return *known;
    }
    const auto person = PersonRepository(m_database).get(id);
    if (!person) {
        return person.error();
    }
    // Native names suit a Cyrillic calendar; any other gets the Latin form.
    const QString name = m_language.isCyrillic() ? person->displayName() : person->latinDisplayName();
    m_names.insert(id, name);
    return name;
}

} // namespace

Result<QByteArray> ICalendarExport::programme(Database& database, Id visitId, const QString& language,
                                              const QDateTime& stamp)
{
    if (!Codes::isLanguageCode(language)) {
        //: %1 is what was given as a language code
        return Error(Error::Kind::Validation,
                     tr("\"%1\" is not a two-letter language code such as uk.").arg(language));
    }
    const auto visit = VisitRepository(database).get(visitId);
    if (!visit) {
        return visit.error();
    }
    CalendarZone zone = findZone(visit->timeZone);
    if (!zone.isUsable()) {
        //: %1 is a time zone name such as Europe/Warsaw
        return Error(Error::Kind::Validation,
                     tr("The programme cannot be exported to a calendar: \"%1\" is not a known time zone "
                        "(for example Europe/Warsaw).")
                         .arg(visit->timeZone),
                     QStringLiteral("visit.timeZone"));
    }
    const auto rows = ProgrammeRepository(database).listForVisit(visitId);
    if (!rows) {
        return rows.error();
    }
    auto written = CalendarWriter(database, *visit, language, std::move(zone)).write(*rows, stamp);
    if (written && written->isEmpty()) {
        return Error(Error::Kind::Internal, tr("The calendar library could not write the programme."));
    }
    return written;
}

Status ICalendarExport::writeFile(Database& database, Id visitId, const QString& language,
                                  const QString& path)
{
    const auto content = programme(database, visitId, language);
    if (!content) {
        return content.error();
    }
    const QString shownPath = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        //: %1 is a file, %2 the system's reason
        return Error(Error::Kind::Io, tr("%1 cannot be written: %2").arg(shownPath, file.errorString()));
    }
    // Until commit() the old file stays as it was; a failed write leaves it untouched.
    if (file.write(*content) != content->size() || !file.commit()) {
        const Error::Kind kind =
            file.error() == QFileDevice::ResourceError ? Error::Kind::DiskFull : Error::Kind::Io;
        //: %1 is a file, %2 the system's reason
        return Error(kind, tr("%1 cannot be written: %2").arg(shownPath, file.errorString()));
    }
    return success();
}
