// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/documents/visitreportdraft.h"

#include "core/afterwards/visitstory.h"
#include "core/languages/documentlanguage.h"
#include "core/languages/localenames.h"
#include "core/model/codes.h"
#include "ui/documents/documentfonts.h"

#include <QBuffer>
#include <QDir>
#include <QSaveFile>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocumentWriter>

namespace {

// The report's sentences, each one message of the document's language (never tr(), which follows the
// interface). A sentence is translated whole, never glued from pieces: Polish and Ukrainian make its
// words agree. Names of people and institutions are put in as typed, in the nominative, and nobody's
// grammatical gender is known: a translation lets its verb agree with a noun of its own ("prelegent",
// "instytucja") and gives the names after a colon.
const char* const context = "VisitReport";

//: the heading of the report's account of the visit day by day
const char* const courseHeading = QT_TRANSLATE_NOOP("VisitReport", "Course of the visit");
//: the heading of the report's last part, which the coordinator writes
const char* const outcomesHeading = QT_TRANSLATE_NOOP("VisitReport", "Outcomes and follow-ups");
//: a day's heading; %1 is the day of the visit counted from 1, %2 the date with its weekday, e.g.
//: "Day 2 — Wednesday, 20 May 2026"
const char* const dayHeading = QT_TRANSLATE_NOOP("VisitReport", "Day %1 — %2");

// When the visit took place, by its kind. %1 is the day ("19 May 2026", in Ukrainian ending in "р.").
//: %1 is a day, e.g. "19 May 2026"; in Ukrainian it ends in "р.", so no full stop follows it there
const char* const incomingOneDay = QT_TRANSLATE_NOOP("VisitReport", "The study visit took place on %1.");
//: %1 is a day, e.g. "19 May 2026"; in Ukrainian it ends in "р.", so no full stop follows it there
const char* const outgoingOneDay =
    QT_TRANSLATE_NOOP("VisitReport", "The outgoing study visit took place on %1.");
//: %1 is a day, e.g. "19 May 2026"; in Ukrainian it ends in "р.", so no full stop follows it there
const char* const groupMeetingOneDay =
    QT_TRANSLATE_NOOP("VisitReport", "The exchange group meeting took place on %1.");
//: %1 is a day, e.g. "19 May 2026"; in Ukrainian it ends in "р.", so no full stop follows it there
const char* const conferenceOneDay = QT_TRANSLATE_NOOP("VisitReport", "The conference took place on %1.");
//: %1 is a day, e.g. "19 May 2026"; in Ukrainian it ends in "р.", so no full stop follows it there
const char* const workingMeetingOneDay =
    QT_TRANSLATE_NOOP("VisitReport", "The working meeting took place on %1.");
// When a visit of several days took place; %n is how many days (always more than one).
//: %1 is the visit's days, e.g. "19–25 May 2026" (in Ukrainian ending in "р."); %n how many days, at least 2
const char* const incomingDays =
    QT_TRANSLATE_N_NOOP("VisitReport", "The study visit took place on %1 and lasted %n day(s).");
//: %1 is the visit's days, e.g. "19–25 May 2026" (in Ukrainian ending in "р."); %n how many days, at least 2
const char* const outgoingDays =
    QT_TRANSLATE_N_NOOP("VisitReport", "The outgoing study visit took place on %1 and lasted %n day(s).");
//: %1 is the visit's days, e.g. "19–25 May 2026" (in Ukrainian ending in "р."); %n how many days, at least 2
const char* const groupMeetingDays =
    QT_TRANSLATE_N_NOOP("VisitReport", "The exchange group meeting took place on %1 and lasted %n day(s).");
//: %1 is the visit's days, e.g. "19–25 May 2026" (in Ukrainian ending in "р."); %n how many days, at least 2
const char* const conferenceDays =
    QT_TRANSLATE_N_NOOP("VisitReport", "The conference took place on %1 and lasted %n day(s).");
//: %1 is the visit's days, e.g. "19–25 May 2026" (in Ukrainian ending in "р."); %n how many days, at least 2
const char* const workingMeetingDays =
    QT_TRANSLATE_N_NOOP("VisitReport", "The working meeting took place on %1 and lasted %n day(s).");

//: %1 lists the institutions the delegation came from, e.g. "Lviv City Council (Lviv, Ukraine) and
//: Caritas Lviv"; the number chooses between one institution and several
const char* const sendersSentence = QT_TRANSLATE_N_NOOP("VisitReport", "The delegation came from %1.");
//: at an exchange group meeting, a conference or a working meeting: %1 lists the institutions the
//: participants came from; the number chooses between one institution and several
const char* const participantsSendersSentence =
    QT_TRANSLATE_N_NOOP("VisitReport", "The participants came from %1.");
//: when the delegation's institutions are not known: %1 is its country, perhaps with its region,
//: e.g. "Ukraine (Zhytomyr region)"
const char* const countrySentence = QT_TRANSLATE_NOOP("VisitReport", "The delegation travelled from %1.");
//: %n is how many people the delegation had, its leader included
const char* const sizeSentence =
    QT_TRANSLATE_N_NOOP("VisitReport", "The delegation numbered %n participant(s).");
//: at an exchange group meeting, a conference or a working meeting: %n is how many people came
const char* const participantsSizeSentence =
    QT_TRANSLATE_N_NOOP("VisitReport", "%n participant(s) took part.");
//: %1 is the institution hosting the visit, e.g. "Municipal Social Welfare Centre in Kalisz"
const char* const hostSentence = QT_TRANSLATE_NOOP("VisitReport", "The host was %1.");
//: %1 is the name of the project paying for the visit
const char* const fundingSentence =
    QT_TRANSLATE_NOOP("VisitReport", "The costs were covered by the project “%1”.");
//: %1 is the name of the project paying for the visit, %2 who funds the project, e.g. "European Social Fund"
const char* const fundedSentence =
    QT_TRANSLATE_NOOP("VisitReport", "The costs were covered by the project “%1”, funded by %2.");
//: a paragraph for the coordinator to replace, in italics
const char* const purposeToDo = QT_TRANSLATE_NOOP(
    "VisitReport", "To be completed: the purpose of the visit and what the delegation wished to learn.");

//: %1 lists the institutions where the day's sessions were held
const char* const venuesSentence = QT_TRANSLATE_NOOP("VisitReport", "On this day the delegation visited %1.");
//: %1 lists the presenters, each with their institution: "Donata Woźniak (PUP w Kaliszu) and Anna Chodyła
//: (MOPS w Kaliszu)"; %2 is the session's title; %n is how many presenters there are
const char* const presentedSentence = QT_TRANSLATE_N_NOOP("VisitReport", "%1 presented “%2”.");
//: %1 lists the presenters, each with their institution, %2 is the session's title, %3 the institution it
//: was held at; %n is how many presenters there are
const char* const presentedAtSentence = QT_TRANSLATE_N_NOOP("VisitReport", "%1 presented “%2” at %3.");
//: at an exchange group meeting, a conference or a working meeting: %1 lists the institutions where the
//: day's sessions were held
const char* const participantsVenuesSentence =
    QT_TRANSLATE_NOOP("VisitReport", "On this day the participants visited %1.");
//: a session without presenters; %1 is its title
const char* const includedSentence = QT_TRANSLATE_NOOP("VisitReport", "The programme included “%1”.");
//: a session without presenters; %1 is its title, %2 the institution it was held at
const char* const includedAtSentence = QT_TRANSLATE_NOOP("VisitReport", "The programme included “%1” at %2.");
//: a session of the cultural programme without presenters; %1 is its title
const char* const culturalSentence =
    QT_TRANSLATE_NOOP("VisitReport", "The cultural programme included “%1”.");
//: a session of the cultural programme without presenters; %1 is its title, %2 the institution it was
//: held at
const char* const culturalAtSentence =
    QT_TRANSLATE_NOOP("VisitReport", "The cultural programme included “%1” at %2.");
//: a paragraph for the coordinator to replace, in italics, under a day with no session recorded
const char* const emptyDayToDo =
    QT_TRANSLATE_NOOP("VisitReport", "To be completed: nothing of the programme is recorded for this day.");
//: a paragraph for the coordinator to replace, in italics, under "Outcomes and follow-ups"
const char* const outcomesToDo = QT_TRANSLATE_NOOP(
    "VisitReport", "To be completed: the agreements reached, the recommendations made and the follow-up "
                   "tasks — who will do what, and by when.");

/// The sentences that differ by the kind of visit: a study visit's guests are a delegation, a meeting's
/// or a conference's are its participants.
struct KindSentences
{
    VisitKind kind;
    const char* oneDay;
    const char* days;
    const char* senders;
    const char* size;
    const char* venues;
};

const KindSentences kindSentences[] = {
    {VisitKind::IncomingStudyVisit, incomingOneDay, incomingDays, sendersSentence, sizeSentence,
     venuesSentence},
    {VisitKind::OutgoingStudyVisit, outgoingOneDay, outgoingDays, sendersSentence, sizeSentence,
     venuesSentence},
    {VisitKind::ExchangeGroupMeeting, groupMeetingOneDay, groupMeetingDays, participantsSendersSentence,
     participantsSizeSentence, participantsVenuesSentence},
    {VisitKind::Conference, conferenceOneDay, conferenceDays, participantsSendersSentence,
     participantsSizeSentence, participantsVenuesSentence},
    {VisitKind::WorkingMeeting, workingMeetingOneDay, workingMeetingDays, participantsSendersSentence,
     participantsSizeSentence, participantsVenuesSentence},
};

const KindSentences& sentencesFor(VisitKind kind)
{
    for (const KindSentences& sentences : kindSentences) {
        if (sentences.kind == kind) {
            return sentences;
        }
    }
    return kindSentences[0];
}

/// Writes the report's text from a VisitStory into a QTextDocument, block by block.
class ReportWriter final
{
public:
    ReportWriter(const VisitStory& story, const DocumentLanguage& language, QString fontFamily,
                 QTextDocument& document)
        : m_story(story), m_language(language), m_fontFamily(std::move(fontFamily)), m_document(document),
          m_cursor(&document)
    {}

