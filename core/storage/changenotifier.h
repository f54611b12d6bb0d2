// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

/// Tells every view what kind of data changed, once a write has been committed.
/// One per open database; views connect to it instead of being refreshed by hand.
class ChangeNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeNotifier)

public:
    enum class Topic {
        Institutions = 1 << 0,
        People = 1 << 1,
        FundingProjects = 1 << 2,
        ExchangeGroups = 1 << 3,
        Visits = 1 << 4,
        Participants = 1 << 5,
        Sessions = 1 << 6,
        Settings = 1 << 7,
        Costs = 1 << 8,
        Outcomes = 1 << 9,
    };
    Q_DECLARE_FLAGS(Topics, Topic)
    Q_FLAG(Topics)

    using QObject::QObject;

Q_SIGNALS:
    /// Emitted after a transaction that changed these kinds of data was committed.
    void changed(ChangeNotifier::Topics topics);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ChangeNotifier::Topics)
