// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/documents/namebadgedocument.h"

#include "core/storage/fundingprojectrepository.h"
#include "ui/documents/documentwriter.h"
#include "ui/documents/pagecontent.h"

#include <QFontMetricsF>
#include <QImage>
#include <QMap>
#include <QPainter>
#include <QTextDocument>

namespace {

// The fixed labels of the badges, in the document's language (never with tr(), which follows the
// interface).
const char* const context = "NameBadgeDocument";
//: the name of the printed document with the participants' badges
const char* const badgesLabel = QT_TRANSLATE_NOOP("NameBadgeDocument", "Name badges");
//: on an empty sheet of badges
const char* const noneLabel = QT_TRANSLATE_NOOP("NameBadgeDocument", "No participants entered yet.");

/// What one badge says.
struct NameBadge
{
    QString name;      ///< in the first document language's script
    QString otherName; ///< in the other script; empty when the same
    QString institution;
    QString role;
};

/// Millimetres in layout units.
constexpr qreal mm(qreal millimetres)
{
    return millimetres / 25.4 * PagedDocument::layoutDpi;
}

/// A font size in points as layout units (pixels at the layout's resolution).
int points(qreal size)
{
    return qRound(size * PagedDocument::layoutDpi / 72.0);
}

/// The badges laid out on sheets, NameBadgeDocument::columns × rows to a page.
class BadgeSheets final : public PageContent
{
public:
    BadgeSheets(QList<NameBadge> badges, QString visitTitle, QImage logo, QString fontFamily,
                QString emptyNote)
        : m_badges(std::move(badges)), m_visitTitle(std::move(visitTitle)), m_logo(std::move(logo)),
          m_fontFamily(std::move(fontFamily)), m_emptyNote(std::move(emptyNote))
    {}

    int layOut(const QSizeF& body) override
    {
        m_body = body;
        const int perPage = NameBadgeDocument::columns * NameBadgeDocument::rows;
        return std::max<int>(1, int((m_badges.size() + perPage - 1) / perPage));
    }

    void paint(QPainter& painter, int page) const override;

private:
    static constexpr qreal width = mm(85);
    static constexpr qreal height = mm(55);
    static constexpr qreal padding = mm(4);

    QFont font(qreal size, bool bold = false) const
    {
        QFont font(m_fontFamily);
        font.setPixelSize(points(size));
        font.setBold(bold);
        font.setHintingPreference(QFont::PreferNoHinting);
        // As in the text documents: no ligatures, so text copied from the PDF reads as typed.
        font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
        return font;
    }
    void paintBadge(QPainter& painter, const QRectF& box, const NameBadge& badge) const;

    QList<NameBadge> m_badges;
    QString m_visitTitle;
    QImage m_logo;
    QString m_fontFamily;
    QString m_emptyNote;
    QSizeF m_body;
};

void BadgeSheets::paint(QPainter& painter, int page) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_badges.isEmpty()) {
        painter.setFont(font(11));
        painter.setPen(QColor(0x5f, 0x6b, 0x7a));
        painter.drawText(QRectF(QPointF(0, 0), m_body), Qt::AlignLeft | Qt::AlignTop, m_emptyNote);
        return;
    }
    const int perPage = NameBadgeDocument::columns * NameBadgeDocument::rows;
    // The grid in the middle of the page's width, the gaps between badges as wide as is left.
    const qreal columnGap =
        (m_body.width() - NameBadgeDocument::columns * width) / (NameBadgeDocument::columns - 1);
    const qreal rowGap =
        std::min(mm(6), (m_body.height() - NameBadgeDocument::rows * height) / (NameBadgeDocument::rows - 1));
    for (int i = 0; i < perPage; ++i) {
        const qsizetype index = qsizetype(page) * perPage + i;
        if (index >= m_badges.size()) {
            break;
        }
        const int column = i % NameBadgeDocument::columns;
        const int row = i / NameBadgeDocument::columns;
        const QRectF box(column * (width + columnGap), row * (height + rowGap), width, height);
        painter.save();
        paintBadge(painter, box, m_badges.at(index));
        painter.restore();
    }
}