    void write();

private:
    QString label(const char* source, int n = -1) const { return m_language.label(context, source, n); }
    /// "A, B and C" as the language joins a list.
    QString list(const QStringList& items) const { return m_language.locale().createSeparatedList(items); }

    QString nameOf(const Institution& institution) const;
    /// The institution's name, then its city when the name does not say it, and its country when
    /// `country` is not empty: "Lviv City Council (Lviv, Ukraine)".
    QString placed(const Institution& institution, const QString& country = {},
                   const QString& region = {}) const;
    /// The name a presenter's institution goes by in parentheses: its short name ("MOPS w Kaliszu"),
    /// unless its name is translated into the document's language.
    QString shortNameOf(const Institution& institution) const;
    QString personName(const Person& person) const;
    /// A country's name where it differs from the host's country.
    QString foreignCountry(const QString& code) const;

    QString introduction() const;
    QString whenSentence() const;
    void day(const VisitStory::Day& day);
    QString itemSentence(const VisitStory::Item& item, bool namesVenue) const;

    void heading(const QString& text, int level);
    void paragraph(const QString& text);
    /// A paragraph for the coordinator to replace: in italics, on a pale yellow.
    void toBeCompleted(const QString& text);
    void addBlock(const QTextBlockFormat& format, const QTextCharFormat& charFormat, const QString& text);

