// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/documents/certificatedocument.h"

#include "core/afterwards/attendedprogramme.h"
#include "core/languages/dayrange.h"
#include "core/storage/fundingprojectrepository.h"
#include "ui/documents/documentwriter.h"
#include "ui/documents/pagecontent.h"

#include <QAbstractTextDocumentLayout>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QTextDocument>

#include <functional>
#include <optional>
#include <vector>

namespace {

// The fixed texts of the certificates, in the document's language (never with tr(), which follows the
// interface). Each sentence is one message: the certificate is read aloud, handed over, filed.
const char* const context = "CertificateDocument";
//: the name of the printed document holding a certificate for each participant
const char* const documentLabel = QT_TRANSLATE_NOOP("CertificateDocument", "Certificates of participation");
//: the title printed at the top of each certificate, above the participant's name (in capitals)
const char* const titleLabel = QT_TRANSLATE_NOOP("CertificateDocument", "Certificate of participation");
//: under the participant's name on a certificate, for an incoming study visit; %1 is the visit's title,
//: %2 its days, e.g. "19–25 May 2026" or "19 May 2026" (a Ukrainian date ends in "р.": no period after it)
const char* const studyVisitLabel =
    QT_TRANSLATE_NOOP("CertificateDocument", "for taking part in the study visit “%1” held on %2");
//: under the participant's name on a certificate, for an outgoing study visit (staff visiting a
//: partner abroad); %1 is the visit's title, %2 its days, e.g. "19–25 May 2026" or "19 May 2026"
const char* const studyTripLabel =
    QT_TRANSLATE_NOOP("CertificateDocument", "for taking part in the study trip “%1” held on %2");
//: under the participant's name on a certificate, for a meeting of an exchange group of partner
//: cities; %1 is the meeting's title, %2 its days, e.g. "29–30 April 2026" or "29 April 2026"
const char* const groupMeetingLabel =
    QT_TRANSLATE_NOOP("CertificateDocument", "for taking part in the exchange group meeting “%1” held on %2");
//: under the participant's name on a certificate, for a conference; %1 is its title, %2 its days,
//: e.g. "19–20 May 2026" or "19 May 2026"
const char* const conferenceLabel =
    QT_TRANSLATE_NOOP("CertificateDocument", "for taking part in the conference “%1” held on %2");
//: under the participant's name on a certificate, for a working meeting; %1 is its title, %2 its
//: days, e.g. "19–20 May 2026" or "19 May 2026"
const char* const workingMeetingLabel =
    QT_TRANSLATE_NOOP("CertificateDocument", "for taking part in the working meeting “%1” held on %2");
//: on a certificate, a line of its own under what the participant took part in; %1 is the name of the
//: institution that hosted the visit
const char* const hostLabel = QT_TRANSLATE_NOOP("CertificateDocument", "Hosted by %1");
//: on a certificate, a line of its own under the host; %1 is the name of the project that paid for the
//: visit
const char* const fundingLabel = QT_TRANSLATE_NOOP("CertificateDocument", "Funded by the project “%1”");
//: on a certificate; %1 is a number of hours, whole or with a fraction: "12", "7.5", "0.75". Meals,
//: transfers, free time and the cultural programme are not counted.
const char* const hoursLabel = QT_TRANSLATE_NOOP("CertificateDocument", "Hours of programme attended: %1");
//: on a certificate; %1 is a number of days, %2 those days, e.g. "3 (19–21 May 2026)" or
//: "2 (19 May 2026 and 21 May 2026)"; a Ukrainian date ends in "р.": no period after it
const char* const daysLabel = QT_TRANSLATE_NOOP("CertificateDocument", "Days attended: %1 (%2)");
//: where and when a certificate is issued, at its foot: %1 is a city, %2 a day, e.g. "Warszawa, 25 May
//: 2026"
const char* const placeAndDayLabel = QT_TRANSLATE_NOOP("CertificateDocument", "%1, %2");
//: under the signature line of a certificate, below the name of the person who signs it
const char* const coordinatorLabel = QT_TRANSLATE_NOOP("CertificateDocument", "Visit coordinator");
//: on the only page of certificates when nobody is to get one
const char* const noneLabel =
    QT_TRANSLATE_NOOP("CertificateDocument",
                      "No certificates: no member of the delegation is entered yet, and no one was chosen.");

const char* sentenceLabel(VisitKind kind)
{
    switch (kind) {
    case VisitKind::IncomingStudyVisit:
        return studyVisitLabel;
    case VisitKind::OutgoingStudyVisit:
        return studyTripLabel;
    case VisitKind::ExchangeGroupMeeting:
        return groupMeetingLabel;
    case VisitKind::Conference:
        return conferenceLabel;
    case VisitKind::WorkingMeeting:
        return workingMeetingLabel;
    }
    return studyVisitLabel;
}

const QString band = QStringLiteral("#1f4e79");

/// Millimetres in layout units.
constexpr qreal mm(qreal millimetres)
{
    return millimetres / 25.4 * PagedDocument::layoutDpi;
}

/// A number of minutes as hours in `locale`: "12", "7,5", "0,75".
QString hoursText(qint64 minutes, const QLocale& locale)
{
    if (minutes % 60 == 0) {
        return locale.toString(minutes / 60);
    }
    QString text = locale.toString(double(minutes) / 60.0, 'f', 2);
    while (text.endsWith(locale.zeroDigit())) {
        text.chop(1);
    }
    return text;
}

/// `text` (a day, days) kept on one line: "25 травня 2026 р." never ends a line with "2026".
QString unbroken(QString text)
{
    return text.replace(QLatin1Char(' '), QChar(QChar::Nbsp));
}

/// Days as runs of consecutive days: "19–21 May 2026", "19 May 2026 and 21 May 2026".
QString daysText(const QList<QDate>& days, const QLocale& locale)
{
    QStringList runs;
    for (qsizetype i = 0; i < days.size();) {
        qsizetype last = i;
        while (last + 1 < days.size() && days.at(last).addDays(1) == days.at(last + 1)) {
            ++last;
        }
        runs << unbroken(formatDayRange(days.at(i), days.at(last), locale));
        i = last + 1;
    }
    return locale.createSeparatedList(runs);
}

/// The certificates laid out one to a page: a frame, the logo at the top, the certificate's text in the
/// middle, the place and day at the bottom left and the signature line at the bottom right.
class CertificatePages final : public PageContent
{
public:
    CertificatePages(QStringList certificates, QString placeAndDay, QString signature, QImage logo,
                     QString fontFamily, QString emptyNote)
        : m_certificates(std::move(certificates)), m_placeAndDay(std::move(placeAndDay)),
          m_signature(std::move(signature)), m_logo(std::move(logo)), m_fontFamily(std::move(fontFamily)),
          m_emptyNote(std::move(emptyNote)), m_layoutDevice(1, 1, QImage::Format_RGB32)
    {
        const int dotsPerMeter = qRound(PagedDocument::layoutDpi / 0.0254);
        m_layoutDevice.setDotsPerMeterX(dotsPerMeter);
        m_layoutDevice.setDotsPerMeterY(dotsPerMeter);
    }

