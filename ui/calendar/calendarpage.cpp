// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/calendar/calendarpage.h"

#include "core/languages/dayrange.h"
#include "core/languages/localenames.h"
#include "core/storage/visitrepository.h"
#include "ui/calendar/monthview.h"
#include "ui/editing/databasedocument.h"
#include "ui/help/helprequest.h"
#include "ui/visit/visitdialog.h"
#include "ui/widgets/textsize.h"

#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QString shortcutText(const QKeySequence& keys)
{
    return keys.toString(QKeySequence::NativeText);
}

} // namespace

CalendarPage::CalendarPage(DatabaseDocument& document, UserPrompts& prompts, QWidget* parent)
    : QWidget(parent), m_document(document), m_prompts(prompts), m_view(new MonthView(this)),
      m_previousYear(new QToolButton(this)), m_previousMonth(new QToolButton(this)),
      m_nextMonth(new QToolButton(this)), m_nextYear(new QToolButton(this)),
      m_todayButton(new QPushButton(this)), m_heading(new QLabel(this)), m_legend(new QGroupBox(this)),
      m_loadError(new QLabel(this)), m_selection(new QGroupBox(this)), m_selectedTitle(new QLabel(this)),
      m_daysLabel(new QLabel(this)), m_selectedDays(new QLabel(this)), m_statusLabel(new QLabel(this)),
      m_selectedStatus(new QLabel(this)), m_hostLabel(new QLabel(this)), m_selectedHost(new QLabel(this)),
      m_noSelection(new QLabel(this)), m_openButton(new QPushButton(this))
{
    HelpRequest::setSection(this, QStringLiteral("calendar"));
    setObjectName(QStringLiteral("calendarPage"));

    m_view->setObjectName(QStringLiteral("monthView"));
    // The page shows the month above its buttons; the view need not repeat it.
    m_view->setHeadingShown(false);
    connect(m_view, &MonthView::monthChanged, this, [this] {
        reload();
        updateHeading();
    });
    connect(m_view, &MonthView::visitSelected, this, &CalendarPage::updateSelection);
    connect(m_view, &MonthView::visitActivated, this, &CalendarPage::openVisitRequested);
    m_view->setNewVisitsAllowed(!m_document.isReadOnly());
    connect(m_view, &MonthView::newVisitRequested, this, [this](const QDate& day) {
        if (const Id created = VisitDialog::addVisit(m_document, m_prompts, this, day)) {
            Q_EMIT openVisitRequested(created);
        }
    });

    m_previousYear->setObjectName(QStringLiteral("previousYear"));
    m_previousMonth->setObjectName(QStringLiteral("previousMonth"));
    m_nextMonth->setObjectName(QStringLiteral("nextMonth"));
    m_nextYear->setObjectName(QStringLiteral("nextYear"));
    // Double arrows for a year, as most calendars draw them. Written as text, not the style's arrows and
    // media icons: text takes the scheme's colour (those icons stay dark grey on a dark background) and
    // grows with the text size.
    m_previousYear->setText(QStringLiteral("«"));
    m_previousMonth->setText(QStringLiteral("‹"));
    m_nextMonth->setText(QStringLiteral("›"));
    m_nextYear->setText(QStringLiteral("»"));
    for (QToolButton* button : {m_previousYear, m_previousMonth, m_nextMonth, m_nextYear}) {
        button->setAutoRaise(true);
    }
    auto turn = [this](int months) {
        const QDate first = QDate(m_view->year(), m_view->month(), 1).addMonths(months);
        showMonth(first.year(), first.month());
    };
    connect(m_previousYear, &QToolButton::clicked, this, [turn] { turn(-12); });
    connect(m_previousMonth, &QToolButton::clicked, this, [turn] { turn(-1); });
    connect(m_nextMonth, &QToolButton::clicked, this, [turn] { turn(1); });
    connect(m_nextYear, &QToolButton::clicked, this, [turn] { turn(12); });
    m_todayButton->setObjectName(QStringLiteral("today"));
    connect(m_todayButton, &QPushButton::clicked, this, [this] {
        m_view->setCursorDay(m_view->today());
        m_view->setFocus();
    });

    m_heading->setObjectName(QStringLiteral("monthHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    m_heading->setFont(headingFont);

    auto* topBar = new QHBoxLayout;
    topBar->addWidget(m_todayButton);
    topBar->addSpacing(8);
    topBar->addWidget(m_previousYear);
    topBar->addWidget(m_previousMonth);
    topBar->addWidget(m_nextMonth);
    topBar->addWidget(m_nextYear);
    topBar->addSpacing(8);
    // The heading after the buttons, so a longer month name never moves them under the pointer.
    topBar->addWidget(m_heading, 1);

    m_legend->setObjectName(QStringLiteral("legend"));
    auto* legendLayout = new QGridLayout(m_legend);
    const qreal ratio = devicePixelRatioF();
    const QSize swatchSize(28, 14);
    for (const VisitStatus status : EnumInfo<VisitStatus>::all()) {
        QPixmap swatch(swatchSize * ratio);
        swatch.setDevicePixelRatio(ratio);
        swatch.fill(Qt::transparent);
        {
            QPainter painter(&swatch);
            painter.setRenderHint(QPainter::Antialiasing);
            MonthView::fillStatus(painter, QRectF(QPointF(0, 0), QSizeF(swatchSize)), true, true, status);
        }
        auto* swatchLabel = new QLabel(m_legend);
        swatchLabel->setPixmap(swatch);
        auto* name = new QLabel(m_legend);
        name->setObjectName(QStringLiteral("legend.") + enumKey(status));
        const int row = legendLayout->rowCount();
        legendLayout->addWidget(swatchLabel, row, 0);
        legendLayout->addWidget(name, row, 1);
        m_legendLabels.append({status, name});
    }
    legendLayout->setColumnStretch(1, 1);

    m_selection->setObjectName(QStringLiteral("selectedVisit"));
    m_selectedTitle->setObjectName(QStringLiteral("selectedTitle"));
    m_selectedDays->setObjectName(QStringLiteral("selectedDays"));
    m_selectedStatus->setObjectName(QStringLiteral("selectedStatus"));
    m_selectedHost->setObjectName(QStringLiteral("selectedHost"));
    m_noSelection->setObjectName(QStringLiteral("noSelection"));
    m_openButton->setObjectName(QStringLiteral("openVisit"));
    QFont titleFont = m_selectedTitle->font();
    titleFont.setBold(true);
    m_selectedTitle->setFont(titleFont);
    for (QLabel* label : {m_selectedTitle, m_selectedDays, m_selectedStatus, m_selectedHost, m_noSelection}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    // Plain text: a title such as "<Fundacja>" shows as typed. It reads the same in every language.
    for (QLabel* label : {m_selectedTitle, m_selectedHost}) {
        label->setTextFormat(Qt::PlainText);
        label->setProperty("content", true);
    }
    auto* details = new QFormLayout;
    details->setContentsMargins(0, 0, 0, 0);
    details->addRow(m_selectedTitle);
    details->addRow(m_daysLabel, m_selectedDays);
    details->addRow(m_statusLabel, m_selectedStatus);
    details->addRow(m_hostLabel, m_selectedHost);
    auto* selectionLayout = new QVBoxLayout(m_selection);
    selectionLayout->addWidget(m_noSelection);
    selectionLayout->addLayout(details);
    selectionLayout->addWidget(m_openButton, 0, Qt::AlignRight);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (const Id id = m_view->selectedVisit()) {
            Q_EMIT openVisitRequested(id);
        }
    });

    m_loadError->setObjectName(QStringLiteral("loadError"));
    m_loadError->setWordWrap(true);
    m_loadError->hide();

    auto* side = new QVBoxLayout;
    side->addWidget(m_selection);
    side->addWidget(m_legend);
    side->addStretch();
    auto* sideWidget = new QWidget(this);
    sideWidget->setLayout(side);
    side->setContentsMargins(0, 0, 0, 0);
    sideWidget->setMinimumWidth(widthForCharacters(sideWidget, 37));
    sideWidget->setMaximumWidth(widthForCharacters(sideWidget, 53));

    auto* body = new QHBoxLayout;
    body->addWidget(m_view, 1);
    body->addWidget(sideWidget);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(topBar);
    layout->addWidget(m_loadError);
    layout->addLayout(body, 1);

    const QList<QWidget*> order = {m_todayButton, m_previousYear, m_previousMonth, m_nextMonth,
                                   m_nextYear,    m_view,         m_openButton};
    for (qsizetype i = 1; i < order.size(); ++i) {
        setTabOrder(order.at(i - 1), order.at(i));
    }

    connect(&document.database().notifier(), &ChangeNotifier::changed, this,
            [this](ChangeNotifier::Topics topics) {
                // Host names come from institutions.
                if (!(topics & (ChangeNotifier::Topic::Visits | ChangeNotifier::Topic::Institutions))) {
                    return;
                }
                if (isVisible()) {
                    reload();
                } else {
                    m_stale = true;
                }
            });

    reload();
    retranslateUi();
}

void CalendarPage::showMonth(int year, int month)
{
    m_view->setMonth(year, month);
}

void CalendarPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The visits' titles in the new language.
        if (isVisible()) {
            reload();
        } else {
            m_stale = true;
        }
    } else if (event->type() == QEvent::LocaleChange) {
        updateHeading();
        updateSelection();
    }
    QWidget::changeEvent(event);
}

