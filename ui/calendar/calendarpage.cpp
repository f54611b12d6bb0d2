// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/calendar/calendarpage.h"

#include "core/languages/dayrange.h"
#include "core/languages/localenames.h"
#include "core/storage/visitrepository.h"
#include "ui/calendar/monthview.h"
#include "ui/calendar/yearview.h"
#include "ui/editing/databasedocument.h"
#include "ui/help/helprequest.h"
#include "ui/visit/visitdialog.h"
#include "ui/widgets/textsize.h"

#include <QApplication>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
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
      m_yearView(new YearView(this)), m_views(new QStackedWidget(this)), m_monthMode(new QToolButton(this)),
      m_yearMode(new QToolButton(this)), m_previousYear(new QToolButton(this)),
      m_previousMonth(new QToolButton(this)), m_nextMonth(new QToolButton(this)),
      m_nextYear(new QToolButton(this)), m_todayButton(new QPushButton(this)), m_heading(new QLabel(this)),
      m_legend(new QGroupBox(this)), m_loadError(new QLabel(this)), m_selection(new QGroupBox(this)),
      m_selectedTitle(new QLabel(this)), m_daysLabel(new QLabel(this)), m_selectedDays(new QLabel(this)),
      m_statusLabel(new QLabel(this)), m_selectedStatus(new QLabel(this)), m_hostLabel(new QLabel(this)),
      m_selectedHost(new QLabel(this)), m_noSelection(new QLabel(this)), m_openButton(new QPushButton(this))
{
    HelpRequest::setSection(this, QStringLiteral("calendar"));
    setObjectName(QStringLiteral("calendarPage"));

    m_view->setObjectName(QStringLiteral("monthView"));
    // The page shows the month above its buttons; the view need not repeat it.
    m_view->setHeadingShown(false);
    connect(m_view, &MonthView::monthChanged, this, [this] {
        if (m_mode == Mode::Month) {
            reload();
            updateHeading();
        }
    });
    connect(m_view, &MonthView::visitSelected, this, &CalendarPage::updateSelection);
    connect(m_view, &MonthView::visitActivated, this, &CalendarPage::openVisitRequested);
    m_view->setNewVisitsAllowed(!m_document.isReadOnly());
    connect(m_view, &MonthView::newVisitRequested, this, [this](const QDate& day) {
        if (const Id created = VisitDialog::addVisit(m_document, m_prompts, this, day)) {
            Q_EMIT openVisitRequested(created);
        }
    });

    m_yearView->setObjectName(QStringLiteral("yearView"));
    connect(m_yearView, &YearView::yearChanged, this, [this] {
        if (m_mode == Mode::Year) {
            reload();
            updateHeading();
        }
    });
    connect(m_yearView, &YearView::visitSelected, this, &CalendarPage::updateSelection);
    connect(m_yearView, &YearView::visitActivated, this, &CalendarPage::openVisitRequested);
    connect(m_yearView, &YearView::monthActivated, this, [this](int year, int month) {
        const bool hadFocus = m_yearView->hasFocus();
        m_monthOpened.start();
        showMonth(year, month);
        if (hadFocus) {
            m_view->setFocus();
        }
    });
    m_views->addWidget(m_view);
    m_views->addWidget(m_yearView);
    m_view->installEventFilter(this);

    // Two buttons of one choice, side by side: the month or the whole year.
    m_monthMode->setObjectName(QStringLiteral("monthMode"));
    m_yearMode->setObjectName(QStringLiteral("yearMode"));
    for (QToolButton* button : {m_monthMode, m_yearMode}) {
        button->setCheckable(true);
        button->setAutoExclusive(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    m_monthMode->setChecked(true);
    connect(m_monthMode, &QToolButton::clicked, this, [this] { setMode(Mode::Month); });
    connect(m_yearMode, &QToolButton::clicked, this, [this] { setMode(Mode::Year); });

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
        if (m_mode == Mode::Year) {
            showYear(m_yearView->year() + months / 12);
            return;
        }
        const QDate first = QDate(m_view->year(), m_view->month(), 1).addMonths(months);
        showMonth(first.year(), first.month());
    };
    connect(m_previousYear, &QToolButton::clicked, this, [turn] { turn(-12); });
    connect(m_previousMonth, &QToolButton::clicked, this, [turn] { turn(-1); });
    connect(m_nextMonth, &QToolButton::clicked, this, [turn] { turn(1); });
    connect(m_nextYear, &QToolButton::clicked, this, [turn] { turn(12); });
    m_todayButton->setObjectName(QStringLiteral("today"));
    connect(m_todayButton, &QPushButton::clicked, this, [this] {
        if (m_mode == Mode::Year) {
            m_yearView->setYear(m_yearView->today().year());
            m_yearView->selectMonth(m_yearView->today().month());
            m_yearView->setFocus();
            return;
        }
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
    topBar->addWidget(m_monthMode);
    topBar->addWidget(m_yearMode);

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
        if (const auto visit = selectedVisit()) {
            Q_EMIT openVisitRequested(visit->id);
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
    body->addWidget(m_views, 1);
    body->addWidget(sideWidget);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(topBar);
    layout->addWidget(m_loadError);
    layout->addLayout(body, 1);

    const QList<QWidget*> order = {m_todayButton, m_previousYear, m_previousMonth, m_nextMonth, m_nextYear,
                                   m_monthMode,   m_yearMode,     m_view,          m_yearView,  m_openButton};
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
    showView(Mode::Month);
}

void CalendarPage::showYear(int year)
{
    m_yearView->setYear(year);
    showView(Mode::Year);
}

void CalendarPage::setMode(Mode mode)
{
    if (mode == m_mode) {
        return;
    }
    if (mode == Mode::Year) {
        m_yearView->selectMonth(m_view->month());
        showYear(m_view->year());
    } else {
        showMonth(m_yearView->year(), m_yearView->selectedMonth());
    }
}

void CalendarPage::showView(Mode mode)
{
    if (mode == m_mode) {
        return;
    }
    m_mode = mode;
    const bool year = mode == Mode::Year;
    (year ? m_yearMode : m_monthMode)->setChecked(true);
    m_views->setCurrentWidget(year ? static_cast<QWidget*>(m_yearView) : m_view);
    // The year view turns a year at a time: « and » are enough.
    m_previousMonth->setVisible(!year);
    m_nextMonth->setVisible(!year);
    retranslateUi();
    reload();
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

// A double-click on a month of the year view opens the month with its first click; its second lands
// on the month view, where it must not start a new visit on the day under the pointer.
bool CalendarPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::MouseButtonDblClick && m_monthOpened.isValid() &&
        m_monthOpened.elapsed() < QApplication::doubleClickInterval()) {
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CalendarPage::reload()
{
    m_stale = false;
    // Only the view shown reads its visits: a month's, or the year's in one query.
    const bool year = m_mode == Mode::Year;
    VisitFilter shown;
    shown.from = year ? m_yearView->firstShownDay() : m_view->firstShownDay();
    shown.to = year ? m_yearView->lastShownDay() : m_view->lastShownDay();
    shown.language = LocaleNames::reader();
    const auto visits = VisitRepository(m_document.database()).list(shown);
    if (!visits) {
        m_loadError->setText(visits.error().message());
        m_loadError->show();
    } else {
        m_loadError->hide();
    }
    const QList<VisitSummary> read = visits ? visits.value() : QList<VisitSummary>();
    if (year) {
        m_yearView->setVisits(read);
    } else {
        m_view->setVisits(read);
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
    //: A button beside "Year": the calendar shows one month at a time
    m_monthMode->setText(tr("Month"));
    //: A button beside "Month": the calendar shows the twelve months of a year
    m_yearMode->setText(tr("Year"));
    m_monthMode->setToolTip(tr("Show one month at a time"));
    m_yearMode->setToolTip(tr("Show the twelve months of the year at a glance"));
    if (m_mode == Mode::Year) {
        //: %1 is a keyboard shortcut
        m_previousYear->setToolTip(tr("Previous year (%1)").arg(shortcutText(QKeySequence(Qt::Key_PageUp))));
        //: %1 is a keyboard shortcut
        m_nextYear->setToolTip(tr("Next year (%1)").arg(shortcutText(QKeySequence(Qt::Key_PageDown))));
        //: %1 is a keyboard shortcut
        m_todayButton->setToolTip(
            tr("Show the year of today (%1 in the calendar)").arg(shortcutText(QKeySequence(Qt::Key_Home))));
    }
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
    m_heading->setText(m_mode == Mode::Year
                           ? locale().toString(QDate(m_yearView->year(), 1, 1), QStringLiteral("yyyy"))
                           : m_view->heading());
}

std::optional<VisitSummary> CalendarPage::selectedVisit() const
{
    return m_mode == Mode::Year ? m_yearView->visit(m_yearView->selectedVisit())
                                : m_view->visit(m_view->selectedVisit());
}

void CalendarPage::updateSelection()
{
    const auto visit = selectedVisit();
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