void BadgeSheets::paintBadge(QPainter& painter, const QRectF& box, const NameBadge& badge) const
{
    const QColor band(0x1f, 0x4e, 0x79);
    const QColor grey(0x5f, 0x6b, 0x7a);
    // The cutting line.
    QPen cut(QColor(0x9a, 0xa5, 0xb1), mm(0.2), Qt::DashLine);
    painter.setPen(cut);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(box);

    // The visit's title in a band across the top.
    const QRectF top(box.left(), box.top(), box.width(), mm(9));
    painter.fillRect(top.adjusted(mm(0.2), mm(0.2), -mm(0.2), 0), band);
    painter.setFont(font(7.5, true));
    painter.setPen(Qt::white);
    const QRectF titleRect = top.adjusted(padding, 0, -padding, 0);
    painter.drawText(
        titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(painter.font()).elidedText(m_visitTitle, Qt::ElideRight, titleRect.width()));

    const qreal textWidth = box.width() - 2 * padding;
    // The name as large as fits on one line, down to a size still read at a few steps.
    QFont nameFont = font(18, true);
    for (qreal size = 18; size > 11; size -= 0.5) {
        nameFont = font(size, true);
        if (QFontMetricsF(nameFont).horizontalAdvance(badge.name) <= textWidth) {
            break;
        }
    }
    qreal y = top.bottom() + mm(5);
    painter.setFont(nameFont);
    painter.setPen(Qt::black);
    const qreal nameHeight = QFontMetricsF(nameFont).height();
    painter.drawText(QRectF(box.left() + padding, y, textWidth, nameHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(nameFont).elidedText(badge.name, Qt::ElideRight, textWidth));
    y += nameHeight;
    if (!badge.otherName.isEmpty()) {
        const QFont otherFont = font(10.5);
        painter.setFont(otherFont);
        painter.setPen(grey);
        const qreal height = QFontMetricsF(otherFont).height();
        painter.drawText(QRectF(box.left() + padding, y, textWidth, height), Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(otherFont).elidedText(badge.otherName, Qt::ElideRight, textWidth));
        y += height;
    }

    // The role at the bottom, the logo at its right; the institution in between, on up to two lines.
    const qreal logoWidth = m_logo.isNull() ? 0 : mm(20);
    const QRectF bottom(box.left() + padding, box.bottom() - mm(11), textWidth, mm(8));
    if (!m_logo.isNull()) {
        const QSizeF size =
            QSizeF(m_logo.size()).scaled(QSizeF(logoWidth, bottom.height()), Qt::KeepAspectRatio);
        painter.drawImage(
            QRectF(QPointF(bottom.right() - size.width(), bottom.bottom() - size.height()), size), m_logo);
    }
    const QRectF roleRect = bottom.adjusted(0, 0, -(logoWidth + (logoWidth > 0 ? mm(2) : 0)), 0);
    painter.setFont(font(8, true));
    painter.setPen(band);
    painter.drawText(roleRect, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, badge.role);

    const QFont institutionFont = font(8.5);
    painter.setFont(institutionFont);
    painter.setPen(Qt::black);
    const qreal lines = QFontMetricsF(institutionFont).lineSpacing() * 2;
    const QRectF institutionRect(box.left() + padding, y + mm(1.5), textWidth,
                                 std::min(lines, bottom.top() - y - mm(1.5)));
    painter.save();
    painter.setClipRect(institutionRect);
    painter.drawText(institutionRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, badge.institution);
    painter.restore();
}

/// Reads the badges through a DocumentWriter's names and labels.
class BadgeWriter final : public DocumentWriter
{
public:
    using DocumentWriter::DocumentWriter;

    Result<QList<NameBadge>> badges();
    /// The visit's title in the first language, as the badges give it.
    QString visitTitle() { return texts(visit().title).value(0); }
    Result<QImage> logo();
};

Result<QList<NameBadge>> BadgeWriter::badges()
{
    const auto all = participants();
    if (!all) {
        return all.error();
    }
    QMap<ParticipantRole, QList<NameBadge>> byRole;
    for (const ParticipantRow& row : *all) {
        const auto found = person(row.participant.personId);
        if (!found) {
            return found.error();
        }
        NameBadge badge;
        badge.name = personName(*found);
        badge.otherName = otherScriptName(*found);
        const auto institutionName = this->institutionName(*found);
        if (!institutionName) {
            return institutionName.error();
        }
        badge.institution = *institutionName;
        badge.role = label(EnumInfo<ParticipantRole>::name(row.participant.role));
        byRole[row.participant.role] << badge;
    }
    QList<NameBadge> badges;
    for (const QList<NameBadge>& group : std::as_const(byRole)) {
        badges << group;
    }
    return badges;
}

Result<QImage> BadgeWriter::logo()
{
    if (visit().fundingProjectId == 0) {
        return QImage();
    }
    const auto project = FundingProjectRepository(database()).get(visit().fundingProjectId);
    if (!project) {
        return project.error();
    }
    return QImage::fromData(project->logo);
}

} // namespace

NameBadgeDocument::~NameBadgeDocument() = default;

Result<std::unique_ptr<NameBadgeDocument>>
NameBadgeDocument::build(Database& database, Id visitId, const QStringList& languages, const QDate& printedOn)
{
    const auto basis = DocumentBasis::read(database, visitId, languages);
    if (!basis) {
        return basis.error();
    }
    BadgeWriter writer(database, *basis);
    auto badges = writer.badges();
    if (!badges) {
        return badges.error();
    }
    auto logo = writer.logo();
    if (!logo) {
        return logo.error();
    }
    const DocumentLanguage& first = basis->languages.front();
    std::unique_ptr<NameBadgeDocument> document(new NameBadgeDocument);
    document->setPages(std::make_unique<BadgeSheets>(std::move(badges).value(), writer.visitTitle(),
                                                     std::move(logo).value(), basis->fontFamily,
                                                     first.label(context, noneLabel)),
                       *basis, first.label(context, badgesLabel), printedOn);
    document->setFallbackLanguages(writer.fallbackLanguages());
    return document;
}