    int layOut(const QSizeF& body) override;
    void paint(QPainter& painter, int page) const override;

private:
    static constexpr qreal inset = mm(14);          ///< from the frame to the text
    static constexpr qreal signatureSpace = mm(24); ///< above the signature line, to sign in
    static constexpr qreal signatureWidth = mm(70);

    /// A text laid out in the document font at `width`, measured in layout units.
    std::unique_ptr<QTextDocument> text(const QString& html, qreal width);
    void draw(QPainter& painter, const QTextDocument& document, const QPointF& at, qreal scale = 1) const;
    QRectF logoRect() const;

    QStringList m_certificates;
    QString m_placeAndDay;
    QString m_signature;
    QImage m_logo;
    QString m_fontFamily;
    QString m_emptyNote;
    QImage m_layoutDevice; ///< only its resolution is used: the document's layout units
    QSizeF m_body;
    std::vector<std::unique_ptr<QTextDocument>> m_texts; ///< each certificate's text, as last laid out
    std::vector<qreal> m_scales; ///< each text's scale: below 1 when it would not fit at its size
    std::unique_ptr<QTextDocument> m_placeAndDayText;
    std::unique_ptr<QTextDocument> m_signatureText;
    QRectF m_textRoom;      ///< where a certificate's text goes, between the logo and the signature
    qreal m_closingTop = 0; ///< the signature line, with the place and day beside it
};

std::unique_ptr<QTextDocument> CertificatePages::text(const QString& html, qreal width)
{
    auto document = std::make_unique<QTextDocument>();
    DocumentWriter::setUpDocument(*document, m_fontFamily);
    // Measured for the layout units, never for the screen, as TextPages does.
    document->documentLayout()->setPaintDevice(&m_layoutDevice);
    document->setUseDesignMetrics(true);
    document->setDocumentMargin(0);
    document->setHtml(html);
    document->setTextWidth(width);
    return document;
}

QRectF CertificatePages::logoRect() const
{
    if (m_logo.isNull()) {
        return {};
    }
    const QSizeF size = QSizeF(m_logo.size()).scaled(QSizeF(mm(60), mm(24)), Qt::KeepAspectRatio);
    return {QPointF((m_body.width() - size.width()) / 2, inset), size};
}

int CertificatePages::layOut(const QSizeF& body)
{
    m_body = body;
    const qreal width = body.width() - 2 * inset;
    const qreal columnWidth = width * 0.46;
    m_placeAndDayText = text(m_placeAndDay, columnWidth);
    m_signatureText = text(m_signature, std::max(columnWidth, signatureWidth));
    m_closingTop = body.height() - inset -
                   std::max(m_placeAndDayText->size().height(), m_signatureText->size().height());
    const QRectF logo = logoRect();
    const qreal top = logo.isNull() ? inset + mm(6) : logo.bottom() + mm(12);
    m_textRoom = QRectF(inset, top, width, m_closingTop - signatureSpace - top);

    m_texts.clear();
    m_scales.clear();
    const QStringList pages = m_certificates.isEmpty() ? QStringList{m_emptyNote} : m_certificates;
    for (const QString& html : pages) {
        // A long title in two languages may not fit at the sizes meant: the whole text is set smaller.
        qreal scale = 1;
        auto document = text(html, width);
        while (document->size().height() * scale > m_textRoom.height() && scale > 0.5) {
            scale *= 0.95;
            document->setTextWidth(width / scale);
        }
        m_texts.push_back(std::move(document));
        m_scales.push_back(scale);
    }
    return int(pages.size());
}

void CertificatePages::draw(QPainter& painter, const QTextDocument& document, const QPointF& at,
                            qreal scale) const
{
    painter.save();
    painter.translate(at);
    painter.scale(scale, scale);
    QAbstractTextDocumentLayout::PaintContext paintContext;
    paintContext.palette.setColor(QPalette::Text, Qt::black);
    document.documentLayout()->draw(&painter, paintContext);
    painter.restore();
}

void CertificatePages::paint(QPainter& painter, int page) const
{
    if (page < 0 || page >= int(m_texts.size())) {
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    // A double frame, as certificates have.
    const QColor frame(band);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(frame, mm(0.8)));
    painter.drawRect(QRectF(QPointF(0, 0), m_body).adjusted(mm(0.4), mm(0.4), -mm(0.4), -mm(0.4)));
    painter.setPen(QPen(frame, mm(0.25)));
    painter.drawRect(QRectF(QPointF(0, 0), m_body).adjusted(mm(2), mm(2), -mm(2), -mm(2)));

    if (m_certificates.isEmpty()) {
        draw(painter, *m_texts.front(), QPointF(inset, inset));
        return;
    }
    const QRectF logo = logoRect();
    if (!logo.isNull()) {
        painter.drawImage(logo, m_logo);
    }

    const QTextDocument& certificate = *m_texts.at(std::size_t(page));
    const qreal scale = m_scales.at(std::size_t(page));
    // The text a third of the way down the room it has: nearer the title than the signature.
    const qreal height = certificate.size().height() * scale;
    draw(painter, certificate,
         m_textRoom.topLeft() + QPointF(0, std::max<qreal>(0, m_textRoom.height() - height) / 3), scale);

    draw(painter, *m_placeAndDayText, QPointF(inset, m_closingTop + mm(2)));
    const qreal signatureLeft = m_textRoom.right() - m_signatureText->textWidth();
    painter.setPen(QPen(QColor(0x5f, 0x6b, 0x7a), mm(0.3), Qt::DotLine));
    const qreal lineLeft = signatureLeft + (m_signatureText->textWidth() - signatureWidth) / 2;
    painter.drawLine(QPointF(lineLeft, m_closingTop), QPointF(lineLeft + signatureWidth, m_closingTop));
    draw(painter, *m_signatureText, QPointF(signatureLeft, m_closingTop + mm(2)));
}

/// Writes each certificate's text through a DocumentWriter's names, labels and translations.
class CertificateWriter final : public DocumentWriter
{
public:
    using DocumentWriter::DocumentWriter;