void CalendarPage::showEvent(QShowEvent* event)
{
    if (m_stale) {
        reload();
    }
    QWidget::showEvent(event);
}

void CalendarPage::reload()
{
    m_stale = false;
    VisitFilter shown;
    shown.from = m_view->firstShownDay();
    shown.to = m_view->lastShownDay();
    shown.language = LocaleNames::reader();
    const auto visits = VisitRepository(m_document.database()).list(shown);
    if (!visits) {
        m_loadError->setText(visits.error().message());
        m_loadError->show();
        m_view->setVisits({});
    } else {
        m_loadError->hide();
        m_view->setVisits(visits.value());
    }
    updateSelection();
}

void CalendarPage::retranslateUi()
{
    m_todayButton->setText(tr("&Today"));
    //: %1 is a keyboard shortcut
    m_todayButton->setToolTip(
        tr("Show the month of today (%1 in the calendar)").arg(shortcutText(QKeySequence(Qt::Key_Home))));
    //: %1 is a keyboard shortcut
    m_previousYear->setToolTip(
        tr("Previous year (%1)").arg(shortcutText(QKeySequence(Qt::ControlModifier | Qt::Key_PageUp))));
    //: %1 is a keyboard shortcut
    m_previousMonth->setToolTip(tr("Previous month (%1)").arg(shortcutText(QKeySequence(Qt::Key_PageUp))));
    //: %1 is a keyboard shortcut
    m_nextMonth->setToolTip(tr("Next month (%1)").arg(shortcutText(QKeySequence(Qt::Key_PageDown))));
    //: %1 is a keyboard shortcut
    m_nextYear->setToolTip(
        tr("Next year (%1)").arg(shortcutText(QKeySequence(Qt::ControlModifier | Qt::Key_PageDown))));
    m_previousYear->setAccessibleName(tr("Previous year"));
    m_previousMonth->setAccessibleName(tr("Previous month"));
    m_nextMonth->setAccessibleName(tr("Next month"));
    m_nextYear->setAccessibleName(tr("Next year"));
    m_legend->setTitle(tr("Status"));
    for (const auto& [status, label] : std::as_const(m_legendLabels)) {
        label->setText(enumDisplayName(status));
    }
    m_selection->setTitle(tr("Selected visit"));
    m_daysLabel->setText(tr("Days:"));
    m_statusLabel->setText(tr("Status:"));
    m_hostLabel->setText(tr("Host:"));
    m_noSelection->setText(tr("Click a visit to see it here; double-click or press Enter to open it."));
    m_openButton->setText(tr("&Open"));
    updateHeading();
    updateSelection();
}

void CalendarPage::updateHeading()
{
    m_heading->setText(m_view->heading());
}

void CalendarPage::updateSelection()
{
    const auto visit = m_view->visit(m_view->selectedVisit());
    const bool selected = visit.has_value();
    m_noSelection->setVisible(!selected);
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_selectedTitle, m_daysLabel, m_selectedDays, m_statusLabel,
                                         m_selectedStatus, m_hostLabel, m_selectedHost}) {
        widget->setVisible(selected);
    }
    m_openButton->setEnabled(selected);
    if (!selected) {
        return;
    }
    m_selectedTitle->setText(visit->title);
    m_selectedDays->setText(formatDayRange(visit->firstDay, visit->lastDay, locale()));
    m_selectedStatus->setText(enumDisplayName(visit->status));
    //: Shown when a visit has no host institution
    m_selectedHost->setText(visit->hostName.isEmpty() ? tr("none") : visit->hostName);
}