    const VisitStory& m_story;
    const DocumentLanguage& m_language;
    QString m_fontFamily;
    QTextDocument& m_document;
    QTextCursor m_cursor;
    bool m_empty = true;
};

QString ReportWriter::nameOf(const Institution& institution) const
{
    const QString name = institution.name.in(m_language.code()).trimmed();
    return name.isEmpty() ? institution.shortName.trimmed() : name;
}

QString ReportWriter::placed(const Institution& institution, const QString& country,
                             const QString& region) const
{
    const QString name = nameOf(institution);
    QStringList where;
    const QString city = institution.city.trimmed();
    // "MOPS w Kaliszu" says its city already, declined: a city's name without its last two letters is
    // looked for ("Krak" in "Krakowie", "Warsza" in "Warszawy"), a short one whole ("Ełk"). The city is
    // written as typed, so it is looked for in the name as typed too: a translated name that says it
    // ("Повітове бюро праці в Каліші") says it in its own words.
    const QString stem = city.size() > 5 ? city.chopped(2) : city;
    const bool said =
        name.contains(stem, Qt::CaseInsensitive) || institution.name.text.contains(stem, Qt::CaseInsensitive);
    if (!city.isEmpty() && !said) {
        where << city;
    }
    if (!region.trimmed().isEmpty()) {
        where << region.trimmed();
    }
    if (!country.isEmpty()) {
        where << country;
    }
    return where.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, where.join(QStringLiteral(", ")));
}

QString ReportWriter::shortNameOf(const Institution& institution) const
{
    const bool translated = institution.name.hasTranslation(m_language.code());
    const QString shortName = institution.shortName.trimmed();
    return translated || shortName.isEmpty() ? nameOf(institution) : shortName;
}

QString ReportWriter::personName(const Person& person) const
{
    return m_language.isCyrillic() ? person.displayName() : person.latinDisplayName();
}

QString ReportWriter::foreignCountry(const QString& code) const
{
    const QString hostCountry = m_story.host ? m_story.host->country : QString();
    if (code.isEmpty() || code.compare(hostCountry, Qt::CaseInsensitive) == 0) {
        return {};
    }
    const QString name = LocaleNames::country(code.toUpper(), m_language.code());
    return name.isEmpty() ? code.toUpper() : name;
}

