// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The benchmark's data: ten busy years of a Polish social-services office that hosts and sends study
// visits (2016-12-01 … 2026-11-30, some visits planned into 2027), generated from a seed so that
// every run of the benchmark measures the same file.

#include "core/model/result.h"

#include <QtGlobal>

class Database;

/// How much data to generate. tenYears(): 5,000 visits, 100,000 sessions, 50,000 people, 3,000 institutions.
struct BenchmarkScale
{
    int visits = 0;
    int sessions = 0;
    int people = 0;
    int institutions = 0;

    static BenchmarkScale tenYears();
    static BenchmarkScale small(); // ~1/50 of it: 100 visits, 2,000 sessions, 1,000 people, 60 institutions
};

/// Fills an empty database (opened with Database::open, schema already created) from a fixed seed:
/// the same seed and scale give the same file content. One write transaction.
Status generateBenchmarkData(Database& database, const BenchmarkScale& scale, quint32 seed);
