// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/languages/languagemanager.h"
#include "core/storage/visitrepository.h"
#include "tests/ui/support/scriptedprompts.h"
#include "ui/calendar/calendarpage.h"
#include "ui/calendar/monthview.h"
#include "ui/calendar/yearview.h"
#include "ui/editing/databasedocument.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

#include <memory>

/// A calendar page on a fresh database, shown, in English, with 19 May 2026 as today.
struct CalendarFixture
{
    CalendarFixture()
    {
        REQUIRE(dir.isValid());
        auto database = Database::open(dir.filePath(QStringLiteral("test.wizyta")));
        REQUIRE(database);
        document = std::make_unique<DatabaseDocument>(
            std::move(database).value(), [this](const Error& error) { errors << error.message(); });
    }

    ~CalendarFixture()
    {
        page.reset();
        languages.setLanguage(QStringLiteral("en"));
    }

    /// The page is made after the visits, as when a database is opened.
    CalendarPage& makePage()
    {
        page = std::make_unique<CalendarPage>(*document, prompts);
        view().setToday(QDate(2026, 5, 19));
        yearView().setToday(QDate(2026, 5, 19));
        page->resize(1000, 700);
        page->show();
        REQUIRE(QTest::qWaitForWindowExposed(page.get()));
        return *page;
    }

    Id addVisit(const QString& title, const QDate& first, const QDate& last,
                VisitStatus status = VisitStatus::Planned, Id host = 0)
    {
        Visit visit;
        visit.title.text = title;
        visit.firstDay = first;
        visit.lastDay = last;
        visit.status = status;
        visit.hostInstitutionId = host;
        auto id = VisitRepository(document->database()).create(visit);
        REQUIRE(id);
        return id.value();
    }

    MonthView& view() { return *page->monthView(); }
    YearView& yearView() { return *page->yearView(); }
    QString text(const char* label) { return page->findChild<QLabel*>(QString::fromLatin1(label))->text(); }

    QList<MonthView::Bar> barsOf(Id visitId)
    {
        QList<MonthView::Bar> found;
        for (const MonthView::Bar& bar : view().bars()) {
            if (bar.visitId == visitId) {
                found << bar;
            }
        }
        return found;
    }

    /// The pieces of a visit's bar in the year view, January first.
    QList<YearView::Bar> yearBarsOf(Id visitId)
    {
        QList<YearView::Bar> found;
        for (const YearView::Bar& bar : yearView().bars()) {
            if (bar.visitId == visitId) {
                found << bar;
            }
        }
        return found;
    }

    LanguageManager languages;
    bool english = languages.setLanguage(QStringLiteral("en"));
    QTemporaryDir dir;
    QStringList errors;
    std::unique_ptr<DatabaseDocument> document;
    ScriptedPrompts prompts;
    std::unique_ptr<CalendarPage> page;
};

/// Sets the default and the widget's locale, as a language switch does, and puts both back.
class LocaleSwitch
{
public:
    LocaleSwitch(QWidget& widget, const QLocale& locale) : m_widget(widget)
    {
        QLocale::setDefault(locale);
        m_widget.setLocale(locale);
    }
    ~LocaleSwitch()
    {
        QLocale::setDefault(m_previous);
        m_widget.setLocale(m_previous);
    }

private:
    QWidget& m_widget;
    QLocale m_previous;
};