    /// Reads the visit's host and funding project, which every certificate names.
    Status readVisit();
    /// The text of each certificate, in HTML, for `chosen` participants or (none chosen) the delegation.
    Result<QStringList> certificates(const QList<Id>& chosen);
    /// The place (the host's city) and day of issue, in each language.
    QString placeAndDay(const QDate& issued) const;
    /// The coordinator's name and the words under the signature line.
    Result<QString> signature();
    /// The funding project's logo; null without one.
    QImage logo() const { return m_project ? QImage::fromData(m_project->logo) : QImage(); }

private:
    /// `make`'s text in each document language, each once, as centred paragraphs: the first in
    /// `firstStyle`, the second lighter in `secondStyle`.
    QString paired(const std::function<QString(int)>& make, const QString& firstStyle,
                   const QString& secondStyle) const;
    Result<QString> certificate(const ParticipantRow& row, const ParticipantAttendance& attendance);

    std::optional<Institution> m_host;
    std::optional<FundingProject> m_project;
};

QString CertificateWriter::paired(const std::function<QString(int)>& make, const QString& firstStyle,
                                  const QString& secondStyle) const
{
    QString html;
    QString first;
    for (int i = 0; i < int(languages().size()); ++i) {
        const QString text = make(i);
        if (i > 0 && text == first) {
            continue;
        }
        if (i == 0) {
            first = text;
        }
        html += QStringLiteral("<p align=\"center\" style=\"%1\">%2</p>")
                    .arg(i == 0 ? firstStyle : secondStyle + QLatin1Char(' ') + lighter, escaped(text));
    }
    return html;
}

Status CertificateWriter::readVisit()
{
    if (visit().hostInstitutionId != 0) {
        const auto host = institution(visit().hostInstitutionId);
        if (!host) {
            return host.error();
        }
        m_host = *host;
    }
    if (visit().fundingProjectId != 0) {
        const auto project = FundingProjectRepository(database()).get(visit().fundingProjectId);
        if (!project) {
            return project.error();
        }
        m_project = *project;
    }
    return success();
}

Result<QStringList> CertificateWriter::certificates(const QList<Id>& chosen)
{
    const auto all = participants();
    if (!all) {
        return all.error();
    }
    const auto attended = AttendedProgramme(database()).forVisit(visit().id);
    if (!attended) {
        return attended.error();
    }
    QHash<Id, ParticipantAttendance> attendances;
    for (const ParticipantAttendance& attendance : *attended) {
        attendances.insert(attendance.participantId, attendance);
    }
    QStringList certificates;
    for (const ParticipantRow& row : *all) {
        const bool wanted = chosen.isEmpty() ? CertificateDocument::certifiedByDefault(row.participant.role)
                                             : chosen.contains(row.participant.id);
        if (!wanted) {
            continue;
        }
        const auto html = certificate(row, attendances.value(row.participant.id));
        if (!html) {
            return html.error();
        }
        certificates << *html;
    }
    return certificates;
}

Result<QString> CertificateWriter::certificate(const ParticipantRow& row,
                                               const ParticipantAttendance& attendance)
{
    const auto found = person(row.participant.personId);
    if (!found) {
        return found.error();
    }
    const auto institutionName = this->institutionName(*found);
    if (!institutionName) {
        return institutionName.error();
    }
    QString html = paired(
        [&](int i) {
            const DocumentLanguage& language = languages().at(i);
            return language.locale().toUpper(language.label(context, titleLabel));
        },
        QStringLiteral("font-size:22pt; font-weight:bold; color:%1;").arg(band),
        QStringLiteral("font-size:12pt; font-weight:bold; margin-top:%1;").arg(mm(1)));

    html += QStringLiteral(
                "<p align=\"center\" style=\"font-size:24pt; font-weight:bold; margin-top:%1;\">%2</p>")
                .arg(mm(16), escaped(personName(*found)));
    const QString other = otherScriptName(*found);
    if (!other.isEmpty()) {
        html += QStringLiteral("<p align=\"center\" style=\"font-size:14pt; %1\">%2</p>")
                    .arg(quiet, escaped(other));
    }
    if (!institutionName->isEmpty()) {
        html += QStringLiteral("<p align=\"center\" style=\"font-size:11pt; margin-top:%1;\">%2</p>")
                    .arg(mm(2), escaped(*institutionName));
    }

    html += QStringLiteral("<div style=\"margin-top:%1;\">").arg(mm(12));
    html += paired(
        [&](int i) {
            const DocumentLanguage& language = languages().at(i);
            return language.label(context, sentenceLabel(visit().kind))
                .arg(textIn(visit().title, i),
                     unbroken(language.dayRange(visit().firstDay, visit().lastDay)));
        },
        QStringLiteral("font-size:13pt;"), QStringLiteral("font-size:11pt; margin-top:%1;").arg(mm(1)));
    html += QStringLiteral("</div>");
    if (m_host) {
        html += QStringLiteral("<div style=\"margin-top:%1;\">").arg(mm(5));
        html += paired(
            [&](int i) { return languages().at(i).label(context, hostLabel).arg(textIn(m_host->name, i)); },
            QStringLiteral("font-size:11pt;"), QStringLiteral("font-size:10pt;"));
        html += QStringLiteral("</div>");
    }
    if (m_project) {
        html += QStringLiteral("<div style=\"margin-top:%1;\">").arg(mm(m_host ? 2 : 5));
        html += paired(
            [&](int i) {
                return languages().at(i).label(context, fundingLabel).arg(m_project->name.trimmed());
            },
            QStringLiteral("font-size:11pt;"), QStringLiteral("font-size:10pt;"));
        html += QStringLiteral("</div>");
    }

    html += QStringLiteral("<div style=\"margin-top:%1;\">").arg(mm(10));
    html += paired(
        [&](int i) {
            const DocumentLanguage& language = languages().at(i);
            return language.label(context, hoursLabel).arg(hoursText(attendance.minutes, language.locale()));
        },
        QStringLiteral("font-size:12pt; font-weight:bold;"), QStringLiteral("font-size:10pt;"));
    if (!attendance.days.isEmpty()) {
        html += QStringLiteral("<div style=\"margin-top:%1;\">").arg(mm(1.5));
        html += paired(
            [&](int i) {
                const DocumentLanguage& language = languages().at(i);
                return language.label(context, daysLabel)
                    .arg(language.locale().toString(attendance.days.size()),
                         daysText(attendance.days, language.locale()));
            },
            QStringLiteral("font-size:12pt;"), QStringLiteral("font-size:10pt;"));
        html += QStringLiteral("</div>");
    }
    html += QStringLiteral("</div>");
    return html;
}

QString CertificateWriter::placeAndDay(const QDate& issued) const
{
    const QString city = m_host ? m_host->city.trimmed() : QString();
    QString html;
    QString first;
    for (int i = 0; i < int(languages().size()); ++i) {
        const DocumentLanguage& language = languages().at(i);
        const QString day = formatDay(issued, language.locale());
        const QString text = city.isEmpty() ? day : language.label(context, placeAndDayLabel).arg(city, day);
        if (i > 0 && text == first) {
            continue;
        }
        first = i == 0 ? text : first;
        html += QStringLiteral("<p style=\"font-size:%1pt; %2\">%3</p>")
                    .arg(i == 0 ? QStringLiteral("11") : QStringLiteral("10"), i == 0 ? QString() : lighter,
                         escaped(text));
    }
    return html;
}

Result<QString> CertificateWriter::signature()
{
    QString html;
    if (visit().coordinatorId != 0) {
        const auto coordinator = person(visit().coordinatorId);
        if (!coordinator) {
            return coordinator.error();
        }
        html += QStringLiteral("<p align=\"center\" style=\"font-size:11pt; font-weight:bold;\">%1</p>")
                    .arg(escaped(personName(*coordinator)));
    }
    html += QStringLiteral("<p align=\"center\" style=\"font-size:9pt; %1\">%2</p>")
                .arg(quiet, escaped(label(context, coordinatorLabel)));
    return html;
}

} // namespace

