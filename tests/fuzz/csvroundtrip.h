// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

/// Whether the CSV `input`, once read, reads the same after CsvWriter writes it back: the same heading
/// row and the same rows, cell for cell, once CsvReader::unneutralized() has taken the writer's formula
/// guard off on both sides. An input CsvReader refuses passes: refusing is allowed, crashing is not.
/// When it fails, `why` says where the two readings differ.
bool csvRoundTrips(const QByteArray& input, QString* why = nullptr);