void ReportWriter::write()
{
    const Visit& visit = m_story.visit;
    m_document.setMetaInformation(QTextDocument::DocumentTitle, visit.title.in(m_language.code()));
    heading(visit.title.in(m_language.code()), 1);
    paragraph(introduction());
    toBeCompleted(label(purposeToDo));

    heading(label(courseHeading), 2);
    for (const VisitStory::Day& day : m_story.days) {
        this->day(day);
    }

    heading(label(outcomesHeading), 2);
    toBeCompleted(label(outcomesToDo));
}

QString ReportWriter::whenSentence() const
{
    const Visit& visit = m_story.visit;
    const KindSentences& sentences = sentencesFor(visit.kind);
    const int dayCount = int(visit.firstDay.daysTo(visit.lastDay)) + 1;
    const QString days = m_language.dayRange(visit.firstDay, visit.lastDay);
    return dayCount > 1 ? label(sentences.days, dayCount).arg(days) : label(sentences.oneDay).arg(days);
}

QString ReportWriter::introduction() const
{
    const Visit& visit = m_story.visit;
    QStringList sentences{whenSentence()};
    if (!m_story.senders.isEmpty()) {
        QStringList senders;
        for (const Institution& sender : m_story.senders) {
            const bool sending = sender.id == visit.sendingInstitutionId;
            const QString country =
                foreignCountry(sending && sender.country.isEmpty() ? visit.sendingCountry : sender.country);
            senders << placed(sender, country, sending ? visit.sendingRegion : QString());
        }
        sentences << label(sentencesFor(visit.kind).senders, int(senders.size())).arg(list(senders));
    } else if (!visit.sendingCountry.isEmpty()) {
        QString from = LocaleNames::country(visit.sendingCountry.toUpper(), m_language.code());
        if (from.isEmpty()) {
            from = visit.sendingCountry.toUpper();
        }
        if (!visit.sendingRegion.trimmed().isEmpty()) {
            from = QStringLiteral("%1 (%2)").arg(from, visit.sendingRegion.trimmed());
        }
        sentences << label(countrySentence).arg(from);
    }
    if (m_story.delegationSize > 0) {
        sentences << label(sentencesFor(visit.kind).size, m_story.delegationSize);
    }
    if (m_story.host) {
        sentences << label(hostSentence).arg(placed(*m_story.host));
    }
    if (m_story.funding) {
        const QString name = m_story.funding->name.trimmed();
        const QString funder = m_story.funding->funder.trimmed();
        sentences << (funder.isEmpty() ? label(fundingSentence).arg(name)
                                       : label(fundedSentence).arg(name, funder));
    }
    return sentences.join(QLatin1Char(' '));
}

void ReportWriter::day(const VisitStory::Day& day)
{
    const Visit& visit = m_story.visit;
    const QString date = m_language.longDay(day.date);
    const bool withinVisit = day.date >= visit.firstDay && day.date <= visit.lastDay;
    heading(withinVisit ? label(dayHeading).arg(visit.firstDay.daysTo(day.date) + 1).arg(date) : date, 3);
    if (day.items.isEmpty()) {
        toBeCompleted(label(emptyDayToDo));
        return;
    }
    QStringList sentences;
    if (!day.venues.isEmpty()) {
        QStringList venues;
        for (const Institution& venue : day.venues) {
            venues << placed(venue);
        }
        sentences << label(sentencesFor(visit.kind).venues).arg(list(venues));
    }
    // With one institution that day, the first sentence has said where everything was.
    const bool namesVenues = day.venues.size() > 1;
    for (const VisitStory::Item& item : day.items) {
        sentences << itemSentence(item, namesVenues);
    }
    paragraph(sentences.join(QLatin1Char(' ')));
}

QString ReportWriter::itemSentence(const VisitStory::Item& item, bool namesVenue) const
{
    const QString title = item.session.title.in(m_language.code()).trimmed();
    const QString venue = namesVenue && item.venue ? nameOf(*item.venue) : QString();
    if (!item.presenters.isEmpty()) {
        QStringList presenters;
        for (const VisitStory::Presenter& presenter : item.presenters) {
            const QString name = personName(presenter.person);
            presenters << (presenter.institution
                               ? QStringLiteral("%1 (%2)").arg(name, shortNameOf(*presenter.institution))
                               : name);
        }
        const int count = int(presenters.size());
        return venue.isEmpty() ? label(presentedSentence, count).arg(list(presenters), title)
                               : label(presentedAtSentence, count).arg(list(presenters), title, venue);
    }
    if (item.session.kind == SessionKind::CulturalProgramme) {
        return venue.isEmpty() ? label(culturalSentence).arg(title)
                               : label(culturalAtSentence).arg(title, venue);
    }
    return venue.isEmpty() ? label(includedSentence).arg(title) : label(includedAtSentence).arg(title, venue);
}

