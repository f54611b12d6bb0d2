// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The words of the benchmark's data put together: templates filled, Polish and Ukrainian forms,
// Ukrainian in Latin letters, made-up addresses' slugs and digits.

#include <QString>
#include <QStringView>

#include <initializer_list>
#include <utility>

namespace BenchmarkData {

class Random;

/// Replaces each {token} of `pattern` with its value.
QString fill(QStringView pattern, std::initializer_list<std::pair<QStringView, QString>> values);

QString capitalized(QStringView text);

/// "ze Lwowa" → "Lwowa": the genitive inside a "from" phrase.
QString withoutPreposition(QStringView phrase);

/// Polish "z" or "ze" before a city's genitive: "ze Szczecina", "z Płocka".
QString fromPolishCity(QStringView genitive);

QString feminineFamilyName(QStringView man, bool ukrainian);

/// Ukrainian in Latin letters (KMU 2010); other characters are kept.
QString transliterated(QStringView text);

/// "MOPS Płock" → "mops-plock", "МЦСС Львів" → "mtsss-lviv": for made-up web and mail addresses.
QString asciiSlug(QStringView text);

QString digits(Random& random, int count);

QString twoDigits(int value);

} // namespace BenchmarkData