CertificateDocument::~CertificateDocument() = default;

QDate CertificateDocument::issuedOn(const QDate& printedOn, const QDate& lastDay)
{
    return lastDay.isValid() && printedOn < lastDay ? lastDay : printedOn;
}

bool CertificateDocument::certifiedByDefault(ParticipantRole role)
{
    return role == ParticipantRole::DelegationLeader || role == ParticipantRole::DelegationMember;
}

Result<std::unique_ptr<CertificateDocument>> CertificateDocument::build(Database& database, Id visitId,
                                                                        const QStringList& languages,
                                                                        const QList<Id>& participantIds,
                                                                        const QDate& printedOn)
{
    const auto basis = DocumentBasis::read(database, visitId, languages);
    if (!basis) {
        return basis.error();
    }
    CertificateWriter writer(database, *basis);
    const Status read = writer.readVisit();
    if (!read) {
        return read.error();
    }
    auto certificates = writer.certificates(participantIds);
    if (!certificates) {
        return certificates.error();
    }
    const auto signature = writer.signature();
    if (!signature) {
        return signature.error();
    }
    const DocumentLanguage& first = basis->languages.front();
    std::unique_ptr<CertificateDocument> document(new CertificateDocument);
    document->setPages(
        std::make_unique<CertificatePages>(
            std::move(certificates).value(), writer.placeAndDay(issuedOn(printedOn, basis->visit.lastDay)),
            *signature, writer.logo(), basis->fontFamily,
            QStringLiteral("<p style=\"font-size:11pt; %1\">%2</p>")
                .arg(DocumentWriter::quiet, DocumentWriter::escaped(first.label(context, noneLabel)))),
        *basis, first.label(context, documentLabel), printedOn, Footer::None);
    document->setFallbackLanguages(writer.fallbackLanguages());
    return document;
}