void ReportWriter::heading(const QString& text, int level)
{
    QTextBlockFormat format;
    format.setHeadingLevel(level);
    format.setTopMargin(level == 1 ? 0 : 14);
    format.setBottomMargin(6);
    format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
    QTextCharFormat charFormat;
    charFormat.setFontWeight(QFont::Bold);
    charFormat.setFontPointSize(level == 1 ? 18 : level == 2 ? 14 : 12);
    addBlock(format, charFormat, text);
}

void ReportWriter::paragraph(const QString& text)
{
    QTextBlockFormat format;
    format.setBottomMargin(8);
    format.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
    addBlock(format, QTextCharFormat(), text);
}

void ReportWriter::toBeCompleted(const QString& text)
{
    QTextBlockFormat format;
    format.setBottomMargin(8);
    QTextCharFormat charFormat;
    charFormat.setFontItalic(true);
    charFormat.setBackground(QColor(0xff, 0xf4, 0xd6));
    addBlock(format, charFormat, text);
}

void ReportWriter::addBlock(const QTextBlockFormat& format, const QTextCharFormat& givenCharFormat,
                            const QString& text)
{
    // Named in every run, else Qt's ODF writer names "Sans". Qt 6.4's writer reads the family from the
    // property Qt 5 kept it in, so that one is set as well.
    QTextCharFormat charFormat = givenCharFormat;
    charFormat.setFontFamilies({m_fontFamily});
    charFormat.setProperty(QTextFormat::OldFontFamily, m_fontFamily);
    if (m_empty) {
        // The document's first block is there already.
        m_cursor.setBlockFormat(format);
        m_cursor.setBlockCharFormat(charFormat);
        m_empty = false;
    } else {
        m_cursor.insertBlock(format, charFormat);
    }
    m_cursor.insertText(text, charFormat);
}

} // namespace

VisitReportDraft::VisitReportDraft(QString language) : m_language(std::move(language)) {}

VisitReportDraft::~VisitReportDraft() = default;

Result<std::unique_ptr<VisitReportDraft>> VisitReportDraft::build(Database& database, Id visitId,
                                                                  const QString& language)
{
    if (!Codes::isLanguageCode(language)) {
        //: %1 is what was given as a language
        return Error(Error::Kind::Validation,
                     tr("\"%1\" is not a language code such as pl, uk or en.").arg(language));
    }
    const auto story = VisitStory::read(database, visitId);
    if (!story) {
        return story.error();
    }
    const auto family = DocumentFonts::family();
    if (!family) {
        return family.error();
    }
    std::unique_ptr<VisitReportDraft> draft(new VisitReportDraft(language));
    QFont font(*family);
    font.setPointSizeF(11);
    draft->m_document.setDefaultFont(font);
    const DocumentLanguage documentLanguage(language);
    ReportWriter(*story, documentLanguage, *family, draft->m_document).write();
    return draft;
}

QString VisitReportDraft::title() const
{
    return m_document.metaInformation(QTextDocument::DocumentTitle);
}

Status VisitReportDraft::writeOdt(const QString& path) const
{
    return writeOdt(m_document, path);
}

Status VisitReportDraft::writeOdt(const QTextDocument& document, const QString& path)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    // Qt's ODF writer closes the device it wrote the zip to, which a QSaveFile does not allow: the
    // document is made in memory first.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, QByteArrayLiteral("odf"));
    if (!writer.write(&document)) {
        //: %1 is a file
        return Error(Error::Kind::Io,
                     tr("%1 cannot be written: the OpenDocument text could not be made.").arg(shownPath));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        //: %1 is a file, %2 the system's reason
        return Error(Error::Kind::Io, tr("%1 cannot be written: %2").arg(shownPath, file.errorString()));
    }
    if (file.write(buffer.data()) != buffer.data().size() || !file.commit()) {
        const Error::Kind kind =
            file.error() == QFileDevice::ResourceError ? Error::Kind::DiskFull : Error::Kind::Io;
        return Error(kind, tr("%1 cannot be written: %2").arg(shownPath, file.errorString()));
    }
    return success();
}
