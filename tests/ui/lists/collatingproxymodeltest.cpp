// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lists/collatingproxymodel.h"

#include <QStandardItemModel>

#include <catch2/catch.hpp>

namespace {

QStringList shownNames(const CollatingProxyModel& proxy)
{
    QStringList names;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        names << proxy.index(row, 0).data().toString();
    }
    return names;
}

/// The name as the list shows it and sorts it, changed at once (one dataChanged signal).
void rename(QStandardItemModel& model, int row, const QString& name)
{
    model.setItemData(model.index(row, 0), {{Qt::DisplayRole, name}, {CollatingProxyModel::SortRole, name}});
}

/// A list of people, one row a name, searched by the name.
void fill(QStandardItemModel& people, CollatingProxyModel& proxy, const QStringList& names)
{
    for (int row = 0; row < names.size(); ++row) {
        people.appendRow(new QStandardItem);
        rename(people, row, names.at(row));
    }
    proxy.setSourceModel(&people);
    proxy.setSearchColumns({0});
}

} // namespace

TEST_CASE("The search follows a changed row, and the order follows a changed name")
{
    QStandardItemModel people;
    CollatingProxyModel proxy;
    fill(people, proxy,
         {QStringLiteral("Ołena Kowal"), QStringLiteral("Anna Nowak"), QStringLiteral("Żaneta Wiśniewska")});
    proxy.sort(0);
    CHECK(shownNames(proxy) == QStringList{QStringLiteral("Anna Nowak"), QStringLiteral("Ołena Kowal"),
                                           QStringLiteral("Żaneta Wiśniewska")});

    proxy.setSearchText(QStringLiteral("NOWAK"));
    CHECK(shownNames(proxy) == QStringList{QStringLiteral("Anna Nowak")});
    // A row whose text changes is searched with its new text, not the one kept from before.
    rename(people, 2, QStringLiteral("Żaneta Nowak"));
    CHECK(shownNames(proxy) == QStringList{QStringLiteral("Anna Nowak"), QStringLiteral("Żaneta Nowak")});

    proxy.setSearchText(QString());
    // The order too: Anna becomes Wanda, after Ołena.
    rename(people, 1, QStringLiteral("Wanda Nowak"));
    CHECK(shownNames(proxy) == QStringList{QStringLiteral("Ołena Kowal"), QStringLiteral("Wanda Nowak"),
                                           QStringLiteral("Żaneta Nowak")});
}

TEST_CASE("Typing on narrows the search — a row hidden by the page's filter meanwhile is found once shown")
{
    QStandardItemModel people;
    CollatingProxyModel proxy;
    fill(people, proxy,
         {QStringLiteral("Ołena Kowal"), QStringLiteral("Anna Kowalska"), QStringLiteral("Jan Nowak"),
          QStringLiteral("Iwan Kowalenko")});
    proxy.sort(0, Qt::DescendingOrder);
    bool hideAnna = true;
    proxy.setRowFilter([&](int row) { return !(hideAnna && row == 1); });

    proxy.setSearchText(QStringLiteral("k"));
    CHECK(shownNames(proxy) == QStringList{QStringLiteral("Ołena Kowal"), QStringLiteral("Jan Nowak"),
                                           QStringLiteral("Iwan Kowalenko")});
    proxy.setSearchText(QStringLiteral("ko"));
    CHECK(shownNames(proxy) == QStringList{QStringLiteral("Ołena Kowal"), QStringLiteral("Iwan Kowalenko")});
    proxy.setSearchText(QStringLiteral("kowal"));
    hideAnna = false;
    proxy.invalidateRows();
    CHECK(shownNames(proxy) == QStringList{QStringLiteral("Ołena Kowal"), QStringLiteral("Iwan Kowalenko"),
                                           QStringLiteral("Anna Kowalska")});
    // Typing something else starts the search afresh.
    proxy.setSearchText(QStringLiteral("nowak"));
    CHECK(shownNames(proxy) == QStringList{QStringLiteral("Jan Nowak")});
}

TEST_CASE("A search ignores diacritics and the kind of apostrophe typed, in Latin and in Cyrillic")
{
    QStandardItemModel places;
    CollatingProxyModel proxy;
    fill(places, proxy,
         {QStringLiteral("MOPS Płock"), QStringLiteral("Łódź"), QStringLiteral("Марʼяна Коваль"),
          QStringLiteral("Zaporizhzhia"), QStringLiteral("Вінниця")});
    proxy.setSearchText(QStringLiteral("plock"));
    CHECK(shownNames(proxy) == QStringList{QStringLiteral("MOPS Płock")});
    proxy.setSearchText(QStringLiteral("LODZ"));
    CHECK(shownNames(proxy) == QStringList{QStringLiteral("Łódź")});
    // Typed with the keyboard's ' or a word processor's ’: the name is written with the Ukrainian ʼ.
    proxy.setSearchText(QStringLiteral("Мар'яна"));
    CHECK(shownNames(proxy) == QStringList{QStringLiteral("Марʼяна Коваль")});
    proxy.setSearchText(QStringLiteral("мар’ЯНА"));
    CHECK(shownNames(proxy) == QStringList{QStringLiteral("Марʼяна Коваль")});
    proxy.setSearchText(QStringLiteral("винниця")); // и typed for і: no match, they are two letters
    CHECK(shownNames(proxy).isEmpty());
    proxy.setSearchText(QStringLiteral("ВІННИЦЯ"));
    CHECK(shownNames(proxy) == QStringList{QStringLiteral("Вінниця")});
}
