// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

using Id = qint64; ///< a row id; 0 means "none"
